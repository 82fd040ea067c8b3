import { Button, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { DateField } from '@/components/date-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { FieldProblem } from '@/lib/api-client';
import { today, yearsBefore } from '@/lib/calendar-date';
import { applyFieldErrors } from '@/lib/field-errors';

import { useCompleteTask } from '../api/complete-task';
import {
  maxLength,
  reasonRequired,
  referenceRequired,
  referenceYearsBack,
  takesReference,
} from '../decision-rules';
import type { CompleteTask, Task } from '../types';

/** Empty answers are left out: the server treats a missing text as none. */
function body(values: CompleteTask): CompleteTask {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  );
}

interface DecisionFormProps {
  task: Task;
  /** Saved: saying so is the caller's, as it knows where the user goes next. */
  onDecided: () => void;
}

/**
 * A decision on a task: exactly the decisions the server offers on it, with the reason, letter or
 * decree the server asks for. A refused decision keeps what the user typed and shows why beside the fields.
 */
export function DecisionForm({ task, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('inbox');
  const [form] = Form.useForm<CompleteTask>();
  const decision = Form.useWatch('decision', form);
  const complete = useCompleteTask(task.id);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = (values: CompleteTask) =>
    complete.mutate(body(values), {
      onSuccess: () => onDecided(),
      onError: (error) => setUnplaced(applyFieldErrors(error, form)),
    });

  return (
    <Form<CompleteTask>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={complete.isPending}
    >
      {complete.isError && (
        <Form.Item>
          <ProblemAlert error={complete.error} fieldErrors={unplaced} />
        </Form.Item>
      )}
      {task.followUp ? (
        <Typography.Paragraph type="secondary">{t('form.followUpHint')}</Typography.Paragraph>
      ) : (
        <Form.Item
          name="decision"
          label={t('form.decision')}
          rules={[{ required: true, message: t('form.decisionRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={task.decisions.map((value) => ({
              value,
              label: t(`decision.${value}`),
            }))}
          />
        </Form.Item>
      )}
      {!task.followUp && (
        <Form.Item
          name="reason"
          label={t('form.reason')}
          dependencies={['decision']}
          rules={[
            {
              required: reasonRequired(decision),
              whitespace: true,
              message: t('form.reasonRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={maxLength.reason} showCount />
        </Form.Item>
      )}
      {!task.followUp && takesReference(task.stage) && (
        <>
          <Form.Item
            name="reference"
            dependencies={['decision']}
            label={t(
              task.stage === 'MINISTRY_DETERMINATION' ? 'form.decree' : 'form.ratificationLetter',
            )}
            rules={[
              {
                required: referenceRequired(task.stage, decision),
                whitespace: true,
                message: t('form.referenceRequired'),
              },
            ]}
          >
            <Input maxLength={maxLength.reference} />
          </Form.Item>
          <Form.Item name="referenceDate" label={t('form.referenceDate')}>
            <DateField min={yearsBefore(today(), referenceYearsBack)} max={today()} />
          </Form.Item>
        </>
      )}
      <Form.Item name="note" label={t('form.note')}>
        <Input.TextArea rows={2} maxLength={maxLength.note} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={complete.isPending}>
        {t(task.followUp ? 'form.closeFollowUp' : 'form.submit')}
      </Button>
    </Form>
  );
}
