import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProviderError } from '../../../lib/classify/errors';
import type { ClassifierAnswer } from '../../../lib/classify/protocol';
import { createRunner } from '../../../lib/classify/runner';

const answer: ClassifierAnswer = { model: { name: 'm', version: '1' }, document: { probability: 0.5 }, passages: [] };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('runner', () => {
  it('caches by key: the same content is sent once', async () => {
    const runner = createRunner();
    const call = vi.fn(async () => answer);
    await runner.run('k', call);
    await runner.run('k', call);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('sends a request asked twice at once only once', async () => {
    const runner = createRunner();
    let resolve!: (a: ClassifierAnswer) => void;
    const call = vi.fn(() => new Promise<ClassifierAnswer>((r) => (resolve = r)));
    const a = runner.run('k', call);
    const b = runner.run('k', call);
    await vi.advanceTimersByTimeAsync(0);
    resolve(answer);
    await expect(Promise.all([a, b])).resolves.toEqual([answer, answer]);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('runs at most `concurrency` calls at once', async () => {
    const runner = createRunner({ concurrency: 2 });
    const resolvers: (() => void)[] = [];
    const call = () => new Promise<ClassifierAnswer>((r) => resolvers.push(() => r(answer)));
    const all = ['a', 'b', 'c', 'd'].map((k) => runner.run(k, call));
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.active).toBe(2);
    expect(runner.queued).toBe(2);
    resolvers.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.active).toBe(2);
    while (resolvers.length) (resolvers.shift()!(), await vi.advanceTimersByTimeAsync(0));
    await Promise.all(all);
    expect(runner.active).toBe(0);
  });

  it('times out a call that does not answer', async () => {
    const runner = createRunner({ timeoutMs: 1_000, retries: 0 });
    const call = (signal: AbortSignal) => new Promise<ClassifierAnswer>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const result = runner.run('k', call).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await result).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/No answer within 1 s/) });
  });

  it('keeps to one time budget across tries: a silent classifier is asked once, however many retries are allowed', async () => {
    const runner = createRunner({ timeoutMs: 2_000, retries: 3 });
    const call = vi.fn((signal: AbortSignal) => new Promise<ClassifierAnswer>((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))));
    let settledAt = 0;
    const result = runner.run('k', call).catch((e: unknown) => ((settledAt = Date.now()), e));
    const start = Date.now();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await result).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/No answer within 2 s/) });
    expect(call).toHaveBeenCalledTimes(1);
    expect(settledAt - start).toBe(2_000);
  });

  it('does not wait out a Retry-After that ends past the budget', async () => {
    const runner = createRunner({ timeoutMs: 5_000, retries: 3 });
    const call = vi.fn(async () => Promise.reject(new ProviderError('rate-limit', 'slow down', 60_000)));
    const result = runner.run('k', call).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(await result).toMatchObject({ kind: 'rate-limit' });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('retries rate limits and outages with exponential backoff, honouring Retry-After', async () => {
    const runner = createRunner({ baseDelayMs: 100, retries: 3 });
    const failures = [new ProviderError('rate-limit', 'slow', 1_000), new ProviderError('unavailable', 'down')];
    const times: number[] = [];
    const call = vi.fn(async () => {
      times.push(Date.now());
      const failure = failures.shift();
      if (failure) throw failure;
      return answer;
    });
    const result = runner.run('k', call);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(result).resolves.toEqual(answer);
    expect(call).toHaveBeenCalledTimes(3);
    expect(times[1]! - times[0]!).toBe(1_000); // Retry-After beats the 100 ms backoff
    expect(times[2]! - times[1]!).toBe(200); // second retry: 100 × 2
  });

  it('does not retry a wrong key', async () => {
    const runner = createRunner();
    const call = vi.fn(async () => Promise.reject(new ProviderError('auth', 'wrong key')));
    await expect(runner.run('k', call)).rejects.toMatchObject({ kind: 'auth' });
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last retry', async () => {
    const runner = createRunner({ baseDelayMs: 10, retries: 2 });
    const call = vi.fn(async () => Promise.reject(new ProviderError('unavailable', 'down')));
    const result = runner.run('k', call).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await result).toMatchObject({ kind: 'unavailable' });
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('cancels a call, queued or under way, when its tab closes', async () => {
    const runner = createRunner({ concurrency: 1 });
    const controller = new AbortController();
    const running = runner.run('a', (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('x')))), controller.signal).catch((e: unknown) => e);
    const queued = runner.run('b', async () => answer, controller.signal).catch((e: unknown) => e);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(await running).toMatchObject({ message: 'Cancelled.' });
    expect(await queued).toMatchObject({ message: 'Cancelled.' });
    expect(runner.active).toBe(0);
  });
});
