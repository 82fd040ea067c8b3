import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError, type FieldProblem } from '@/lib/api-client';
import { problemText } from '@/lib/problem-text';

import { Wait } from './wait';

/**
 * The server's refusal of what was sent (400), above the form: its words, and the messages about fields the form does
 * not show; those it shows are beside their fields.
 */
export function Refusal({
  error,
  unplaced,
  ref,
}: {
  error: unknown;
  unplaced: FieldProblem[];
  ref?: Ref<HTMLDivElement>;
}) {
  const { t: tCommon } = useTranslation();
  if (!isApiError(error, 400)) {
    return null;
  }
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="vv-alert vv-alert-error">
      <p className="vv-alert-title">{problemText(error, tCommon)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map(({ field, message }) => (
            <li key={`${field}:${message}`}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Anything else that kept it from going through, below the button: how long to wait when too many were sent (429),
 * or that nothing typed is lost and it can be sent again.
 */
export function SendFailure({
  error,
  failed,
  onRetry,
}: {
  error: unknown;
  failed: string;
  onRetry: () => void;
}) {
  const { t: tCommon } = useTranslation();
  if (!error || isApiError(error, 400)) {
    return null;
  }
  return (
    <div role="alert" className="vv-alert vv-alert-error">
      <p className="vv-alert-title">{problemText(error, tCommon)}</p>
      {isApiError(error, 429) ? (
        <Wait seconds={error.retryAfterSeconds} />
      ) : (
        <>
          <p>{failed}</p>
          <button type="button" className="resident-secondary" onClick={onRetry}>
            {tCommon('action.retry')}
          </button>
        </>
      )}
    </div>
  );
}
