import { useSearchParams } from 'react-router';

import { FieldSheetPrint } from '@/features/field-work/components/field-sheet-print';

import { paths } from '../paths';

/**
 * The field sheet to print, a page per RT, of the households still to visit:
 * `?region=&round=&rw=&rt=&dusun=` as the worklist was narrowed.
 */
export function FieldSheetPrintRoute() {
  const [params] = useSearchParams();
  const value = (name: string) => params.get(name)?.trim() || undefined;
  const round = Number(params.get('round'));
  const filter = {
    region: value('region'),
    round: Number.isSafeInteger(round) && round > 0 ? round : undefined,
    rw: value('rw'),
    rt: value('rt'),
    dusun: value('dusun'),
  };
  return (
    <FieldSheetPrint
      filter={filter}
      backPath={paths.fieldChecks({ ...filter, round: filter.round?.toString() })}
    />
  );
}
