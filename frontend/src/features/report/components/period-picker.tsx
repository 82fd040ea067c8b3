import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

const apiDate = 'YYYY-MM-DD';

interface PeriodPickerProps {
  since?: string;
  until?: string;
  /** What the server said of the dates, shown beside the picker. */
  error?: string;
  onChange: (since?: string, until?: string) => void;
}

const parse = (value?: string) => {
  const date = value ? dayjs(value, apiDate, true) : null;
  return date?.isValid() ? date : null;
};

/** The report's period; either end may be left open (until is today by default). */
export function PeriodPicker({ since, until, error, onChange }: PeriodPickerProps) {
  const { t } = useTranslation('report');
  const format = (date: Dayjs | null | undefined) => date?.format(apiDate);
  return (
    <Form.Item
      label={t('period.label')}
      validateStatus={error ? 'error' : undefined}
      help={error}
      style={{ margin: 0 }}
    >
      <DatePicker.RangePicker
        value={[parse(since), parse(until)]}
        allowEmpty={[true, true]}
        placeholder={[t('period.since'), t('period.until')]}
        disabledDate={(date) => date.isAfter(dayjs(), 'day')}
        onChange={(dates) => onChange(format(dates?.[0]), format(dates?.[1]))}
        style={{ maxWidth: '100%' }}
      />
    </Form.Item>
  );
}
