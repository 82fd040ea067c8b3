import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { rtRw } from '../field-work-rules';
import type { FieldCheck } from '../types';
import { DueDateCell } from './due-date-cell';

/** Where the household lives and which change brings the visit, a line each, as a card shows them. */
export function HouseholdLines({ check }: { check: FieldCheck }) {
  const { t } = useTranslation('field-work');
  const place = [
    rtRw(check) && `RT/RW ${rtRw(check)}`,
    check.dusun && `${t('field.dusun')} ${check.dusun}`,
    check.villageName,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {check.address && <span>{check.address}</span>}
      {place && <Typography.Text type="secondary">{place}</Typography.Text>}
      <Typography.Text type="secondary">
        <code>{check.changeRequestNumber}</code> · {t(`changeType.${check.changeType}`)}
      </Typography.Text>
      <DueDateCell check={check} />
    </>
  );
}
