import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { existingHouseholdTypes, type ChangeType } from '../types';

/** "Propose a change" with a menu of the types a household on the registry takes. */
export function ProposeChangeButton({ pathFor }: { pathFor: (type: ChangeType) => string }) {
  const { t } = useTranslation('change');
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: existingHouseholdTypes.map((type) => ({ key: type, label: t(`type.${type}`) })),
        onClick: ({ key }) => void navigate(pathFor(key as ChangeType)),
      }}
    >
      <Button type="primary">
        {t('entry.propose')} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}

/** "New household": the form that proposes one for the operator's village. */
export function NewHouseholdButton({ path }: { path: string }) {
  const { t } = useTranslation('change');
  const navigate = useNavigate();
  return (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate(path)}>
      {t('entry.newHousehold')}
    </Button>
  );
}
