import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatDate } from '@/lib/format';

import type { CivilRegistryStatus, Member } from '../types';
import { RecordStatusTag } from './record-status-tag';

const civilRegistryColor: Record<CivilRegistryStatus, string> = {
  UNCHECKED: 'default',
  MATCHED: 'green',
  NOT_MATCHED: 'orange',
  DECEASED: 'volcano',
  NIK_UNKNOWN: 'red',
};

export function MemberTable({ members }: { members: Member[] }) {
  const { t } = useTranslation('household');
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
      render: (status: CivilRegistryStatus) => (
        <Tag color={civilRegistryColor[status]}>{t(`civilRegistryStatus.${status}`)}</Tag>
      ),
    },
    {
      key: 'status',
      title: t('member.status'),
      render: (_, member) => (
        <RecordStatusTag status={member.status} removalReason={member.removalReason} />
      ),
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
