import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { VillageProgress } from '../components/village-progress';
import { villages } from '../fixtures';

describe('village progress', () => {
  it('puts the villages behind first and marked, and opens a village’s worklist', async () => {
    let asked: URLSearchParams | undefined;
    server.use(
      http.get('/api/field-checks/progress', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json(villages);
      }),
    );
    const onSelectVillage = vi.fn();
    const { user } = renderWithProviders(
      <VillageProgress round={5} onSelectVillage={onSelectVillage} />,
    );

    const behind = await screen.findByRole('button', {
      name: 'Lihat daftar kunjungan Sungai Ambangah',
    });
    expect(asked?.get('round')).toBe('5');
    const [first, second] = screen.getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(first).toHaveClass('field-work-behind');
    expect(first).toHaveTextContent(/^Sungai Ambangah142303.*Tertinggal$/);
    expect(second).not.toHaveClass('field-work-behind');
    expect(within(second).getByText('Sesuai jadwal')).toBeInTheDocument();

    await user.click(behind);
    expect(onSelectVillage).toHaveBeenCalledWith('61.12.04.2002');
  });
});
