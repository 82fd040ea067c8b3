import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { today } from '@/lib/calendar-date';
import { formatLongDate } from '@/lib/format';

import { useFieldChecks } from '../api/get-field-checks';
import { usePrintedMembers } from '../api/get-printed-members';
import { limits } from '../field-work-rules';
import { groupByRt } from '../rt-groups';
import type { WorklistFilter } from '../types';
import { RtSheet } from './rt-sheet';
import './field-sheet.css';

interface FieldSheetPrintProps {
  /** Which households: those still to visit, of a village, RW, RT or dusun. */
  filter: Omit<WorklistFilter, 'status'>;
  backPath: string;
}

/**
 * The field sheet to print and take out: a page per RT with the households still to visit, in
 * walking order, and boxes to fill in by hand; the app's header and buttons stay off the paper.
 */
export function FieldSheetPrint({ filter, backPath }: FieldSheetPrintProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const checks = useFieldChecks({ ...filter, status: 'TO_VISIT', page: 0, size: limits.printRows });
  const members = usePrintedMembers(
    useMemo(() => checks.data?.content.map((check) => check.changeRequestId) ?? [], [checks.data]),
  );
  const printedOn = formatLongDate(today());

  const toolbar = (
    <Flex className="field-sheet-no-print" gap="middle" justify="space-between" align="center" wrap>
      <Link to={backPath}>{t('print.back')}</Link>
      <Button
        type="primary"
        size="large"
        icon={<PrinterOutlined />}
        disabled={!checks.data?.content.length}
        onClick={() => window.print()}
      >
        {t('print.print')}
      </Button>
    </Flex>
  );

  if (!checks.data) {
    return (
      <Flex vertical gap="middle">
        {toolbar}
        {checks.isError ? (
          <ProblemAlert
            error={checks.error}
            action={
              <Button onClick={() => void checks.refetch()}>{tCommon('action.retry')}</Button>
            }
          />
        ) : (
          <Spin description={tCommon('state.loading')} />
        )}
      </Flex>
    );
  }
  const { content, totalElements } = checks.data;
  const groups = groupByRt(content);

  return (
    <article className="field-sheet">
      {toolbar}
      <div className="field-sheet-no-print">
        <Typography.Title level={1} style={{ margin: '16px 0 4px' }}>
          {t('print.title')}
        </Typography.Title>
        <Typography.Text type="secondary">
          {t('print.households', { count: totalElements })}
        </Typography.Text>
        {totalElements > content.length && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            title={t('print.truncated', { shown: content.length, total: totalElements })}
          />
        )}
      </div>
      {groups.length === 0 ? (
        <p>{t('print.empty')}</p>
      ) : (
        groups.map((group) => (
          <RtSheet
            key={group.key}
            group={group}
            printedOn={printedOn}
            members={members.data ?? {}}
          />
        ))
      )}
    </article>
  );
}
