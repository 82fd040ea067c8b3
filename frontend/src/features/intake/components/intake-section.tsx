import { Card, Flex, Grid, Pagination, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DueDateTag } from '@/components/due-date-tag';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDueDate } from '@/lib/due-date';
import { usePaging } from '@/lib/paging';

import { intakePageSize, useIntakeItems } from '../api/get-intake-items';
import { formatInstant } from '../format-instant';
import { seesIntake } from '../intake-rules';
import type { IntakeItem } from '../types';
import { KindTag } from './intake-tags';

interface IntakeSectionProps {
  /** The signed-in official's role: only a village operator and a Camat receive residents' submissions. */
  role?: string;
  /** Where one submission opens, by its tracking code. */
  detailsPath: (code: string) => string;
}

/**
 * Residents' proposals and objections waiting on the official, above the inbox's tasks: for a village operator those
 * to decide, for a Camat the overdue ones to follow up. Nothing at all while there are none.
 */
export function IntakeSection({ role, detailsPath }: IntakeSectionProps) {
  const { t } = useTranslation('intake');
  const screens = Grid.useBreakpoint();
  const titleId = useId();
  const shown = seesIntake(role);
  const paging = usePaging({ size: intakePageSize });
  const items = useIntakeItems({ open: true, page: paging.page, size: paging.size }, shown);

  if (!shown || (!items.isError && !items.data?.totalElements)) {
    return null;
  }

  const link = (item: IntakeItem) => (
    <Link to={detailsPath(item.trackingCode)}>
      <code>{item.trackingCode}</code>
    </Link>
  );
  const village = (item: IntakeItem) => item.villageName ?? item.villageCode;
  const tags = (item: IntakeItem) =>
    item.escalated && <Tag color="volcano">{t('tag.escalated')}</Tag>;
  const lapses = (item: IntakeItem) => (item.lapsesAt ? formatDueDate(item.lapsesAt) : t('none'));

  const columns: TableColumnsType<IntakeItem> = [
    { key: 'code', title: t('field.code'), render: (_, item) => link(item) },
    {
      key: 'kind',
      title: t('field.kind'),
      render: (_, item) => <KindTag kind={item.kind} />,
    },
    { key: 'subject', title: t('field.subject'), dataIndex: 'subject' },
    { key: 'village', title: t('field.village'), render: (_, item) => village(item) },
    {
      key: 'submittedAt',
      title: t('field.submittedAt'),
      render: (_, item) => formatInstant(item.submittedAt),
    },
    {
      key: 'dueDate',
      title: t('field.dueDate'),
      render: (_, item) => (
        <Flex gap={4} wrap align="center">
          <DueDateTag dueDate={item.dueDate} />
          {tags(item)}
        </Flex>
      ),
    },
    { key: 'lapsesAt', title: t('field.lapsesAt'), render: (_, item) => lapses(item) },
  ];

  const pagination = paging.pagination(items.data, {
    total: (count) => t('section.total', { count }),
    hideOnSinglePage: true,
  });

  return (
    <section aria-labelledby={titleId}>
      <Flex vertical gap="small">
        <div>
          <Typography.Title level={2} id={titleId} style={{ margin: 0 }}>
            {t('section.title')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t(role === 'SUBDISTRICT_HEAD' ? 'section.hintFollowUp' : 'section.hintDecide')}
          </Typography.Text>
        </div>
        {items.isError && <ProblemAlert error={items.error} />}
        {items.data &&
          (screens.md ? (
            <Table<IntakeItem>
              rowKey="trackingCode"
              size="middle"
              columns={columns}
              dataSource={items.data.content}
              loading={items.isFetching && items.isPlaceholderData}
              pagination={pagination}
            />
          ) : (
            <>
              <Flex
                vertical
                gap="small"
                component="ul"
                style={{ listStyle: 'none', margin: 0, padding: 0 }}
              >
                {items.data.content.map((item) => (
                  <li key={item.trackingCode}>
                    <Card size="small" title={link(item)} extra={<KindTag kind={item.kind} />}>
                      <Flex vertical gap={4}>
                        <Typography.Text strong>{item.subject}</Typography.Text>
                        <Typography.Text type="secondary">
                          {village(item)} · {t('field.submittedAt')}{' '}
                          {formatInstant(item.submittedAt)}
                        </Typography.Text>
                        <Flex gap={4} wrap align="center">
                          <DueDateTag dueDate={item.dueDate} />
                          {tags(item)}
                        </Flex>
                        {item.lapsesAt && (
                          <Typography.Text type="secondary">
                            {t('field.lapsesAt')} {lapses(item)}
                          </Typography.Text>
                        )}
                      </Flex>
                    </Card>
                  </li>
                ))}
              </Flex>
              <Pagination simple {...pagination} />
            </>
          ))}
      </Flex>
    </section>
  );
}
