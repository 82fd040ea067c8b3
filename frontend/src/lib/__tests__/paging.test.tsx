import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pagination } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import type { Page } from '../api-client';
import { usePaging, type PagingOptions } from '../paging';

const found: Page<string> = {
  content: ['a'],
  page: 0,
  size: 20,
  totalElements: 45,
  totalPages: 3,
};

const total = (count: number) => `${count} baris`;

describe('paging', () => {
  it('starts on the first page and says so to antd, counting from 1', () => {
    const { result } = renderHook(() => usePaging({ size: 20 }));

    expect(result.current.page).toBe(0);
    expect(result.current.size).toBe(20);
    expect(result.current.pagination(found, { total })).toMatchObject({
      current: 1,
      pageSize: 20,
      total: 45,
      showSizeChanger: false,
    });
  });

  it('moves to the page antd asks for, counting from 0 for the server', () => {
    const { result } = renderHook(() => usePaging({ size: 20 }));

    act(() => result.current.pagination(found, { total }).onChange?.(3, 20));

    expect(result.current.page).toBe(2);
    expect(result.current.pagination(found, { total }).current).toBe(3);
  });

  it('goes back to the first page when the filter changes, not when it is asked again', () => {
    const { result, rerender } = renderHook((options: PagingOptions) => usePaging(options), {
      initialProps: { size: 20, filter: { user: 'operator.desa' } },
    });
    act(() => result.current.setPage(2));

    rerender({ size: 20, filter: { user: 'operator.desa' } });
    expect(result.current.page).toBe(2);

    rerender({ size: 20, filter: { user: 'kades' } });
    expect(result.current.page).toBe(0);

    act(() => result.current.setPage(1));
    expect(result.current.page).toBe(1);
  });

  it('leaves the page to a caller who keeps it', () => {
    const onPageChange = vi.fn();
    const { result } = renderHook(() => usePaging({ size: 10, page: 4, onPageChange }));

    expect(result.current.page).toBe(4);
    const pagination = result.current.pagination(found, { total });
    expect(pagination.current).toBe(5);

    act(() => pagination.onChange?.(2, 10));

    expect(onPageChange).toHaveBeenCalledWith(1);
    expect(result.current.page).toBe(4);
  });

  it('counts nothing until the server has answered, and hides a single page only when asked', () => {
    const { result } = renderHook(() => usePaging({ size: 10 }));

    const waiting = result.current.pagination(undefined, { total });
    expect(waiting.total).toBe(0);
    expect(waiting).not.toHaveProperty('hideOnSinglePage');
    expect(result.current.pagination(found, { total, hideOnSinglePage: true })).toMatchObject({
      hideOnSinglePage: true,
    });
  });

  it('pages through antd’s pagination and shows the total in the list’s own words', async () => {
    function Pager({ filter }: { filter: string }) {
      const paging = usePaging({ size: 10, filter });
      return (
        <>
          <output>{`halaman ${paging.page}`}</output>
          <Pagination {...paging.pagination({ totalElements: 35 }, { total })} />
        </>
      );
    }
    const user = userEvent.setup();
    const { rerender } = render(<Pager filter="semua" />);

    expect(screen.getByText('35 baris')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: '4' })).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: '5' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('listitem', { name: '3' }));
    expect(screen.getByRole('status')).toHaveTextContent('halaman 2');

    rerender(<Pager filter="desa" />);
    expect(screen.getByRole('status')).toHaveTextContent('halaman 0');
  });
});
