import { useCallback, useEffect, useRef, useState } from 'react';

/** What a component sees of data loading from the API. */
export interface Resource<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Loads again, e.g. after a change. */
  reload: () => void;
}

/**
 * Loads `load` whenever `key` changes, aborting the previous request, so a fast-typing user never
 * sees an older answer overwrite a newer one.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  // `load` is a new closure on every render; `key` names what it loads, so the latest closure is
  // kept aside and the effect reruns only when the key (or a reload) asks for it.
  const latest = useRef(load);
  latest.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    latest
      .current(controller.signal)
      .then((value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      })
      .catch((reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(reason instanceof Error ? reason : new Error(String(reason)));
        setLoading(false);
      });
    return () => controller.abort();
  }, [key, generation]);

  return { data, error, loading, reload };
}
