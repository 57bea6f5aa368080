import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  ViewerQuery as ViewerDocument,
  LogOutWithProviderMutation,
} from '../graphql/auth.operations';
import type { Viewer } from './use-viewer';

/** After log-in or sign-up: drop anything cached for a previous person, then remember the viewer. */
export function useStartSession() {
  const client = useApolloClient();
  return useCallback(
    async (viewer: Viewer) => {
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { viewer } });
    },
    [client],
  );
}

export function useLogOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut] = useMutation(LogOutWithProviderMutation);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    setBusy(true);
    let providerLogoutUrl: string | null = null;
    try {
      const { data } = await logOut();
      providerLogoutUrl = data?.logOutWithProvider.providerLogoutUrl ?? null;
    } catch {
      // Even if the server could not be told, forget the session locally.
    } finally {
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
      setBusy(false);
      // Signed in through the identity provider: end that session too (single logout); it
      // sends the browser back to the log-in page.
      if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
      else navigate('/login', { replace: true, state: { loggedOut: true } });
    }
  }, [client, logOut, navigate]);
  return { logOut: run, busy };
}
