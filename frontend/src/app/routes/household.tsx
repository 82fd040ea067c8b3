import { useLocation, useNavigate, useParams } from 'react-router';

import { HouseholdDetails } from '@/features/household/components/household-details';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

export function HouseholdRoute() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const householdId = Number(id);

  if (!Number.isSafeInteger(householdId) || householdId <= 0) {
    return <NotFoundRoute />;
  }
  // Back to the list as it was (search and page) when the user came from it.
  const back = () => void (location.key === 'default' ? navigate(paths.households) : navigate(-1));
  return <HouseholdDetails key={householdId} id={householdId} onBack={back} />;
}
