import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { RegionBreadcrumb } from '@/components/region-breadcrumb';
import { useMe } from '@/features/auth/api/get-me';
import { useDeadlines } from '@/features/supervision/api/get-deadlines';
import { DeadlinesOverview } from '@/features/supervision/components/deadlines-overview';
import { ProgressTable } from '@/features/supervision/components/progress-table';

import { paths } from '../paths';

/** Deadlines and progress of a region's children; `?region=` in the address, the user's own without it. */
export function SupervisionRoute() {
  const { t } = useTranslation('supervision');
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const me = useMe();
  const deadlines = useDeadlines(region);
  const select = (code: string) => setParams({ region: code });

  return (
    <Flex vertical gap="middle">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <RegionBreadcrumb
        code={region}
        name={deadlines.data?.region?.name}
        home={me.data?.regionCode ?? null}
        homeLabel={t('myRegion')}
        pathFor={paths.supervision}
      />
      <DeadlinesOverview region={region} onSelectRegion={select} />
      <ProgressTable region={region} onSelectRegion={select} />
    </Flex>
  );
}
