import { PLATFORM_IDS, type PlatformId } from '../schema/platform';
import { OTHER_SOURCE_TEXT } from '../report/labels';
import type { PlatformDefinition } from './definition';
import { docs } from './docs';
import { figma } from './figma';
import { gmail } from './gmail';
import { outlook } from './outlook';

/**
 * Every platform, registered once. Each one's hosts are optional permissions, requested the first
 * time the user turns it on; its content script is registered at run time only then
 * (`entrypoints/background/platforms.ts`), so the shipped manifest asks for none of them.
 */
export const PLATFORMS: Record<PlatformId, PlatformDefinition> = { docs, figma, gmail, outlook };

export { PLATFORM_IDS, type PlatformId, type PlatformDefinition };

/** Every host permission a platform needs: where its script runs and the APIs read for it. */
export const originsOf = (platform: PlatformDefinition): string[] => [...platform.matches, ...(platform.apis ?? [])];

/** Host names of a platform, from its match patterns. */
export function hostsOf(platform: PlatformDefinition): string[] {
  return platform.matches.map((pattern) => new URL(pattern.replace('/*', '/')).hostname);
}

/** The platform a URL belongs to, by exact host (any port: the tests serve them on loopback ports). */
export function platformOfUrl(url: string): PlatformId | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return PLATFORM_IDS.find((id) => hostsOf(PLATFORMS[id]).includes(host));
}

/** The words for a record's kind: a platform's name, or the wording of the other kinds. */
export function sourceKindText(kind: string): string {
  return (PLATFORMS as Record<string, PlatformDefinition | undefined>)[kind]?.name ?? (OTHER_SOURCE_TEXT as Record<string, string>)[kind] ?? kind;
}
