import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { IntakeDetails, IntakeRejection } from '../types';
import { useOnDecided } from './decided';
import { intakeApiPath } from './get-intake';

/** Refuses a proposal, or closes an objection, with the reason the resident will read. */
export const rejectIntake = (code: string, body: IntakeRejection) =>
  api.post<IntakeDetails>(`${intakeApiPath(code)}/reject`, body);

/** `onDecided`: told once saved, with the submission as it now stands. */
export const useRejectIntake = (code: string, onDecided?: (intake: IntakeDetails) => void) => {
  const onSuccess = useOnDecided(code, onDecided);
  return useMutation({
    mutationFn: (body: IntakeRejection) => rejectIntake(code, body),
    onSuccess,
  });
};
