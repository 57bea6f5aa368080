import { useQuery } from '@apollo/client/react';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { PolicyDialog } from '../components/policy-dialog';
import { ContentPolicyQuery } from '../graphql/policy.operations';

export interface PolicyGate {
  /** Resolves true at once when nothing needs accepting; else shows the policy and resolves
   * true once the person accepts it, false if they close the dialog. */
  ensure: () => Promise<boolean>;
  /** Render it anywhere in the form. */
  dialog: ReactNode;
}

/**
 * The gate before a first post, reply, upload or new community (and after the policy changes):
 * the form asks `ensure()` before sending; the server refuses too, so this is the friendly
 * front of a rule that holds without it.
 */
export function usePolicyGate(): PolicyGate {
  const { data } = useQuery(ContentPolicyQuery, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState(false);
  const settle = useRef<((accepted: boolean) => void) | null>(null);
  const mustAcknowledge = data?.contentPolicy.mustAcknowledge ?? false;

  const ensure = useCallback(() => {
    if (!mustAcknowledge) return Promise.resolve(true);
    setOpen(true);
    return new Promise<boolean>((resolve) => {
      settle.current = resolve;
    });
  }, [mustAcknowledge]);

  const finish = (accepted: boolean) => {
    setOpen(false);
    settle.current?.(accepted);
    settle.current = null;
  };

  const current = data?.contentPolicy.current ?? null;
  return {
    ensure,
    dialog:
      current && open ? (
        <PolicyDialog
          policy={current}
          changed={data?.contentPolicy.viewerAcknowledgedVersion != null}
          onAccepted={() => finish(true)}
          onClose={() => finish(false)}
        />
      ) : null,
  };
}
