import { Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';

import type { SheetProblem } from '../types';

interface SheetProblemsProps {
  problems: SheetProblem[];
  filename: string;
}

/** Every bad cell of a refused sheet, by sheet, line and column, to correct in one go. */
export function SheetProblems({ problems, filename }: SheetProblemsProps) {
  const { t } = useTranslation('field-work');
  const columns: TableColumnsType<SheetProblem> = [
    { key: 'sheet', title: t('import.sheet'), render: (_, problem) => problem.sheet ?? '' },
    {
      key: 'line',
      title: t('import.line'),
      align: 'right',
      render: (_, problem) => problem.line ?? t('import.wholeFile'),
    },
    {
      key: 'column',
      title: t('import.column'),
      render: (_, problem) =>
        problem.column ? (
          <>
            <strong>{problem.column}</strong>
            {problem.header && ` · ${problem.header}`}
          </>
        ) : problem.line ? (
          t('import.wholeRow')
        ) : (
          ''
        ),
    },
    { key: 'message', title: t('import.message'), render: (_, problem) => problem.message },
  ];
  return (
    <Flex vertical gap="small">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('import.problems', { count: problems.length, name: filename })}
      </Typography.Title>
      <Typography.Text>{t('import.problemsIntro')}</Typography.Text>
      <Table<SheetProblem>
        rowKey={(problem) =>
          [problem.sheet, problem.line, problem.column, problem.message].join('|')
        }
        size="small"
        columns={columns}
        dataSource={problems}
        scroll={{ x: 'max-content' }}
        pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      />
    </Flex>
  );
}
