import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { PublicSubmissionReceipt } from '../submission-types';
import { ProposalForm } from './proposal-form';
import { ResidentPage } from './resident-page';
import { SubmissionReceipt } from './submission-receipt';

interface ProposalPageProps {
  /** Where a proposal is followed, by its code. */
  followPath: (trackingCode: string) => string;
  footer?: ReactNode;
}

/** `/usul`: who may propose and what becomes of it, the proposal, and once sent its receipt in its place. */
export function ProposalPage({ followPath, footer }: ProposalPageProps) {
  const { t } = useTranslation('resident');
  const [receipt, setReceipt] = useState<PublicSubmissionReceipt>();
  return (
    <ResidentPage
      title={t('proposal.title')}
      intro={
        <>
          <p>{t('proposal.intro')}</p>
          <p>{t('proposal.privacy')}</p>
        </>
      }
      footer={footer}
    >
      {receipt ? (
        <SubmissionReceipt
          receipt={receipt}
          followPath={followPath}
          anotherLabel={t('proposal.another')}
          onAnother={() => setReceipt(undefined)}
        />
      ) : (
        <ProposalForm onSent={setReceipt} />
      )}
    </ResidentPage>
  );
}
