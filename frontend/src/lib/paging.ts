import type { PaginationProps } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';

import type { Page } from './api-client';

/** Which page of a server's list a table shows, and how it moves to another. */
export interface Paging {
  /** From 0, as the server counts. */
  page: number;
  size: number;
  setPage: (page: number) => void;
  /**
   * antd's pagination for the page the server sent (a Table's `pagination`, or a `<Pagination>`'s
   * props): `total` says how many there are in all (`list.total` and the like).
   */
  pagination: (
    found: Pick<Page<unknown>, 'totalElements'> | undefined,
    options: { total: (count: number) => ReactNode; hideOnSinglePage?: boolean },
  ) => PaginationProps;
}

export type PagingOptions = { size: number } & (
  | {
      /** The page the caller keeps (in the address, say), from 0; it goes back to 0 itself. */
      page: number;
      onPageChange: (page: number) => void;
      filter?: undefined;
    }
  | {
      page?: undefined;
      onPageChange?: undefined;
      /** What the list is filtered by: when it changes, the table's own page is the first again. */
      filter?: unknown;
    }
);

/**
 * The page of a paged table: the caller's (`page`, `onPageChange`), or the table's own, which
 * starts at the first page and goes back to it whenever `filter` changes.
 */
export function usePaging(options: PagingOptions): Paging {
  const { size } = options;
  const filterKey = JSON.stringify(options.filter ?? null);
  const [own, setOwn] = useState({ filterKey, page: 0 });

  const page = options.page ?? (own.filterKey === filterKey ? own.page : 0);
  const setPage = options.onPageChange ?? ((next: number) => setOwn({ filterKey, page: next }));

  return {
    page,
    size,
    setPage,
    pagination: (found, { total, hideOnSinglePage }) => ({
      current: page + 1,
      pageSize: size,
      total: found?.totalElements ?? 0,
      showSizeChanger: false,
      ...(hideOnSinglePage && { hideOnSinglePage }),
      showTotal: total,
      onChange: (current) => setPage(current - 1),
    }),
  };
}
