/**
 * The browser's own name, for messages that say who asks or refuses a permission ("Firefox did not
 * allow…"): the build knows its target (WXT's `import.meta.env.BROWSER`), so a Firefox user never
 * reads "Chrome". Brand names are the same in every language.
 */
const NAMES: Record<string, string> = { chrome: 'Chrome', firefox: 'Firefox', edge: 'Edge', opera: 'Opera', safari: 'Safari' };

export function browserName(target: string = import.meta.env.BROWSER): string {
  return NAMES[target] ?? target.charAt(0).toUpperCase() + target.slice(1);
}
