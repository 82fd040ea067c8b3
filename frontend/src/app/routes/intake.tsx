import { useParams } from 'react-router';

import { IntakePage } from '@/features/intake/components/intake-page';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/** The households screen searching for a name: where an operator finds the household a resident objects to. */
const householdSearch = (name: string) => `${paths.households}?${new URLSearchParams({ q: name })}`;

/**
 * `/intake/:code`: one resident's proposal or objection, by its tracking code, as the village operator decides it
 * and the Camat follows it up. Outside the caller's region the server answers 404 and the page says only that.
 */
export function IntakeRoute() {
  const { code } = useParams();

  if (!code) {
    return <NotFoundRoute />;
  }
  return (
    <IntakePage
      key={code}
      code={code}
      changePath={paths.change}
      householdPath={paths.household}
      householdSearchPath={householdSearch}
      inboxPath={paths.inbox}
    />
  );
}
