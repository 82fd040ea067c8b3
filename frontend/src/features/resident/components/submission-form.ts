import { useEffect, useRef, useState } from 'react';

import { isApiError } from '@/lib/api-client';

import type { BrokenRules } from '../submission-rules';
import { regionLevels } from '../types';
import { focusField, useFieldProblems } from './field-problems';

/** The part of an upload's mutation the forms use: whether it is under way, what went wrong, and starting over. */
interface Upload {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * What the proposal and objection forms share: the village chosen, the draft, what is wrong with each field, and
 * sending only once the rules the server applies hold, the keyboard taken to the first field to correct, before and
 * after the server's answer. A refusal about no field the form shows takes the keyboard to its message instead.
 *
 * @param form the form's name in its fields' ids (`usul`, `sanggah`)
 * @param fieldsOf the form's fields for a draft, in their order, by the server's names
 * @param empty makes the empty draft the form starts with
 */
export function useSubmissionForm<Draft extends object>(
  form: string,
  upload: Upload,
  fieldsOf: (draft: Draft) => readonly string[],
  empty: () => Draft,
) {
  const [regions, setRegions] = useState<string[]>([]);
  const [draft, setDraft] = useState<Draft>(empty);
  const refusal = useRef<HTMLDivElement>(null);
  const fields = fieldsOf(draft);
  const problems = useFieldProblems(upload.error, fields);

  const villageCode = regions.length === regionLevels.length ? (regions.at(-1) ?? '') : '';

  const refusedNoField =
    isApiError(upload.error, 400) && problems.firstRefused(upload.error) === undefined;
  useEffect(() => {
    if (refusedNoField) {
      refusal.current?.focus();
    }
  }, [refusedNoField]);

  return {
    regions,
    villageCode,
    fields,
    draft,
    setDraft,
    problems,
    refusal,
    chooseRegions: (chosen: string[]) => {
      setRegions(chosen);
      problems.edited('villageCode');
    },
    change: (field: string, patch: Partial<Draft>) => {
      setDraft((before) => ({ ...before, ...patch }));
      problems.edited(field);
    },
    /**
     * Sends with `mutate` unless a rule is broken or the house's photo is missing; `mutate` calls back with the
     * server's refusal, whose first field then takes the keyboard.
     */
    send: (
      broken: BrokenRules,
      hasHousePhoto: boolean,
      mutate: (onError: (error: unknown) => void) => void,
    ) => {
      if (upload.isPending) {
        return;
      }
      problems.checked(broken);
      const first = fields.find((field) => broken[field]);
      if (first || !hasHousePhoto) {
        upload.reset();
        focusField(form, first ?? 'housePhoto', regions.length);
        return;
      }
      mutate((error) => {
        const refused = problems.firstRefused(error);
        if (refused) {
          focusField(form, refused, regions.length);
        }
      });
    },
  };
}
