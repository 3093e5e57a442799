/** See test-count.mjs. */
export function countReport(results: unknown, root: string): { passed: number; failed: number; skipped: number; names: string[] };
