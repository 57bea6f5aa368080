import { createContext, useContext } from 'react';
import type { Viewer } from './use-viewer';

/** Set by the signed-in layout, so pages inside it can rely on a viewer. */
export const ViewerContext = createContext<Viewer | null>(null);

export function useCurrentViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useCurrentViewer must be used inside the signed-in layout.');
  return viewer;
}
