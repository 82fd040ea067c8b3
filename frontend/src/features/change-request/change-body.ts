import type {
  ChangeType,
  CreateChangeRequest,
  NewMember,
  RemovalReason,
  Relationship,
  Sex,
  Welfare,
} from './types';

/** A person as the form holds them: anything may still be missing. */
export interface MemberValues {
  nik?: string;
  name?: string;
  birthDate?: string;
  sex?: Sex;
  relationship?: Relationship;
}

/** What the form holds; which parts a change sends depends on its type. */
export interface ChangeFormValues {
  type: ChangeType;
  removalReason?: RemovalReason;
  memberId?: number;
  household?: {
    kkNumber?: string;
    address?: string;
    rt?: string;
    rw?: string;
    welfare?: Welfare;
    members?: MemberValues[];
  };
  member?: MemberValues;
  update?: { address?: string; rt?: string; rw?: string; welfare?: Welfare };
  changeWelfare?: boolean;
  reason?: string;
  note?: string;
}

/** A text with its blanks trimmed; undefined when nothing is left, so that it is not sent. */
function text(value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function member(values: MemberValues | undefined): NewMember {
  return {
    nik: text(values?.nik) ?? '',
    name: text(values?.name) ?? '',
    birthDate: values?.birthDate ?? '',
    sex: values?.sex as Sex,
    relationship: values?.relationship as Relationship,
  };
}

/** The welfare attributes that were answered; the others are sent as not recorded. */
function welfare(values: Welfare | undefined): Welfare {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(([, value]) => value !== undefined && value !== null),
  );
}

/**
 * The body of `POST /api/change-requests` for the form's values: only the parts the type takes
 * (the server's ProposeChange), texts trimmed, empty ones left out.
 */
export function changeBody(
  values: ChangeFormValues,
  { householdId, villageCode }: { householdId?: number; villageCode?: string },
): CreateChangeRequest {
  const common = { reason: text(values.reason), note: text(values.note) };
  switch (values.type) {
    case 'NEW_HOUSEHOLD': {
      const household = values.household;
      return {
        type: 'NEW_HOUSEHOLD',
        household: {
          kkNumber: text(household?.kkNumber) ?? '',
          address: text(household?.address) ?? '',
          rt: text(household?.rt) ?? '',
          rw: text(household?.rw) ?? '',
          villageCode: villageCode ?? '',
          welfare: welfare(household?.welfare),
          members: (household?.members ?? []).map(member),
        },
        ...common,
      };
    }
    case 'REVERIFY':
      return { type: 'REVERIFY', householdId, ...common };
    case 'UPDATE': {
      const update = values.update;
      return {
        type: 'UPDATE',
        householdId,
        update: {
          address: text(update?.address),
          rt: text(update?.rt),
          rw: text(update?.rw),
          welfare: values.changeWelfare ? welfare(update?.welfare) : undefined,
        },
        ...common,
      };
    }
    case 'REMOVE_HOUSEHOLD':
      return {
        type: 'REMOVE_HOUSEHOLD',
        householdId,
        removalReason: values.removalReason,
        ...common,
      };
    case 'ADD_MEMBER':
      return { type: 'ADD_MEMBER', householdId, member: member(values.member), ...common };
    case 'REMOVE_MEMBER':
      return {
        type: 'REMOVE_MEMBER',
        householdId,
        memberId: values.memberId,
        removalReason: values.removalReason,
        ...common,
      };
  }
}

/** Whether an update changes anything: the server refuses one that does not (`update`). */
export const updatesSomething = (body: CreateChangeRequest) =>
  body.update !== undefined && Object.values(body.update).some((part) => part !== undefined);
