import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { NewHouseholdButton } from '@/features/change-request/components/propose-buttons';
import { HouseholdList } from '@/features/household/components/household-list';
import {
  householdSorts,
  type HouseholdListFilter,
  type HouseholdSort,
  type RecordStatus,
} from '@/features/household/types';

import { pageIndex, paths } from '../paths';

const statuses: readonly string[] = ['ACTIVE', 'REMOVED'] satisfies RecordStatus[];

/** The list's filter as the address holds it; anything not understood is left out. */
function filterOf(params: URLSearchParams): HouseholdListFilter {
  const status = params.get('status');
  const inFlight = params.get('inFlight');
  const sort = params.get('sort');
  return {
    q: params.get('q') || undefined,
    region: params.get('region') || undefined,
    status: status && statuses.includes(status) ? (status as RecordStatus) : undefined,
    changeInFlight: inFlight === '1' ? true : inFlight === '0' ? false : undefined,
    sort: householdSorts.includes(sort as HouseholdSort) ? (sort as HouseholdSort) : undefined,
  };
}

/**
 * The home screen: the registry within the user's region. `?q=&region=&status=&inFlight=1|0&sort=
 * &page=` (page from 1) in the address, so that a link or a reload keeps the list as it was.
 */
export function HouseholdsRoute() {
  const { t } = useTranslation('household');
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const filter = filterOf(params);
  const page = pageIndex(params);

  const show = (next: HouseholdListFilter, nextPage: number) =>
    setParams(() => {
      const search = new URLSearchParams();
      const values = {
        q: next.q,
        region: next.region,
        status: next.status,
        inFlight: next.changeInFlight === undefined ? undefined : next.changeInFlight ? '1' : '0',
        sort: next.sort,
        page: nextPage > 0 ? String(nextPage + 1) : undefined,
      };
      for (const [name, value] of Object.entries(values)) {
        if (value) {
          search.set(name, value);
        }
      }
      return search;
    });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {me?.role === 'VILLAGE_OPERATOR' && <NewHouseholdButton path={paths.newHousehold} />}
      </Flex>
      {me && (
        <HouseholdList
          filter={filter}
          page={page}
          home={me.regionCode ?? null}
          onFilterChange={(next) => show(next, 0)}
          onPageChange={(next) => show(filter, next)}
          detailsPath={paths.household}
        />
      )}
    </Flex>
  );
}
