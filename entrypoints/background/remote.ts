import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { combine, type RemoteOpinion } from '../../lib/classify/ensemble';
import { ProviderError } from '../../lib/classify/errors';
import { permissionFor, providerById } from '../../lib/classify/providers';
import { createRunner } from '../../lib/classify/runner';
import { addUsage, passagesToSend, withinBudget, wordsIn, type Usage } from '../../lib/classify/select';
import { sha256Hex } from '../../lib/hash';
import type { DetectionResult } from '../../lib/schema/verdict';
import type { Settings } from '../../lib/settings/schema';
import type { ProvenanceRecord, RemoteSummary } from '../../lib/store/schema';

/**
 * Second opinions from the remote classifiers the user turned on. Called after the local verdict is
 * stored and shown: it never delays it. Only the background calls the network, through one runner
 * (concurrency, timeout, retry with backoff, cache by content hash, cancellation with the tab).
 */
const usageItem = storage.defineItem<Usage>('local:providerUsage', { fallback: { month: '', words: {} } });
let runner = createRunner();
let runnerTimeout = 0;

function runnerFor(settings: Settings) {
  if (settings.remoteTimeoutSeconds * 1000 !== runnerTimeout) {
    runnerTimeout = settings.remoteTimeoutSeconds * 1000;
    runner = createRunner({ timeoutMs: runnerTimeout });
  }
  return runner;
}

export function enabledProviders(settings: Settings) {
  return Object.entries(settings.providers).filter(([id, p]) => p.enabled && providerById(id));
}

export async function askRemote(record: ProvenanceRecord, settings: Settings, signal: AbortSignal): Promise<{ result: DetectionResult; remote: RemoteSummary } | undefined> {
  const enabled = enabledProviders(settings);
  if (enabled.length === 0) return undefined;
  const local: DetectionResult = { document: record.verdict, segments: record.segments };
  const run = runnerFor(settings);
  const summary: RemoteSummary['providers'] = [];
  const opinions: RemoteOpinion[] = [];
  await Promise.all(
    enabled.map(async ([id, options]) => {
      const provider = providerById(id)!;
      const passages = passagesToSend(record.segments, options.scope, record.verdict.threshold);
      const base = { id, name: provider.name, passages: passages.length };
      if (passages.length === 0) return void summary.push({ ...base, ok: false, error: 'nothing to send: no passage in scope' });
      const origin = permissionFor(provider, options.option);
      if (!origin || !(await browser.permissions.contains({ origins: [origin] })))
        return void summary.push({ ...base, ok: false, error: `Assay is not allowed to reach ${provider.name}: turn it on again in the dashboard.` });
      const words = wordsIn(passages);
      const now = new Date();
      if (!withinBudget(await usageItem.getValue(), id, words, options, now))
        return void summary.push({ ...base, ok: false, error: `this month's budget of ${options.monthlyWords.toLocaleString('en')} words for ${provider.name} is used up` });
      try {
        const key = `${id}:${options.option}:${await sha256Hex(JSON.stringify(passages.map((p) => [p.id, p.text])))}`;
        const answer = await run.run(key, (s) => provider.classify(passages.map((p) => ({ id: p.id, text: p.text })), { key: options.key, fetch: fetch.bind(globalThis), signal: s, option: options.option }), signal);
        await usageItem.setValue(addUsage(await usageItem.getValue(), id, words, now));
        opinions.push({ id, name: provider.name, answer });
        summary.push({ ...base, ok: true, probability: answer.document.probability });
      } catch (error) {
        summary.push({ ...base, ok: false, error: error instanceof ProviderError || error instanceof Error ? error.message : String(error) });
      }
    }),
  );
  summary.sort((a, b) => a.name.localeCompare(b.name));
  return {
    result: combine(local, opinions),
    remote: { local: { label: record.verdict.label, probability: record.verdict.probability }, providers: summary, localOnly: opinions.length === 0 },
  };
}
