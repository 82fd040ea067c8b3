import { useSearchParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { RoundList } from '@/features/rounds/components/round-list';
import { opensRounds } from '@/features/rounds/round-rules';

import { pageIndex, paths } from '../paths';

/** The rounds of my district or region; `?page=` (from 1) in the address. */
export function RoundsRoute() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const opens = me.data ? opensRounds(me.data.role) : false;

  return (
    <RoundList
      page={pageIndex(params)}
      onPageChange={(page) =>
        setParams(
          page > 0 ? new URLSearchParams({ page: String(page + 1) }) : new URLSearchParams(),
        )
      }
      newPath={opens ? paths.newRound : undefined}
      detailPath={paths.round}
    />
  );
}
