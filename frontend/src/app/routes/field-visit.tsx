import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';

import { useMe } from '@/features/auth/api/get-me';
import { FieldVisit } from '@/features/field-work/components/field-visit';
import { visitsHouseholds } from '@/features/field-work/field-work-rules';
import { visitStateOf } from '@/features/field-work/visit-state';

import { paths } from '../paths';
import { NotFoundRoute } from './not-found';

/**
 * One household's visit, opened from the worklist (whose row and filters come along in the
 * router's state) or by its address after a reload; once saved, back to the worklist as it was.
 */
export function FieldVisitRoute() {
  const { t } = useTranslation('field-work');
  const { taskId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();

  if (!taskId) {
    return <NotFoundRoute />;
  }
  if (!me.data) {
    return null;
  }
  if (!visitsHouseholds(me.data.role)) {
    return <Alert type="info" showIcon title={t('visit.notOperator')} />;
  }
  const { fieldCheck, from } = visitStateOf(location.state, taskId);
  const listPath = from ?? paths.fieldChecks();
  return (
    <FieldVisit
      key={taskId}
      taskId={taskId}
      check={fieldCheck}
      listPath={listPath}
      onVisited={() => void navigate(listPath, { replace: true })}
    />
  );
}
