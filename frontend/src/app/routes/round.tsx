import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { RoundMatchReport } from '@/features/report/components/round-match-report';
import { RoundDetails } from '@/features/rounds/components/round-details';
import { liveRefreshMs } from '@/features/rounds/round-rules';
import { readsSupervision } from '@/features/supervision/supervision-rules';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/**
 * One round and its bars, then its civil-registry match report, read again as often as the bars;
 * pause and resume for the official who opened it, and the way to its stages for supervisors.
 */
export function RoundRoute() {
  const { id } = useParams();
  const me = useMe();
  const roundId = Number(id);

  if (!Number.isSafeInteger(roundId) || roundId <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <RoundDetails
      key={roundId}
      id={roundId}
      username={me.data?.username}
      listPath={paths.rounds}
      supervisionPath={
        me.data && readsSupervision(me.data.role) ? paths.supervisionRounds(roundId) : undefined
      }
    >
      <RoundMatchReport roundId={roundId} refreshMs={liveRefreshMs} />
    </RoundDetails>
  );
}
