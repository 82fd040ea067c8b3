import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { queryKeys } from '@/lib/query-keys';
import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';

import { IntakeSection } from '../components/intake-section';
import { intakeItem, intakePage, waitingObjection, waitingProposal } from '../fixtures';
import type { IntakeItem } from '../types';

const dayMs = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * dayMs).toISOString();

const lateProposal: IntakeItem = {
  ...intakeItem(waitingProposal),
  dueDate: inDays(-2),
  overdue: true,
  escalated: true,
  followUpOpen: true,
};
const objection: IntakeItem = {
  ...intakeItem(waitingObjection),
  dueDate: inDays(5),
  lapsesAt: '2030-12-21T12:00:00Z',
};

/** Answers the section's list with `items`, and keeps each query string it was asked with. */
function submissions(items: IntakeItem[]) {
  const searches: string[] = [];
  server.use(
    http.get('/api/intake', ({ request }) => {
      searches.push(new URL(request.url).search);
      return HttpResponse.json(intakePage(items));
    }),
  );
  return searches;
}

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

const detailsPath = (code: string) => `/intake/${code}`;

const rowOf = async (text: string) => (await screen.findByText(text)).closest('tr') as HTMLElement;

describe("the inbox's section of residents' submissions", () => {
  it('lists what waits on a village operator, each row opening its submission', async () => {
    viewport(1280);
    const searches = submissions([lateProposal, objection]);

    renderWithProviders(<IntakeSection role="VILLAGE_OPERATOR" detailsPath={detailsPath} />);

    expect(
      await screen.findByRole('heading', { name: 'Usulan & sanggah warga', level: 2 }),
    ).toBeInTheDocument();
    const late = await rowOf('Siti Aminah');
    expect(within(late).getByRole('link', { name: 'USL-7K3M-9QX2' })).toHaveAttribute(
      'href',
      '/intake/USL-7K3M-9QX2',
    );
    expect(within(late).getByText('Usulan')).toBeInTheDocument();
    expect(within(late).getByText('Parit Baru')).toBeInTheDocument();
    expect(within(late).getByText(/Terlambat/)).toHaveClass('ant-tag-red');
    expect(within(late).getByText('Diteruskan ke camat')).toBeInTheDocument();

    const objected = await rowOf('Budi Santoso');
    expect(within(objected).getByText('Sanggahan')).toBeInTheDocument();
    expect(within(objected).getByRole('link', { name: 'SGH-4D2F-8KHT' })).toHaveAttribute(
      'href',
      '/intake/SGH-4D2F-8KHT',
    );
    // The lapse date, in the user's language.
    expect(within(objected).getByText(/21 Des 2030/)).toBeInTheDocument();
    expect(within(objected).queryByText('Diteruskan ke camat')).not.toBeInTheDocument();
    expect(searches).toEqual(['?open=true&page=0&size=20']);
  });

  it("shows a Camat's phone the overdue ones on cards, to follow up", async () => {
    viewport(360);
    submissions([lateProposal]);

    renderWithProviders(<IntakeSection role="SUBDISTRICT_HEAD" detailsPath={detailsPath} />);

    expect(
      await screen.findByText(/belum diputuskan desa sampai batas waktunya/),
    ).toBeInTheDocument();
    const card = screen.getByRole('listitem');
    expect(within(card).getByRole('link', { name: 'USL-7K3M-9QX2' })).toHaveAttribute(
      'href',
      '/intake/USL-7K3M-9QX2',
    );
    expect(within(card).getByText('Siti Aminah')).toBeInTheDocument();
    expect(within(card).getByText(/Terlambat/)).toHaveClass('ant-tag-red');
    expect(within(card).getByText('Diteruskan ke camat')).toBeInTheDocument();
  });

  it('shows nothing, not even its heading, when nothing waits', async () => {
    const searches = submissions([]);

    const { queryClient } = renderWithProviders(
      <IntakeSection role="VILLAGE_OPERATOR" detailsPath={detailsPath} />,
    );

    await waitFor(() =>
      expect(
        queryClient.getQueryState(queryKeys.intake.page({ open: true, page: 0, size: 20 }))?.status,
      ).toBe('success'),
    );
    expect(searches).toEqual(['?open=true&page=0&size=20']);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('asks nothing for the officials who receive no submissions', () => {
    const searches = submissions([lateProposal]);

    const { queryClient } = renderWithProviders(
      <IntakeSection role="VILLAGE_HEAD" detailsPath={detailsPath} />,
    );

    expect(
      queryClient.getQueryState(queryKeys.intake.page({ open: true, page: 0, size: 20 }))
        ?.fetchStatus,
    ).toBe('idle');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(searches).toEqual([]);
  });
});
