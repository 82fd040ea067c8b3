import { useTranslation } from 'react-i18next';

import type { UploadProgress } from '@/lib/api-client';

import { formatSize } from '../format';

/**
 * How much has left the phone, while it goes: over a village's link a few photos take minutes, and a page that seems
 * stuck gets closed. A screen reader hears that it is being sent once; the bar tells the rest.
 */
export function UploadProgressView({
  sending,
  progress,
}: {
  sending: string;
  progress: UploadProgress | undefined;
}) {
  const { t } = useTranslation('resident');
  const known = progress !== undefined && progress.total > 0;
  const percent = known ? Math.min(100, Math.floor((progress.loaded / progress.total) * 100)) : 0;
  const done = known && progress.loaded >= progress.total;
  return (
    <div className="resident-progress">
      <p className="resident-answer-lead">{sending}</p>
      <progress
        max={100}
        value={known ? percent : undefined}
        aria-label={t('submission.uploadLabel')}
      />
      <p className="vv-muted" aria-hidden="true">
        {done
          ? t('submission.waitingServer')
          : known
            ? t('submission.progress', {
                percent,
                sent: formatSize(progress.loaded),
                total: formatSize(progress.total),
              })
            : t('submission.sendingFiles')}
      </p>
      <p className="resident-hint">{t('submission.keepOpen')}</p>
    </div>
  );
}
