import { createContext, useContext, type ReactNode } from 'react';
import type { DeskMeta } from '../../../contract';

const MetaContext = createContext<DeskMeta | null>(null);

export const MetaProvider = ({ meta, children }: { meta: DeskMeta; children: ReactNode }) => (
  <MetaContext.Provider value={meta}>{children}</MetaContext.Provider>
);

/** Who is signed in, whether they supervise, and the divisions, services and staff they work with. */
export function useMeta(): DeskMeta {
  const meta = useContext(MetaContext);
  if (!meta) throw new Error('useMeta outside MetaProvider');
  return meta;
}
