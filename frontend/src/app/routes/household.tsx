import { useLocation, useNavigate, useParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { ChangeHistory } from '@/features/change-request/components/change-history';
import { ProposeChangeButton } from '@/features/change-request/components/propose-buttons';
import { HouseholdDetails } from '@/features/household/components/household-details';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

export function HouseholdRoute() {
  const { id } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data;
  const householdId = Number(id);

  if (!Number.isSafeInteger(householdId) || householdId <= 0) {
    return <NotFoundRoute />;
  }
  // Back to the list as it was (search and page) when the user came from it.
  const back = () => void (location.key === 'default' ? navigate(paths.households) : navigate(-1));
  // Only a village operator proposes, and only for a household still on the registry.
  const proposes = me?.role === 'VILLAGE_OPERATOR';
  return (
    <HouseholdDetails
      key={householdId}
      id={householdId}
      onBack={back}
      actions={(household) =>
        proposes &&
        household.status === 'ACTIVE' && (
          <ProposeChangeButton pathFor={(type) => paths.newChange(householdId, type)} />
        )
      }
    >
      {me && (
        <ChangeHistory householdId={householdId} username={me.username} changePath={paths.change} />
      )}
    </HouseholdDetails>
  );
}
