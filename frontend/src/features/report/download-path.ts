import type { SummaryFilter } from './types';

export type DownloadFormat = 'csv' | 'xlsx';

/** The summary as a file, for the same region and period: a plain link downloads it. */
export function downloadPath(format: DownloadFormat, filter: SummaryFilter) {
  const search = new URLSearchParams();
  for (const name of ['region', 'since', 'until'] as const) {
    const value = filter[name];
    if (value) {
      search.set(name, value);
    }
  }
  const query = search.size > 0 ? `?${search}` : '';
  return `/api/reports/summary.${format}${query}`;
}

/** A round's match report as a file, as it stands when downloaded: a plain link downloads it. */
export function roundReportPath(format: DownloadFormat, roundId: number) {
  return `/api/rounds/${roundId}/report.${format}`;
}
