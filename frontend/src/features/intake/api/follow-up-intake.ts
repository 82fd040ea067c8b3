import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { IntakeDetails, IntakeFollowUp } from '../types';
import { useOnDecided } from './decided';
import { intakeApiPath } from './get-intake';

/** The Camat's follow-up of an overdue submission, done; the submission itself stays with the village operator. */
export const followUpIntake = (code: string, body: IntakeFollowUp) =>
  api.post<IntakeDetails>(`${intakeApiPath(code)}/follow-up`, body);

/** `onDecided`: told once saved, with the submission as it now stands. */
export const useFollowUpIntake = (code: string, onDecided?: (intake: IntakeDetails) => void) => {
  const onSuccess = useOnDecided(code, onDecided);
  return useMutation({
    mutationFn: (body: IntakeFollowUp) => followUpIntake(code, body),
    onSuccess,
  });
};
