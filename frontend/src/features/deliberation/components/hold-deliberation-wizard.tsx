import { Alert, App, Button, Empty, Flex, Form, Spin, Steps, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { WarningsToConfirm } from '@/components/warnings-to-confirm';
import { ApiError, warningsOf } from '@/lib/api-client';
import { noFieldErrors, type FieldErrors } from '@/lib/field-errors';
import { problemText } from '@/lib/problem-text';

import { useLatestFieldVisits } from '../api/get-field-visits';
import { usePendingTasks } from '../api/get-pending-tasks';
import { useHoldDeliberation } from '../api/hold-deliberation';
import { chairedLevel, limits, stageOf } from '../deliberation-rules';
import type { Chair, DeliberationLevel, HoldDeliberation } from '../types';
import { clearChanged, deliberationBody, placeErrors, type WizardValues } from '../wizard-values';
import { DecisionsStep } from './decisions-step';
import { MinutesStep } from './minutes-step';
import { PickChangesStep } from './pick-changes-step';
import { ReviewStep } from './review-step';

interface HoldDeliberationWizardProps {
  chair: Chair;
  onHeld: (id: number) => void;
  /** What a change proposes, shown on its card when opened: composed by the page. */
  proposalPanel?: (changeRequestId: number) => ReactNode;
}

const stepKeys = ['pick', 'minutes', 'decisions', 'review'] as const;

/** A deliberation for a chair, or why the user holds none. */
export function HoldDeliberationWizard({
  chair,
  onHeld,
  proposalPanel,
}: HoldDeliberationWizardProps) {
  const { t } = useTranslation('deliberation');
  const level = chairedLevel(chair.role);
  if (!level) {
    return <Alert type="info" showIcon title={t('hold.notChair')} />;
  }
  return <Wizard level={level} chair={chair} onHeld={onHeld} proposalPanel={proposalPanel} />;
}

interface WizardProps extends HoldDeliberationWizardProps {
  level: DeliberationLevel;
}

/**
 * Pick the changes, record the minutes, decide each change, review, and send it all as one
 * multipart request. A refusal keeps every input and shows each error beside its field or change.
 */
function Wizard({ level, chair, onHeld, proposalPanel }: WizardProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const pending = usePendingTasks(stageOf[level]);
  const hold = useHoldDeliberation();
  const [step, setStep] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [pickError, setPickError] = useState<string>();
  const [serverErrors, setServerErrors] = useState<FieldErrors>(noFieldErrors);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const tasks = useMemo(() => pending.data ?? [], [pending.data]);
  const selectedTasks = useMemo(() => {
    const chosen = new Set(selected);
    return tasks.filter((task) => chosen.has(task.id));
  }, [tasks, selected]);
  const visits = useLatestFieldVisits(
    useMemo(() => selectedTasks.map((task) => task.changeRequestId), [selectedTasks]),
  );

  // Keyboard and screen-reader users land on the new step's title.
  useEffect(() => {
    if (moved.current) {
      heading.current?.focus();
    }
  }, [step]);

  const goTo = (next: number) => {
    moved.current = true;
    setStep(next);
  };

  const next = async () => {
    if (step === 0) {
      if (selected.length === 0) {
        setPickError(t('pick.required'));
        return;
      }
      if (selected.length > limits.decisions) {
        setPickError(t('pick.tooMany', { max: limits.decisions }));
        return;
      }
      setPickError(undefined);
      // Every change the server lets the chair approve starts approved; a change picked again
      // keeps what was decided on it.
      const decisions = form.getFieldValue('decisions') as WizardValues['decisions'];
      form.setFieldsValue({
        decisions: Object.fromEntries(
          selectedTasks
            .filter((task) => !decisions?.[task.id]?.decision && task.decisions.includes('APPROVE'))
            .map((task) => [task.id, { ...decisions?.[task.id], decision: 'APPROVE' as const }]),
        ),
      });
    } else {
      try {
        await form.validateFields();
      } catch {
        return;
      }
    }
    goTo(step + 1);
  };

  /** What the form holds now, unmounted steps included. */
  const current = () => {
    const values = form.getFieldsValue(true) as WizardValues;
    return {
      body: deliberationBody(level, chair, selectedTasks, values),
      minutes: values.minutes?.[0]?.originFileObj,
    };
  };

  /** Sends the deliberation; `confirmed`: the warnings the chair has gone ahead past. */
  const submit = (confirmed: string[] = []) => {
    const { body, minutes } = current();
    if (!minutes) {
      goTo(1);
      return;
    }
    setServerErrors(noFieldErrors);
    const deliberation =
      confirmed.length > 0
        ? {
            ...body,
            confirmedWarnings: confirmed as HoldDeliberation['confirmedWarnings'],
          }
        : body;
    hold.mutate(
      { deliberation, minutes },
      {
        onSuccess: (held) => {
          void message.success(t('hold.saved'));
          onHeld(held.id);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) {
            return;
          }
          const tooLarge =
            error.status === 413 ? [{ field: 'minutes', message: t('hold.tooLarge') }] : [];
          const placed = placeErrors(
            [...error.fieldErrors, ...tooLarge],
            body.decisions.map((item) => item.taskId),
          );
          setServerErrors(placed);
          // Where the first thing to fix is: the minutes, then the decisions.
          if (placed.placed.some(({ name }) => name[0] !== 'decisions')) {
            goTo(1);
          } else if (placed.placed.length > 0) {
            goTo(2);
          }
        },
      },
    );
  };

  if (pending.isPending) {
    return <Spin description={tCommon('state.loading')} />;
  }
  if (pending.isError) {
    return (
      <ProblemAlert
        error={pending.error}
        action={<Button onClick={() => void pending.refetch()}>{tCommon('action.retry')}</Button>}
      />
    );
  }
  if (tasks.length === 0) {
    return <Empty description={t('pick.empty')} />;
  }

  const refused = hold.error instanceof ApiError && !hold.isPending;
  const warned = warningsOf(hold.error).length > 0;
  const { body, minutes } = current();

  return (
    <Flex vertical gap="large">
      <Steps
        current={step}
        size="small"
        onChange={(target) => target < step && !hold.isPending && goTo(target)}
        items={stepKeys.map((key) => ({ title: t(`hold.step.${key}`) }))}
      />
      {warned && (
        <WarningsToConfirm error={hold.error} pending={hold.isPending} onConfirm={submit} />
      )}
      {hold.isError && !warned && (
        <Alert
          type="error"
          showIcon
          title={problemText(hold.error, tCommon)}
          description={
            refused ? (
              <>
                <p style={{ margin: 0 }}>{t('hold.refused')}</p>
                {serverErrors.unplaced.length > 0 && (
                  <ul>
                    {serverErrors.unplaced.map(({ field, message }) => (
                      <li key={`${field}:${message}`}>{message}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : undefined
          }
        />
      )}
      <Typography.Title level={2} style={{ margin: 0 }} ref={heading} tabIndex={-1}>
        {t(`hold.step.${stepKeys[step] ?? 'pick'}`)}
      </Typography.Title>
      <Form<WizardValues>
        form={form}
        layout="vertical"
        initialValues={{ attendees: [''] }}
        disabled={hold.isPending}
        onValuesChange={(changed: WizardValues) =>
          setServerErrors((errors) => clearChanged(errors, changed))
        }
        onFinish={() => void next()}
      >
        {step === 0 && (
          <PickChangesStep
            tasks={tasks}
            selected={selected}
            onChange={(ids) => {
              setSelected(ids);
              setPickError(undefined);
            }}
            error={pickError}
          />
        )}
        {step === 1 && <MinutesStep level={level} form={form} serverErrors={serverErrors} />}
        {step === 2 && (
          <DecisionsStep
            form={form}
            tasks={selectedTasks}
            serverErrors={serverErrors}
            proposalPanel={proposalPanel}
            visits={visits}
          />
        )}
        {step === 3 && (
          <ReviewStep
            level={level}
            body={body}
            minutes={minutes}
            tasks={selectedTasks}
            serverErrors={serverErrors}
          />
        )}
        {hold.isPending && (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            title={t('hold.sending')}
            role="status"
            style={{ marginTop: 16 }}
          />
        )}
        <Flex gap="small" justify="space-between" wrap style={{ marginTop: 24 }}>
          <Button onClick={() => goTo(step - 1)} disabled={step === 0 || hold.isPending}>
            {t('hold.previous')}
          </Button>
          {step < stepKeys.length - 1 ? (
            <Button key="next" type="primary" htmlType="submit">
              {t('hold.next')}
            </Button>
          ) : (
            <Button key="submit" type="primary" onClick={() => submit()} loading={hold.isPending}>
              {t('hold.submit')}
            </Button>
          )}
        </Flex>
      </Form>
    </Flex>
  );
}
