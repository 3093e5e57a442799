import { useEffect, useState } from 'react';
import type { Settings } from '../../../lib/settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../../../lib/settings/storage';

/**
 * The stored settings for a settings form: shown changed at once, confirmed by storage a moment later
 * (or put back, with the reason, when storage refuses), a line saying what was saved, and kept in step
 * with every other view (another dashboard tab, the background). `onLoad` fills the form's drafts once.
 */
export function useSettingsEditor(onLoad?: (settings: Settings) => void) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    loadSettings()
      .then((s) => {
        if (!active) return;
        setSettings(s);
        onLoad?.(s);
      })
      .catch((e) => setError(String(e)));
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      active = false;
      stop();
    };
    // Drafts are filled from the first load only; later changes arrive through the watcher.
  }, []);

  const save = async (patch: Partial<Settings>, what: string) => {
    const before = settings;
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      setSettings(await saveSettings(patch));
      setSaved(what);
      setError(null);
    } catch (e) {
      setSettings(before);
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return { settings, saved, error, save };
}
