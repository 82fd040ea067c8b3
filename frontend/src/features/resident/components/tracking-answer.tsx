import { useTranslation } from 'react-i18next';

import { formatDay } from '../format';
import type { PublicSubmissionStatus, SubmissionChange, SubmissionKind } from '../submission-types';

interface TrackingAnswerProps {
  answer: PublicSubmissionStatus;
  /** The code asked about, as sent. */
  trackingCode: string;
  /** Now, to tell an answer overdue. */
  now?: Date;
}

/**
 * Where a proposal or objection stands, in words: waiting for the village operator (and by when they should answer),
 * accepted and the change's stage since when, or how it ended; refused or closed with the operator's reason; lapsed.
 * "Not found" says one thing whatever did not match, as the server does.
 */
export function TrackingAnswer({ answer, trackingCode, now = new Date() }: TrackingAnswerProps) {
  const { t } = useTranslation('resident');

  if (!answer.found) {
    return (
      <section
        className="resident-answer resident-answer-warning"
        aria-labelledby="resident-track-answer-title"
      >
        <h3 id="resident-track-answer-title">{t('track.notFoundTitle')}</h3>
        <p>{t('track.notFound')}</p>
        <p>{t('track.notFoundAdvice')}</p>
      </section>
    );
  }

  const kind: SubmissionKind =
    answer.kind ?? (trackingCode.startsWith('SGH') ? 'OBJECTION' : 'PROPOSAL');
  const since = formatDay(answer.stateSince ?? answer.submittedAt ?? now.toISOString());
  const ended = answer.state === 'REJECTED' || answer.state === 'LAPSED';
  return (
    <section
      className={`resident-answer ${ended ? 'resident-answer-warning' : 'resident-answer-found'}`}
      aria-labelledby="resident-track-answer-title"
    >
      <h3 id="resident-track-answer-title">
        {t('track.answerTitle', { kind: t(`track.kinds.${kind}`), code: trackingCode })}
      </h3>
      {answer.submittedAt && answer.villageName && (
        <p>
          {t('track.submittedAt', {
            date: formatDay(answer.submittedAt),
            village: answer.villageName,
          })}
        </p>
      )}
      {answer.state === 'WAITING' && (
        <>
          <p className="resident-answer-lead">{t('track.waiting', { since })}</p>
          {answer.dueDate && <p>{t('track.due', { date: formatDay(answer.dueDate) })}</p>}
          {answer.dueDate && new Date(answer.dueDate) < now && <p>{t('track.overdue')}</p>}
          {kind === 'OBJECTION' && answer.lapsesAt && (
            <p>{t('track.lapses', { date: formatDay(answer.lapsesAt) })}</p>
          )}
        </>
      )}
      {answer.state === 'ACCEPTED' && (
        <>
          <p className="resident-answer-lead">
            {t(`track.accepted${kind}`, { since, number: answer.change?.number ?? '' })}
          </p>
          {answer.change && <Change change={answer.change} />}
        </>
      )}
      {answer.state === 'REJECTED' && (
        <>
          <p className="resident-answer-lead">{t(`track.rejected${kind}`, { since })}</p>
          {answer.reason && (
            <dl className="resident-facts">
              <div>
                <dt>{t('track.operatorReason')}</dt>
                <dd>{answer.reason}</dd>
              </div>
            </dl>
          )}
          <p>{t('track.ask')}</p>
        </>
      )}
      {answer.state === 'LAPSED' && (
        <p className="resident-answer-lead">{t('track.lapsed', { since })}</p>
      )}
    </section>
  );
}

/** The change's stage in the words the status check uses, since when; or how it ended, and when. */
function Change({ change }: { change: SubmissionChange }) {
  const { t } = useTranslation('resident');
  const inProgress = change.status === 'IN_PROGRESS';
  return (
    <dl className="resident-facts">
      <div>
        <dt>{inProgress ? t('track.stage') : t('track.outcome')}</dt>
        <dd>
          <strong>
            {inProgress ? t(`stage.${change.stage}`) : t(`track.changeStatus.${change.status}`)}
          </strong>
        </dd>
      </div>
      <div>
        <dt>{inProgress ? t('track.since') : t('track.outcomeOn')}</dt>
        <dd>{formatDay(change.since)}</dd>
      </div>
    </dl>
  );
}
