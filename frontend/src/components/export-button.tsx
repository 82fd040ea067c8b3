import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

interface ExportButtonProps {
  /** The export's address with the list's filter, e.g. `/api/households/export?region=61.12.04`. */
  href: string;
}

/**
 * Downloads what a list shows as an Excel workbook: a plain link, so the browser saves the file
 * under the name the server gives it, with the session's cookie.
 */
export function ExportButton({ href }: ExportButtonProps) {
  const { t } = useTranslation();
  return (
    <Button href={href} download icon={<DownloadOutlined />}>
      {t('export.xlsx')}
    </Button>
  );
}
