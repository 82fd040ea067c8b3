import type { FormInstance } from 'antd';

import { ApiError, type FieldProblem } from './api-client';

/** A form field's name path, as antd names it: `['household', 'members', 0, 'nik']`. */
export type FieldPath = (string | number)[];

/**
 * A server field name as a form names it: `household.members[0].nik` is
 * `['household', 'members', 0, 'nik']`.
 */
export function fieldPath(field: string): FieldPath {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Where a form shows the server's field: its name path, or none when it has no such field. */
export type PlaceField = (field: string) => FieldPath | undefined;

/** The server's field errors sorted by where the form shows them. */
export interface FieldErrors {
  /** By form field, in the order the server named them, each with all its messages. */
  placed: { name: FieldPath; problems: FieldProblem[] }[];
  /** Those no field shows: list them above the form (`ProblemAlert`'s `fieldErrors`). */
  unplaced: FieldProblem[];
}

export const noFieldErrors: FieldErrors = { placed: [], unplaced: [] };

/** The field errors of a refused request (`ApiError`), or none for any other failure. */
export function problemsOf(error: unknown): FieldProblem[] {
  return error instanceof ApiError ? error.fieldErrors : [];
}

/**
 * Sorts the server's field errors by the form field that shows them: `place` says which (by
 * default the field's own path), and a field it places nowhere is left `unplaced`.
 */
export function placeFieldErrors(
  problems: readonly FieldProblem[],
  place: PlaceField = fieldPath,
): FieldErrors {
  const placed = new Map<string, FieldErrors['placed'][number]>();
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const name = place(problem.field);
    if (!name) {
      unplaced.push(problem);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = placed.get(key) ?? { name, problems: [] };
    entry.problems.push(problem);
    placed.set(key, entry);
  }
  return { placed: [...placed.values()], unplaced };
}

function within(name: FieldPath, prefix: FieldPath) {
  return prefix.length <= name.length && prefix.every((part, index) => name[index] === part);
}

/** The messages on the field `name` and on the fields within it (a list's items, a group's parts). */
export function fieldErrorsAt(errors: FieldErrors, name: FieldPath): string[] {
  return errors.placed
    .filter((entry) => within(entry.name, name))
    .flatMap((entry) => entry.problems.map((problem) => problem.message));
}

/** The errors without those on the fields `names` and within them: what the user has just changed. */
export function withoutFieldErrors(errors: FieldErrors, names: FieldPath[]): FieldErrors {
  return {
    placed: errors.placed.filter((entry) => !names.some((name) => within(entry.name, name))),
    unplaced: errors.unplaced,
  };
}

/**
 * A `Form.Item`'s props that show the server's messages on its field, for a form that keeps them
 * itself (a wizard whose steps are not all mounted when the answer comes).
 */
export function fieldErrorProps(errors: FieldErrors, name: FieldPath) {
  const messages = fieldErrorsAt(errors, name);
  return messages.length > 0 ? { validateStatus: 'error' as const, help: messages.join(' ') } : {};
}

/**
 * Shows a refused request's field errors beside the form's fields, keeping what the user typed, and
 * returns those it could not place: a field `map` places nowhere, or one the form does not show
 * now (`householdId`, a part of another type of change). Anything but an `ApiError` has none.
 */
export function applyFieldErrors(
  error: unknown,
  form: Pick<FormInstance, 'setFields' | 'getFieldError'>,
  { map }: { map?: PlaceField } = {},
): FieldProblem[] {
  const problems = problemsOf(error);
  const { placed, unplaced } = placeFieldErrors(problems, map);
  form.setFields(
    placed.map(({ name, problems: onField }) => ({
      name,
      errors: onField.map((problem) => problem.message),
    })),
  );
  // antd keeps errors only on the fields it renders: the rest are the caller's to list.
  const left = new Set([
    ...unplaced,
    ...placed
      .filter(({ name }) => form.getFieldError(name).length === 0)
      .flatMap(({ problems: onField }) => onField),
  ]);
  return problems.filter((problem) => left.has(problem));
}
