import { Empty, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { RegionBreadcrumb } from '@/components/region-breadcrumb';
import { regionsBelow } from '@/lib/region-code';
import { useRegionNames } from '@/lib/region-names';
import { useMe } from '@/features/auth/api/get-me';
import { RoundChooser } from '@/features/rounds/components/round-chooser';
import { liveRefreshMs } from '@/features/rounds/round-rules';
import { useDeadlines } from '@/features/supervision/api/get-deadlines';
import { DeadlinesOverview } from '@/features/supervision/components/deadlines-overview';
import { ProgressTable } from '@/features/supervision/components/progress-table';
import { RoundStagesTable } from '@/features/supervision/components/round-stages-table';
import { VillageOpenChanges } from '@/features/supervision/components/village-open-changes';

import { paths } from '../paths';

type View = 'regions' | 'rounds';

/**
 * Deadlines and progress of a region's children (`?region=`, the user's own without it), or the
 * verification rounds (`?view=rounds`), one of them (`&round=`) per kecamatan and stage.
 */
export function SupervisionRoute() {
  const { t } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'rounds' ? 'rounds' : 'regions';

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Tabs
        activeKey={view}
        onChange={(key) =>
          setParams(
            key === 'rounds' ? new URLSearchParams({ view: 'rounds' }) : new URLSearchParams(),
          )
        }
        destroyOnHidden
        items={[
          { key: 'regions', label: t('tabs.regions'), children: <RegionsView /> },
          { key: 'rounds', label: t('tabs.rounds'), children: <RoundsView /> },
        ]}
      />
    </Flex>
  );
}

function RegionsView() {
  const { t } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const me = useMe();
  const deadlines = useDeadlines(region);
  const select = (code: string) => setParams({ region: code });
  const home = me.data?.regionCode ?? null;
  const names = useRegionNames(region ? regionsBelow(region, home).slice(0, -1) : []);
  const village = region !== undefined && region.split('.').length === 4;

  return (
    <Flex vertical gap="middle">
      <RegionBreadcrumb
        code={region}
        name={deadlines.data?.region?.name}
        home={home}
        homeLabel={t('myRegion')}
        pathFor={paths.supervision}
        names={names}
      />
      <DeadlinesOverview region={region} onSelectRegion={select} />
      {village ? (
        <VillageOpenChanges village={region} changePath={paths.change} />
      ) : (
        <ProgressTable region={region} onSelectRegion={select} />
      )}
    </Flex>
  );
}

function RoundsView() {
  const { t } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const chosen = Number(params.get('round'));
  const round = Number.isSafeInteger(chosen) && chosen > 0 ? chosen : undefined;

  return (
    <Flex vertical gap="large">
      <RoundChooser
        value={round}
        onChoose={(id) => setParams({ view: 'rounds', round: String(id) })}
      />
      {round === undefined ? (
        <Empty description={t('round.choose')} />
      ) : (
        <RoundStagesTable
          key={round}
          roundId={round}
          refreshMs={liveRefreshMs}
          roundPath={paths.round(round)}
        />
      )}
    </Flex>
  );
}
