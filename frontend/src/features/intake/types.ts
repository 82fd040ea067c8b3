import type { MayOmit, Schemas } from '@/lib/api-types';

/*
 * Residents' proposals (usul) and objections (sanggah) as the village operator and the Camat see them, from the
 * OpenAPI schemas; a property the server leaves out when it has no value is optional (`MayOmit`).
 */

/** A household proposed (usul), or an objection to a listed household's eligibility (sanggah). */
export type SubmissionKind = Schemas['IntakeItem']['kind'];

/**
 * WAITING at the village operator; ACCEPTED (a proposal became a numbered change, an objection started a field check
 * of the household); REJECTED (a proposal refused, an objection closed, with a reason); LAPSED (an objection not
 * verified within 14 days).
 */
export type SubmissionState = Schemas['IntakeItem']['state'];

/** Why a resident objects to a household on the list. */
export type ObjectionReason = Schemas['IntakeObjection']['reason'];

export type Sex = Schemas['PublicProposedMember']['sex'];

export type Relationship = Schemas['PublicProposedMember']['relationship'];

/** What the caller may do with an intake now: the operator accepts or rejects, the Camat closes a follow-up. */
export type IntakeDecision = Schemas['IntakeDetails']['decisions'][number];

/** What a document sent with a submission shows. */
export type DocumentPurpose = Schemas['IntakeDocument']['purpose'];

/** One submission in a list (`IntakeItem`). `subject`: a proposal's proposed head, an objection's objected name. */
export type IntakeItem = MayOmit<Schemas['IntakeItem'], 'villageName' | 'dueDate' | 'lapsesAt'>;

/** Who sent it: the NIK masked by the server; a phone for proposals only. */
export type IntakeSubmitter = MayOmit<Schemas['IntakeSubmitter'], 'phone'>;

export type ProposedMember = Schemas['PublicProposedMember'];

/** The household a resident proposes. */
export type ProposedHousehold = Omit<Schemas['PublicProposedHousehold'], 'members'> & {
  members: ProposedMember[];
};

/** A registry household of the village whose member's name matches the objected name. */
export type HouseholdCandidate = Schemas['IntakeCandidate'];

export type IntakeObjection = MayOmit<Schemas['IntakeObjection'], 'latitude' | 'longitude'>;

export type IntakeDocument = MayOmit<Schemas['IntakeDocument'], 'filename'>;

/** How it was decided: by whom, when, why (a rejection), and the change it started (an acceptance). */
export type IntakeOutcome = Partial<Schemas['IntakeOutcome']>;

/** Everything about one submission (`IntakeDetails`): `household` for proposals, `objection` for objections. */
export type IntakeDetails = IntakeItem & {
  submitter: IntakeSubmitter;
  forOwnHousehold?: boolean;
  reason?: string;
  household?: ProposedHousehold;
  objection?: IntakeObjection;
  documents: IntakeDocument[];
  /** Once decided. */
  outcome?: IntakeOutcome;
  decisions: IntakeDecision[];
};

/**
 * Accepting (`IntakeAcceptance`): a proposal may confirm the change proposal's warnings (after a 409); an objection
 * names the registry household it concerns.
 */
export type IntakeAcceptance = Partial<Schemas['IntakeAcceptance']>;

/** Rejecting a proposal or closing an objection (`IntakeRejection`): 1 to 500 characters. */
export type IntakeRejection = Schemas['IntakeRejection'];

/** The Camat's follow-up of an overdue intake, done (`IntakeFollowUp`): an optional note of up to 500 characters. */
export type IntakeFollowUp = Partial<Schemas['IntakeFollowUp']>;
