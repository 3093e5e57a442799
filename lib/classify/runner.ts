import { ProviderError } from './errors';
import type { ClassifierAnswer } from './protocol';

/**
 * Remote calls as the background makes them: at most `concurrency` at once, each within one time
 * budget (`timeoutMs` covers every try and every wait: "give up after N s" means N s in all),
 * retried with exponential backoff on rate limits and outages (honouring Retry-After), cancellable,
 * and cached by content hash so the same passages are never sent twice. Timers are injected so tests
 * run with fake ones.
 */
export interface RunnerOptions {
  concurrency: number;
  timeoutMs: number;
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  cacheSize: number;
}

export const DEFAULT_RUNNER: RunnerOptions = {
  concurrency: 2,
  // Commercial detectors answer a page in a few seconds; past this the user is better served by the local verdict.
  timeoutMs: 20_000,
  retries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  cacheSize: 200,
};

export type Call = (signal: AbortSignal) => Promise<ClassifierAnswer>;

export interface Runner {
  run(key: string, call: Call, signal?: AbortSignal): Promise<ClassifierAnswer>;
  /** True when an answer for this key would cost nothing: it is cached, or the same call is already under way. */
  free(key: string): boolean;
  readonly active: number;
  readonly queued: number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new ProviderError('timeout', 'Cancelled.'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(new ProviderError('timeout', 'Cancelled.'))), { once: true });
  });

export function createRunner(options: Partial<RunnerOptions> = {}): Runner {
  const o = { ...DEFAULT_RUNNER, ...options };
  const cache = new Map<string, ClassifierAnswer>();
  const inflight = new Map<string, Promise<ClassifierAnswer>>();
  const waiting: (() => void)[] = [];
  let active = 0;

  const acquire = async (signal?: AbortSignal) => {
    if (signal?.aborted) throw new ProviderError('timeout', 'Cancelled.');
    if (active < o.concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const go = () => resolve();
      waiting.push(go);
      signal?.addEventListener('abort', () => {
        const i = waiting.indexOf(go);
        if (i >= 0) waiting.splice(i, 1);
        reject(new ProviderError('timeout', 'Cancelled.'));
      }, { once: true });
    });
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  const tooSlow = () => new ProviderError('timeout', `No answer within ${Math.round(o.timeoutMs / 1000)} s.`);

  const attempt = async (call: Call, deadline: number, outer?: AbortSignal): Promise<ClassifierAnswer> => {
    // Cancelled while waiting for a slot: an abort that already happened fires no event.
    if (outer?.aborted) throw new ProviderError('timeout', 'Cancelled.');
    const left = deadline - Date.now();
    if (left <= 0) throw tooSlow();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), left);
    const onAbort = () => controller.abort();
    outer?.addEventListener('abort', onAbort, { once: true });
    try {
      return await call(controller.signal);
    } catch (error) {
      if (outer?.aborted) throw new ProviderError('timeout', 'Cancelled.');
      if (controller.signal.aborted) throw tooSlow();
      throw error;
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    }
  };

  const execute = async (call: Call, signal?: AbortSignal): Promise<ClassifierAnswer> => {
    const deadline = Date.now() + o.timeoutMs;
    for (let tryNumber = 0; ; tryNumber++) {
      await acquire(signal);
      let failure: unknown;
      try {
        return await attempt(call, deadline, signal);
      } catch (error) {
        failure = error;
      } finally {
        release();
      }
      if (!(failure instanceof ProviderError) || !failure.retryable || signal?.aborted || tryNumber >= o.retries) throw failure;
      // A try that used up the budget is not repeated, nor is one whose wait would outlast it.
      const wait = Math.max(Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** tryNumber), failure.retryAfterMs ?? 0);
      if (failure.kind === 'timeout' || Date.now() + wait >= deadline) throw failure;
      // Waiting does not hold a slot: other calls go ahead meanwhile.
      await sleep(wait, signal);
    }
  };

  return {
    free: (key) => cache.has(key) || inflight.has(key),
    async run(key, call, signal) {
      const hit = cache.get(key);
      if (hit) return hit;
      // The same content asked twice at once is sent once.
      const pending = inflight.get(key) ?? execute(call, signal);
      inflight.set(key, pending);
      try {
        const answer = await pending;
        cache.set(key, answer);
        if (cache.size > o.cacheSize) cache.delete(cache.keys().next().value!);
        return answer;
      } finally {
        inflight.delete(key);
      }
    },
    get active() {
      return active;
    },
    get queued() {
      return waiting.length;
    },
  };
}
