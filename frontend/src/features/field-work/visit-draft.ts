import { findings, type Finding } from './types';
import type { VisitDraft, VisitValues } from './visit-values';

/**
 * What an enumerator typed, kept for the tab's session by field check: a reload on a weak signal,
 * or the phone's browser dropping the page to take the photo, loses nothing but the photo.
 */
const draftKey = (taskId: string) => `verivali.visit.${taskId}`;

/** The enumerator's name, kept on the device: the same person visits the next household. */
const enumeratorKey = 'verivali.enumerator';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function readDraft(taskId: string): VisitDraft | undefined {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(draftKey(taskId)) ?? 'null');
    if (!isObject(stored)) {
      return undefined;
    }
    const finding = findings.includes(stored.finding as Finding)
      ? (stored.finding as Finding)
      : undefined;
    return {
      finding,
      reason: text(stored.reason),
      visitedOn: text(stored.visitedOn),
      enumerator: text(stored.enumerator),
      welfare: isObject(stored.welfare) ? stored.welfare : undefined,
      decide: typeof stored.decide === 'boolean' ? stored.decide : undefined,
    };
  } catch {
    // Storage refused (private browsing) or a value no longer readable: start afresh.
    return undefined;
  }
}

export function saveDraft(taskId: string, values: VisitValues) {
  try {
    // JSON leaves the photo out: a file is no text to keep.
    sessionStorage.setItem(draftKey(taskId), JSON.stringify({ ...values, photo: undefined }));
  } catch {
    // Storage refused: the form still holds everything until the page is left.
  }
}

export function clearDraft(taskId: string) {
  try {
    sessionStorage.removeItem(draftKey(taskId));
  } catch {
    // Nothing was kept.
  }
}

export function rememberedEnumerator(): string | undefined {
  try {
    return localStorage.getItem(enumeratorKey) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberEnumerator(name: string | undefined) {
  const trimmed = name?.trim();
  if (!trimmed) {
    return;
  }
  try {
    localStorage.setItem(enumeratorKey, trimmed);
  } catch {
    // Storage refused: the name is typed again next time.
  }
}
