import { registerCatalogue, setLocale, type Catalogue } from '../i18n';
import { askBackground, onBackgroundMessages } from '../messaging/page';
import { PLATFORM_CONFIG_REPLY, PLATFORM_REQUEST_RULES } from '../messaging/rules.generated';
import type { PlatformId } from '../schema/platform';

/**
 * How a platform's feature runs in its page. The content script (entrypoints/<id>.content.ts) only
 * hands over WXT's context; this asks the background how the user set the platform up, starts the
 * feature, and stops it — observers, listeners, chips, panels and highlights — when WXT invalidates
 * the script (the extension was updated or reloaded, or the script was injected again) or when the
 * user turns the platform off (the background then sends `platform.stop`).
 */
export interface PlatformConfig {
  enabled: boolean;
  autoScan: boolean;
  highlights: boolean;
}

export interface FeatureContext {
  doc: Document;
  config: PlatformConfig;
  /** Aborts when the feature must stop: everything it started listens to it. */
  signal: AbortSignal;
}

export interface RunningFeature {
  /** Checks the page's deliverable again, as the popup's Check again asks. */
  recheck(): void;
}

export type StartFeature = (context: FeatureContext) => RunningFeature;

/** The part of WXT's content-script context a feature needs. */
export interface ScriptContext {
  readonly signal: AbortSignal;
}

export async function runPlatformFeature(id: PlatformId, script: ScriptContext, start: StartFeature, doc: Document = document): Promise<RunningFeature | undefined> {
  if (script.signal.aborted) return undefined;
  const config = await askBackground('platform.config', { platform: id }, PLATFORM_CONFIG_REPLY);
  if (!config.enabled || script.signal.aborted) return undefined;
  // The words this script shows, in the user's language, come with its settings (see PlatformConfigSchema in page-protocol.ts).
  if (config.locale && config.messages) {
    registerCatalogue(config.locale, config.messages as Partial<Catalogue>);
    setLocale(config.locale);
  }
  const controller = new AbortController();
  const stop = () => controller.abort();
  script.signal.addEventListener('abort', stop, { once: true });
  const feature = start({ doc, config, signal: controller.signal });
  const unlisten = onBackgroundMessages(PLATFORM_REQUEST_RULES, {
    'platform.stop': () => {
      stop();
      return { ok: true as const };
    },
    'platform.recheck': () => {
      feature.recheck();
      return { ok: true as const };
    },
  });
  controller.signal.addEventListener(
    'abort',
    () => {
      // After an extension update the old runtime is gone: there is nothing left to unregister from.
      try {
        unlisten();
      } catch {
        /* the listener went with the runtime */
      }
    },
    { once: true },
  );
  return feature;
}
