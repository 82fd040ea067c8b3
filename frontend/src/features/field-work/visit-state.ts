import type { FieldCheck } from './types';

/**
 * What the worklist hands the visit's page through the router: the household's row, so that the
 * page shows who and where without asking the server, and the worklist's address with its
 * filters, to go back to once the visit is saved.
 */
export interface VisitState {
  fieldCheck: FieldCheck;
  from: string;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The row and the way back from the router's state, when they are there and about this field check:
 * an address opened by hand, or from elsewhere, has neither.
 */
export function visitStateOf(
  state: unknown,
  taskId: string,
): { fieldCheck?: FieldCheck; from?: string } {
  if (!isObject(state)) {
    return {};
  }
  const fieldCheck =
    isObject(state.fieldCheck) && state.fieldCheck.taskId === taskId
      ? (state.fieldCheck as FieldCheck)
      : undefined;
  const from =
    typeof state.from === 'string' && state.from.startsWith('/') && !state.from.startsWith('//')
      ? state.from
      : undefined;
  return { fieldCheck, from };
}
