import type { TFunction } from 'i18next';

import { ApiError } from './api-client';

/** What to tell the user about a failed request: the server's own words when it sent some. */
export function problemText(error: unknown, t: TFunction<'common'>) {
  if (!(error instanceof ApiError)) {
    return t('error.title');
  }
  if (error.detail) {
    return error.detail;
  }
  if (error.status === 0) {
    return t('error.network');
  }
  if (error.status === 401) {
    return t('error.unauthenticated');
  }
  if (error.status === 403) {
    return t('error.forbidden');
  }
  if (error.status === 404) {
    return t('error.notFound');
  }
  if (error.status >= 500) {
    return t('error.server');
  }
  return t('error.generic', { status: error.status });
}
