import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** A message for a `Status` region that clears itself after a few seconds (timer cleared on unmount). */
export function useStatus(clearAfterMs = 2500): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      setMessage(next);
      timer.current = setTimeout(() => setMessage(''), clearAfterMs);
    },
    [clearAfterMs],
  );
  return [message, show];
}
