import { Alert, Button, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { intlLocale } from '@/lib/i18n';

import { findings, type FieldImport } from '../types';

interface ImportPreviewProps {
  preview: FieldImport;
  confirming: boolean;
  /** Why the last confirmation failed, if it did. */
  error?: unknown;
  onConfirm: () => void;
  onChooseAnother: () => void;
}

/** What confirming the sheet would decide, row counts first, before anything is decided. */
export function ImportPreview({
  preview,
  confirming,
  error,
  onConfirm,
  onChooseAnother,
}: ImportPreviewProps) {
  const { t } = useTranslation('field-work');
  const count = new Intl.NumberFormat(intlLocale());
  const when = new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  const byFinding = findings.filter((finding) => (preview.byFinding[finding] ?? 0) > 0);

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('import.preview', { name: preview.filename })}
      </Typography.Title>
      {preview.sameFileConfirmedAt && (
        <Alert
          type="warning"
          showIcon
          title={t('import.sameFile', { date: when.format(new Date(preview.sameFileConfirmedAt)) })}
        />
      )}
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'rows', label: t('import.rows'), children: count.format(preview.rows) },
          {
            key: 'toDecide',
            label: t('import.toDecide'),
            children: <strong>{count.format(preview.toDecide)}</strong>,
          },
          ...(byFinding.length > 0
            ? [
                {
                  key: 'byFinding',
                  label: t('import.byFinding'),
                  children: (
                    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                      {byFinding.map((finding) => (
                        <li key={finding}>
                          {t(`finding.${finding}`)}: {count.format(preview.byFinding[finding] ?? 0)}
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
          {
            key: 'becomeRemovals',
            label: t('import.becomeRemovals'),
            children: count.format(preview.becomeRemovals),
          },
          {
            key: 'notVisited',
            label: t('import.notVisited'),
            children: count.format(preview.notVisited),
          },
          {
            key: 'alreadyDecided',
            label: t('import.alreadyDecided'),
            children: count.format(preview.alreadyDecided),
          },
        ]}
      />
      {preview.toDecide === 0 && <Alert type="info" showIcon title={t('import.nothingToDecide')} />}
      {error !== undefined && error !== null && <ProblemAlert error={error} />}
      <Flex gap="small" wrap>
        <Button
          type="primary"
          size="large"
          disabled={preview.toDecide === 0}
          loading={confirming}
          onClick={onConfirm}
        >
          {t('import.confirm')}
        </Button>
        <Button size="large" disabled={confirming} onClick={onChooseAnother}>
          {t('import.another')}
        </Button>
      </Flex>
    </Flex>
  );
}
