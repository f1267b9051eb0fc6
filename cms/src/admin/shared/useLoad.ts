// Loads what an admin plugin page shows, with a retry; shared by our admin plugins.
import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading'; data?: T; reload: () => void }
  | { state: 'failed'; data?: T; error: unknown; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/**
 * Loads `load()` whenever `key` changes (and on `reload()`), keeping the last data while the next
 * loads so the page does not jump; an answer that arrives after a newer request is ignored.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [result, setResult] = useState<{ state: 'loading' | 'failed' | 'ready'; data?: T; error?: unknown }>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setResult((previous) => ({ state: 'loading', data: previous.data }));
    loadRef.current().then(
      (data) => {
        if (ticket === latest.current) setResult({ state: 'ready', data });
      },
      (error: unknown) => {
        if (ticket === latest.current) setResult((previous) => ({ state: 'failed', data: previous.data, error }));
      },
    );
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  if (result.state === 'ready') return { state: 'ready', data: result.data as T, reload };
  if (result.state === 'failed') return { state: 'failed', data: result.data, error: result.error, reload };
  return { state: 'loading', data: result.data, reload };
}
