/*
 * Residents' proposals (usul) and objections (sanggah), as the public API takes and answers them: the OpenAPI
 * schemas, with the properties the server leaves out when it has no value optional.
 */
import type { MayOmit, Schemas } from '@/lib/api-types';

export type Sex = Schemas['PublicProposedMember']['sex'];

export const sexes: readonly Sex[] = ['MALE', 'FEMALE'];

/** A member's relationship to the head of the household, as on the family card. */
export type Relationship = Schemas['PublicProposedMember']['relationship'];

export const relationships: readonly Relationship[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'OTHER_RELATIVE',
  'OTHER',
];

/** Why a listed household should not be on the registry. */
export type ObjectionReason = Schemas['PublicObjection']['reason'];

export const objectionReasons: readonly ObjectionReason[] = [
  'WELL_OFF',
  'MOVED',
  'DIED',
  'CIVIL_SERVANT',
  'OTHER',
];

export type SubmissionKind = Schemas['PublicSubmissionReceipt']['kind'];

/**
 * WAITING at the village operator; ACCEPTED (a proposal became a numbered change, an objection a field check of the
 * household); REJECTED (a proposal refused, an objection closed, with the operator's reason); LAPSED (an objection
 * not verified within 14 days).
 */
export type SubmissionState = Schemas['PublicSubmissionStatus']['state'];

export type ChangeStatus = Schemas['PublicSubmissionChange']['status'];

export type ProposedMember = Schemas['PublicProposedMember'];

/** `PublicProposal`: the JSON part `proposal` of `POST /api/public/proposals`. */
export type PublicProposal = Schemas['PublicProposal'];

/** `PublicObjection`: the JSON part `objection` of `POST /api/public/objections`. */
export type PublicObjection = MayOmit<Schemas['PublicObjection'], 'latitude' | 'longitude'>;

/** `PublicSubmissionReceipt`: what a resident keeps of a proposal or objection sent (201). */
export type PublicSubmissionReceipt = MayOmit<Schemas['PublicSubmissionReceipt'], 'lapsesAt'>;

/** `PublicSubmissionQuery`: the tracking code and the submitter's or objector's own NIK. */
export type PublicSubmissionQuery = Schemas['PublicSubmissionQuery'];

/** The change a proposal became, or the field check an objection started: its stage, or its status at the end. */
export type SubmissionChange = Schemas['PublicSubmissionChange'];

/** `PublicSubmissionStatus`: `found` false alone when the code and NIK do not match. */
/** `found` false alone when the code and NIK match nothing; the rest as far as the submission got. */
export type PublicSubmissionStatus = Pick<Schemas['PublicSubmissionStatus'], 'found'> &
  Partial<Omit<Schemas['PublicSubmissionStatus'], 'found'>>;
