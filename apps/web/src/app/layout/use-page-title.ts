import { useEffect } from 'react';

/** Sets the document title ("Home · Outloud") so tabs, history and screen readers say where you are. */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Outloud` : 'Outloud';
  }, [title]);
}
