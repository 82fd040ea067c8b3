import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDay } from '../format';
import type { PublicSubmissionReceipt } from '../submission-types';

interface SubmissionReceiptProps {
  receipt: PublicSubmissionReceipt;
  /** Where the submission is followed: the status page, with its code filled in. */
  followPath: (trackingCode: string) => string;
  /** Says what `onAnother` starts: another proposal, another objection. */
  anotherLabel: string;
  onAnother: () => void;
}

/**
 * What a resident keeps of a proposal or objection sent: its tracking code, large, to copy or write down (with their
 * NIK, the only way to follow it), the day the village operator should answer by and, for an objection, the day it
 * lapses unverified.
 */
export function SubmissionReceipt({
  receipt,
  followPath,
  anotherLabel,
  onAnother,
}: SubmissionReceiptProps) {
  const { t } = useTranslation('resident');
  const heading = useRef<HTMLHeadingElement>(null);
  const code = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<'copied' | 'copyFailed'>();

  // The form is gone: the keyboard and a screen reader start again from what came of it.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(receipt.trackingCode);
      setCopied('copied');
    } catch {
      // No clipboard (an address without HTTPS, an old browser): the code is selected, for the phone's own copy.
      const selection = window.getSelection();
      if (selection && code.current) {
        selection.selectAllChildren(code.current);
      }
      setCopied('copyFailed');
    }
  };

  return (
    <section
      className="resident-answer resident-answer-found"
      aria-labelledby="resident-receipt-title"
    >
      <h2 id="resident-receipt-title" ref={heading} tabIndex={-1}>
        {t(`receipt.${receipt.kind}`)}
      </h2>
      <div>
        <p className="vv-muted">{t('receipt.code')}</p>
        <p ref={code} className="resident-code">
          {receipt.trackingCode}
        </p>
      </div>
      <button type="button" className="resident-secondary" onClick={() => void copy()}>
        {t('receipt.copy')}
      </button>
      <p role="status">{copied && t(`receipt.${copied}`)}</p>
      <p className="resident-answer-lead">{t('receipt.writeDown')}</p>
      <p>
        {t('receipt.submittedAt', {
          date: formatDay(receipt.submittedAt),
          village: receipt.villageName,
        })}
      </p>
      <p>{t('receipt.due', { date: formatDay(receipt.dueDate) })}</p>
      {receipt.lapsesAt && <p>{t('receipt.lapses', { date: formatDay(receipt.lapsesAt) })}</p>}
      <div className="resident-links">
        <Link to={followPath(receipt.trackingCode)}>{t('receipt.follow')}</Link>
      </div>
      <button type="button" className="resident-secondary" onClick={onAnother}>
        {anotherLabel}
      </button>
    </section>
  );
}
