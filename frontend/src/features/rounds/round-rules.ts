import type { Role, Round, RoundKecamatan } from './types';

/** Who opens rounds (RoundService.OPENERS): Dinas Sosial's head and operator, the ministry for any district. */
const openers: readonly Role[] = ['DISTRICT_HEAD', 'DISTRICT_OPERATOR', 'MINISTRY_OFFICER'];

/**
 * Who follows rounds on the screens: the openers, the supervisors and auditors, and the Camat and
 * TKSK of a kecamatan in the round's district, who read only.
 */
const readers: readonly Role[] = [
  ...openers,
  'SUPERVISOR',
  'AUDITOR',
  'SUBDISTRICT_HEAD',
  'SUBDISTRICT_OPERATOR',
];

export const opensRounds = (role: Role) => openers.includes(role);

export const readsRounds = (role: Role) => readers.includes(role);

/** The ministry opens a round for a district it chooses; a district's officials for their own. */
export const choosesDistrict = (role: Role) => role === 'MINISTRY_OFFICER';

/** Only the official who opened a round pauses and resumes it. */
export const steersRound = (round: Pick<Round, 'openedBy'>, username: string | undefined) =>
  username !== undefined && round.openedBy === username;

/** While its changes are being started, a round's figures move. */
export const isLive = (round: Pick<Round, 'status'>) => round.status === 'STARTING';

/** How often a live round is read again. */
export const liveRefreshMs = 2500;

/** Households done of the total, 0 to 100, one decimal, as the server counts the round's own. */
export function percentOf(done: number, total: number) {
  return total === 0 ? 100 : Math.round((done * 1000) / total) / 10;
}

/** Today's date where the user is, as the API writes dates (`2026-12-31`). */
export function today(now: Date = new Date()) {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** A kecamatan past its target date with households still waiting for their change. */
export function isOverdue(
  kecamatan: Pick<RoundKecamatan, 'targetDate' | 'householdsDone' | 'householdsTotal'>,
  on: string = today(),
) {
  return kecamatan.targetDate < on && kecamatan.householdsDone < kecamatan.householdsTotal;
}
