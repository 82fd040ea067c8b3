import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

import type { RecordStatus, RemovalReason } from '../types';

interface RecordStatusTagProps {
  status: RecordStatus;
  removalReason?: RemovalReason;
}

/** Active or removed, with the reason a record left the registry. */
export function RecordStatusTag({ status, removalReason }: RecordStatusTagProps) {
  const { t } = useTranslation('household');
  const label = t(`status.${status}`);
  return (
    <Tag color={status === 'ACTIVE' ? 'green' : 'default'}>
      {removalReason ? `${label}: ${t(`removalReason.${removalReason}`)}` : label}
    </Tag>
  );
}
