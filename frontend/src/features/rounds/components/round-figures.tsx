import { Descriptions } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDecimal, formatMoment } from '../format-round';
import type { Round } from '../types';

/**
 * How fast a round goes: households a minute and when the last will have its change at that rate,
 * or when all had.
 */
export function RoundPace({
  round,
  size = 'small',
}: {
  round: Pick<Round, 'perMinute' | 'estimatedFinish' | 'allStartedAt' | 'status'>;
  size?: DescriptionsProps['size'];
}) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const none = tCommon('state.unknown');
  const items: DescriptionsProps['items'] = [
    {
      key: 'rate',
      label: t('progress.rate'),
      children:
        round.perMinute === undefined
          ? none
          : t('progress.perMinute', { rate: formatDecimal(round.perMinute) }),
    },
    round.allStartedAt
      ? {
          key: 'allStartedAt',
          label: t('progress.allStartedAt'),
          children: formatMoment(round.allStartedAt),
        }
      : {
          key: 'estimatedFinish',
          label: t('progress.estimatedFinish'),
          children: round.estimatedFinish
            ? formatMoment(round.estimatedFinish)
            : round.status === 'PAUSED'
              ? t('progress.whilePaused')
              : none,
        },
  ];
  return <Descriptions size={size} column={{ xs: 1, sm: 2 }} items={items} />;
}
