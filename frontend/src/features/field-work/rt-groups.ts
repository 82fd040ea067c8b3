import type { FieldCheck } from './types';

/** The households of one RT, as a printed sheet's page holds them. */
export interface RtGroup {
  key: string;
  villageCode: string;
  villageName?: string;
  rw?: string;
  rt?: string;
  dusun?: string;
  checks: FieldCheck[];
}

/**
 * The worklist's rows cut into RTs, in the order they came: the server sorts them for walking
 * (village, RW, RT, address), so one RT's rows follow each other.
 */
export function groupByRt(rows: readonly FieldCheck[]): RtGroup[] {
  const groups: RtGroup[] = [];
  for (const check of rows) {
    const key = [check.villageCode, check.rw ?? '', check.rt ?? ''].join('|');
    const last = groups.at(-1);
    if (last?.key === key) {
      last.checks.push(check);
    } else {
      groups.push({
        key,
        villageCode: check.villageCode,
        villageName: check.villageName,
        rw: check.rw,
        rt: check.rt,
        dusun: check.dusun,
        checks: [check],
      });
    }
  }
  return groups;
}
