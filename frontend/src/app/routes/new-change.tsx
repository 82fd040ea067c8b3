import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';

import { ChangeRequestForm } from '@/features/change-request/components/change-request-form';
import { existingHouseholdTypes, type ChangeType } from '@/features/change-request/types';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

function isExistingHouseholdType(value: string | null): value is ChangeType {
  return (existingHouseholdTypes as readonly string[]).includes(value ?? '');
}

/** A change for a household on the registry; `?type=` chooses the type first. */
export function NewChangeRoute() {
  const { t } = useTranslation('change');
  const { id } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const householdId = Number(id);
  const type = params.get('type');

  if (!Number.isSafeInteger(householdId) || householdId <= 0) {
    return <NotFoundRoute />;
  }
  const household = paths.household(householdId);
  const back = () => void (location.key === 'default' ? navigate(household) : navigate(-1));
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('form.titleChange')}
      </Typography.Title>
      <ChangeRequestForm
        key={householdId}
        householdId={householdId}
        initialType={isExistingHouseholdType(type) ? type : undefined}
        onProposed={() => void navigate(household)}
        onCancel={back}
      />
    </Flex>
  );
}
