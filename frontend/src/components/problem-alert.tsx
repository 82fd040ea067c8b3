import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '@/lib/api-client';
import { problemText } from '@/lib/problem-text';

interface ProblemAlertProps {
  error: unknown;
  /** List the server's field errors too; off where a form shows them beside its fields. */
  showFieldErrors?: boolean;
  action?: ReactNode;
}

/** An API error in the user's language: the server's own text when it sent one. */
export function ProblemAlert({ error, showFieldErrors = true, action }: ProblemAlertProps) {
  const { t } = useTranslation();
  const fieldErrors = showFieldErrors && error instanceof ApiError ? error.fieldErrors : [];
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
