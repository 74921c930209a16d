import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../../lib/storage/settings';
import type { Settings } from '../../lib/storage/schema';

/** The settings in force, kept current as they change anywhere (null while loading). */
export function useSettings(): Settings | null {
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
  return settings;
}
