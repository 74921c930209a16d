import { useCallback, useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../../lib/storage/settings';
import type { Settings } from '../../lib/storage/schema';

/** The settings in force, kept current as they change anywhere (null while loading). */
export function useSettings(): Settings | null {
  return useEditableSettings()[0];
}

/**
 * The settings plus a way to show a change at once, before storage confirms it, so a quick second
 * change (a switch pressed twice) starts from what the user sees, not from the stored value.
 */
export function useEditableSettings(): [Settings | null, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings((value) => live && setSettings(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const showChange = useCallback(
    (change: Partial<Settings>) => setSettings((current) => current && { ...current, ...change }),
    [],
  );
  return [settings, showChange];
}
