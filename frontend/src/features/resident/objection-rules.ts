import {
  brokenOnly,
  isNik,
  limits,
  photoRule,
  textRule,
  tidyNumber,
  type BrokenRules,
} from './submission-rules';
import type { ObjectionReason, PublicObjection } from './submission-types';

/** Where the house is, as the phone read it. */
export interface Position {
  latitude: number;
  longitude: number;
  /** In metres, as the phone estimates it. */
  accuracy?: number;
}

/** The objection as typed, before it is tidied up to send. */
export interface ObjectionDraft {
  villageCode: string;
  objectorNik: string;
  objectorName: string;
  objectedName: string;
  objectedAddress: string;
  reason: ObjectionReason | '';
  statement: string;
  housePhoto: File | undefined;
  /** None when not read: the photo's own position is used then. */
  position: Position | undefined;
}

export const emptyObjection = (): ObjectionDraft => ({
  villageCode: '',
  objectorNik: '',
  objectorName: '',
  objectedName: '',
  objectedAddress: '',
  reason: '',
  statement: '',
  housePhoto: undefined,
  position: undefined,
});

/** The objection form's fields as the server names them, in the order the form shows them. */
export const objectionFields = [
  'villageCode',
  'objector.nik',
  'objector.name',
  'objectedName',
  'objectedAddress',
  'reason',
  'statement',
  'housePhoto',
  'latitude',
  'longitude',
];

/** The objection's JSON part: the position only when the phone read one. */
export function tidyObjection(draft: ObjectionDraft): PublicObjection {
  return {
    villageCode: draft.villageCode,
    objector: { nik: tidyNumber(draft.objectorNik), name: draft.objectorName.trim() },
    objectedName: draft.objectedName.trim(),
    objectedAddress: draft.objectedAddress.trim(),
    // Checked before sending: an objection without a reason is never sent.
    reason: draft.reason || 'OTHER',
    statement: draft.statement.trim(),
    ...(draft.position && {
      latitude: draft.position.latitude,
      longitude: draft.position.longitude,
    }),
  };
}

/** The rules the objection breaks that need no server, by field; none when it may be sent. */
export function objectionBrokenRules(draft: ObjectionDraft): BrokenRules {
  const objection = tidyObjection(draft);
  return brokenOnly({
    villageCode: objection.villageCode ? undefined : { rule: 'villageRequired' },
    'objector.nik': isNik(objection.objector.nik) ? undefined : { rule: 'nikFormat' },
    'objector.name': textRule(objection.objector.name, 'nameRequired', limits.name),
    objectedName: textRule(objection.objectedName, 'objectedNameRequired', limits.name),
    objectedAddress: textRule(objection.objectedAddress, 'objectedAddressRequired', limits.address),
    reason: draft.reason ? undefined : { rule: 'objectionReasonRequired' },
    statement: textRule(objection.statement, 'statementRequired', limits.statement),
    housePhoto: photoRule(draft.housePhoto, 'housePhotoRequired'),
  });
}
