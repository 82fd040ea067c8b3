import { Flex, Grid, Segmented, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { registryNumber } from '../field-work-rules';
import type { FieldCheck, FieldCheckState, WorklistFilter } from '../types';

/** The states a worklist is narrowed to; a cancelled check only shows in the sheet's history. */
const statuses = ['TO_VISIT', 'VISITED', 'DECIDED'] as const satisfies readonly FieldCheckState[];

type StatusChoice = (typeof statuses)[number] | 'ALL';

interface WorklistFiltersProps {
  filter: WorklistFilter;
  /** The rows shown: the RWs, RTs and dusun to choose from. */
  rows: readonly FieldCheck[];
  /** Only within one village is there a dusun to filter by. */
  oneVillage: boolean;
  onChange: (filter: WorklistFilter) => void;
}

/** The visit's status, then RW, RT and dusun as the rows name them (or as typed), and the round. */
export function WorklistFilters({ filter, rows, oneVillage, onChange }: WorklistFiltersProps) {
  const { t } = useTranslation('field-work');
  const screens = Grid.useBreakpoint();
  const change = (next: Partial<WorklistFilter>) => onChange({ ...filter, ...next });
  const values = (pick: (row: FieldCheck) => string | undefined) =>
    rows.map(pick).filter((value): value is string => Boolean(value));
  // On a phone the four choices stack, each a full-width target, rather than run off the screen.
  const narrow = !screens.sm;

  return (
    <Flex vertical gap="small">
      <Segmented<StatusChoice>
        aria-label={t('worklist.status')}
        value={filter.status === 'CANCELLED' ? 'ALL' : (filter.status ?? 'ALL')}
        orientation={narrow ? 'vertical' : 'horizontal'}
        block={narrow}
        options={[
          ...statuses.map((value) => ({ value, label: t(`state.${value}`) })),
          { value: 'ALL' as const, label: t('worklist.all') },
        ]}
        onChange={(value) => change({ status: value === 'ALL' ? undefined : value })}
        style={{ alignSelf: narrow ? 'stretch' : 'flex-start' }}
      />
      <Flex gap="small" wrap align="center">
        <RowValueSelect
          label={t('worklist.rw')}
          placeholder={t('worklist.anyRw')}
          value={filter.rw}
          values={values((row) => row.rw)}
          normalize={registryNumber}
          onChange={(rw) => change({ rw })}
        />
        <RowValueSelect
          label={t('worklist.rt')}
          placeholder={t('worklist.anyRt')}
          value={filter.rt}
          values={values((row) => row.rt)}
          normalize={registryNumber}
          onChange={(rt) => change({ rt })}
        />
        {oneVillage && (
          <RowValueSelect
            label={t('worklist.dusun')}
            placeholder={t('worklist.anyDusun')}
            value={filter.dusun}
            values={values((row) => row.dusun)}
            normalize={(text) => text.trim() || undefined}
            onChange={(dusun) => change({ dusun })}
            wide
          />
        )}
        {filter.round !== undefined && (
          <Tag
            closable={{ 'aria-label': t('worklist.clearRound') }}
            onClose={() => change({ round: undefined })}
          >
            {t('worklist.round', { id: filter.round })}
          </Tag>
        )}
      </Flex>
    </Flex>
  );
}

interface RowValueSelectProps {
  label: string;
  placeholder: string;
  value?: string;
  /** As the rows shown write them. */
  values: string[];
  /** What is typed, as the server matches it; undefined when it cannot be one. */
  normalize: (text: string) => string | undefined;
  onChange: (value: string | undefined) => void;
  wide?: boolean;
}

/**
 * A choice among the values the rows shown have; one that no row on this page has may be typed
 * (`2` for RW 002), so that a later page's RW is not out of reach.
 */
function RowValueSelect({
  label,
  placeholder,
  value,
  values,
  normalize,
  onChange,
  wide = false,
}: RowValueSelectProps) {
  const [search, setSearch] = useState('');
  const typed = normalize(search);
  const options = [...new Set([...values, value, typed])]
    .filter((option): option is string => Boolean(option))
    .sort((a, b) => a.localeCompare(b))
    .map((option) => ({ value: option, label: option }));
  return (
    <Select<string>
      aria-label={label}
      placeholder={placeholder}
      value={value}
      allowClear
      showSearch={{ onSearch: setSearch, optionFilterProp: 'label' }}
      options={options}
      onChange={(next) => {
        setSearch('');
        onChange(next ?? undefined);
      }}
      style={{ minWidth: wide ? 180 : 120, minHeight: 44 }}
      size="large"
    />
  );
}
