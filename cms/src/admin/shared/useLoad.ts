// Loads what an admin plugin page shows, with a retry; shared by scheduling and form metrics.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> = { state: 'loading' | 'failed' | 'ready'; data?: T; reload: () => void };

/**
 * Loads `load()` when `key` changes and on `reload()`, keeping the last data while the next loads
 * so the list does not jump; an answer that arrives after a newer request is ignored.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [result, setResult] = useState<{ state: Loaded<T>['state']; data?: T }>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ticket = ++latest.current;
    setResult((previous) => ({ state: 'loading', data: previous.data }));
    loadRef.current().then(
      (data) => ticket === latest.current && setResult({ state: 'ready', data }),
      () => ticket === latest.current && setResult((previous) => ({ state: 'failed', data: previous.data })),
    );
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...result, reload };
}
