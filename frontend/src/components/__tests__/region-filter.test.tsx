import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { RegionFilter } from '../region-filter';

const kecamatan = [
  { code: '61.12.01', name: 'Sungai Raya', level: 'SUBDISTRICT', parentCode: '61.12' },
  { code: '61.12.04', name: 'Terentang', level: 'SUBDISTRICT', parentCode: '61.12' },
];
const villages: Record<string, { code: string; name: string }[]> = {
  '61.12.01': [{ code: '61.12.01.2001', name: 'Sungai Ambangah' }],
  '61.12.04': [
    { code: '61.12.04.2002', name: 'Teluk Empening' },
    { code: '61.12.04.2003', name: 'Terentang Hilir' },
  ],
};

/** Answers the region list and keeps which parents were asked for. */
function regions() {
  const asked: (string | null)[] = [];
  server.use(
    http.get('/api/regions', ({ request }) => {
      const parent = new URL(request.url).searchParams.get('parent');
      asked.push(parent);
      return HttpResponse.json(parent === '61.12' ? kecamatan : (villages[parent ?? ''] ?? []));
    }),
  );
  return asked;
}

function renderFilter(value?: string, home: string | null = '61.12') {
  const onChange = vi.fn();
  const rendered = renderWithProviders(
    <RegionFilter home={home} value={value} onChange={onChange} />,
  );
  return { ...rendered, onChange };
}

describe('region filter', () => {
  it('offers the villages only once a kecamatan is chosen', async () => {
    const asked = regions();
    const { user, onChange } = renderFilter();

    expect(screen.getByRole('combobox', { name: 'Desa/kelurahan' })).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Kecamatan' }));
    await user.click(await screen.findByTitle('Terentang'));

    expect(onChange).toHaveBeenCalledWith('61.12.04');
    expect(asked).toEqual(['61.12']);
  });

  it("lists only the chosen kecamatan's villages and picks one of them", async () => {
    const asked = regions();
    const { user, onChange } = renderFilter('61.12.04');

    await user.click(screen.getByRole('combobox', { name: 'Desa/kelurahan' }));

    expect(await screen.findByTitle('Terentang Hilir')).toBeInTheDocument();
    expect(screen.queryByTitle('Sungai Ambangah')).not.toBeInTheDocument();
    await user.click(screen.getByTitle('Teluk Empening'));
    expect(onChange).toHaveBeenCalledWith('61.12.04.2002');
    expect(asked).toContain('61.12.04');
    expect(asked).not.toContain('61.12.01');
  });

  it('goes back to the whole kecamatan when its village is cleared', async () => {
    regions();
    const { user, onChange } = renderFilter('61.12.04.2002');

    expect(await screen.findByText('Teluk Empening')).toBeInTheDocument();
    const clear = document.querySelectorAll('.ant-select-clear');
    await user.click(clear[clear.length - 1] as Element);

    expect(onChange).toHaveBeenCalledWith('61.12.04');
  });

  it('has nothing to pick for a village', () => {
    renderFilter(undefined, '61.12.04.2002');

    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
