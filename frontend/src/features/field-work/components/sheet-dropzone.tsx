import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import { useTranslation } from 'react-i18next';

interface SheetDropzoneProps {
  onFile: (file: File) => void;
  disabled: boolean;
  /** After a refusal: the file to choose now is the corrected one. */
  corrected: boolean;
}

/** Where the filled field sheet is dropped or chosen: the workbook, or its CSV. */
export function SheetDropzone({ onFile, disabled, corrected }: SheetDropzoneProps) {
  const { t } = useTranslation('field-work');
  return (
    <Upload.Dragger
      accept=".xlsx,.csv"
      multiple={false}
      showUploadList={false}
      disabled={disabled}
      aria-label={t('import.fileLabel')}
      beforeUpload={(file) => {
        onFile(file);
        // Sent by the page itself, which shows what the server makes of it.
        return Upload.LIST_IGNORE;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">{t(corrected ? 'import.dropCorrected' : 'import.drop')}</p>
      <p className="ant-upload-hint">{t('import.dropHint')}</p>
    </Upload.Dragger>
  );
}
