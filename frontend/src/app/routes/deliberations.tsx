import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { DeliberationList } from '@/features/deliberation/components/deliberation-list';
import { chairsDeliberations } from '@/features/deliberation/deliberation-rules';

import { pageIndex, paths } from '../paths';

/** The region's deliberations; `?page=` (from 1) in the address. */
export function DeliberationsRoute() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const chairs = me.data ? chairsDeliberations(me.data.role) : false;

  return (
    <DeliberationList
      page={pageIndex(params)}
      onPageChange={(page) =>
        setParams(
          page > 0 ? new URLSearchParams({ page: String(page + 1) }) : new URLSearchParams(),
        )
      }
      newPath={chairs ? paths.newDeliberation : undefined}
      detailPath={paths.deliberation}
    />
  );
}
