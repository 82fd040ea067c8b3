import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { NewHouseholdButton } from '@/features/change-request/components/propose-buttons';
import { HouseholdList } from '@/features/household/components/household-list';

import { pageIndex, paths } from '../paths';

/** The home screen: the registry within the user's region. `?q=&page=` (page from 1) in the address. */
export function HouseholdsRoute() {
  const { t } = useTranslation('household');
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const q = params.get('q') ?? '';
  const page = pageIndex(params);

  const show = (next: { q: string; page: number }) =>
    setParams(() => {
      const search = new URLSearchParams();
      if (next.q) {
        search.set('q', next.q);
      }
      if (next.page > 0) {
        search.set('page', String(next.page + 1));
      }
      return search;
    });

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" gap="middle" wrap>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        {me?.role === 'VILLAGE_OPERATOR' && <NewHouseholdButton path={paths.newHousehold} />}
      </Flex>
      <HouseholdList
        q={q}
        page={page}
        onSearch={(query) => show({ q: query, page: 0 })}
        onPageChange={(next) => show({ q, page: next })}
        detailsPath={paths.household}
      />
    </Flex>
  );
}
