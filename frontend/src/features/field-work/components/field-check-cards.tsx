import { Card, Empty, Flex, List } from 'antd';
import { useTranslation } from 'react-i18next';

import { isOpen } from '../field-work-rules';
import type { FieldCheck } from '../types';
import { HouseholdLines } from './household-lines';
import { StateTag } from './state-tag';
import { VisitFinding } from './visit-finding';
import { VisitLink } from './visit-link';

interface FieldCheckCardsProps {
  rows: FieldCheck[] | undefined;
  loading: boolean;
  /** The walking-order number of the first card on this page. */
  firstNumber: number;
  emptyText: string;
  visitPath?: (taskId: string) => string;
}

/**
 * The worklist on a phone: a card per household in walking order, its head's name first and
 * "Kunjungi" across the card's width.
 */
export function FieldCheckCards({
  rows,
  loading,
  firstNumber,
  emptyText,
  visitPath,
}: FieldCheckCardsProps) {
  const { t } = useTranslation('field-work');
  return (
    <List<FieldCheck>
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      renderItem={(check, index) => (
        <List.Item key={check.taskId}>
          <Card
            size="small"
            style={{ width: '100%' }}
            title={
              <span style={{ whiteSpace: 'normal' }}>
                {firstNumber + index}. {check.headName ?? t('worklist.unnamed')}
              </span>
            }
          >
            <Flex vertical gap={6}>
              <HouseholdLines check={check} />
              <Flex gap={4} wrap align="center">
                <StateTag state={check.state} />
                <VisitFinding visit={check.visit} />
              </Flex>
              {visitPath && isOpen(check) && (
                <VisitLink check={check} to={visitPath(check.taskId)} block />
              )}
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}
