import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { useConfirmFieldImport } from '../api/confirm-field-import';
import { sheetProblemsOf, useUploadFieldSheet } from '../api/upload-field-sheet';
import { ImportPreview } from './import-preview';
import { ImportProgress } from './import-progress';
import { SheetDropzone } from './sheet-dropzone';
import { SheetProblems } from './sheet-problems';

interface FieldSheetImportProps {
  worklistPath: string;
}

/**
 * The filled field sheet brought back: uploaded for a preview (or every bad cell listed, to choose
 * the corrected file), then confirmed, and followed while the engine applies its decisions.
 */
export function FieldSheetImport({ worklistPath }: FieldSheetImportProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const upload = useUploadFieldSheet();
  const confirm = useConfirmFieldImport();
  const [file, setFile] = useState<File>();
  const [confirmed, setConfirmed] = useState<number>();

  const send = (chosen: File) => {
    setFile(chosen);
    confirm.reset();
    upload.mutate(chosen);
  };
  const preview = upload.data;
  const problems = sheetProblemsOf(upload.error);

  let body;
  if (confirmed !== undefined) {
    body = <ImportProgress id={confirmed} worklistPath={worklistPath} />;
  } else if (preview) {
    body = (
      <ImportPreview
        preview={preview}
        confirming={confirm.isPending}
        error={confirm.error ?? undefined}
        onConfirm={() => confirm.mutate(preview.id, { onSuccess: (done) => setConfirmed(done.id) })}
        onChooseAnother={() => {
          upload.reset();
          confirm.reset();
        }}
      />
    );
  } else {
    body = (
      <>
        <Typography.Paragraph style={{ margin: 0 }}>{t('import.intro')}</Typography.Paragraph>
        {upload.isPending && file && (
          <Alert
            type="info"
            showIcon
            icon={<Spin size="small" />}
            role="status"
            title={t('import.uploading', { name: file.name })}
          />
        )}
        {upload.isError &&
          (problems.length > 0 ? (
            <>
              <ProblemAlert error={upload.error} fieldErrors={[]} />
              <SheetProblems problems={problems} filename={file?.name ?? ''} />
            </>
          ) : (
            <ProblemAlert
              error={upload.error}
              action={file && <Button onClick={() => send(file)}>{tCommon('action.retry')}</Button>}
            />
          ))}
        <SheetDropzone onFile={send} disabled={upload.isPending} corrected={upload.isError} />
      </>
    );
  }

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      <div>
        <Link to={worklistPath}>{t('import.back')}</Link>
      </div>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('import.title')}
      </Typography.Title>
      {body}
    </Flex>
  );
}
