import type { Query } from './api-client';

/** An export's address: its path and the list filter's values that are set, e.g. `?region=61.12.04`. */
export function exportHref(path: string, filter: Query) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, String(value));
    }
  }
  return search.size > 0 ? `${path}?${search}` : path;
}
