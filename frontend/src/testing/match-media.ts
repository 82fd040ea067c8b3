/**
 * jsdom has no layout, so `matchMedia` is faked: the answer a window `width` pixels wide would give (antd's
 * breakpoints ask it); without a width, no query matches.
 */
export function mediaQueryList(query: string, width?: number): MediaQueryList {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+)px/.exec(query);
  const matches =
    width !== undefined && (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
  return {
    matches,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  };
}
