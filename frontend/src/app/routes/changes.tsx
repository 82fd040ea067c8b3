import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { ChangeList } from '@/features/change-request/components/change-list';
import {
  changeSorts,
  changeStatuses,
  changeTypes,
  type ChangeListFilter,
  type ChangeSort,
  type ChangeStatus,
  type ChangeType,
  type Stage,
} from '@/features/change-request/types';
import { stages } from '@/lib/stage-rules';

import { pageIndex, paths } from '../paths';

/** One of `allowed`, or undefined for anything else the address holds. */
function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The list's filter as the address holds it; anything not understood is left out. */
function filterOf(params: URLSearchParams): ChangeListFilter {
  return {
    region: params.get('region') || undefined,
    status: oneOf<ChangeStatus>(changeStatuses, params.get('status')),
    stage: oneOf<Stage>(stages, params.get('stage')),
    type: oneOf<ChangeType>(changeTypes, params.get('type')),
    sort: oneOf<ChangeSort>(changeSorts, params.get('sort')),
  };
}

/**
 * The changes proposed in the user's region. `?region=&status=&stage=&type=&sort=&page=` (page
 * from 1) in the address, so that a link or a reload keeps the list as it was.
 */
export function ChangesRoute() {
  const { t } = useTranslation('change');
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const filter = filterOf(params);
  const page = pageIndex(params);

  const show = (next: ChangeListFilter, nextPage: number) =>
    setParams(() => {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(next)) {
        if (value) {
          search.set(name, String(value));
        }
      }
      if (nextPage > 0) {
        search.set('page', String(nextPage + 1));
      }
      return search;
    });

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('list.title')}
      </Typography.Title>
      {me && (
        <ChangeList
          filter={filter}
          page={page}
          home={me.regionCode ?? null}
          onFilterChange={(next) => show(next, 0)}
          onPageChange={(next) => show(filter, next)}
          changePath={paths.change}
        />
      )}
    </Flex>
  );
}
