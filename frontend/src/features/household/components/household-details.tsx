import { Button, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-client';

import { useHousehold } from '../api/get-household';
import type { Household } from '../types';
import { MemberTable } from './member-table';
import { RecordStatusTag } from './record-status-tag';
import { WelfareDescriptions } from './welfare-descriptions';

interface HouseholdDetailsProps {
  id: number;
  onBack: () => void;
  /** Buttons beside the title, once the household is loaded (the route's, by the user's role). */
  actions?: (household: Household) => ReactNode;
  /** Sections after the members, e.g. the household's change history. */
  children?: ReactNode;
}

/** One household: where it lives, how it lives, who belongs to it. */
export function HouseholdDetails({ id, onBack, actions, children }: HouseholdDetailsProps) {
  const { t } = useTranslation('household');
  const query = useHousehold(id);
  const back = <Button onClick={onBack}>{t('details.backToList')}</Button>;

  if (query.isPending) {
    return <Skeleton active paragraph={{ rows: 8 }} />;
  }
  if (query.isError) {
    return isApiError(query.error, 404) ? (
      <Result
        status="404"
        title={t('details.notFound')}
        subTitle={t('details.notFoundDetail')}
        extra={back}
      />
    ) : (
      <Flex vertical gap="middle" align="start">
        <ProblemAlert error={query.error} />
        {back}
      </Flex>
    );
  }

  const household = query.data;
  return (
    <Flex vertical gap="large">
      <Flex align="center" gap="middle" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('details.title', { kkNumber: household.kkNumber })}
        </Typography.Title>
        <RecordStatusTag status={household.status} removalReason={household.removalReason} />
        {actions?.(household)}
      </Flex>
      <Descriptions
        title={t('details.location')}
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'address', label: t('field.address'), children: household.address },
          { key: 'rtRw', label: t('field.rtRw'), children: `${household.rt}/${household.rw}` },
          { key: 'village', label: t('field.village'), children: household.villageName },
          {
            key: 'subdistrict',
            label: t('field.subdistrict'),
            children: household.subdistrictName,
          },
          { key: 'district', label: t('field.district'), children: household.districtName },
        ]}
      />
      <WelfareDescriptions welfare={household.welfare} />
      <div>
        <Typography.Title level={2}>{t('details.members')}</Typography.Title>
        <MemberTable members={household.members} household={household} />
      </div>
      {children}
      <div>{back}</div>
    </Flex>
  );
}
