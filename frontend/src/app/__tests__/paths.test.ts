import { describe, expect, it } from 'vitest';

import { afterSignIn } from '../paths';

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
