import { useParams } from 'react-router';

import { BnbaSheet } from '@/features/deliberation/components/bnba-sheet';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/** The printable BNBA of a deliberation. */
export function DeliberationBnbaRoute() {
  const { id } = useParams();
  const deliberationId = Number(id);

  if (!Number.isSafeInteger(deliberationId) || deliberationId <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <BnbaSheet
      key={deliberationId}
      id={deliberationId}
      backPath={paths.deliberation(deliberationId)}
    />
  );
}
