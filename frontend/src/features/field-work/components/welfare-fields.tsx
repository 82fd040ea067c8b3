import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';

import type { Welfare } from '../types';

type Answer<K extends keyof Welfare> = NonNullable<Welfare[K]>;

/** Each indicator's answers, in the DTKS questionnaire's order (WelfareAttributes.java). */
const houseOwnership: Answer<'houseOwnership'>[] = [
  'OWNED',
  'RENTED',
  'RENT_FREE',
  'OFFICIAL',
  'OTHER',
];
const floorMaterial: Answer<'floorMaterial'>[] = [
  'SOIL',
  'BAMBOO',
  'LOW_QUALITY_WOOD',
  'CEMENT',
  'CERAMIC',
];
const wallMaterial: Answer<'wallMaterial'>[] = [
  'BAMBOO',
  'WOOD',
  'PLASTERED_BRICK',
  'UNPLASTERED_BRICK',
];
const roofMaterial: Answer<'roofMaterial'>[] = ['THATCH', 'ZINC', 'ASBESTOS', 'TILE', 'CONCRETE'];
const drinkingWater: Answer<'drinkingWater'>[] = [
  'BOTTLED',
  'PIPED',
  'PROTECTED_WELL',
  'UNPROTECTED_WELL',
  'RIVER',
  'RAINWATER',
];
const lighting: Answer<'lighting'>[] = ['PLN_METERED', 'PLN_UNMETERED', 'NON_PLN', 'NONE'];
const sanitation: Answer<'sanitation'>[] = ['PRIVATE', 'SHARED', 'PUBLIC', 'NONE'];
const cookingFuel: Answer<'cookingFuel'>[] = ['LPG', 'KEROSENE', 'FIREWOOD', 'ELECTRICITY'];

/** The DTKS questionnaire's house and living conditions, each optional, under `welfare`. */
export function WelfareFields() {
  const { t } = useTranslation('field-work');
  const choices: [keyof Welfare, { value: string; label: string }[]][] = [
    [
      'houseOwnership',
      houseOwnership.map((value) => ({ value, label: t(`welfare.houseOwnership.${value}`) })),
    ],
    [
      'floorMaterial',
      floorMaterial.map((value) => ({ value, label: t(`welfare.floorMaterial.${value}`) })),
    ],
    [
      'wallMaterial',
      wallMaterial.map((value) => ({ value, label: t(`welfare.wallMaterial.${value}`) })),
    ],
    [
      'roofMaterial',
      roofMaterial.map((value) => ({ value, label: t(`welfare.roofMaterial.${value}`) })),
    ],
    [
      'drinkingWater',
      drinkingWater.map((value) => ({ value, label: t(`welfare.drinkingWater.${value}`) })),
    ],
    ['lighting', lighting.map((value) => ({ value, label: t(`welfare.lighting.${value}`) }))],
    ['sanitation', sanitation.map((value) => ({ value, label: t(`welfare.sanitation.${value}`) }))],
    [
      'cookingFuel',
      cookingFuel.map((value) => ({ value, label: t(`welfare.cookingFuel.${value}`) })),
    ],
  ];
  const [ownership, ...materials] = choices;
  const select = ([indicator, options]: (typeof choices)[number]) => (
    <Form.Item
      key={indicator}
      name={['welfare', indicator]}
      label={t(`welfare.${indicator}.label`)}
    >
      <Select allowClear size="large" placeholder={t('visit.choose')} options={options} />
    </Form.Item>
  );
  return (
    <>
      {ownership && select(ownership)}
      <Form.Item name={['welfare', 'floorAreaM2']} label={t('welfare.floorAreaM2.label')}>
        <InputNumber min={1} precision={0} inputMode="numeric" size="large" />
      </Form.Item>
      {materials.map(select)}
      <Form.Item
        name={['welfare', 'monthlyExpenditure']}
        label={t('welfare.monthlyExpenditure.label')}
      >
        <InputNumber min={0} precision={0} inputMode="numeric" size="large" />
      </Form.Item>
    </>
  );
}
