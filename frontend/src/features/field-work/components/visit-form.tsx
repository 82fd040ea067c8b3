import { App, Button, Checkbox, Collapse, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateField } from '@/components/date-field';
import { isApiError, type FieldProblem } from '@/lib/api-client';
import { today, yearsBefore } from '@/lib/calendar-date';
import { applyFieldErrors } from '@/lib/field-errors';

import { useRecordVisit } from '../api/record-visit';
import { limits, reasonRequired, visitedOnProblem, visitedOnYearsBack } from '../field-work-rules';
import { findings, type ChangeType, type FieldCheck } from '../types';
import {
  clearDraft,
  readDraft,
  rememberedEnumerator,
  rememberEnumerator,
  saveDraft,
} from '../visit-draft';
import { initialVisitValues, visitBody, visitField, type VisitValues } from '../visit-values';
import { PhotoField } from './photo-field';
import { VisitFailure } from './visit-failure';
import { WelfareFields } from './welfare-fields';
import './field-work.css';

interface VisitFormProps {
  taskId: string;
  /** The change being checked, once known: a found household still needs a reason to reject its removal. */
  changeType?: ChangeType;
  /** The household head's name, for the message once saved. */
  headName?: string;
  onVisited: (visited: FieldCheck) => void;
}

/**
 * A visit as an enumerator records it on a phone: the finding in one tap, the date today and the
 * enumerator as last time, a reason where the finding needs one, the house's photo and, if asked,
 * the welfare indicators. Nothing typed is lost when sending fails, nor on a reload (but the photo).
 */
export function VisitForm({ taskId, changeType, headName, onVisited }: VisitFormProps) {
  const { t } = useTranslation('field-work');
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const record = useRecordVisit(taskId);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  const [initialValues] = useState(() =>
    initialVisitValues(readDraft(taskId), rememberedEnumerator(), today()),
  );
  const finding = Form.useWatch('finding', form);
  const needsReason = reasonRequired(finding, changeType);
  const now = today();

  const send = () => {
    const values = form.getFieldsValue(true) as VisitValues;
    const visit = visitBody(values);
    if (!visit) {
      return;
    }
    rememberEnumerator(values.enumerator);
    setUnplaced([]);
    record.mutate(
      { visit, photo: values.photo },
      {
        onSuccess: (visited) => {
          clearDraft(taskId);
          void message.success(
            headName ? t('visit.saved', { name: headName }) : t('visit.savedUnnamed'),
          );
          onVisited(visited);
        },
        onError: (error) => {
          // A proxy's limit, before the application could name the part.
          if (isApiError(error, 413)) {
            form.setFields([{ name: 'photo', errors: [t('visit.photoSize')] }]);
            return;
          }
          setUnplaced(applyFieldErrors(error, form, { map: visitField }));
        },
      },
    );
  };

  const tooLong = (max: number) => ({ max, message: t('visit.tooLong', { max }) });

  return (
    <Form<VisitValues>
      form={form}
      layout="vertical"
      className="visit-form"
      initialValues={initialValues}
      disabled={record.isPending}
      scrollToFirstError
      onValuesChange={() => saveDraft(taskId, form.getFieldsValue(true) as VisitValues)}
      onFinish={send}
    >
      <Form.Item
        name="finding"
        label={t('visit.finding')}
        className="visit-finding"
        rules={[{ required: true, message: t('visit.findingRequired') }]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          orientation="vertical"
          style={{ width: '100%' }}
          options={findings.map((value) => ({ value, label: t(`finding.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('visit.reason')}
        dependencies={['finding']}
        extra={
          changeType === 'REMOVE_HOUSEHOLD' ? t('visit.reasonHintRemoval') : t('visit.reasonHint')
        }
        rules={[
          { required: needsReason, whitespace: true, message: t('visit.reasonRequired') },
          tooLong(limits.reason),
        ]}
      >
        <Input.TextArea rows={3} maxLength={limits.reason} showCount />
      </Form.Item>
      <Form.Item
        name="visitedOn"
        label={t('visit.visitedOn')}
        rules={[
          { required: true, message: t('visit.required') },
          {
            // The server's rule, said before sending: a date after today or over a year ago is refused.
            validator: (_, value?: string) => {
              const problem = value ? visitedOnProblem(value, today()) : undefined;
              return problem
                ? Promise.reject(
                    new Error(
                      problem === 'future'
                        ? t('visit.visitedOnFuture')
                        : t('visit.visitedOnTooOld', { years: visitedOnYearsBack }),
                    ),
                  )
                : Promise.resolve();
            },
          },
        ]}
      >
        <DateField
          min={yearsBefore(now, visitedOnYearsBack)}
          max={now}
          style={{ maxWidth: 'none', minHeight: 44 }}
        />
      </Form.Item>
      <Form.Item
        name="enumerator"
        label={t('visit.enumerator')}
        extra={t('visit.enumeratorHint')}
        rules={[
          { required: true, whitespace: true, message: t('visit.required') },
          tooLong(limits.enumerator),
        ]}
      >
        <Input size="large" maxLength={limits.enumerator} autoComplete="name" />
      </Form.Item>
      <Form.Item name="photo" label={t('visit.photo')} extra={t('visit.photoHint')}>
        <PhotoField
          onProblem={(problem) =>
            form.setFields([{ name: 'photo', errors: problem ? [problem] : [] }])
          }
        />
      </Form.Item>
      <Collapse
        size="large"
        style={{ marginBottom: 24 }}
        defaultActiveKey={initialValues.welfare ? ['welfare'] : []}
        items={[
          {
            key: 'welfare',
            label: t('visit.welfare'),
            // Rendered while closed, so that the server's errors on an indicator find their field.
            forceRender: true,
            children: <WelfareFields />,
          },
        ]}
      />
      <Form.Item name="decide" valuePropName="checked" extra={t('visit.decideHint')}>
        <Checkbox style={{ minHeight: 44, alignItems: 'center' }}>{t('visit.decide')}</Checkbox>
      </Form.Item>
      {record.isError && (
        <Form.Item>
          <VisitFailure error={record.error} unplaced={unplaced} onRetry={() => form.submit()} />
        </Form.Item>
      )}
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        className="visit-submit"
        loading={record.isPending}
      >
        {t(record.isPending ? 'visit.sending' : 'visit.submit')}
      </Button>
    </Form>
  );
}
