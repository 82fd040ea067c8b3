import type { StatusQuery } from './types';

/** The form's fields, named as the server names them in its field errors. */
export type QueryField = keyof StatusQuery;

export const queryFields: readonly QueryField[] = ['villageCode', 'nik', 'name'];

export const isQueryField = (field: string): field is QueryField =>
  (queryFields as readonly string[]).includes(field);

/** As the server allows (`PublicStatusQuery.name`). */
export const nameMaxLength = 100;

/** What the resident typed, before it is tidied up to send. */
export interface QueryInput {
  /** The village chosen; empty until one is. */
  villageCode: string;
  nik: string;
  name: string;
}

/** The rule a field breaks, as `form.<rule>` in the `resident` words. */
export type QueryRule = 'villageRequired' | 'nikFormat' | 'nameRequired' | 'nameTooLong';

/**
 * The question as the server wants it. A NIK copied off a KTP often comes with the spaces or dots that group its
 * digits: they are dropped, not held against the resident.
 */
export function tidyQuery({ villageCode, nik, name }: QueryInput): StatusQuery {
  return { villageCode, nik: nik.replace(/[\s.-]/g, ''), name: name.trim() };
}

/** The rules the question breaks that need no server, by field; none when it may be sent. */
export function brokenRules(query: StatusQuery): Partial<Record<QueryField, QueryRule>> {
  const broken: Partial<Record<QueryField, QueryRule>> = {};
  if (query.villageCode === '') {
    broken.villageCode = 'villageRequired';
  }
  if (!/^\d{16}$/.test(query.nik)) {
    broken.nik = 'nikFormat';
  }
  if (query.name === '') {
    broken.name = 'nameRequired';
  } else if (query.name.length > nameMaxLength) {
    broken.name = 'nameTooLong';
  }
  return broken;
}
