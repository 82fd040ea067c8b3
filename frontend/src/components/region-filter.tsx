import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

import { regionsBelow } from '@/lib/region-code';
import { useRegionChildren } from '@/lib/region-children';

/** Region codes add a segment per level: province, district, kecamatan, village. */
const levels = ['province', 'district', 'subdistrict', 'village'] as const;
type Level = (typeof levels)[number];

interface RegionFilterProps {
  /** The user's own region; null for the whole country. */
  home: string | null;
  /** The region chosen, at any level under `home`; undefined for all of `home`. */
  value?: string;
  onChange: (region: string | undefined) => void;
}

/**
 * Pickers for the levels under the user's region that narrow as one chooses: a district's user
 * picks a kecamatan, then one of its villages. Changing a level clears the ones below it. Nothing
 * to pick for a village's user.
 */
export function RegionFilter({ home, value, onChange }: RegionFilterProps) {
  const homeDepth = home ? home.split('.').length : 0;
  const chosen = value ? regionsBelow(value, home) : [];
  return levels.slice(homeDepth).map((level, index) => {
    const parent = index === 0 ? home : chosen[index - 1];
    return (
      <RegionPicker
        key={level}
        level={level}
        parent={parent}
        value={chosen[index]}
        onChange={(code) => onChange(code ?? (index === 0 ? undefined : chosen[index - 1]))}
      />
    );
  });
}

interface RegionPickerProps {
  level: Level;
  /** Null for the provinces; undefined while the level above is not chosen. */
  parent: string | null | undefined;
  value?: string;
  onChange: (code: string | undefined) => void;
}

function RegionPicker({ level, parent, value, onChange }: RegionPickerProps) {
  const { t } = useTranslation();
  const children = useRegionChildren(parent);
  const label = t(`region.level.${level}`);
  return (
    <Select<string>
      aria-label={label}
      placeholder={t(`region.all.${level}`)}
      value={value}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      disabled={parent === undefined}
      loading={children.isFetching}
      style={{ minWidth: 200, maxWidth: '100%' }}
      options={children.data?.map((region) => ({ value: region.code, label: region.name }))}
      onChange={(code) => onChange(code ?? undefined)}
    />
  );
}
