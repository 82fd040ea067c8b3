import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useSignInPage } from '@/features/auth/api/get-sign-in-page';
import { StatusPage } from '@/features/resident/components/status-page';

import { paths } from '../paths';

/** `/cek`: residents check their own status on the registry, without an account, outside the signed-in frame. */
export function ResidentStatusRoute() {
  const { t } = useTranslation('resident');
  // As on the sign-in page: asking sets the CSRF cookie while the resident fills the form in, so that the check
  // needs no extra round trip for it.
  useSignInPage();
  return <StatusPage footer={<Link to={paths.login}>{t('page.forOfficials')}</Link>} />;
}
