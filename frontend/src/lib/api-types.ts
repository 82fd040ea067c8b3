import type { components } from './api-schema';

/**
 * The API's schemas, generated from `openapi.json` (`npm run generate`): alias these in a feature's
 * `types.ts` rather than copying them, so that a change on the server breaks the build here.
 */
export type Schemas = components['schemas'];

/**
 * A view as the server sends it. The generated types call every property of a view present, but
 * the server leaves out the ones that are null (Jackson's `non_null`) and the description does not
 * say which may be: name them as `K`, and they become optional.
 */
export type MayOmit<T, K extends keyof T> = {
  [P in keyof T as P extends K ? never : P]: T[P];
} & { [P in K]?: T[P] };

/** Who works where: the levels of the region tree. */
export type RegionLevel = Schemas['RegionView']['level'];

/** What a change request proposes. */
export type ChangeType = Schemas['ProposeChange']['type'];

/** Where a change request stands. */
export type ChangeStatus = Schemas['ChangeRequestDetails']['status'];
