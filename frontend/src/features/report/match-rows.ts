import type { MatchFigures, MatchReport } from './types';

/** The columns in the order Kota Depok published them. */
export const matchFigureNames: (keyof MatchFigures)[] = [
  'households',
  'members',
  'matched',
  'notMatched',
  'nikUnknown',
  'died',
  'notYetMatched',
  'proposedForDeletion',
  'withoutEktp',
];

/** A kecamatan, with its villages as rows that open beneath it, or a village. */
export interface MatchRow {
  key: string;
  kind: 'kecamatan' | 'village';
  name: string;
  figures: MatchFigures;
  children?: MatchRow[];
}

/** The kecamatan in the round's order; a kecamatan the round has not reached yet has no villages. */
export function matchRows(report: Pick<MatchReport, 'subdistricts'>): MatchRow[] {
  return report.subdistricts.map((kecamatan) => ({
    key: kecamatan.code,
    kind: 'kecamatan' as const,
    name: kecamatan.name,
    figures: kecamatan.figures,
    ...(kecamatan.villages.length > 0 && {
      children: kecamatan.villages.map((village) => ({
        key: village.code,
        kind: 'village' as const,
        name: village.name,
        figures: village.figures,
      })),
    }),
  }));
}
