import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

import i18n from '@/lib/i18n';
import '@/lib/i18n-screens';

import { clearCookies } from './http';
import { server } from './server';
import { mediaQueryList } from './match-media';

// antd measures and adapts with browser APIs that jsdom lacks.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub;

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => mediaQueryList(query),
});

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  clearCookies();
  await i18n.changeLanguage('id');
  localStorage.clear();
  sessionStorage.clear();
});

afterAll(() => server.close());
