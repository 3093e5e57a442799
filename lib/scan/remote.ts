import { combine, type RemoteOpinion } from '../classify/ensemble';
import { permissionFor, providerById, type Provider } from '../classify/providers';
import type { Runner } from '../classify/runner';
import { passagesToSend, wordsIn } from '../classify/select';
import type { DetectionResult } from '../schema/verdict';
import type { ProviderSettings, Settings } from '../settings/schema';
import type { RemoteSummary } from '../schema/record';

/**
 * Second opinions: each remote classifier the user turned on gets the passages in its scope, through
 * the one runner (concurrency, timeout, retry, cache by content hash, cancellation). Whatever goes
 * wrong for one provider — no permission, budget used up, a refused key, a wrong answer — is that
 * provider's error in the summary, never the scan's. A cached answer (or one already on its way for
 * the same passages) costs nothing and is not charged to the budget.
 */
export interface RemoteDeps {
  runner: Runner;
  fetch: typeof fetch;
  hash(text: string): Promise<string>;
  /** Whether the extension may reach an origin pattern. */
  permitted(origin: string): Promise<boolean>;
  /** Charges words to a provider's month if they fit (one transaction); false when they do not. */
  reserve(provider: string, words: number, limit: number, now: Date): Promise<boolean>;
  refund(provider: string, words: number, now: Date): Promise<void>;
  now(): Date;
}

export function enabledProviders(settings: Settings): [Provider, ProviderSettings][] {
  return Object.entries(settings.providers).flatMap(([id, options]) => {
    const provider = providerById(id);
    return provider && options.enabled ? [[provider, options] as [Provider, ProviderSettings]] : [];
  });
}

type Entry = RemoteSummary['providers'][number];

async function askOne(provider: Provider, options: ProviderSettings, local: DetectionResult, deps: RemoteDeps, signal: AbortSignal | undefined): Promise<{ entry: Entry; opinion?: RemoteOpinion }> {
  const passages = passagesToSend(local.segments, options.scope, local.document.threshold);
  const base = { id: provider.id, name: provider.name, passages: passages.length };
  const fail = (error: string) => ({ entry: { ...base, ok: false, error } });
  if (passages.length === 0) return fail('nothing to send: no passage in scope');
  try {
    const origin = permissionFor(provider, options.option);
    if (!origin || !(await deps.permitted(origin))) return fail(`Assay is not allowed to reach ${provider.name}: turn it on again in the dashboard.`);
    const sent = passages.map((p) => ({ id: p.id, text: p.text }));
    const key = `${provider.id}:${options.option}:${await deps.hash(JSON.stringify(sent.map((p) => [p.id, p.text])))}`;
    const words = wordsIn(passages);
    const now = deps.now();
    let charged = false;
    if (!deps.runner.free(key)) {
      if (!(await deps.reserve(provider.id, words, options.monthlyWords, now)))
        return fail(`this month's budget of ${options.monthlyWords.toLocaleString('en')} words for ${provider.name} is used up`);
      charged = true;
      // Another scan may have sent the same passages while the budget was checked: that answer is free.
      if (deps.runner.free(key)) {
        await deps.refund(provider.id, words, now);
        charged = false;
      }
    }
    try {
      const answer = await deps.runner.run(key, (s) => provider.classify(sent, { key: options.key, fetch: deps.fetch, signal: s, option: options.option }), signal);
      return { entry: { ...base, ok: true, probability: answer.document.probability }, opinion: { id: provider.id, name: provider.name, answer } };
    } catch (error) {
      // Nothing was classified: the words were not used.
      if (charged) await deps.refund(provider.id, words, now).catch(() => undefined);
      throw error;
    }
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

export async function askRemote(local: DetectionResult, settings: Settings, deps: RemoteDeps, signal?: AbortSignal): Promise<{ result: DetectionResult; remote: RemoteSummary } | undefined> {
  const enabled = enabledProviders(settings);
  if (enabled.length === 0) return undefined;
  const answers = await Promise.all(enabled.map(([provider, options]) => askOne(provider, options, local, deps, signal)));
  const providers = answers.map((a) => a.entry).sort((a, b) => a.name.localeCompare(b.name));
  const opinions = answers.flatMap((a) => (a.opinion ? [a.opinion] : []));
  return {
    result: combine(local, opinions),
    remote: { local: { label: local.document.label, probability: local.document.probability }, providers, localOnly: opinions.length === 0 },
  };
}
