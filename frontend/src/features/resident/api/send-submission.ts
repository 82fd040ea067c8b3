import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

import { api, type UploadProgress } from '@/lib/api-client';

import type { PublicObjection, PublicProposal, PublicSubmissionReceipt } from '../submission-types';

/** The multipart parts, as the server names them. */
export const parts = {
  proposal: 'proposal',
  objection: 'objection',
  housePhoto: 'housePhoto',
  familyCard: 'familyCard',
} as const;

const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

export interface ProposalUpload {
  proposal: PublicProposal;
  housePhoto: File;
  /** 1 to 3 photos, or one PDF: the part repeats. */
  familyCard: readonly File[];
}

export interface ObjectionUpload {
  objection: PublicObjection;
  housePhoto: File;
}

/** The proposal as JSON in one part (typed, so that Spring reads it as JSON), the house and the family card after it. */
export function proposalForm({ proposal, housePhoto, familyCard }: ProposalUpload) {
  const form = new FormData();
  form.append(parts.proposal, json(proposal));
  form.append(parts.housePhoto, housePhoto, housePhoto.name);
  for (const file of familyCard) {
    form.append(parts.familyCard, file, file.name);
  }
  return form;
}

export function objectionForm({ objection, housePhoto }: ObjectionUpload) {
  const form = new FormData();
  form.append(parts.objection, json(objection));
  form.append(parts.housePhoto, housePhoto, housePhoto.name);
  return form;
}

type OnProgress = (progress: UploadProgress) => void;

/**
 * Proposes a household, without an account (`POST /api/public/proposals`): 201 with the receipt, 400 naming the
 * fields and parts, 429 with `Retry-After` once this device or this NIK has sent too many.
 */
export const submitProposal = (upload: ProposalUpload, onProgress?: OnProgress) =>
  api.upload<PublicSubmissionReceipt>('/api/public/proposals', proposalForm(upload), onProgress);

/** Objects to a listed household (`POST /api/public/objections`), answering as a proposal does. */
export const submitObjection = (upload: ObjectionUpload, onProgress?: OnProgress) =>
  api.upload<PublicSubmissionReceipt>('/api/public/objections', objectionForm(upload), onProgress);

/**
 * Sends a proposal or objection, with how much of it has left the phone so far (none until sending starts). A
 * mutation: the receipt is the resident's to write down, not the cache's to keep.
 */
function useUpload<T>(
  send: (upload: T, onProgress: OnProgress) => Promise<PublicSubmissionReceipt>,
) {
  const [progress, setProgress] = useState<UploadProgress>();
  const mutation = useMutation({
    mutationFn: (upload: T) => {
      setProgress({ loaded: 0, total: 0 });
      return send(upload, setProgress);
    },
    onSettled: () => setProgress(undefined),
  });
  return { mutation, progress };
}

export const useSubmitProposal = () => useUpload(submitProposal);

export const useSubmitObjection = () => useUpload(submitObjection);
