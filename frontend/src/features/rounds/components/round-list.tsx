import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Pagination, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';
import { usePaging } from '@/lib/paging';

import { useRounds } from '../api/get-rounds';
import { isLive } from '../round-rules';
import type { Round } from '../types';
import { RoundPace } from './round-figures';
import { RoundProgress } from './round-progress';
import { RoundStatusTag } from './round-status-tag';

const pageSize = 20;

interface RoundListProps {
  /** From 0. */
  page: number;
  onPageChange: (page: number) => void;
  /** Where an opener opens a new round; none for those who only follow them. */
  newPath?: string;
  detailPath: (id: number) => string;
}

/** The rounds of my district, or of the districts under my region, newest first, each with its bar. */
export function RoundList({ page, onPageChange, newPath, detailPath }: RoundListProps) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const navigate = useNavigate();
  const paging = usePaging({ size: pageSize, page, onPageChange });
  const rounds = useRounds({ page: paging.page, size: paging.size });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {newPath && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(newPath)}>
            {t('list.open')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('list.intro')}
      </Typography.Paragraph>
      {rounds.isError ? (
        <ProblemAlert
          error={rounds.error}
          action={<Button onClick={() => void rounds.refetch()}>{tCommon('action.retry')}</Button>}
        />
      ) : rounds.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : rounds.data.content.length === 0 ? (
        <Empty description={t('list.empty')} />
      ) : (
        <>
          <Row gutter={[16, 16]} role="list" aria-label={t('list.title')}>
            {rounds.data.content.map((round) => (
              <Col key={round.id} xs={24} xl={12} role="listitem">
                <RoundCard round={round} detailPath={detailPath(round.id)} />
              </Col>
            ))}
          </Row>
          <Pagination
            align="end"
            {...paging.pagination(rounds.data, {
              total: (count) => t('list.total', { count }),
              hideOnSinglePage: true,
            })}
          />
        </>
      )}
    </Flex>
  );
}

function RoundCard({ round, detailPath }: { round: Round; detailPath: string }) {
  const { t } = useTranslation('rounds');
  return (
    <Card
      size="small"
      title={
        <Link to={detailPath} style={{ whiteSpace: 'normal' }}>
          {round.name}
        </Link>
      }
      extra={<RoundStatusTag status={round.status} />}
      style={{ height: '100%' }}
    >
      <Flex vertical gap="small">
        <Typography.Text type="secondary">
          {t('list.where', {
            district: round.district.name,
            date: formatDate(round.startsOn),
            count: round.subdistricts.length,
          })}
        </Typography.Text>
        <RoundProgress
          label={round.name}
          done={round.householdsDone}
          total={round.householdsTotal}
          percent={round.percentDone}
          live={isLive(round)}
        />
        <RoundPace round={round} />
      </Flex>
    </Card>
  );
}
