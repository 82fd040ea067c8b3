import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatInstant } from '../format-instant';
import type { IntakeDetails } from '../types';

interface IntakeOutcomeProps {
  intake: IntakeDetails;
  /** Where the change an acceptance started opens. */
  changePath: (id: number) => string;
}

/** How a submission was decided: by whom and when, why it was refused, or the change it started. */
export function IntakeOutcome({ intake, changePath }: IntakeOutcomeProps) {
  const { t } = useTranslation('intake');
  const { outcome, kind, state } = intake;
  if (state === 'WAITING' && !outcome) {
    return null;
  }
  const changeId = outcome?.changeRequestId;
  const items = [
    ...(state === 'LAPSED'
      ? [{ key: 'lapsed', label: t('outcome.why'), children: t('outcome.lapsed') }]
      : []),
    ...(outcome?.decidedBy
      ? [{ key: 'decidedBy', label: t('outcome.decidedBy'), children: outcome.decidedBy }]
      : []),
    ...(outcome?.decidedAt
      ? [
          {
            key: 'decidedAt',
            label: t('outcome.decidedAt'),
            children: formatInstant(outcome.decidedAt),
          },
        ]
      : []),
    ...(outcome?.reason
      ? [
          {
            key: 'reason',
            label: t('outcome.reason'),
            children: <span style={{ whiteSpace: 'pre-line' }}>{outcome.reason}</span>,
          },
        ]
      : []),
    ...(typeof changeId === 'number'
      ? [
          {
            key: 'change',
            label: t(`outcome.change.${kind}`),
            children: (
              <Link to={changePath(changeId)}>
                {outcome?.changeRequestNumber ? (
                  <code>{outcome.changeRequestNumber}</code>
                ) : (
                  t('outcome.openChange')
                )}
              </Link>
            ),
          },
        ]
      : []),
  ];
  return (
    <section>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('outcome.title')}
      </Typography.Title>
      <Descriptions bordered size="small" column={1} items={items} />
    </section>
  );
}
