import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { FieldCheckState } from '../types';

const colours: Record<FieldCheckState, string | undefined> = {
  TO_VISIT: 'blue',
  VISITED: 'gold',
  DECIDED: 'green',
  CANCELLED: undefined,
};

export function StateTag({ state }: { state: FieldCheckState }) {
  const { t } = useTranslation('field-work');
  return <Tag color={colours[state]}>{t(`state.${state}`)}</Tag>;
}
