import type { CSSProperties } from 'react';

/** Hides a text from the eye but not from a screen reader: a label the layout has no room to show. */
export const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
