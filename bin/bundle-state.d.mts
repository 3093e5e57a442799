/** See bundle-state.mjs. */
export function bundleState(root: URL, env?: NodeJS.ProcessEnv): 'fresh' | 'missing' | 'stale' | 'forced';
