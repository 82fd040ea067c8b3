import { Alert, Button, Flex, Form, Input, Radio, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { WarningsToConfirm } from '@/components/warnings-to-confirm';
import { warningsOf, type FieldProblem } from '@/lib/api-client';
import { applyFieldErrors, fieldPath } from '@/lib/field-errors';

import { useAcceptIntake } from '../api/accept-intake';
import { useRejectIntake } from '../api/reject-intake';
import { householdIdFrom, maxLength } from '../intake-rules';
import type { IntakeAcceptance, IntakeDetails } from '../types';

type Choice = number | 'other';

interface DecisionValues {
  decision?: 'ACCEPT' | 'REJECT';
  /** An objection's household: a candidate's id, or another typed in `otherHousehold`. */
  choice?: Choice;
  otherHousehold?: string;
  reason?: string;
}

interface IntakeDecisionFormProps {
  intake: IntakeDetails;
  /** Where a registry household opens (a candidate, to check it before choosing). */
  householdPath: (id: number) => string;
  /** The households screen searching for a name: where the operator finds another household's number. */
  householdSearchPath: (name: string) => string;
  /** Saved: the server's answer, the submission as it now stands. */
  onDecided: (intake: IntakeDetails) => void;
}

/**
 * The village operator's decision on a resident's submission, among those the server offers: accept (a proposal
 * becomes a numbered change, confirming the change proposal's warnings if the server asks; an objection starts a
 * re-verification of the registry household chosen), or reject with the reason the resident will read.
 */
export function IntakeDecisionForm({
  intake,
  householdPath,
  householdSearchPath,
  onDecided,
}: IntakeDecisionFormProps) {
  const { t } = useTranslation('intake');
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  const choice = Form.useWatch('choice', form);
  const code = intake.trackingCode;
  const accept = useAcceptIntake(code, onDecided);
  const reject = useRejectIntake(code, onDecided);
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  // The acceptance last sent: sent again with the warnings the operator confirms.
  const sent = useRef<IntakeAcceptance>(undefined);

  const objection = intake.kind === 'OBJECTION' ? intake.objection : undefined;
  const candidates = objection?.candidates ?? [];
  const offered = intake.decisions.filter(
    (value): value is 'ACCEPT' | 'REJECT' => value === 'ACCEPT' || value === 'REJECT',
  );
  const pending = accept.isPending || reject.isPending;
  const failed = decision === 'REJECT' ? reject : accept;
  const warned = decision === 'ACCEPT' && warningsOf(accept.error).length > 0;

  /** The server names `householdId`; the form shows it on the field the operator chose it with. */
  const place = (field: string) =>
    field === 'householdId'
      ? [form.getFieldValue('choice') === 'other' ? 'otherHousehold' : 'choice']
      : fieldPath(field);

  const onError = (error: unknown) => setUnplaced(applyFieldErrors(error, form, { map: place }));

  const sendAcceptance = (body: IntakeAcceptance) => {
    sent.current = body;
    accept.mutate(body, { onError });
  };

  const submit = (values: DecisionValues) => {
    if (values.decision === 'REJECT') {
      reject.mutate({ reason: values.reason?.trim() ?? '' }, { onError });
      return;
    }
    if (!objection) {
      sendAcceptance({});
      return;
    }
    const householdId =
      values.choice === 'other' ? householdIdFrom(values.otherHousehold) : values.choice;
    sendAcceptance({ householdId });
  };

  const required = (message: string) => ({ required: true, message });
  const chooseHousehold = objection && (
    <>
      <Form.Item
        name="choice"
        label={t('decide.household')}
        hidden={candidates.length === 0}
        rules={[required(t('decide.householdRequired'))]}
        extra={
          candidates.length > 0 && t('decide.candidatesHint', { name: objection.objectedName })
        }
      >
        <Radio.Group>
          <Flex vertical gap="small">
            {candidates.map((candidate) => (
              <Flex key={candidate.householdId} gap="small" wrap align="baseline">
                <Radio value={candidate.householdId}>
                  <Typography.Text strong>{candidate.headName}</Typography.Text>
                  {' · '}
                  {t('decide.candidateAddress', {
                    address: candidate.address,
                    rt: candidate.rt,
                    rw: candidate.rw,
                  })}
                </Radio>
                <Link
                  to={householdPath(candidate.householdId)}
                  target="_blank"
                  aria-label={t('decide.viewHouseholdOf', { name: candidate.headName })}
                >
                  {t('decide.viewHousehold')}
                </Link>
              </Flex>
            ))}
            <Radio value="other">{t('decide.other')}</Radio>
          </Flex>
        </Radio.Group>
      </Form.Item>
      {candidates.length === 0 && (
        <Form.Item>
          <Alert
            type="info"
            showIcon
            role="none"
            title={t('decide.noCandidates', { name: objection.objectedName })}
          />
        </Form.Item>
      )}
      {choice === 'other' && (
        <Form.Item
          name="otherHousehold"
          label={t('decide.otherHousehold')}
          extra={
            <>
              {t('decide.otherHouseholdHelp')}{' '}
              <Link to={householdSearchPath(objection.objectedName)} target="_blank">
                {t('decide.findHousehold')}
              </Link>
            </>
          }
          rules={[
            {
              validator: (_, value?: string) => {
                if (!value?.trim()) {
                  return Promise.reject(new Error(t('decide.householdRequired')));
                }
                if (householdIdFrom(value) === undefined) {
                  return Promise.reject(new Error(t('decide.householdIdInvalid')));
                }
                return Promise.resolve();
              },
            },
          ]}
        >
          <Input inputMode="numeric" autoComplete="off" style={{ maxWidth: 360 }} />
        </Form.Item>
      )}
    </>
  );

  return (
    <Form<DecisionValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      disabled={pending}
      initialValues={{ choice: objection && candidates.length === 0 ? 'other' : undefined }}
      onValuesChange={(changed: DecisionValues) => {
        if ('decision' in changed) {
          accept.reset();
          reject.reset();
          setUnplaced([]);
        }
      }}
    >
      {failed.isError && !warned && (
        <Form.Item>
          <ProblemAlert error={failed.error} fieldErrors={unplaced} />
        </Form.Item>
      )}
      <Form.Item
        name="decision"
        label={t('decide.decision')}
        rules={[required(t('decide.decisionRequired'))]}
      >
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={offered.map((value) => ({
            value,
            label: t(`decide.${value}.${intake.kind}`),
          }))}
        />
      </Form.Item>
      {decision === 'ACCEPT' && (
        <Typography.Paragraph type="secondary">
          {t(`decide.acceptHint.${intake.kind}`)}
        </Typography.Paragraph>
      )}
      {decision === 'ACCEPT' && chooseHousehold}
      {decision === 'REJECT' && (
        <Form.Item
          name="reason"
          label={t('decide.reason')}
          extra={t('decide.reasonHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('decide.reasonRequired'),
            },
            {
              max: maxLength.reason,
              message: t('decide.reasonTooLong', { max: maxLength.reason }),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={maxLength.reason} showCount />
        </Form.Item>
      )}
      {warned && (
        <Form.Item>
          <WarningsToConfirm
            error={accept.error}
            pending={accept.isPending}
            onConfirm={(codes) => {
              const last = sent.current ?? {};
              sendAcceptance({
                ...last,
                confirmedWarnings: [
                  ...new Set([...(last.confirmedWarnings ?? []), ...codes]),
                ] as IntakeAcceptance['confirmedWarnings'],
              });
            }}
          />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('decide.submit')}
      </Button>
    </Form>
  );
}
