import { Button, Flex, Grid, Pagination } from 'antd';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { usePaging } from '@/lib/paging';

import { useFieldChecks } from '../api/get-field-checks';
import { worklistPageSize } from '../field-work-rules';
import type { WorklistFilter } from '../types';
import { FieldCheckCards } from './field-check-cards';
import { FieldCheckTable } from './field-check-table';
import { WorklistActions } from './worklist-actions';
import { WorklistFilters } from './worklist-filters';

interface WorklistProps {
  filter: WorklistFilter;
  /** From 0. */
  page: number;
  onFilterChange: (filter: WorklistFilter) => void;
  onPageChange: (page: number) => void;
  /** The visit's page of an open check; none for those who follow the work without visiting. */
  visitPath?: (taskId: string) => string;
  /** The printable sheets per RT for a filter. */
  printPath: (filter: WorklistFilter) => string;
  /** Where a filled sheet is brought back; none for those who bring none back. */
  importPath?: string;
  /** Whether the workbook to take out is offered. */
  downloadsSheet: boolean;
  /** Whether the list is one village's: only then is there a dusun to filter by. */
  oneVillage: boolean;
}

/**
 * A village's households to visit in walking order (RW, RT, address), narrowed by the visit's
 * status, RW, RT and dusun: a table, or cards on a phone (under 576 px).
 */
export function Worklist({
  filter,
  page,
  onFilterChange,
  onPageChange,
  visitPath,
  printPath,
  importPath,
  downloadsSheet,
  oneVillage,
}: WorklistProps) {
  const { t } = useTranslation('field-work');
  const { t: tCommon } = useTranslation();
  const screens = Grid.useBreakpoint();
  const paging = usePaging({ size: worklistPageSize, page, onPageChange });
  const checks = useFieldChecks({ ...filter, page: paging.page, size: paging.size });
  const rows = checks.data?.content;
  const narrowed =
    Boolean(filter.rw || filter.rt || filter.dusun) ||
    filter.round !== undefined ||
    (filter.status !== undefined && filter.status !== 'TO_VISIT');
  const emptyText = t(
    narrowed
      ? 'worklist.emptyFiltered'
      : filter.status === 'TO_VISIT'
        ? 'worklist.nothingToVisit'
        : 'worklist.empty',
  );
  const pagination = paging.pagination(checks.data, {
    total: (count) => t('worklist.total', { count }),
  });
  const firstNumber = paging.page * paging.size + 1;

  return (
    <Flex vertical gap="middle">
      <WorklistActions
        filter={filter}
        printPath={printPath}
        importPath={importPath}
        downloadsSheet={downloadsSheet}
      />
      <WorklistFilters
        filter={filter}
        rows={rows ?? []}
        oneVillage={oneVillage}
        onChange={onFilterChange}
      />
      {checks.isError && (
        <ProblemAlert
          error={checks.error}
          action={<Button onClick={() => void checks.refetch()}>{tCommon('action.retry')}</Button>}
        />
      )}
      {screens.sm ? (
        <FieldCheckTable
          rows={rows}
          loading={checks.isFetching}
          firstNumber={firstNumber}
          pagination={pagination}
          emptyText={emptyText}
          visitPath={visitPath}
        />
      ) : (
        <>
          <FieldCheckCards
            rows={rows}
            loading={checks.isFetching}
            firstNumber={firstNumber}
            emptyText={emptyText}
            visitPath={visitPath}
          />
          {Boolean(checks.data?.totalElements) && <Pagination simple {...pagination} />}
        </>
      )}
    </Flex>
  );
}
