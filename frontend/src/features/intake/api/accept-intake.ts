import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { IntakeAcceptance, IntakeDetails } from '../types';
import { useOnDecided } from './decided';
import { intakeApiPath } from './get-intake';

/**
 * Accepts a submission: a proposal becomes a numbered change (409 with the change proposal's warnings until they are
 * confirmed), an objection starts a re-verification of the registry household chosen.
 */
export const acceptIntake = (code: string, body: IntakeAcceptance) =>
  api.post<IntakeDetails>(`${intakeApiPath(code)}/accept`, body);

/** `onDecided`: told once saved, with the submission as it now stands. */
export const useAcceptIntake = (code: string, onDecided?: (intake: IntakeDetails) => void) => {
  const onSuccess = useOnDecided(code, onDecided);
  return useMutation({
    mutationFn: (body: IntakeAcceptance) => acceptIntake(code, body),
    onSuccess,
  });
};
