import { DatePicker } from 'antd';
import { useId, type AriaAttributes, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

import { dateInputFormats, isoDateFormat, parseIsoDate, parseTypedDate } from '@/lib/calendar-date';

import { visuallyHidden } from './visually-hidden';

const defaultStyle: CSSProperties = { width: '100%', maxWidth: 240 };

export interface DateFieldProps extends AriaAttributes {
  id?: string;
  /** The date as the API writes it (`2026-12-06`); what a form holds and sends. */
  value?: string | null;
  /** The date chosen or typed, as the API writes it; undefined once cleared. */
  onChange?: (value: string | undefined) => void;
  /**
   * The earliest and latest dates the calendar offers (`YYYY-MM-DD`). A date typed outside them is
   * still taken, so that the form's rules say what is wrong with it: never dropped without a word.
   */
  min?: string;
  max?: string;
  /** Instead of the format (`HH-BB-TTTT`), e.g. what an empty field means. */
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
}

/**
 * A calendar date, shown and typed day first (`06-12-2026`) with the calendar in the user's
 * language, held as the API writes it (`2026-12-06`). Inside a `Form.Item` it takes the item's
 * value, label, status and error description like any antd control.
 */
export function DateField({
  value,
  onChange,
  min,
  max,
  placeholder,
  style,
  ...passed
}: DateFieldProps) {
  const { t } = useTranslation();
  /**
   * A date typed and left with Enter or Tab, or by clicking elsewhere, is the value at once: antd
   * takes it a frame later (a click on "Save" could send the form without it), and drops one the
   * calendar does not offer, emptying the field without a word. Enter and Tab are caught as they
   * are pressed: antd has emptied the field by the time it loses the focus.
   */
  const takeTyped = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) {
      return;
    }
    const typed = parseTypedDate(target.value);
    if (typed && typed !== value) {
      onChange?.(typed);
    }
  };
  return (
    <DatePicker
      {...passed}
      value={parseIsoDate(value)}
      onChange={(date) => onChange?.(date ? date.format(isoDateFormat) : undefined)}
      format={dateInputFormats}
      minDate={parseIsoDate(min) ?? undefined}
      maxDate={parseIsoDate(max) ?? undefined}
      placeholder={placeholder ?? t('date.placeholder')}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === 'Tab') {
          takeTyped(event.target);
        }
      }}
      onBlur={(event) => takeTyped(event.target)}
      style={{ ...defaultStyle, ...style }}
    />
  );
}

/** Either end of a period, as the API writes dates; undefined when left open. */
export type DateRange = [string | undefined, string | undefined];

interface DateRangeFieldProps {
  value: DateRange;
  onChange: (value: DateRange) => void;
  /** What each end is, said to screen readers: the fields themselves show the format. */
  labels: [string, string];
  /** The latest date the calendar offers (`YYYY-MM-DD`). */
  max?: string;
  style?: CSSProperties;
}

/** A period as `DateField` shows a date (`06-12-2026`, the same calendar); either end may be left open. */
export function DateRangeField({ value, onChange, labels, max, style }: DateRangeFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const ids = { start: `${id}-start`, end: `${id}-end` };
  const format = (date: { format: (template: string) => string } | null | undefined) =>
    date ? date.format(isoDateFormat) : undefined;
  // As in a DateField, a date typed and left with Enter or Tab is taken at once, even one the
  // calendar does not offer (the server then says what is wrong with it).
  const takeTyped = (target: EventTarget) => {
    if (!(target instanceof HTMLInputElement)) {
      return;
    }
    const end = [ids.start, ids.end].indexOf(target.id);
    const typed = parseTypedDate(target.value);
    if (end !== -1 && typed && typed !== value[end]) {
      const next: DateRange = [...value];
      next[end] = typed;
      onChange(next);
    }
  };
  return (
    <>
      <label htmlFor={ids.start} style={visuallyHidden}>
        {labels[0]}
      </label>
      <label htmlFor={ids.end} style={visuallyHidden}>
        {labels[1]}
      </label>
      <DatePicker.RangePicker
        id={ids}
        value={[parseIsoDate(value[0]), parseIsoDate(value[1])]}
        allowEmpty={[true, true]}
        format={dateInputFormats}
        placeholder={[t('date.placeholder'), t('date.placeholder')]}
        maxDate={parseIsoDate(max) ?? undefined}
        onChange={(dates) => onChange([format(dates?.[0]), format(dates?.[1])])}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Tab') {
            takeTyped(event.target);
          }
        }}
        style={{ maxWidth: '100%', ...style }}
      />
    </>
  );
}
