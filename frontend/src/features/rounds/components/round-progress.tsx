import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatCount, formatDecimal } from '../format-round';

interface RoundProgressProps {
  /** What the bar measures, for screen readers: the round's or the kecamatan's name. */
  label: string;
  done: number;
  total: number;
  /** 0 to 100. */
  percent: number;
  /** Moving now: the bar shimmers. */
  live?: boolean;
  /** Past its target date and not complete: the bar turns red. */
  overdue?: boolean;
  size?: 'small' | 'medium';
}

/**
 * Households done of the total as a bar, with the numbers beside it. The bar is a `progressbar`
 * with its name and its value in words as well as in percent.
 */
export function RoundProgress({
  label,
  done,
  total,
  percent,
  live = false,
  overdue = false,
  size = 'medium',
}: RoundProgressProps) {
  const { t } = useTranslation('rounds');
  const households = t('progress.households', {
    done: formatCount(done),
    total: formatCount(total),
  });
  const percentText = `${formatDecimal(percent)}%`;
  const status = overdue ? 'exception' : done >= total ? 'success' : live ? 'active' : 'normal';

  return (
    <Flex vertical gap={2}>
      <Progress
        percent={percent}
        status={status}
        size={size}
        format={() => percentText}
        aria-label={t('progress.label', { name: label })}
        aria-valuetext={`${percentText}, ${households}`}
      />
      <Typography.Text type="secondary">{households}</Typography.Text>
    </Flex>
  );
}
