import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError, type FieldProblem } from '@/lib/api-client';
import { problemText } from '@/lib/problem-text';

interface ProblemAlertProps {
  error: unknown;
  /**
   * The server's field errors to list: by default all it sent; a form passes those its fields do
   * not show (`applyFieldErrors`).
   */
  fieldErrors?: readonly FieldProblem[];
  action?: ReactNode;
}

/** An API error in the user's language: the server's own text when it sent one. */
export function ProblemAlert({ error, fieldErrors: listed, action }: ProblemAlertProps) {
  const { t } = useTranslation();
  const fieldErrors = listed ?? (error instanceof ApiError ? error.fieldErrors : []);
  return (
    <Alert
      type="error"
      showIcon
      title={problemText(error, t)}
      description={
        fieldErrors.length > 0 ? (
          <ul>
            {fieldErrors.map(({ field, message }) => (
              <li key={`${field}:${message}`}>{message}</li>
            ))}
          </ul>
        ) : undefined
      }
      action={action}
    />
  );
}
