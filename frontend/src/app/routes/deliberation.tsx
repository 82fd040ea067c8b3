import { useParams } from 'react-router';

import { DeliberationDetails } from '@/features/deliberation/components/deliberation-details';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

export function DeliberationRoute() {
  const { id } = useParams();
  const deliberationId = Number(id);

  if (!Number.isSafeInteger(deliberationId) || deliberationId <= 0) {
    return <NotFoundRoute />;
  }
  return (
    <DeliberationDetails
      key={deliberationId}
      id={deliberationId}
      listPath={paths.deliberations}
      bnbaPath={paths.deliberationBnba(deliberationId)}
      changePath={paths.change}
    />
  );
}
