import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import type { Rule } from 'antd/es/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { WarningsToConfirm } from '@/components/warnings-to-confirm';
import { warningsOf, type FieldProblem } from '@/lib/api-client';
import { applyFieldErrors, fieldPath, type FieldPath } from '@/lib/field-errors';

import { useCreateChangeRequest } from '../api/create-change-request';
import { householdQuery } from '../api/get-household';
import { useSubdistrictExists } from '../api/get-region';
import { changeBody, updatesSomething, type ChangeFormValues } from '../change-body';
import { newIdempotencyKey } from '../idempotency-key';
import {
  isSixteenDigits,
  kkNumberValid,
  nikMessageKey,
  nikRules,
  subdistrictCode,
} from '../nik-rules';
import {
  existingHouseholdTypes,
  removalReasons,
  type ChangeRequestDetails,
  type ChangeType,
  type CreateChangeRequest,
  type HouseholdForChange,
} from '../types';
import { MemberFields } from './member-fields';
import { WelfareFields } from './welfare-fields';

const maxLength = { reason: 500, note: 1000, address: 200 };
const rtRwPattern = /^\d{1,3}$/;

/** Where the server's `update` error shows: the first of the update's fields. */
const placedAs: Record<string, FieldPath> = { update: ['update', 'address'] };

type ChangeRequestFormProps = {
  onProposed: (change: ChangeRequestDetails) => void;
  onCancel: () => void;
} & (
  | {
      /** A change for a household on the registry. */
      householdId: number;
      /** The type chosen first (`?type=`); the user may choose another. */
      initialType?: ChangeType;
    }
  | {
      householdId?: undefined;
      /** A new household lives in the proposing operator's own village. */
      villageCode: string;
      villageName?: string | null;
    }
);

/**
 * A proposed change for a village operator: the parts its type needs, checked on blur and on
 * submit as the server checks them; the server stays the judge, and its field errors show beside
 * the fields while the input is kept. One Idempotency-Key per form, so a retried submit never
 * proposes twice.
 */
export function ChangeRequestForm(props: ChangeRequestFormProps) {
  const { t } = useTranslation('change');
  const existing = props.householdId !== undefined;
  const household = useQuery({
    ...householdQuery(props.householdId ?? 0),
    enabled: existing,
  });

  if (existing && household.isPending) {
    return <Skeleton active paragraph={{ rows: 6 }} />;
  }
  if (existing && household.isError) {
    return <ProblemAlert error={household.error} />;
  }
  if (existing && household.data?.status === 'REMOVED') {
    return <Alert type="warning" showIcon title={t('form.householdRemoved')} />;
  }
  return <ProposalForm {...props} household={existing ? household.data : undefined} />;
}

function ProposalForm(props: ChangeRequestFormProps & { household?: HouseholdForChange }) {
  const { household, onProposed, onCancel } = props;
  const { t } = useTranslation(['change', 'household']);
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangeFormValues>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const create = useCreateChangeRequest(idempotencyKey);
  const subdistrictExists = useSubdistrictExists();
  const [unplaced, setUnplaced] = useState<FieldProblem[]>([]);
  // The proposal last sent: sent again with the warnings the proposer confirms.
  const sent = useRef<CreateChangeRequest>(undefined);
  const warned = warningsOf(create.error).length > 0;

  const initialType: ChangeType =
    props.householdId === undefined ? 'NEW_HOUSEHOLD' : (props.initialType ?? 'REVERIFY');
  const type = Form.useWatch('type', form) ?? initialType;
  const changeWelfare = Form.useWatch('changeWelfare', form);
  const required = { required: true, message: t('error.required') };
  const rtRw: Rule[] = [{ pattern: rtRwPattern, message: t('error.rtRw') }];

  const nikRule: Rule[] = [
    {
      validator: async (_, value?: string) => {
        const nik = value?.trim() ?? '';
        if (!nik) {
          throw new Error(t('error.required'));
        }
        // The region list is asked only about a NIK of the right form.
        const exists = isSixteenDigits(nik)
          ? await subdistrictExists(subdistrictCode(nik))
          : undefined;
        // An unanswered kecamatan question is left to the server.
        const broken = nikRules(nik, () => exists !== false);
        if (broken.length > 0) {
          throw new Error(t(nikMessageKey(broken[0]!)));
        }
      },
    },
  ];

  const submit = (values: ChangeFormValues) => {
    // A new household's form has no type field: its type is fixed.
    const body = changeBody(
      { ...values, type: values.type ?? initialType },
      {
        householdId: household?.id,
        villageCode: props.householdId === undefined ? props.villageCode : undefined,
      },
    );
    if (body.type === 'UPDATE' && !updatesSomething(body)) {
      form.setFields([{ name: ['update', 'address'], errors: [t('error.updateRequired')] }]);
      return;
    }
    send(body);
  };

  const send = (body: CreateChangeRequest) => {
    sent.current = body;
    create.mutate(body, {
      onSuccess: (change) => {
        void message.success(t('form.proposed', { number: change.number }));
        onProposed(change);
      },
      // A field this form does not show (householdId, the Idempotency-Key) is listed above it.
      onError: (error) =>
        setUnplaced(
          applyFieldErrors(error, form, { map: (field) => placedAs[field] ?? fieldPath(field) }),
        ),
    });
  };

  const removalReasonField = (
    <Form.Item name="removalReason" label={t('form.removalReason')} rules={[required]}>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('form.choose')}
        options={removalReasons.map((reason) => ({
          value: reason,
          label: t(`household:removalReason.${reason}`),
        }))}
      />
    </Form.Item>
  );

  const activeMembers = household?.members.filter((member) => member.status === 'ACTIVE') ?? [];

  return (
    <Form<ChangeFormValues>
      form={form}
      layout="vertical"
      validateTrigger="onBlur"
      onFinish={submit}
      disabled={create.isPending}
      initialValues={{
        type: initialType,
        household: { members: [{ relationship: 'HEAD' }] },
      }}
      scrollToFirstError
    >
      {create.isError && !warned && (
        <Form.Item>
          <ProblemAlert error={create.error} fieldErrors={unplaced} />
        </Form.Item>
      )}
      {household ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('form.forHousehold', { kkNumber: household.kkNumber })}
          </Typography.Paragraph>
          <Form.Item name="type" label={t('form.type')} rules={[required]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={existingHouseholdTypes.map((value) => ({
                value,
                label: t(`type.${value}`),
              }))}
            />
          </Form.Item>
        </>
      ) : (
        props.householdId === undefined &&
        props.villageName && (
          <Typography.Paragraph type="secondary">
            {t('form.inVillage', { village: props.villageName })}
          </Typography.Paragraph>
        )
      )}

      {type === 'REVERIFY' && <Alert type="info" showIcon title={t('form.reverifyHint')} />}

      {type === 'REMOVE_HOUSEHOLD' && removalReasonField}

      {type === 'REMOVE_MEMBER' && (
        <>
          <Form.Item name="memberId" label={t('form.memberToRemove')} rules={[required]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('form.choose')}
              notFoundContent={t('form.noActiveMembers')}
              options={activeMembers.map((member) => ({
                value: member.id,
                label: `${member.name} (${t(`household:relationship.${member.relationship}`)})`,
              }))}
            />
          </Form.Item>
          {removalReasonField}
        </>
      )}

      {type === 'ADD_MEMBER' && (
        <Card size="small" title={t('form.newMember')} style={{ marginBottom: 24 }}>
          <MemberFields name={['member']} nikRules={nikRule} />
        </Card>
      )}

      {type === 'UPDATE' && household && (
        <Card size="small" title={t('form.update')} style={{ marginBottom: 24 }}>
          <Typography.Paragraph type="secondary">{t('form.updateHint')}</Typography.Paragraph>
          <Form.Item
            name={['update', 'address']}
            label={t('form.updateAddress')}
            extra={t('form.current', { value: household.address })}
          >
            <Input maxLength={maxLength.address} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Form.Item
                name={['update', 'rt']}
                label={t('form.updateRt')}
                extra={t('form.current', { value: household.rt })}
                rules={rtRw}
              >
                <Input inputMode="numeric" maxLength={3} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item
                name={['update', 'rw']}
                label={t('form.updateRw')}
                extra={t('form.current', { value: household.rw })}
                rules={rtRw}
              >
                <Input inputMode="numeric" maxLength={3} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="changeWelfare" valuePropName="checked">
            <Checkbox
              onChange={(event) => {
                // Welfare attributes change as a whole: start from the recorded ones.
                if (event.target.checked && !form.getFieldValue(['update', 'welfare'])) {
                  form.setFieldValue(['update', 'welfare'], household.welfare ?? {});
                }
              }}
            >
              {t('form.changeWelfare')}
            </Checkbox>
          </Form.Item>
          {changeWelfare && <WelfareFields name={['update', 'welfare']} />}
        </Card>
      )}

      {type === 'NEW_HOUSEHOLD' && (
        <>
          <Card size="small" title={t('form.household')} style={{ marginBottom: 24 }}>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['household', 'kkNumber']}
                  label={t('form.kkNumber')}
                  rules={[
                    {
                      validator: (_, value?: string) => {
                        const kk = value?.trim() ?? '';
                        if (!kk) {
                          return Promise.reject(new Error(t('error.required')));
                        }
                        return kkNumberValid(kk)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('error.kkNumber')));
                      },
                    },
                  ]}
                >
                  <Input inputMode="numeric" maxLength={16} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['household', 'address']}
                  label={t('form.address')}
                  rules={[{ ...required, whitespace: true }]}
                >
                  <Input maxLength={maxLength.address} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['household', 'rt']}
                  label={t('form.rt')}
                  rules={[required, ...rtRw]}
                >
                  <Input inputMode="numeric" maxLength={3} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name={['household', 'rw']}
                  label={t('form.rw')}
                  rules={[required, ...rtRw]}
                >
                  <Input inputMode="numeric" maxLength={3} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
          <Card size="small" title={t('form.welfare')} style={{ marginBottom: 24 }}>
            <WelfareFields name={['household', 'welfare']} />
          </Card>
          <Typography.Title level={3}>{t('form.members')}</Typography.Title>
          <Form.List name={['household', 'members']}>
            {(fields, { add, remove }) => (
              <Flex vertical gap="middle" style={{ marginBottom: 24 }}>
                {fields.map((field, index) => (
                  <Card
                    key={field.key}
                    size="small"
                    title={
                      index === 0
                        ? t('form.headTitle')
                        : t('form.memberTitle', { number: index + 1 })
                    }
                    extra={
                      index > 0 && (
                        <Button
                          type="text"
                          danger
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={t('form.removeMember', { number: index + 1 })}
                          onClick={() => remove(field.name)}
                        />
                      )
                    }
                  >
                    <MemberFields
                      name={[field.name]}
                      path={['household', 'members', field.name]}
                      nikRules={nikRule}
                      head={index === 0}
                    />
                  </Card>
                ))}
                <div>
                  <Button icon={<PlusOutlined aria-hidden />} onClick={() => add()}>
                    {t('form.addMember')}
                  </Button>
                </div>
              </Flex>
            )}
          </Form.List>
        </>
      )}

      <Form.Item
        name="reason"
        label={t('form.reason')}
        style={{ marginTop: type === 'REVERIFY' ? 24 : undefined }}
      >
        <Input.TextArea rows={3} maxLength={maxLength.reason} showCount />
      </Form.Item>
      <Form.Item name="note" label={t('form.note')}>
        <Input.TextArea rows={2} maxLength={maxLength.note} showCount />
      </Form.Item>
      {warned && (
        <Form.Item>
          <WarningsToConfirm
            error={create.error}
            pending={create.isPending}
            onConfirm={(codes) => {
              const last = sent.current;
              if (last) {
                send({
                  ...last,
                  confirmedWarnings: [
                    ...(last.confirmedWarnings ?? []),
                    ...codes,
                  ] as CreateChangeRequest['confirmedWarnings'],
                });
              }
            }}
          />
        </Form.Item>
      )}
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
