import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { ObjectionPage } from '@/features/resident/components/objection-page';

import { paths } from '../paths';

/** `/sanggah`: residents object to a household of their village, without an account, outside the signed-in frame. */
export function ResidentObjectionRoute() {
  const { t } = useTranslation('resident');
  // As on the status page: the CSRF cookie is set while the resident fills the form in, not when sending.
  useSignInPage();
  return (
    <ObjectionPage
      followPath={paths.residentTracking}
      footer={
        <>
          <Link to={paths.residentStatus}>{t('links.status')}</Link>
          <Link to={paths.residentProposal}>{t('links.propose')}</Link>
        </>
      }
    />
  );
}
