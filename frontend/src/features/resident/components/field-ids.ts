import type { RegionLevel } from '../types';

/** The ids of the form's controls: labels point at them, and a field to correct is focused by them. */
export const regionSelectId = (level: RegionLevel) => `resident-${level}`;
export const textInputId = (field: 'nik' | 'name') => `resident-${field}`;
/** The message about the village, which every level still to choose points at. */
export const villageErrorId = 'resident-village-error';

/** A control's element id, from its form and the server's name of its field: `usul-household-members-0-nik`. */
export const fieldId = (form: string, field: string) =>
  `${form}-${field.replace(/[.[\]]+/g, '-').replace(/-$/, '')}`;
