import { Form } from 'antd';
import { useTranslation } from 'react-i18next';

import { DateRangeField } from '@/components/date-field';
import { today } from '@/lib/calendar-date';

interface PeriodPickerProps {
  since?: string;
  until?: string;
  /** What the server said of the dates, shown beside the picker. */
  error?: string;
  onChange: (since?: string, until?: string) => void;
}

/** The report's period; either end may be left open (until is today by default). */
export function PeriodPicker({ since, until, error, onChange }: PeriodPickerProps) {
  const { t } = useTranslation('report');
  return (
    <Form.Item
      label={t('period.label')}
      validateStatus={error ? 'error' : undefined}
      help={error}
      style={{ margin: 0 }}
    >
      <DateRangeField
        value={[since, until]}
        labels={[t('period.since'), t('period.until')]}
        max={today()}
        onChange={([from, to]) => onChange(from, to)}
      />
    </Form.Item>
  );
}
