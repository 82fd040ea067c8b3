import { useTranslation } from 'react-i18next';

import { useRegionChildren } from '@/lib/region-children';

import { regionLevels, type RegionLevel } from '../types';
import { regionSelectId, villageErrorId } from './field-ids';

interface VillageChooserProps {
  /** The regions chosen from the province down, as far as the resident has come: `['61', '61.12']`. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** What is wrong with the village chosen (or with none being chosen), shown below the village. */
  error?: string;
  /** Whose village it is; by default the resident's household's, where it is registered. */
  legend?: string;
}

/**
 * Province, district, kecamatan and village as four plain selects, each narrowing the next: a phone shows its own
 * list to scroll through, which a thumb handles better than a search box, and no component library has to arrive over
 * a slow link first. Changing a level clears those below it.
 */
export function VillageChooser({ chosen, onChange, error, legend }: VillageChooserProps) {
  const { t } = useTranslation('resident');
  return (
    <fieldset className="resident-fieldset">
      <legend>{legend ?? t('form.villageLegend')}</legend>
      {regionLevels.map((level, index) => (
        <RegionSelect
          key={level}
          level={level}
          parent={index === 0 ? null : chosen[index - 1]}
          value={chosen[index] ?? ''}
          // Every level still to choose points at the message, whichever of them the resident is on.
          error={error !== undefined && (chosen[index] === undefined || index === 3)}
          onChange={(code) =>
            onChange(code ? [...chosen.slice(0, index), code] : chosen.slice(0, index))
          }
        />
      ))}
      {error && (
        <p className="vv-field-error" id={villageErrorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface RegionSelectProps {
  level: RegionLevel;
  /** Null for the provinces; undefined while the level above is not chosen. */
  parent: string | null | undefined;
  value: string;
  error: boolean;
  onChange: (code: string) => void;
}

function RegionSelect({ level, parent, value, error, onChange }: RegionSelectProps) {
  const { t } = useTranslation('resident');
  const { t: tCommon } = useTranslation();
  const children = useRegionChildren(parent);
  const id = regionSelectId(level);
  const loading = children.isPending && parent !== undefined;
  return (
    <div className="vv-field">
      <label htmlFor={id}>{tCommon(`region.level.${level}`)}</label>
      <select
        id={id}
        name={level}
        value={value}
        disabled={parent === undefined || loading}
        aria-invalid={error}
        aria-describedby={error ? villageErrorId : undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{loading ? t('form.loadingRegions') : t(`form.choose.${level}`)}</option>
        {children.data?.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
      {children.isError && (
        <div className="resident-inline-error" role="alert">
          <p className="vv-field-error">{t('form.regionsFailed')}</p>
          <button
            type="button"
            className="resident-secondary"
            onClick={() => void children.refetch()}
          >
            {tCommon('action.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
