import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Decision } from '../types';

const colours: Record<Decision, string> = {
  APPROVE: 'green',
  REJECT: 'red',
  RETURN: 'orange',
  DEFER: 'blue',
};

/** What was decided on a change: `Disetujui`, `Ditolak`. */
export function DecisionTag({ decision }: { decision: Decision }) {
  const { t } = useTranslation('deliberation');
  return <Tag color={colours[decision]}>{t(`decided.${decision}`)}</Tag>;
}
