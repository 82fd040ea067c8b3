import { useTranslation } from 'react-i18next';

import { formatLongDate } from '@/lib/format';

import type { ChangeInProgress, StatusAnswer } from '../types';

/**
 * The registry's answer in words: on the DTKS or no longer, in which village, and the change about the household in
 * progress with its stage and since when. "Not found" says what to check, never which part did not match: the server
 * does not say either.
 */
export function StatusAnswerCard({ answer }: { answer: StatusAnswer }) {
  const { t } = useTranslation('resident');

  if (!answer.found) {
    return (
      <section
        className="resident-answer resident-answer-warning"
        aria-labelledby="resident-answer-title"
      >
        <h2 id="resident-answer-title">{t('answer.notFoundTitle')}</h2>
        <p>{t('answer.notFound')}</p>
        <p>{t('answer.notFoundAdvice')}</p>
      </section>
    );
  }

  const village = answer.villageName ?? answer.villageCode ?? '';
  const removed = answer.onRegistry === false;
  return (
    <section
      className={`resident-answer ${removed ? 'resident-answer-warning' : 'resident-answer-found'}`}
      aria-labelledby="resident-answer-title"
    >
      <h2 id="resident-answer-title">{t('answer.title')}</h2>
      <p className="resident-answer-lead">
        {removed ? t('answer.removed', { village }) : t('answer.onRegistry', { village })}
      </p>
      {removed && <p>{t('answer.removedAdvice')}</p>}
      {answer.change ? <Change change={answer.change} /> : <p>{t('answer.noChange')}</p>}
    </section>
  );
}

function Change({ change }: { change: ChangeInProgress }) {
  const { t } = useTranslation('resident');
  return (
    <>
      <p>{t('answer.inProgress')}</p>
      <dl className="resident-facts">
        <div>
          <dt>{t('answer.stage')}</dt>
          <dd>
            <strong>{t(`stage.${change.stage}`)}</strong>
            <span className="vv-muted">{t(`stageMeaning.${change.stage}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('answer.since')}</dt>
          <dd>{formatLongDate(change.since)}</dd>
        </div>
      </dl>
    </>
  );
}
