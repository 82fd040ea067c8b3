import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';

import { formatRupiah } from '@/lib/format';

import type { Welfare } from '../types';

/** The DTKS questionnaire's house and living conditions. */
export function WelfareDescriptions({ welfare }: { welfare?: Welfare }) {
  const { t } = useTranslation('household');
  const w = welfare;
  const shown = (text: string | false | null | undefined) => text || t('welfare.notRecorded');
  const items: DescriptionsProps['items'] = [
    {
      key: 'houseOwnership',
      label: t('welfare.houseOwnership.label'),
      children: shown(w?.houseOwnership && t(`welfare.houseOwnership.${w.houseOwnership}`)),
    },
    {
      key: 'floorArea',
      label: t('welfare.floorArea.label'),
      children: shown(
        w?.floorAreaM2 != null && t('welfare.floorArea.value', { value: w.floorAreaM2 }),
      ),
    },
    {
      key: 'floorMaterial',
      label: t('welfare.floorMaterial.label'),
      children: shown(w?.floorMaterial && t(`welfare.floorMaterial.${w.floorMaterial}`)),
    },
    {
      key: 'wallMaterial',
      label: t('welfare.wallMaterial.label'),
      children: shown(w?.wallMaterial && t(`welfare.wallMaterial.${w.wallMaterial}`)),
    },
    {
      key: 'roofMaterial',
      label: t('welfare.roofMaterial.label'),
      children: shown(w?.roofMaterial && t(`welfare.roofMaterial.${w.roofMaterial}`)),
    },
    {
      key: 'drinkingWater',
      label: t('welfare.drinkingWater.label'),
      children: shown(w?.drinkingWater && t(`welfare.drinkingWater.${w.drinkingWater}`)),
    },
    {
      key: 'lighting',
      label: t('welfare.lighting.label'),
      children: shown(w?.lighting && t(`welfare.lighting.${w.lighting}`)),
    },
    {
      key: 'sanitation',
      label: t('welfare.sanitation.label'),
      children: shown(w?.sanitation && t(`welfare.sanitation.${w.sanitation}`)),
    },
    {
      key: 'cookingFuel',
      label: t('welfare.cookingFuel.label'),
      children: shown(w?.cookingFuel && t(`welfare.cookingFuel.${w.cookingFuel}`)),
    },
    {
      key: 'monthlyExpenditure',
      label: t('welfare.monthlyExpenditure.label'),
      children: shown(w?.monthlyExpenditure != null && formatRupiah(w.monthlyExpenditure)),
    },
  ];
  return (
    <Descriptions
      title={t('details.welfare')}
      items={items}
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
    />
  );
}
