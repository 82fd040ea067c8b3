import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { PublicSubmissionQuery, PublicSubmissionStatus } from '../submission-types';

/**
 * Where a proposal or objection stands, by its tracking code and the sender's own NIK (`POST
 * /api/public/submissions/track`): `found` false alone when they do not match, 400 naming the fields, 429 with
 * `Retry-After`.
 */
export const trackSubmission = (query: PublicSubmissionQuery) =>
  api.post<PublicSubmissionStatus>('/api/public/submissions/track', query);

/** A mutation rather than a query, as the status check: nothing about it stays on a phone that may be shared. */
export const useTrackSubmission = () => useMutation({ mutationFn: trackSubmission });
