import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { problemsOf } from '@/lib/field-errors';

import type { Broken, BrokenRules } from '../submission-rules';
import { regionLevels } from '../types';
import { fieldId, regionSelectId } from './field-ids';

const under = (field: string, prefix: string) =>
  field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`);

/**
 * What is wrong with each field of a form: the rules it broke before sending, and the server's messages about it
 * since it was last sent (until the resident changes it). `fields` are the form's fields in their order, by the
 * server's names: a message about any other is `unplaced`, for a list above the form.
 */
export function useFieldProblems(error: unknown, fields: readonly string[]) {
  const { t } = useTranslation('resident');
  const [broken, setBroken] = useState<BrokenRules>({});
  // The fields changed since the server refused them (a prefix stands for the fields within it).
  const [changed, setChanged] = useState<readonly string[]>([]);
  const problems = problemsOf(error);

  const ruleText = (rule: Broken) => t(`rule.${rule.rule}`, { max: rule.max });
  const stillApplies = (field: string) => !changed.some((prefix) => under(field, prefix));

  return {
    errorOf: (field: string) => {
      const rule = broken[field];
      const messages = [
        ...(rule ? [ruleText(rule)] : []),
        ...problems
          .filter((problem) => problem.field === field && stillApplies(field))
          .map((problem) => problem.message),
      ];
      return messages.length > 0 ? messages.join(' ') : undefined;
    },
    unplaced: problems.filter((problem) => !fields.includes(problem.field)),
    /** The first field the server refused, in the form's order. */
    firstRefused: (refusal: unknown) => {
      const refused = problemsOf(refusal).map((problem) => problem.field);
      return fields.find((field) => refused.includes(field));
    },
    /** A field, or those within it, changed: what was said about it no longer applies. */
    edited: (field: string) => {
      setBroken((before) =>
        Object.fromEntries(Object.entries(before).filter(([other]) => !under(other, field))),
      );
      setChanged((before) => [...before, field]);
    },
    /** Checked again just now: these rules broken, and the server's last word gone with the next sending. */
    checked: (nowBroken: BrokenRules) => {
      setBroken(nowBroken);
      setChanged([]);
    },
    /** A field checked on its own as soon as it changes (a file chosen). */
    recheck: (field: string, rule: Broken | undefined) => {
      setBroken((before) => ({ ...before, [field]: rule }));
      setChanged((before) => [...before, field]);
    },
  };
}

/** Moves the keyboard to a field to correct: for the village, to the first level still to choose. */
export function focusField(form: string, field: string, levelsChosen: number) {
  const id =
    field === 'villageCode'
      ? regionSelectId(regionLevels[Math.min(levelsChosen, regionLevels.length - 1)] ?? 'village')
      : fieldId(form, field === 'longitude' ? 'latitude' : field);
  document.getElementById(id)?.focus();
}
