import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { ApiError, isApiError, type FieldProblem } from '@/lib/api-client';
import { problemText } from '@/lib/problem-text';

interface VisitFailureProps {
  error: unknown;
  /** The server's field errors no field of the form shows. */
  unplaced: readonly FieldProblem[];
  /** Sends the form again as it stands. */
  onRetry: () => void;
}

/** The link or the server failed, not the visit: worth trying again as it is. */
function isPassing(error: unknown) {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * Why the visit was not saved, next to the button that sends it: on a weak signal or a failing
 * server, a way to send it again with everything still in the form; a refusal says what to correct.
 */
export function VisitFailure({ error, unplaced, onRetry }: VisitFailureProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  if (isPassing(error)) {
    return (
      <Alert
        type="error"
        showIcon
        title={problemText(error, tCommon)}
        description={t('visit.failed')}
        action={
          <Button size="large" danger onClick={onRetry}>
            {tCommon('action.retry')}
          </Button>
        }
      />
    );
  }
  if (isApiError(error, 409)) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t('visit.alreadyDecided')}
        description={problemText(error, tCommon)}
      />
    );
  }
  return <ProblemAlert error={error} fieldErrors={unplaced} />;
}
