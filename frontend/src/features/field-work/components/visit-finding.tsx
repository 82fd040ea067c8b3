import { CameraOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import type { VisitSummary } from '../types';

/** What the visit found, when and whether with a photo; nothing before anyone has been. */
export function VisitFinding({ visit }: { visit?: VisitSummary }) {
  const { t } = useTranslation('field-work');
  if (!visit) {
    return null;
  }
  return (
    <span>
      {t(`finding.${visit.finding}`)}{' '}
      <Typography.Text type="secondary">
        · {t('worklist.visitedOn', { date: formatDate(visit.visitedOn) })}
        {visit.hasPhoto && (
          <>
            {' '}
            · <CameraOutlined aria-hidden /> {t('worklist.withPhoto')}
          </>
        )}
      </Typography.Text>
    </span>
  );
}
