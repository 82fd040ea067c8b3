import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

import { warningsOf } from '@/lib/api-client';

interface WarningsToConfirmProps {
  error: unknown;
  /** Sends the same request again, confirming these codes. */
  onConfirm: (codes: string[]) => void;
  pending?: boolean;
}

/**
 * What the server asks the user to confirm before it goes ahead (a household with a change under
 * way, a minutes number used before), each in words, and one button to go ahead anyway. Nothing has
 * been saved until then.
 */
export function WarningsToConfirm({ error, onConfirm, pending = false }: WarningsToConfirmProps) {
  const { t } = useTranslation();
  const warnings = warningsOf(error);
  if (warnings.length === 0) {
    return null;
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={t('confirm.title')}
      description={
        <Flex vertical gap="small">
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {warnings.map((warning) => (
              <li key={warning.code + warning.message}>{warning.message}</li>
            ))}
          </ul>
          <div>
            <Button
              type="primary"
              loading={pending}
              onClick={() => onConfirm([...new Set(warnings.map((warning) => warning.code))])}
            >
              {t('confirm.goAhead')}
            </Button>
          </div>
        </Flex>
      }
    />
  );
}
