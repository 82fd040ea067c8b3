import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import type { FieldVisit } from '../types';

/** What the field check found, beside the decision: the house's photo, the finding, when and by whom. */
export function FieldVisitSummary({ visit }: { visit?: FieldVisit }) {
  const { t } = useTranslation('deliberation');
  if (!visit) {
    return null;
  }
  const finding = t(`fieldVisit.finding.${visit.finding}`);
  return (
    <Flex gap="small" align="start" data-testid="field-visit">
      {visit.photo && (
        <a href={visit.photo.url} target="_blank" rel="noreferrer">
          <img
            src={visit.photo.thumbnailUrl}
            alt={t('fieldVisit.photo', { finding })}
            loading="lazy"
            width={96}
            style={{ borderRadius: 4, display: 'block' }}
          />
        </a>
      )}
      <Flex vertical>
        <Typography.Text strong>{finding}</Typography.Text>
        <Typography.Text type="secondary">
          {t('fieldVisit.visited', {
            date: formatDate(visit.visitedOn),
            enumerator: visit.enumerator,
          })}
        </Typography.Text>
        {visit.reason && <Typography.Text>{visit.reason}</Typography.Text>}
      </Flex>
    </Flex>
  );
}
