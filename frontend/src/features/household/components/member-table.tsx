import { Card, Descriptions, Flex, Grid, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import type { CivilRegistryStatus, Member, RecordStatus, RemovalReason } from '../types';
import { RecordStatusTag } from './record-status-tag';

const civilRegistryColor: Record<CivilRegistryStatus, string> = {
  UNCHECKED: 'default',
  MATCHED: 'green',
  NOT_MATCHED: 'orange',
  DECEASED: 'volcano',
  NIK_UNKNOWN: 'red',
};

interface MemberTableProps {
  members: Member[];
  /** The household itself: when it left the registry, its members left with it. */
  household?: { status: RecordStatus; removalReason?: RemovalReason };
}

/** A household's members: a table, or a card each on narrow screens, which keep their width. */
export function MemberTable({ members, household }: MemberTableProps) {
  const { t } = useTranslation('household');
  const screens = Grid.useBreakpoint();
  const civilRegistryTag = (status: CivilRegistryStatus) => (
    <Tag color={civilRegistryColor[status]}>{t(`civilRegistryStatus.${status}`)}</Tag>
  );
  // The registry keeps a removed household's members as they were; they are no longer on the list.
  const statusTag = (member: Member) =>
    household?.status === 'REMOVED' && member.status === 'ACTIVE' ? (
      <RecordStatusTag status="REMOVED" removalReason={household.removalReason} />
    ) : (
      <RecordStatusTag status={member.status} removalReason={member.removalReason} />
    );

  if (!screens.md) {
    return (
      <Flex
        vertical
        gap="small"
        component="ul"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {members.map((member) => (
          <li key={member.id}>
            <Card size="small" title={member.name}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'nik', label: t('member.nik'), children: <code>{member.nik}</code> },
                  {
                    key: 'birthDate',
                    label: t('member.birthDate'),
                    children: formatDate(member.birthDate),
                  },
                  { key: 'sex', label: t('member.sex'), children: t(`sex.${member.sex}`) },
                  {
                    key: 'relationship',
                    label: t('member.relationship'),
                    children: t(`relationship.${member.relationship}`),
                  },
                  {
                    key: 'civilRegistryStatus',
                    label: t('member.civilRegistryStatus'),
                    children: civilRegistryTag(member.civilRegistryStatus),
                  },
                  { key: 'status', label: t('member.status'), children: statusTag(member) },
                ]}
              />
            </Card>
          </li>
        ))}
      </Flex>
    );
  }

  const columns: TableColumnsType<Member> = [
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
      render: (birthDate: string) => formatDate(birthDate),
    },
    {
      key: 'sex',
      title: t('member.sex'),
      dataIndex: 'sex',
      render: (sex: Member['sex']) => t(`sex.${sex}`),
    },
    {
      key: 'relationship',
      title: t('member.relationship'),
      dataIndex: 'relationship',
      render: (relationship: Member['relationship']) => t(`relationship.${relationship}`),
    },
    {
      key: 'civilRegistryStatus',
      title: t('member.civilRegistryStatus'),
      dataIndex: 'civilRegistryStatus',
      render: (status: CivilRegistryStatus) => civilRegistryTag(status),
    },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, member) => statusTag(member),
    },
  ];
  return (
    <Table<Member>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={members}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
