import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { useMe } from '@/features/auth/api/get-me';
import { FieldSheetImport } from '@/features/field-work/components/field-sheet-import';
import { visitsHouseholds } from '@/features/field-work/field-work-rules';

import { paths } from '../paths';

/** A filled field sheet brought back by the village operator: preview, confirm, progress. */
export function FieldImportRoute() {
  const { t } = useTranslation('field-work');
  const me = useMe();
  if (!me.data) {
    return null;
  }
  if (!visitsHouseholds(me.data.role)) {
    return <Alert type="info" showIcon title={t('import.notOperator')} />;
  }
  return <FieldSheetImport worklistPath={paths.fieldChecks()} />;
}
