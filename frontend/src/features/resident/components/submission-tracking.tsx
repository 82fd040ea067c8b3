import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { useTrackSubmission } from '../api/track-submission';
import type { PublicSubmissionQuery } from '../submission-types';
import { tidyTrackingQuery, trackingBrokenRules, trackingFields } from '../tracking-rules';
import { TextInput } from './form-fields';
import { fieldId } from './field-ids';
import { focusField, useFieldProblems } from './field-problems';
import { Refusal, SendFailure } from './send-problem';
import { TrackingAnswer } from './tracking-answer';

const form = 'lacak';

/** The address's parameter that carries a tracking code to fill in: a receipt's link to follow it. */
export const trackingCodeParameter = 'kode';

/**
 * A resident follows a proposal or objection they sent: its tracking code (in any case, with or without its dashes)
 * and their own NIK. The answer comes below; whatever goes wrong, what was typed stays.
 */
export function SubmissionTracking() {
  const { t } = useTranslation('resident');
  const [params] = useSearchParams();
  const [code, setCode] = useState(() => params.get(trackingCodeParameter) ?? '');
  const [nik, setNik] = useState('');
  const [asked, setAsked] = useState<PublicSubmissionQuery>();
  const track = useTrackSubmission();
  const problems = useFieldProblems(track.error, trackingFields);
  const { errorOf } = problems;
  const outcome = useRef<HTMLDivElement>(null);

  // Come from a receipt, the code is there: the NIK is all that is left to type.
  const cameWithCode = useRef(code !== '');
  useEffect(() => {
    if (cameWithCode.current) {
      document.getElementById(fieldId(form, 'nik'))?.focus();
    }
  }, []);

  const showOutcome =
    track.isSuccess || (track.isError && problems.firstRefused(track.error) === undefined);
  useEffect(() => {
    if (showOutcome && typeof outcome.current?.scrollIntoView === 'function') {
      outcome.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [showOutcome]);

  /** An answer about what was typed before is no answer about what is typed now. */
  const edited = (field: string) => {
    problems.edited(field);
    if (track.isSuccess) {
      track.reset();
    }
  };

  const send = () => {
    if (track.isPending) {
      return;
    }
    const query = tidyTrackingQuery(code, nik);
    const nowBroken = trackingBrokenRules(query);
    problems.checked(nowBroken);
    const first = trackingFields.find((field) => nowBroken[field]);
    if (first) {
      track.reset();
      focusField(form, first, 0);
      return;
    }
    setAsked(query);
    track.mutate(query, {
      onError: (error) => {
        const refused = problems.firstRefused(error);
        if (refused) {
          focusField(form, refused, 0);
        }
      },
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  return (
    <section className="resident-section" aria-labelledby="resident-track-title">
      <h2 id="resident-track-title">{t('track.title')}</h2>
      <p>{t('track.intro')}</p>
      <form
        name="resident-tracking"
        className="vv-form"
        aria-label={t('track.label')}
        noValidate
        onSubmit={submit}
      >
        <TextInput
          id={fieldId(form, 'trackingCode')}
          label={t('track.code')}
          hint={t('track.codeHint')}
          value={code}
          autoCapitalize="characters"
          error={errorOf('trackingCode')}
          onChange={(value) => {
            setCode(value);
            edited('trackingCode');
          }}
        />
        <TextInput
          id={fieldId(form, 'nik')}
          label={t('track.nik')}
          hint={t('track.nikHint')}
          value={nik}
          inputMode="numeric"
          error={errorOf('nik')}
          onChange={(value) => {
            setNik(value);
            edited('nik');
          }}
        />
        {/* Not disabled while sending: a disabled button loses the keyboard's focus. */}
        <button
          type="submit"
          className="vv-button"
          aria-busy={track.isPending}
          aria-disabled={track.isPending}
        >
          {track.isPending ? t('track.checking') : t('track.submit')}
        </button>
      </form>
      <div ref={outcome} className="resident-outcome">
        <Refusal error={track.error} unplaced={problems.unplaced} />
        <SendFailure error={track.error} failed={t('error.failed')} onRetry={send} />
        {/* Always there, so that a screen reader hears what comes into it. */}
        <div role="status" className="resident-status">
          {track.isPending && <p className="vv-muted">{t('track.checking')}</p>}
          {track.isSuccess && asked && (
            <TrackingAnswer answer={track.data} trackingCode={asked.trackingCode} />
          )}
        </div>
      </div>
    </section>
  );
}
