import { DownloadOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { fieldSheetHref } from '../api/get-field-sheet';
import type { WorklistFilter } from '../types';

interface WorklistActionsProps {
  filter: WorklistFilter;
  printPath: (filter: WorklistFilter) => string;
  /** Where a filled sheet is brought back; none for those who bring none back. */
  importPath?: string;
  /** Whether the workbook to take out is offered: the village operator's. */
  downloadsSheet: boolean;
}

/** The field sheet out (as a workbook, or printed per RT) and back in. */
export function WorklistActions({
  filter,
  printPath,
  importPath,
  downloadsSheet,
}: WorklistActionsProps) {
  const { t } = useTranslation('field-work');
  const navigate = useNavigate();
  return (
    <Flex gap="small" wrap align="center">
      {downloadsSheet && (
        <Button href={fieldSheetHref(filter)} download icon={<DownloadOutlined />} size="large">
          {t('worklist.download')}
        </Button>
      )}
      <Button
        icon={<PrinterOutlined />}
        size="large"
        onClick={() => void navigate(printPath(filter))}
      >
        {t('worklist.print')}
      </Button>
      {importPath && (
        <Link to={importPath}>
          <UploadOutlined aria-hidden /> {t('worklist.import')}
        </Link>
      )}
    </Flex>
  );
}
