import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { PublicSubmissionReceipt } from '../submission-types';
import { ObjectionForm } from './objection-form';
import { ResidentPage } from './resident-page';
import { SubmissionReceipt } from './submission-receipt';

interface ObjectionPageProps {
  /** Where an objection is followed, by its code. */
  followPath: (trackingCode: string) => string;
  footer?: ReactNode;
}

/**
 * `/sanggah`: who may object, that the household is never told by whom, and that an objection lapses unverified
 * after 14 days; the objection, and once sent its receipt in its place.
 */
export function ObjectionPage({ followPath, footer }: ObjectionPageProps) {
  const { t } = useTranslation('resident');
  const [receipt, setReceipt] = useState<PublicSubmissionReceipt>();
  return (
    <ResidentPage
      title={t('objection.title')}
      intro={
        <>
          <p>{t('objection.intro')}</p>
          <p className="resident-note">{t('objection.who')}</p>
          <p>{t('objection.lapse')}</p>
        </>
      }
      footer={footer}
    >
      {receipt ? (
        <SubmissionReceipt
          receipt={receipt}
          followPath={followPath}
          anotherLabel={t('objection.another')}
          onAnother={() => setReceipt(undefined)}
        />
      ) : (
        <ObjectionForm onSent={setReceipt} />
      )}
    </ResidentPage>
  );
}
