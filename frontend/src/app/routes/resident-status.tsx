import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { StatusPage } from '@/features/resident/components/status-page';
import { SubmissionTracking } from '@/features/resident/components/submission-tracking';

import { paths } from '../paths';

/**
 * `/cek`: residents check their own status on the registry, and follow a proposal or objection they sent, without an
 * account, outside the signed-in frame; from here they may propose a household or object to one.
 */
export function ResidentStatusRoute() {
  const { t } = useTranslation('resident');
  // As on the sign-in page: asking sets the CSRF cookie while the resident fills the form in, so that the check
  // needs no extra round trip for it.
  useSignInPage();
  return (
    <StatusPage
      footer={
        <>
          <Link to={paths.residentProposal}>{t('links.propose')}</Link>
          <Link to={paths.residentObjection}>{t('links.object')}</Link>
          <Link to={paths.login}>{t('page.forOfficials')}</Link>
        </>
      }
    >
      <SubmissionTracking />
    </StatusPage>
  );
}
