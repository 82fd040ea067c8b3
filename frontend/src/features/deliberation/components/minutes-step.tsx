import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Upload, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

import { DateField } from '@/components/date-field';
import { today, yearsBefore } from '@/lib/calendar-date';
import { fieldErrorProps, type FieldErrors } from '@/lib/field-errors';

import { heldOnProblem, heldOnYearsBack, limits, minutesProblem } from '../deliberation-rules';
import { formatSize } from '../format-size';
import type { DeliberationLevel } from '../types';
import type { MinutesField, WizardValues } from '../wizard-values';

interface MinutesStepProps {
  level: DeliberationLevel;
  form: FormInstance<WizardValues>;
  /** The server's errors; those on the minutes' fields show beside them. */
  serverErrors: FieldErrors;
}

/** Step 2: the berita acara (or ratification letter, or decree) and its signed file. */
export function MinutesStep({ level, form, serverErrors }: MinutesStepProps) {
  const { t } = useTranslation('deliberation');
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const tooLong = (max: number) => ({ max, message: t('validation.tooLong', { max }) });
  // A server error shows until the chair changes the field.
  const server = (field: MinutesField) => fieldErrorProps(serverErrors, [field]);
  const heldOnLabel = t(`field.heldOn.${level}`);
  const now = today();

  return (
    <>
      <Form.Item
        name="heldOn"
        label={heldOnLabel}
        rules={[
          { required: true, message: t('validation.required') },
          {
            // The server's rule, said before sending: a date in the future is refused, not dropped.
            validator: (_, value?: string) => {
              const problem = value ? heldOnProblem(value, today()) : undefined;
              return problem
                ? Promise.reject(
                    new Error(
                      t(
                        problem === 'future'
                          ? 'validation.heldOnFuture'
                          : 'validation.heldOnTooOld',
                        {
                          field: heldOnLabel,
                          years: heldOnYearsBack,
                        },
                      ),
                    ),
                  )
                : Promise.resolve();
            },
          },
        ]}
        {...server('heldOn')}
      >
        <DateField min={yearsBefore(now, heldOnYearsBack)} max={now} />
      </Form.Item>
      <Form.Item
        name="place"
        label={t('field.place')}
        rules={[required, tooLong(limits.place)]}
        {...server('place')}
      >
        <Input maxLength={limits.place} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="minutesNumber"
        label={t(`field.minutesNumber.${level}`)}
        rules={[required, tooLong(limits.minutesNumber)]}
        {...server('minutesNumber')}
      >
        <Input maxLength={limits.minutesNumber} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('field.attendees')} required {...server('attendees')}>
        <Form.List
          name="attendees"
          rules={[
            {
              validator: (_, names?: string[]) =>
                names && names.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('validation.attendeesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap="small">
              {fields.map((field, index) => (
                <Flex key={field.key} gap="small" align="start">
                  <Form.Item
                    name={field.name}
                    rules={[required, tooLong(limits.attendee)]}
                    style={{ flex: 1, marginBottom: 0 }}
                  >
                    <Input
                      aria-label={t('field.attendee', { n: index + 1 })}
                      maxLength={limits.attendee}
                      autoComplete="off"
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('field.removeAttendee', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                  />
                </Flex>
              ))}
              <div>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add('')}
                  disabled={fields.length >= limits.attendees}
                >
                  {t('field.addAttendee')}
                </Button>
              </div>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t('field.minutes')}
        extra={t('field.minutesHint')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: unknown[] }) => event.fileList}
        rules={[
          { required: true, type: 'array', min: 1, message: t('validation.minutesRequired') },
        ]}
        {...server('minutes')}
      >
        <Upload
          maxCount={1}
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          beforeUpload={(file) => {
            const problem = minutesProblem(file);
            if (problem) {
              const message =
                problem === 'size'
                  ? t('validation.minutesSize', { name: file.name, size: formatSize(file.size) })
                  : problem === 'empty'
                    ? t('validation.minutesEmpty', { name: file.name })
                    : t('validation.minutesType', { name: file.name });
              form.setFields([{ name: 'minutes', errors: [message] }]);
              return Upload.LIST_IGNORE;
            }
            // Kept in the form and sent with the decisions, not uploaded on its own.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('field.chooseFile')}</Button>
        </Upload>
      </Form.Item>
    </>
  );
}
