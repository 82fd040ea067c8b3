import { fieldPath, type FieldPath } from '@/lib/field-errors';

import type { ChosenKecamatan, OpenRound } from './types';

/** Whole district, or the kecamatan the opener chooses. */
export type RoundScope = 'DISTRICT' | 'SUBDISTRICTS';

/** The open-round form as antd keeps it. */
export interface OpenRoundValues {
  name?: string;
  /** The ministry chooses the province, then the district. */
  province?: string;
  districtCode?: string;
  /** Dates as the API writes them (`2027-01-04`). */
  startsOn?: string;
  targetDate?: string;
  scope: RoundScope;
  /** The chosen kecamatan's codes (the multi-select). */
  chosen?: string[];
  /** One row per chosen kecamatan, in the district's order, each with its own target date if given. */
  subdistricts?: { code: string; targetDate?: string }[];
}

/**
 * The request: the district's own code for its officials, the chosen one for the ministry; the
 * kecamatan only when the scope is chosen ones, each date only when given (the round's otherwise).
 */
export function openRoundBody(values: OpenRoundValues, districtCode: string): OpenRound {
  const body: OpenRound = {
    name: values.name?.trim() ?? '',
    districtCode,
    startsOn: values.startsOn ?? '',
    targetDate: values.targetDate ?? '',
  };
  if (values.scope === 'SUBDISTRICTS') {
    body.subdistricts = (values.subdistricts ?? []).map(({ code, targetDate }) => {
      const kecamatan: ChosenKecamatan = { code };
      if (targetDate) {
        kecamatan.targetDate = targetDate;
      }
      return kecamatan;
    });
  }
  return body;
}

/**
 * The rows for the kecamatan now chosen, in the district's order, keeping the dates already given
 * to those chosen before.
 */
export function chosenRows(
  chosen: readonly string[],
  districtOrder: readonly string[],
  rows: OpenRoundValues['subdistricts'] = [],
): NonNullable<OpenRoundValues['subdistricts']> {
  const rank = (code: string) => {
    const index = districtOrder.indexOf(code);
    return index === -1 ? districtOrder.length : index;
  };
  return [...chosen]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((code) => rows.find((row) => row.code === code) ?? { code });
}

/**
 * Where the form shows a server field: the scope as a whole (`subdistricts`: none with households,
 * too many) beside the multi-select; a kecamatan's code or date (`subdistricts[0].code`) on its row.
 */
export function roundField(field: string): FieldPath {
  return field === 'subdistricts' ? ['chosen'] : fieldPath(field);
}
