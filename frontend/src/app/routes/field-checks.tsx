import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { useRegionNames } from '@/lib/region-names';
import { useMe } from '@/features/auth/api/get-me';
import { VillageProgress } from '@/features/field-work/components/village-progress';
import { Worklist } from '@/features/field-work/components/worklist';
import {
  followsVillages,
  visitsHouseholds,
  worksInField,
} from '@/features/field-work/field-work-rules';
import type { FieldCheckState, WorklistFilter } from '@/features/field-work/types';

import { pageIndex, paths } from '../paths';

/** The states the address may name; without one, the households still to visit. */
const shownStates: readonly FieldCheckState[] = ['TO_VISIT', 'VISITED', 'DECIDED'];

/** `status=all` is every state but cancelled, the server's own default. */
const everyState = 'all';

const text = (params: URLSearchParams, name: string) => params.get(name)?.trim() || undefined;

/** The worklist's filter as the address holds it. */
function filterOf(params: URLSearchParams): WorklistFilter {
  const status = params.get('status');
  const round = Number(params.get('round'));
  return {
    region: text(params, 'region'),
    round: Number.isSafeInteger(round) && round > 0 ? round : undefined,
    status:
      status === everyState
        ? undefined
        : shownStates.includes(status as FieldCheckState)
          ? (status as FieldCheckState)
          : 'TO_VISIT',
    rw: text(params, 'rw'),
    rt: text(params, 'rt'),
    dusun: text(params, 'dusun'),
  };
}

/** A filter as the address writes it; the page from 1. */
function queryOf(filter: WorklistFilter, page = 0) {
  return {
    region: filter.region,
    round: filter.round?.toString(),
    status: filter.status === 'TO_VISIT' ? undefined : (filter.status ?? everyState),
    rw: filter.rw,
    rt: filter.rt,
    dusun: filter.dusun,
    page: page > 0 ? String(page + 1) : undefined,
  };
}

/** What the address holds of a query: the values that are set. */
function searchOf(query: Record<string, string | undefined>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value) {
      search.set(name, value);
    }
  }
  return search;
}

/** Which households a printed sheet holds: the worklist's place; always those still to visit. */
const printQueryOf = ({ region, round, rw, rt, dusun }: WorklistFilter) => ({
  region,
  round: round?.toString(),
  rw,
  rt,
  dusun,
});

const isVillage = (code: string | undefined) => code?.split('.').length === 4;

/**
 * Field checks. A village operator's worklist in walking order, to visit, print or bring back; a
 * kecamatan's officials first see each village's progress, then (`?region=`) one village's list.
 * `?status=&rw=&rt=&dusun=&round=&page=` (page from 1) in the address.
 */
export function FieldChecksRoute() {
  const { t } = useTranslation('field-work');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const page = pageIndex(params);
  const names = useRegionNames(filter.region ? [filter.region] : []);

  if (!me.data) {
    return null;
  }
  const { role } = me.data;
  const follows = followsVillages(role);
  const visits = visitsHouseholds(role);
  const show = (next: WorklistFilter, nextPage = 0) => setParams(searchOf(queryOf(next, nextPage)));
  const place = filter.region ? (names.get(filter.region) ?? filter.region) : me.data.regionName;

  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('worklist.title')}
          {place ? ` · ${place}` : ''}
        </Typography.Title>
        <Typography.Text type="secondary">{t('worklist.intro')}</Typography.Text>
      </div>
      {!worksInField(role) ? (
        <Alert type="info" showIcon title={t('worklist.notForRole')} />
      ) : follows && !filter.region ? (
        <VillageProgress
          round={filter.round}
          onSelectVillage={(region) => show({ region, round: filter.round, status: 'TO_VISIT' })}
        />
      ) : (
        <>
          {follows && (
            <div>
              <Link to={paths.fieldChecks({ round: filter.round?.toString() })}>
                {t('progress.back')}
              </Link>
            </div>
          )}
          <Worklist
            filter={filter}
            page={page}
            onFilterChange={(next) => show(next)}
            onPageChange={(next) => show(filter, next)}
            visitPath={visits ? paths.fieldVisit : undefined}
            printPath={(shown) => paths.fieldSheetPrint(printQueryOf(shown))}
            importPath={visits ? paths.fieldImport : undefined}
            downloadsSheet={visits}
            oneVillage={visits || isVillage(filter.region)}
          />
        </>
      )}
    </Flex>
  );
}
