import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import { statusColour } from '../chart-series';
import type { ProgressStatus } from '../types';

/** How a region stands against its target date. */
export function ProgressStatusTag({ status }: { status: ProgressStatus }) {
  const { t } = useTranslation('supervision');
  return <Tag color={statusColour(status)}>{t(`status.${status}`)}</Tag>;
}
