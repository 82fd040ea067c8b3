import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { RegionBreadcrumb } from '@/components/region-breadcrumb';
import { useMe } from '@/features/auth/api/get-me';
import { useSummary } from '@/features/report/api/get-summary';
import { SummaryReport } from '@/features/report/components/summary-report';
import type { SummaryFilter } from '@/features/report/types';

import { paths } from '../paths';

/** The published figures; `?region=&since=&until=` in the address. */
export function ReportsRoute() {
  const { t } = useTranslation('report');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filter: SummaryFilter = {
    region: params.get('region') ?? undefined,
    since: params.get('since') ?? undefined,
    until: params.get('until') ?? undefined,
  };
  const me = useMe();
  const summary = useSummary(filter);

  const show = (next: SummaryFilter) => void navigate(paths.reports(next));

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <RegionBreadcrumb
        code={filter.region}
        name={summary.data?.region.name}
        home={me.data?.regionCode ?? null}
        homeLabel={t('myRegion')}
        pathFor={(region) => paths.reports({ ...filter, region })}
      />
      <SummaryReport
        filter={filter}
        onSelectRegion={(region) => show({ ...filter, region })}
        onPeriodChange={(since, until) => show({ region: filter.region, since, until })}
      />
    </Flex>
  );
}
