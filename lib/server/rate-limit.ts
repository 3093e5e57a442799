/** A token bucket per caller: `perMinute` requests a minute, refilled continuously. */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (caller: string): { ok: true } | { ok: false; retryAfterSeconds: number } => {
    const t = now();
    const bucket = buckets.get(caller) ?? { tokens: perMinute, at: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((t - bucket.at) / 60_000) * perMinute);
    bucket.at = t;
    buckets.set(caller, bucket);
    // Forget idle callers so the map stays bounded.
    if (buckets.size > 10_000) for (const [k, b] of buckets) if (t - b.at > 120_000) buckets.delete(k);
    if (bucket.tokens < 1) return { ok: false, retryAfterSeconds: Math.ceil(((1 - bucket.tokens) * 60) / perMinute) };
    bucket.tokens -= 1;
    return { ok: true };
  };
}
