import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import type { FieldProblem } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/field-errors';

import { useFollowUpIntake } from '../api/follow-up-intake';
import { maxLength } from '../intake-rules';
import type { IntakeDetails, IntakeFollowUp } from '../types';

interface FollowUpFormProps {
  intake: IntakeDetails;
  onDone: (intake: IntakeDetails) => void;
}

/**
 * The Camat closes the follow-up of a submission the village left overdue, with an optional note: the submission
 * itself stays with the village operator, who still decides it.
 */
export function FollowUpForm({ intake, onDone }: FollowUpFormProps) {
  const { t } = useTranslation('intake');
  const [form] = Form.useForm<IntakeFollowUp>();
  const followUp = useFollowUpIntake(intake.trackingCode, onDone);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);

  const submit = ({ note }: IntakeFollowUp) =>
    followUp.mutate(note?.trim() ? { note: note.trim() } : {}, {
      onError: (error) => setUnplaced(applyFieldErrors(error, form)),
    });

  return (
    <Form<IntakeFollowUp>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={followUp.isPending}
    >
      {followUp.isError && (
        <Form.Item>
          <ProblemAlert error={followUp.error} fieldErrors={unplaced} />
        </Form.Item>
      )}
      <Typography.Paragraph type="secondary">{t('followUp.hint')}</Typography.Paragraph>
      <Form.Item
        name="note"
        label={t('followUp.note')}
        rules={[
          { max: maxLength.note, message: t('followUp.noteTooLong', { max: maxLength.note }) },
        ]}
      >
        <Input.TextArea rows={2} maxLength={maxLength.note} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={followUp.isPending}>
        {t('followUp.submit')}
      </Button>
    </Form>
  );
}
