import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

import type { SignInPage } from '../types';

/** What the sign-in page needs before anyone signs in; asking also sets the CSRF cookie. */
export const getSignInPage = () => api.get<SignInPage>('/api/auth/csrf');

export const signInPageQuery = () =>
  queryOptions({ queryKey: queryKeys.signInPage, queryFn: getSignInPage, staleTime: Infinity });

export const useSignInPage = () => useQuery(signInPageQuery());
