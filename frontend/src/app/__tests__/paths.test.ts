import { describe, expect, it } from 'vitest';

import { afterSignIn, pageIndex, paths } from '../paths';

describe('after sign-in', () => {
  it('returns to the screen the user asked for', () => {
    expect(afterSignIn('/households?q=siti')).toEqual({
      path: '/households?q=siti',
      external: false,
    });
  });

  it("hands the server's own pages, such as Cockpit, to the browser", () => {
    expect(afterSignIn('/camunda/app/cockpit/')).toEqual({
      path: '/camunda/app/cockpit/',
      external: true,
    });
  });

  it('never sends the user to another site or back to the sign-in page', () => {
    for (const next of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/login',
    ]) {
      expect(afterSignIn(next)).toEqual({ path: '/households', external: false });
    }
  });
});

describe('page index', () => {
  it('counts pages from 1 in the address and from 0 for the API', () => {
    expect(pageIndex(new URLSearchParams('page=3'))).toBe(2);
    expect(pageIndex(new URLSearchParams(''))).toBe(0);
  });

  it('falls back to the first page for anything that is not a page number', () => {
    expect(pageIndex(new URLSearchParams('page=abc'))).toBe(0);
    expect(pageIndex(new URLSearchParams('page=-4'))).toBe(0);
    expect(pageIndex(new URLSearchParams('page=0'))).toBe(0);
  });
});

describe('supervision rounds', () => {
  it('opens the rounds view, with the round chosen when one is named', () => {
    expect(paths.supervisionRounds()).toBe('/supervision?view=rounds');
    expect(paths.supervisionRounds(7)).toBe('/supervision?view=rounds&round=7');
  });
});
