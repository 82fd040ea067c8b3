import { Breadcrumb } from 'antd';
import { Link } from 'react-router';

import { regionsBelow } from '@/lib/region-code';

interface RegionBreadcrumbProps {
  /** The region shown; absent for the user's own. */
  code?: string;
  /** The shown region's name, once known. */
  name?: string;
  /** The user's own region; null for the whole country. */
  home: string | null;
  homeLabel: string;
  /** Where a region is shown; undefined is the user's own. */
  pathFor: (code?: string) => string;
  /** The regions' names by code, for the steps between; a step without one shows its code. */
  names?: ReadonlyMap<string, string>;
}

/** The way back up from a region to the user's own, each step a link. */
export function RegionBreadcrumb({
  code,
  name,
  home,
  homeLabel,
  pathFor,
  names,
}: RegionBreadcrumbProps) {
  const below = code ? regionsBelow(code, home) : [];
  const items = [undefined, ...below].map((step, index) => {
    const last = index === below.length;
    const label = step === undefined ? homeLabel : last && name ? name : (names?.get(step) ?? step);
    return { key: step ?? 'home', title: last ? label : <Link to={pathFor(step)}>{label}</Link> };
  });
  return <Breadcrumb items={items} />;
}
