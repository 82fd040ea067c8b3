import { setupServer } from 'msw/node';

/** The API as tests describe it: each test adds its handlers with `server.use`. */
export const server = setupServer();
