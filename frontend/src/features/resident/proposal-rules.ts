import {
  brokenOnly,
  familyCardRule,
  isNik,
  isPhone,
  limits,
  photoRule,
  textRule,
  tidyNumber,
  tidyPhone,
  type Broken,
  type BrokenRules,
} from './submission-rules';
import type { PublicProposal, Relationship, Sex } from './submission-types';

/** A member's row as typed; `key` keeps a row's fields with it when a row above is removed. */
export interface MemberDraft {
  key: number;
  nik: string;
  name: string;
  /** `1980-01-01` from the date field; empty until chosen. */
  birthDate: string;
  sex: Sex | '';
  relationship: Relationship | '';
}

/** The proposal as typed, before it is tidied up to send. */
export interface ProposalDraft {
  /** The village chosen; empty until one is. */
  villageCode: string;
  submitterNik: string;
  submitterName: string;
  phone: string;
  /** Undecided until the resident chooses. */
  forOwnHousehold: boolean | undefined;
  reason: string;
  address: string;
  rt: string;
  rw: string;
  kkNumber: string;
  members: MemberDraft[];
  housePhoto: File | undefined;
  familyCard: File[];
}

export const emptyMember = (key: number, relationship: Relationship | '' = ''): MemberDraft => ({
  key,
  nik: '',
  name: '',
  birthDate: '',
  sex: '',
  relationship,
});

/** A new proposal: one member, the head of the household. */
export const emptyProposal = (): ProposalDraft => ({
  villageCode: '',
  submitterNik: '',
  submitterName: '',
  phone: '',
  forOwnHousehold: undefined,
  reason: '',
  address: '',
  rt: '',
  rw: '',
  kkNumber: '',
  members: [emptyMember(0, 'HEAD')],
  housePhoto: undefined,
  familyCard: [],
});

export const memberField = (index: number, field: keyof Omit<MemberDraft, 'key'>) =>
  `household.members[${index}].${field}`;

const memberFields = ['nik', 'name', 'birthDate', 'sex', 'relationship'] as const;

/** The proposal form's fields as the server names them, in the order the form shows them. */
export function proposalFields(memberCount: number): string[] {
  return [
    'villageCode',
    'submitter.nik',
    'submitter.name',
    'submitter.phone',
    'forOwnHousehold',
    'reason',
    'household.address',
    'household.rt',
    'household.rw',
    'household.kkNumber',
    'household.members',
    ...Array.from({ length: memberCount }, (_, index) =>
      memberFields.map((field) => memberField(index, field)),
    ).flat(),
    'housePhoto',
    'familyCard',
  ];
}

/** The proposal's JSON part as the server wants it: numbers without their spaces, text trimmed. */
export function tidyProposal(draft: ProposalDraft): PublicProposal {
  return {
    villageCode: draft.villageCode,
    submitter: {
      nik: tidyNumber(draft.submitterNik),
      name: draft.submitterName.trim(),
      phone: tidyPhone(draft.phone),
    },
    forOwnHousehold: draft.forOwnHousehold ?? false,
    reason: draft.reason.trim(),
    household: {
      address: draft.address.trim(),
      rt: draft.rt.trim(),
      rw: draft.rw.trim(),
      kkNumber: tidyNumber(draft.kkNumber),
      members: draft.members.map((member) => ({
        nik: tidyNumber(member.nik),
        name: member.name.trim(),
        birthDate: member.birthDate,
        // Checked before sending: a member without them is never sent.
        sex: member.sex || 'FEMALE',
        relationship: member.relationship || 'OTHER',
      })),
    },
  };
}

const earliestBirthDate = '1900-01-01';

function birthDateRule(birthDate: string, today: string): Broken | undefined {
  if (birthDate === '') {
    return { rule: 'birthDateRequired' };
  }
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(birthDate);
  return !valid || birthDate < earliestBirthDate || birthDate > today
    ? { rule: 'birthDateRange' }
    : undefined;
}

/** The rules the proposal breaks that need no server, by field; none when it may be sent. */
export function proposalBrokenRules(draft: ProposalDraft, today: string): BrokenRules {
  const proposal = tidyProposal(draft);
  const { submitter, household } = proposal;
  const memberRules = draft.members.flatMap((member, index) => {
    const tidy = household.members[index];
    return [
      [memberField(index, 'nik'), isNik(tidy?.nik ?? '') ? undefined : { rule: 'nikFormat' }],
      [memberField(index, 'name'), textRule(tidy?.name ?? '', 'nameRequired', limits.name)],
      [memberField(index, 'birthDate'), birthDateRule(member.birthDate, today)],
      [memberField(index, 'sex'), member.sex ? undefined : { rule: 'sexRequired' }],
      [
        memberField(index, 'relationship'),
        member.relationship ? undefined : { rule: 'relationshipRequired' },
      ],
    ] as [string, Broken | undefined][];
  });
  const ownButNotMember =
    draft.forOwnHousehold === true &&
    isNik(submitter.nik) &&
    !household.members.some((member) => member.nik === submitter.nik);
  return brokenOnly({
    villageCode: proposal.villageCode ? undefined : { rule: 'villageRequired' },
    'submitter.nik': !isNik(submitter.nik)
      ? { rule: 'nikFormat' }
      : ownButNotMember
        ? { rule: 'submitterNotMember' }
        : undefined,
    'submitter.name': textRule(submitter.name, 'nameRequired', limits.name),
    'submitter.phone': isPhone(submitter.phone) ? undefined : { rule: 'phoneFormat' },
    forOwnHousehold: draft.forOwnHousehold === undefined ? { rule: 'forWhomRequired' } : undefined,
    reason: textRule(proposal.reason, 'reasonRequired', limits.reason),
    'household.address': textRule(household.address, 'addressRequired', limits.address),
    'household.rt': /^\d{1,3}$/.test(household.rt) ? undefined : { rule: 'rtFormat' },
    'household.rw': /^\d{1,3}$/.test(household.rw) ? undefined : { rule: 'rwFormat' },
    'household.kkNumber': isNik(household.kkNumber) ? undefined : { rule: 'kkNumberFormat' },
    ...Object.fromEntries(memberRules),
    housePhoto: photoRule(draft.housePhoto, 'housePhotoRequired'),
    familyCard: familyCardRule(draft.familyCard),
  });
}
