import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mediaQueryList } from '@/testing/match-media';
import { renderWithProviders } from '@/testing/render';

import { MemberTable } from '../components/member-table';
import { household } from '../fixtures';

function viewport(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    mediaQueryList(query, width),
  );
}

describe('member table', () => {
  it('on a phone shows each member as a card with every column', async () => {
    viewport(360);
    renderWithProviders(<MemberTable members={household.members} />);

    const cards = await screen.findAllByRole('listitem');
    expect(cards).toHaveLength(household.members.length);
    // Each card lays its fields out in a small table of its own: no table of all members.
    expect(document.querySelector('.ant-table')).toBeNull();
    const removed = cards.find((card) => within(card).queryByText('Dihapus: Meninggal'));
    expect(removed).toBeDefined();
    expect(within(removed!).getByText('Istri/suami')).toBeInTheDocument();
    expect(within(removed!).getByText('6112046205900002')).toBeInTheDocument();
  });

  it('from a tablet up shows a table', async () => {
    viewport(1024);
    renderWithProviders(<MemberTable members={household.members} />);

    const table = await screen.findByRole('table');
    expect(within(table).getByText('Dihapus: Meninggal')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('shows every member of a household that left the registry as removed with it', async () => {
    viewport(1024);
    renderWithProviders(
      <MemberTable
        members={household.members}
        household={{ status: 'REMOVED', removalReason: 'MOVED' }}
      />,
    );

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    // Those still active on the household's own record, with the household's reason; the member
    // removed before keeps theirs.
    expect(within(table).queryByText('Aktif')).not.toBeInTheDocument();
    expect(within(table).getAllByText('Dihapus: Pindah')).toHaveLength(
      household.members.filter((member) => member.status === 'ACTIVE').length,
    );
    expect(within(table).getByText('Dihapus: Meninggal')).toBeInTheDocument();
    expect(rows).toHaveLength(household.members.length);
  });
});
