import '@/components/light.css';
import './resident.css';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/lib/api-client';
import { problemsOf } from '@/lib/field-errors';
import { problemText } from '@/lib/problem-text';

import { useCheckStatus } from '../api/check-status';
import {
  brokenRules,
  isQueryField,
  queryFields,
  tidyQuery,
  type QueryField,
  type QueryRule,
} from '../status-query-rules';
import { regionLevels } from '../types';
import { regionSelectId, textInputId } from './field-ids';
import { StatusAnswerCard } from './status-answer';
import { VillageChooser } from './village-chooser';
import { Wait } from './wait';

/**
 * The resident's question (village, NIK, name) and the registry's answer below it. Plain HTML, like the sign-in page:
 * a resident opens it once, on whatever phone and link they have. Whatever goes wrong, what they typed stays.
 */
export function StatusCheck() {
  const { t } = useTranslation('resident');
  const { t: tCommon } = useTranslation();
  const check = useCheckStatus();
  const [regions, setRegions] = useState<string[]>([]);
  const [nik, setNik] = useState('');
  const [name, setName] = useState('');
  const [broken, setBroken] = useState<Partial<Record<QueryField, QueryRule>>>({});
  // The fields changed since the server refused them: its messages there no longer apply.
  const [changedSinceSent, setChangedSinceSent] = useState<ReadonlySet<QueryField>>(new Set());
  const outcome = useRef<HTMLDivElement>(null);

  const villageCode = regions.length === regionLevels.length ? (regions.at(-1) ?? '') : '';
  const problems = problemsOf(check.error);
  const errorOf = (field: QueryField) => {
    const rule = broken[field];
    const messages = [
      ...(rule ? [t(`form.${rule}`)] : []),
      ...(changedSinceSent.has(field) ? [] : problems)
        .filter((problem) => problem.field === field)
        .map((problem) => problem.message),
    ];
    return messages.length > 0 ? messages.join(' ') : undefined;
  };

  const refusedAField = problems.some((problem) => isQueryField(problem.field));
  const unplaced = problems.filter((problem) => !isQueryField(problem.field));

  // The answer, or what went wrong, comes below the button: on a phone it may be below the fold. A field the server
  // refused has the keyboard instead, its message beside it.
  const showOutcome = check.isSuccess || (check.isError && !refusedAField);
  useEffect(() => {
    if (showOutcome && typeof outcome.current?.scrollIntoView === 'function') {
      outcome.current.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    }
  }, [showOutcome]);

  /** An answer about what was typed before is no answer about what is typed now. */
  const edited = (field: QueryField) => {
    setBroken((before) => ({ ...before, [field]: undefined }));
    setChangedSinceSent((before) => new Set(before).add(field));
    if (check.isSuccess) {
      check.reset();
    }
  };

  const send = () => {
    if (check.isPending) {
      return;
    }
    const query = tidyQuery({ villageCode, nik, name });
    const nowBroken = brokenRules(query);
    setBroken(nowBroken);
    setChangedSinceSent(new Set());
    const first = queryFields.find((field) => nowBroken[field]);
    if (first) {
      check.reset();
      focusField(first, regions.length);
      return;
    }
    check.mutate(query, {
      onError: (error) => {
        const refused = problemsOf(error).map((problem) => problem.field);
        const firstRefused = queryFields.find((field) => refused.includes(field));
        if (firstRefused) {
          focusField(firstRefused, regions.length);
        }
      },
    });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  return (
    <>
      <form
        name="resident-status"
        className="vv-form"
        aria-label={t('form.label')}
        noValidate
        onSubmit={submit}
      >
        <VillageChooser
          chosen={regions}
          error={errorOf('villageCode')}
          onChange={(chosen) => {
            setRegions(chosen);
            edited('villageCode');
          }}
        />
        <TextField
          field="nik"
          value={nik}
          error={errorOf('nik')}
          onChange={(value) => {
            setNik(value);
            edited('nik');
          }}
        />
        <TextField
          field="name"
          value={name}
          error={errorOf('name')}
          onChange={(value) => {
            setName(value);
            edited('name');
          }}
        />
        {/* Not disabled while sending: a disabled button loses the keyboard's focus. */}
        <button
          type="submit"
          className="vv-button"
          aria-busy={check.isPending}
          aria-disabled={check.isPending}
        >
          {check.isPending ? t('form.checking') : t('form.submit')}
        </button>
      </form>
      <div ref={outcome} className="resident-outcome">
        {check.isError && (
          <div role="alert" className="vv-alert vv-alert-error">
            <p className="vv-alert-title">{problemText(check.error, tCommon)}</p>
            {isApiError(check.error, 429) ? (
              <Wait seconds={check.error.retryAfterSeconds} />
            ) : isApiError(check.error, 400) ? (
              unplaced.length > 0 && (
                <ul>
                  {unplaced.map(({ field, message }) => (
                    <li key={`${field}:${message}`}>{message}</li>
                  ))}
                </ul>
              )
            ) : (
              <>
                <p>{t('error.failed')}</p>
                <button type="button" className="resident-secondary" onClick={send}>
                  {tCommon('action.retry')}
                </button>
              </>
            )}
          </div>
        )}
        {/* Always there, so that a screen reader hears what comes into it. */}
        <div role="status" className="resident-status">
          {check.isPending && <p className="vv-muted">{t('form.checking')}</p>}
          {check.isSuccess && <StatusAnswerCard answer={check.data} />}
        </div>
      </div>
    </>
  );
}

/** Moves the keyboard to a field to correct: for the village, to the first level still to choose. */
function focusField(field: QueryField, levelsChosen: number) {
  const id =
    field === 'villageCode'
      ? regionSelectId(regionLevels[Math.min(levelsChosen, regionLevels.length - 1)] ?? 'village')
      : textInputId(field);
  document.getElementById(id)?.focus();
}

interface TextFieldProps {
  field: 'nik' | 'name';
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

function TextField({ field, value, error, onChange }: TextFieldProps) {
  const { t } = useTranslation('resident');
  const id = textInputId(field);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="vv-field">
      <label htmlFor={id}>{t(`form.${field}`)}</label>
      <p className="resident-hint" id={hintId}>
        {t(`form.${field}Hint`)}
      </p>
      <input
        id={id}
        name={field}
        type="text"
        value={value}
        // A phone's number pad for the NIK; capitals at each word for a name.
        inputMode={field === 'nik' ? 'numeric' : 'text'}
        autoCapitalize={field === 'name' ? 'words' : 'off'}
        // A phone at the village office is shared: it should not offer one resident's NIK or name to the next.
        autoComplete="off"
        spellCheck={false}
        aria-required="true"
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p className="vv-field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
