import { useTranslation } from 'react-i18next';

/** How long to wait before asking again, from the server's `Retry-After`: seconds, or minutes rounded up. */
export function Wait({ seconds }: { seconds?: number }) {
  const { t } = useTranslation('resident');
  if (seconds === undefined) {
    return null;
  }
  const wait =
    seconds < 60
      ? t('error.seconds', { count: seconds })
      : t('error.minutes', { count: Math.ceil(seconds / 60) });
  return <p>{t('error.tooMany', { wait })}</p>;
}
