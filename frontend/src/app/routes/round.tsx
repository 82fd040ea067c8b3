import { useParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { RoundDetails } from '@/features/rounds/components/round-details';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/** One round and its bars; pause and resume for the official who opened it. */
export function RoundRoute() {
  const { id } = useParams();
  const me = useMe();
  const roundId = Number(id);

  if (!Number.isSafeInteger(roundId) || roundId <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <RoundDetails key={roundId} id={roundId} username={me.data?.username} listPath={paths.rounds} />
  );
}
