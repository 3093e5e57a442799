/** Callers idle this long are forgotten once the map grows past MAX_CALLERS, so memory stays bounded. */
const IDLE_MS = 120_000;
const MAX_CALLERS = 10_000;

export interface RateLimiter {
  /** Spends one request of the caller's allowance, or says how long to wait. */
  take(caller: string): { ok: true } | { ok: false; retryAfterSeconds: number };
  /** Seconds the caller must wait before `take` would succeed (0: now), spending nothing. */
  waitFor(caller: string): number;
}

/** A token bucket per caller: `perMinute` requests a minute, refilled continuously. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const level = (bucket: { tokens: number; at: number }, t: number) => Math.min(perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute);
  const wait = (tokens: number) => Math.ceil(((1 - tokens) * 60) / perMinute);
  return {
    take(caller) {
      const t = now();
      const bucket = buckets.get(caller) ?? { tokens: perMinute, at: t };
      bucket.tokens = level(bucket, t);
      bucket.at = t;
      buckets.set(caller, bucket);
      if (buckets.size > MAX_CALLERS) for (const [k, b] of buckets) if (t - b.at > IDLE_MS) buckets.delete(k);
      if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: wait(bucket.tokens) };
      bucket.tokens -= 1;
      return { ok: true };
    },
    waitFor(caller) {
      const bucket = buckets.get(caller);
      if (!bucket) return 0;
      const tokens = level(bucket, now());
      return tokens < 1 ? wait(tokens) : 0;
    },
  };
}

/**
 * At most one log entry per key per interval: a flood of refused requests from one client writes one
 * line a minute, which says how many were left out since the previous one.
 */
export function createLogThrottle(intervalMs = 60_000, now: () => number = Date.now) {
  const seen = new Map<string, { at: number; suppressed: number }>();
  return (key: string): { log: true; suppressed: number } | { log: false } => {
    const t = now();
    const entry = seen.get(key);
    if (entry && t - entry.at < intervalMs) {
      entry.suppressed++;
      return { log: false };
    }
    seen.set(key, { at: t, suppressed: 0 });
    if (seen.size > MAX_CALLERS) for (const [k, e] of seen) if (t - e.at > intervalMs) seen.delete(k);
    return { log: true, suppressed: entry?.suppressed ?? 0 };
  };
}
