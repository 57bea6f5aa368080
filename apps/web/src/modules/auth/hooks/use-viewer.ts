import { useQuery } from '@apollo/client/react';
import type { ViewerQuery } from '../../../generated/graphql';
import { ViewerQuery as ViewerDocument } from '../graphql/auth.operations';

export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** The signed-in person, or null when logged out. `loading` is true only before the first answer. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  return { viewer: data?.viewer ?? null, loading: loading && !data, error, refetch };
}
