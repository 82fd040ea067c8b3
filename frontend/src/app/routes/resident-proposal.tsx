import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { ProposalPage } from '@/features/resident/components/proposal-page';

import { paths } from '../paths';

/** `/usul`: residents propose a household for the registry, without an account, outside the signed-in frame. */
export function ResidentProposalRoute() {
  const { t } = useTranslation('resident');
  // As on the status page: the CSRF cookie is set while the resident fills the form in, not when sending.
  useSignInPage();
  return (
    <ProposalPage
      followPath={paths.residentTracking}
      footer={
        <>
          <Link to={paths.residentStatus}>{t('links.status')}</Link>
          <Link to={paths.residentObjection}>{t('links.object')}</Link>
        </>
      }
    />
  );
}
