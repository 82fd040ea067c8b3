import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Progress,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { formatDate } from '@/lib/format';
import { intlLocale } from '@/lib/i18n';

import { minutesPath, useDeliberation } from '../api/get-deliberation';
import { useLatestFieldVisits } from '../api/get-field-visits';
import { formatSize } from '../format-size';
import { rtRw } from '../household-address';
import type { DecidedItem } from '../types';
import { DecisionTag } from './decision-tag';
import { DeliberationPending } from './deliberation-pending';
import { FieldVisitSummary } from './field-visit-summary';

interface DeliberationDetailsProps {
  id: number;
  listPath: string;
  bnbaPath: string;
  /** Where a decided change's page is: its number links there. */
  changePath?: (changeRequestId: number) => string;
}

/** One deliberation: its record, its signed minutes and what it decided. */
export function DeliberationDetails({
  id,
  listPath,
  bnbaPath,
  changePath,
}: DeliberationDetailsProps) {
  const { t } = useTranslation('deliberation');
  const { t: tCommon } = useTranslation();
  const deliberation = useDeliberation(id);
  const navigate = useNavigate();
  const visits = useLatestFieldVisits(
    useMemo(
      () => deliberation.data?.decisions.map((item) => item.changeRequestId) ?? [],
      [deliberation.data],
    ),
  );

  if (!deliberation.isSuccess) {
    return <DeliberationPending query={deliberation} />;
  }
  const found = deliberation.data;
  const unknown = tCommon('state.unknown');

  const columns: TableColumnsType<DecidedItem> = [
    {
      title: t('field.number'),
      key: 'number',
      render: (_, item) =>
        changePath ? (
          <Link to={changePath(item.changeRequestId)}>{item.changeRequestNumber}</Link>
        ) : (
          item.changeRequestNumber
        ),
    },
    {
      title: t('field.householdHead'),
      key: 'head',
      render: (_, item) => item.household?.headName ?? unknown,
    },
    {
      title: t('field.address'),
      key: 'address',
      render: (_, item) =>
        [item.household?.address, rtRw(item.household) && `RT/RW ${rtRw(item.household)}`]
          .filter(Boolean)
          .join(', ') || unknown,
    },
    {
      title: t('field.village'),
      key: 'village',
      render: (_, item) => item.household?.villageName ?? item.household?.villageCode ?? unknown,
    },
    {
      title: t('field.type'),
      key: 'type',
      render: (_, item) => t(`changeType.${item.changeType}`),
    },
    {
      title: t('field.decision'),
      key: 'decision',
      render: (_, item) => <DecisionTag decision={item.decision} />,
    },
    {
      title: t('fieldVisit.column'),
      key: 'fieldVisit',
      render: (_, item) => <FieldVisitSummary visit={visits.get(item.changeRequestId)} />,
    },
    { title: t('field.reason'), key: 'reason', render: (_, item) => item.reason ?? '' },
    { title: t('field.note'), key: 'note', render: (_, item) => item.note ?? '' },
  ];

  return (
    <Flex vertical gap="middle">
      <div>
        <Link to={listPath}>{t('details.back')}</Link>
      </div>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t(`level.${found.level}`)} · {found.minutesNumber}
        </Typography.Title>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => void navigate(bnbaPath)}>
          {t('details.printBnba')}
        </Button>
      </Flex>
      {found.applying > 0 && (
        <ApplyingDecisions total={found.decisions.length} left={found.applying} />
      )}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'region',
            label: t('details.region'),
            children: found.region ? (found.region.name ?? found.region.code) : t('national'),
          },
          {
            key: 'heldOn',
            label: t(`field.heldOn.${found.level}`),
            children: formatDate(found.heldOn),
          },
          { key: 'place', label: t('field.place'), children: found.place },
          {
            key: 'number',
            label: t(`field.minutesNumber.${found.level}`),
            children: found.minutesNumber,
          },
          { key: 'heldBy', label: t('details.heldBy'), children: found.heldBy },
          {
            key: 'recordedAt',
            label: t('details.recordedAt'),
            children: new Intl.DateTimeFormat(intlLocale(), {
              dateStyle: 'medium',
              timeStyle: 'short',
            }).format(new Date(found.recordedAt)),
          },
          {
            key: 'attendees',
            label: t('field.attendees'),
            span: 'filled',
            children: found.attendees.join(', '),
          },
          {
            key: 'minutes',
            label: t('details.minutes'),
            span: 'filled',
            children: (
              <Flex vertical gap={4}>
                <a href={minutesPath(found.id)} download={found.minutes.filename}>
                  <DownloadOutlined /> {t('details.download', { name: found.minutes.filename })}
                </a>
                <Typography.Text type="secondary">
                  {formatSize(found.minutes.sizeBytes)} · {t('details.sha256')}{' '}
                  <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                    {found.minutes.sha256}
                  </Typography.Text>
                </Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('details.decisions')}
      </Typography.Title>
      <Table<DecidedItem>
        rowKey="taskId"
        size="small"
        columns={columns}
        dataSource={found.decisions}
        scroll={{ x: 'max-content' }}
        pagination={found.decisions.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      />
    </Flex>
  );
}

/**
 * The deliberation is recorded and out of the inbox; the engine moves its changes on to the next
 * level a moment later, and this bar follows it until every change has.
 */
function ApplyingDecisions({ total, left }: { total: number; left: number }) {
  const { t } = useTranslation('deliberation');
  const applied = total - left;
  const percent = total === 0 ? 100 : Math.floor((applied * 100) / total);
  const text = t('details.applying', { applied, total });
  return (
    <Alert
      type="info"
      showIcon
      message={t('details.applyingTitle')}
      description={
        <Flex vertical gap={4}>
          <Progress
            percent={percent}
            status="active"
            aria-label={t('details.applyingTitle')}
            aria-valuetext={text}
          />
          <Typography.Text role="status">{text}</Typography.Text>
        </Flex>
      }
    />
  );
}
