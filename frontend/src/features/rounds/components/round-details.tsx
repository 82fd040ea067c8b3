import { PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/format';

import { useRound } from '../api/get-round';
import { usePauseRound } from '../api/pause-round';
import { useResumeRound } from '../api/resume-round';
import { formatCount, formatMoment } from '../format-round';
import { isLive, isOverdue, percentOf, steersRound, today } from '../round-rules';
import type { Round, RoundKecamatan } from '../types';
import { RoundPace } from './round-figures';
import { RoundProgress } from './round-progress';
import { RoundStatusTag } from './round-status-tag';

interface RoundDetailsProps {
  id: number;
  /** The signed-in official: the round's opener may pause and resume it. */
  username?: string;
  listPath: string;
  /** The day the target dates are measured against; today by default. */
  on?: string;
  /** Where the round's changes are followed per kecamatan and stage, for those who may. */
  supervisionPath?: string;
  /** More about the round (its match report), shown under its bars once it is loaded. */
  children?: ReactNode;
}

/**
 * One round: its bar, how fast it goes, a bar per kecamatan against its target date, and, for the
 * official who opened it, pause and resume; then whatever the app adds (`children`). Read again
 * every few seconds while it is starting.
 */
export function RoundDetails({
  id,
  username,
  listPath,
  on,
  supervisionPath,
  children,
}: RoundDetailsProps) {
  const { t } = useTranslation('rounds');
  const { t: tCommon } = useTranslation();
  const round = useRound(id);

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" gap="small" wrap>
        <Link to={listPath}>{t('details.back')}</Link>
        {supervisionPath && <Link to={supervisionPath}>{t('details.supervision')}</Link>}
      </Flex>
      {round.isError ? (
        <ProblemAlert
          error={round.error}
          action={<Button onClick={() => void round.refetch()}>{tCommon('action.retry')}</Button>}
        />
      ) : round.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <>
          <RoundView round={round.data} username={username} on={on ?? today()} />
          {children}
        </>
      )}
    </Flex>
  );
}

function RoundView({ round, username, on }: { round: Round; username?: string; on: string }) {
  const { t } = useTranslation('rounds');
  const live = isLive(round);
  const subdistrictsId = useId();

  return (
    <>
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Flex align="center" gap="small" wrap>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {round.name}
          </Typography.Title>
          <RoundStatusTag status={round.status} />
        </Flex>
        {steersRound(round, username) && <SteerButtons round={round} />}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'district', label: t('details.district'), children: round.district.name },
          { key: 'startsOn', label: t('details.startsOn'), children: formatDate(round.startsOn) },
          { key: 'openedBy', label: t('details.openedBy'), children: round.openedBy },
          { key: 'openedAt', label: t('details.openedAt'), children: formatMoment(round.openedAt) },
        ]}
      />
      <Card size="small" title={t('details.overall')}>
        <Flex vertical gap="small">
          <RoundProgress
            label={round.name}
            done={round.householdsDone}
            total={round.householdsTotal}
            percent={round.percentDone}
            live={live}
          />
          <Typography.Text type="secondary">{t('details.doneMeans')}</Typography.Text>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3 }}
            items={[
              {
                key: 'changesStarted',
                label: t('details.changesStarted'),
                children: formatCount(round.changesStarted),
              },
              {
                key: 'alreadyInProgress',
                label: t('details.alreadyInProgress'),
                children: formatCount(round.alreadyInProgress),
              },
              {
                key: 'leftRegistry',
                label: t('details.leftRegistry'),
                children: formatCount(round.leftRegistry),
              },
            ]}
          />
          <RoundPace round={round} />
          {live && <Typography.Text type="secondary">{t('details.live')}</Typography.Text>}
        </Flex>
      </Card>
      <Card size="small" title={<span id={subdistrictsId}>{t('details.subdistricts')}</span>}>
        <ul aria-labelledby={subdistrictsId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {round.subdistricts.map((kecamatan) => (
            <KecamatanProgress
              key={kecamatan.code}
              kecamatan={kecamatan}
              overdue={isOverdue(kecamatan, on)}
              live={live}
            />
          ))}
        </ul>
      </Card>
    </>
  );
}

function KecamatanProgress({
  kecamatan,
  overdue,
  live,
}: {
  kecamatan: RoundKecamatan;
  overdue: boolean;
  live: boolean;
}) {
  const { t } = useTranslation('rounds');
  return (
    <li
      data-overdue={overdue}
      style={{
        padding: '8px 12px',
        marginBottom: 8,
        borderRadius: 6,
        border: `1px solid ${overdue ? '#ffa39e' : 'rgba(5, 5, 5, 0.06)'}`,
        background: overdue ? '#fff1f0' : undefined,
      }}
    >
      <Flex justify="space-between" align="center" gap="small" wrap>
        <Typography.Text strong>{kecamatan.name}</Typography.Text>
        <Flex align="center" gap="small" wrap>
          <Typography.Text type={overdue ? 'danger' : 'secondary'}>
            {t('details.target', { date: formatDate(kecamatan.targetDate) })}
          </Typography.Text>
          {overdue && (
            <Tag color="error" style={{ marginInlineEnd: 0 }}>
              {t('details.overdue')}
            </Tag>
          )}
        </Flex>
      </Flex>
      <RoundProgress
        label={kecamatan.name}
        done={kecamatan.householdsDone}
        total={kecamatan.householdsTotal}
        percent={percentOf(kecamatan.householdsDone, kecamatan.householdsTotal)}
        live={live}
        overdue={overdue}
        size="small"
      />
    </li>
  );
}

/** Pause while starting, resume while paused: the opener's alone (the server refuses anyone else). */
function SteerButtons({ round }: { round: Round }) {
  const { t } = useTranslation('rounds');
  const { message } = App.useApp();
  const pause = usePauseRound(round.id);
  const resume = useResumeRound(round.id);
  const failed = pause.isError ? pause.error : resume.isError ? resume.error : undefined;
  const busy = pause.isPending || resume.isPending;

  return (
    <Flex vertical gap="small" align="end">
      {round.status === 'STARTING' && (
        <Button
          icon={<PauseCircleOutlined />}
          loading={pause.isPending}
          disabled={busy}
          onClick={() => {
            resume.reset();
            pause.mutate(undefined, { onSuccess: () => void message.success(t('details.paused')) });
          }}
        >
          {t('details.pause')}
        </Button>
      )}
      {round.status === 'PAUSED' && (
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={resume.isPending}
          disabled={busy}
          onClick={() => {
            pause.reset();
            resume.mutate(undefined, {
              onSuccess: () => void message.success(t('details.resumed')),
            });
          }}
        >
          {t('details.resume')}
        </Button>
      )}
      {failed !== undefined && <ProblemAlert error={failed} />}
    </Flex>
  );
}
