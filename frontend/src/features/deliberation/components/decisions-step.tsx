import {
  Alert,
  Button,
  Card,
  Col,
  Collapse,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Typography,
  type FormInstance,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { fieldErrorProps, fieldErrorsAt, type FieldErrors } from '@/lib/field-errors';

import { limits, reasonRequired, sharedDecisions } from '../deliberation-rules';
import type { Decision, FieldVisit, PendingTask } from '../types';
import type { WizardValues } from '../wizard-values';
import { FieldVisitSummary } from './field-visit-summary';

interface DecisionsStepProps {
  form: FormInstance<WizardValues>;
  tasks: PendingTask[];
  /** The server's errors; those on a change (`['decisions', taskId, field]`) show on its card. */
  serverErrors: FieldErrors;
  /** What a change proposes, loaded when its card's "what is proposed" is opened. */
  proposalPanel?: (changeRequestId: number) => ReactNode;
  /** Each change's latest field visit, by change id, shown beside its decision. */
  visits?: ReadonlyMap<number, FieldVisit>;
}

/**
 * Step 3: a decision on each selected change, among those the server offers on its task, with the
 * reason a rejection or a return needs. "Set all" offers what every selected change allows.
 */
export function DecisionsStep({
  form,
  tasks,
  serverErrors,
  proposalPanel,
  visits,
}: DecisionsStepProps) {
  const { t } = useTranslation('deliberation');
  const decisions = sharedDecisions(tasks);

  const setAll = (decision: Decision) =>
    form.setFieldsValue({
      decisions: Object.fromEntries(tasks.map((task) => [task.id, { decision }])),
    });

  return (
    <Flex vertical gap="middle">
      {decisions.length > 0 && (
        <Flex gap="small" wrap align="center" role="group" aria-label={t('decisions.setAll')}>
          <Typography.Text>{t('decisions.setAll')}:</Typography.Text>
          {decisions.map((decision) => (
            <Button key={decision} onClick={() => setAll(decision)}>
              {t(`decisions.setAllTo.${decision}`)}
            </Button>
          ))}
        </Flex>
      )}
      {tasks.map((task) => (
        <DecisionCard
          key={task.id}
          task={task}
          errors={serverErrors}
          proposalPanel={proposalPanel}
          visit={visits?.get(task.changeRequestId)}
        />
      ))}
    </Flex>
  );
}

interface DecisionCardProps {
  task: PendingTask;
  errors: FieldErrors;
  proposalPanel?: (changeRequestId: number) => ReactNode;
  visit?: FieldVisit;
}

function DecisionCard({ task, errors, proposalPanel, visit }: DecisionCardProps) {
  const { t } = useTranslation('deliberation');
  const number = task.changeRequestNumber;
  const server = (field: string) => fieldErrorProps(errors, ['decisions', task.id, field]);
  const taskErrors = fieldErrorsAt(errors, ['decisions', task.id, 'taskId']);

  return (
    <Card
      size="small"
      data-testid={`decision-${task.id}`}
      title={number}
      extra={t(`changeType.${task.changeType}`)}
    >
      {/* Below the title, which antd cuts to one line: names wrap on a narrow screen. */}
      <Typography.Paragraph type="secondary">
        {[task.householdHead, task.villageName].filter(Boolean).join(' · ')}
      </Typography.Paragraph>
      {visit && (
        <div style={{ marginBottom: 12 }}>
          <FieldVisitSummary visit={visit} />
        </div>
      )}
      {proposalPanel && (
        // Rendered only when opened: a deliberation may hold 200 changes, each read on demand.
        <Collapse
          size="small"
          destroyOnHidden
          style={{ marginBottom: 12 }}
          items={[
            {
              key: 'proposal',
              label: t('decisions.showProposal', { number }),
              children: proposalPanel(task.changeRequestId),
            },
          ]}
        />
      )}
      {taskErrors.length > 0 && (
        <Alert type="error" showIcon title={taskErrors.join(' ')} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Form.Item
            name={['decisions', task.id, 'decision']}
            label={t('field.decision')}
            rules={[{ required: true, message: t('validation.required') }]}
            {...server('decision')}
          >
            <Radio.Group
              aria-label={t('field.decisionFor', { number })}
              options={task.decisions.map((decision) => ({
                value: decision,
                label: t(`decision.${decision}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item
            name={['decisions', task.id, 'reason']}
            label={t('field.reason')}
            dependencies={[['decisions', task.id, 'decision']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) =>
                  reasonRequired(getFieldValue(['decisions', task.id, 'decision']) as Decision) &&
                  !value?.trim()
                    ? Promise.reject(new Error(t('validation.reasonRequired')))
                    : Promise.resolve(),
              }),
              { max: limits.reason, message: t('validation.tooLong', { max: limits.reason }) },
            ]}
            {...server('reason')}
          >
            <Input.TextArea
              aria-label={t('field.reasonFor', { number })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={limits.reason}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item
            name={['decisions', task.id, 'note']}
            label={t('field.note')}
            rules={[{ max: limits.note, message: t('validation.tooLong', { max: limits.note }) }]}
            {...server('note')}
          >
            <Input.TextArea
              aria-label={t('field.noteFor', { number })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={limits.note}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
