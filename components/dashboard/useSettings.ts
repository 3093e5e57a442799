import { useEffect, useState } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/storage';

/**
 * The stored settings, kept in step with every other view (another dashboard tab, the background), and
 * a `save` that reports a refused value as an error instead of losing it silently.
 */
export function useSettings(): { settings: Settings | null; error: string | null; setError: (e: string | null) => void; save: (patch: Partial<Settings>) => Promise<void> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings, (e: unknown) => setError(String(e)));
    return watchSettings(setSettings);
  }, []);
  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await saveSettings(patch));
    } catch (e) {
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return { settings, error, setError, save };
}
