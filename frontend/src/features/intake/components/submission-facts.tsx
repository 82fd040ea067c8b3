import { Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import { openStreetMapUrl } from '../intake-rules';
import type { IntakeDetails, IntakeObjection, ProposedHousehold, ProposedMember } from '../types';

/** A section's title, one level under the page's. */
function SectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ marginTop: 0 }}>
      {children}
    </Typography.Title>
  );
}

/** Who sent the submission, and why: the NIK as masked by the server; a proposer's phone to call back. */
export function SubmitterFacts({ intake }: { intake: IntakeDetails }) {
  const { t } = useTranslation('intake');
  const { submitter } = intake;
  const items = [
    { key: 'name', label: t('submitter.name'), children: submitter.name },
    { key: 'nik', label: t('submitter.nik'), children: <code>{submitter.nikMasked}</code> },
    ...(submitter.phone
      ? [
          {
            key: 'phone',
            label: t('submitter.phone'),
            children: <a href={`tel:${submitter.phone}`}>{submitter.phone}</a>,
          },
        ]
      : []),
    ...(intake.kind === 'PROPOSAL' && typeof intake.forOwnHousehold === 'boolean'
      ? [
          {
            key: 'forWhom',
            label: t('submitter.forWhom'),
            children: t(intake.forOwnHousehold ? 'submitter.own' : 'submitter.neighbour'),
          },
        ]
      : []),
    ...(intake.reason
      ? [
          {
            key: 'reason',
            label: t('submitter.reason'),
            children: <span style={{ whiteSpace: 'pre-line' }}>{intake.reason}</span>,
            span: 'filled' as const,
          },
        ]
      : []),
  ];
  return (
    <section>
      <SectionTitle>{t(`submitter.title.${intake.kind}`)}</SectionTitle>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
    </section>
  );
}

/** The household a resident proposes, and its members as they gave them. */
export function ProposedHouseholdFacts({ household }: { household: ProposedHousehold }) {
  const { t } = useTranslation(['intake', 'household']);
  const columns: TableColumnsType<ProposedMember> = [
    {
      key: 'nik',
      title: t('member.nik'),
      dataIndex: 'nik',
      render: (nik: string) => <code>{nik}</code>,
    },
    { key: 'name', title: t('member.name'), dataIndex: 'name' },
    {
      key: 'birthDate',
      title: t('member.birthDate'),
      dataIndex: 'birthDate',
      render: (date: string) => formatDate(date),
    },
    {
      key: 'sex',
      title: t('member.sex'),
      dataIndex: 'sex',
      render: (sex: ProposedMember['sex']) => t(`household:sex.${sex}`),
    },
    {
      key: 'relationship',
      title: t('member.relationship'),
      dataIndex: 'relationship',
      render: (relationship: ProposedMember['relationship']) =>
        t(`household:relationship.${relationship}`),
    },
  ];
  return (
    <section>
      <SectionTitle>{t('household.title')}</SectionTitle>
      <Flex vertical gap="middle">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            {
              key: 'address',
              label: t('household.address'),
              children: household.address,
              span: 'filled',
            },
            {
              key: 'rtRw',
              label: t('household.rtRw'),
              children: `${household.rt}/${household.rw}`,
            },
            {
              key: 'kkNumber',
              label: t('household.kkNumber'),
              children: <code>{household.kkNumber}</code>,
            },
          ]}
        />
        <Table<ProposedMember>
          rowKey={(member) => `${member.nik}-${member.name}`}
          size="small"
          columns={columns}
          dataSource={household.members}
          pagination={false}
          scroll={{ x: 'max-content' }}
          title={() => t('household.members', { count: household.members.length })}
        />
      </Flex>
    </section>
  );
}

/** Whom a resident objects to, why, in their own words, and where the house stands. */
export function ObjectionFacts({ objection }: { objection: IntakeObjection }) {
  const { t } = useTranslation('intake');
  const { latitude, longitude } = objection;
  const positioned = typeof latitude === 'number' && typeof longitude === 'number';
  return (
    <section>
      <SectionTitle>{t('objection.title')}</SectionTitle>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('objection.objectedName'), children: objection.objectedName },
          {
            key: 'address',
            label: t('objection.objectedAddress'),
            children: objection.objectedAddress,
          },
          {
            key: 'reason',
            label: t('objection.reason'),
            children: t(`objectionReason.${objection.reason}`),
          },
          {
            key: 'statement',
            label: t('objection.statement'),
            children: <span style={{ whiteSpace: 'pre-line' }}>{objection.statement}</span>,
          },
          {
            key: 'position',
            label: t('objection.position'),
            children: positioned ? (
              <Flex gap="small" wrap>
                <span>
                  {latitude}, {longitude}
                </span>
                <a href={openStreetMapUrl(latitude, longitude)} target="_blank" rel="noreferrer">
                  {t('objection.map')}
                </a>
              </Flex>
            ) : (
              t('none')
            ),
          },
        ]}
      />
    </section>
  );
}
