import { z } from 'zod';

/**
 * The platforms Assay scans where deliverables arrive. Each one's hosts are optional permissions,
 * requested the first time the user turns the platform on; its content script is registered at run
 * time only then (`entrypoints/background/platforms.ts`), so the shipped manifest asks for none of them.
 */
export const PlatformIdSchema = z.enum(['docs', 'figma', 'gmail', 'outlook']);
export type PlatformId = z.infer<typeof PlatformIdSchema>;

export interface Platform {
  id: PlatformId;
  name: string;
  /** Match patterns: the host permission asked for and where the content script runs. */
  matches: string[];
  /** Further hosts asked for with the platform, where the background reads on the user's behalf (Figma's API). */
  apis?: string[];
  /** The content script WXT builds for it (entrypoints/<id>.content.ts). */
  script: `content-scripts/${string}.js`;
  /** The switch in the dashboard. */
  switchLabel: string;
  /** Shown beside the switch: why the permission is needed. */
  why: string;
}

export const PLATFORMS: Record<PlatformId, Platform> = {
  docs: {
    id: 'docs',
    name: 'Google Docs',
    matches: ['https://docs.google.com/document/*'],
    script: 'content-scripts/docs.js',
    switchLabel: 'Check documents in Google Docs',
    why: 'Reads the document you open through its own export, and its writing history where you may see it, with your session, in your browser.',
  },
  figma: {
    id: 'figma',
    name: 'Figma',
    matches: ['https://www.figma.com/*', 'https://figma.com/*', 'https://embed.figma.com/*'],
    // The API, and where it serves the original image fills (`GET /v1/files/:key/images`).
    apis: ['https://api.figma.com/*', 'https://s3-alpha-sig.figma.com/*'],
    script: 'content-scripts/figma.js',
    switchLabel: 'Check files in Figma',
    why: 'Reads the text layers and image fills of the file you open through the Figma API, with a personal access token you paste below (sent only to api.figma.com).',
  },
  gmail: {
    id: 'gmail',
    name: 'Gmail',
    matches: ['https://mail.google.com/*'],
    script: 'content-scripts/gmail.js',
    switchLabel: 'Check messages in Gmail',
    why: 'Reads the messages you open in Gmail, in your browser, to put a verdict beside each one.',
  },
  outlook: {
    id: 'outlook',
    name: 'Outlook on the web',
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
    script: 'content-scripts/outlook.js',
    switchLabel: 'Check messages in Outlook on the web',
    why: 'Reads the message open in Outlook’s reading pane, in your browser, to put a verdict beside it.',
  },
};

export const PLATFORM_IDS = PlatformIdSchema.options;

/** Every host permission a platform needs: where its script runs and the APIs read for it. */
export const originsOf = (platform: Platform): string[] => [...platform.matches, ...(platform.apis ?? [])];

/** Host names of a platform, from its match patterns. */
export function hostsOf(platform: Platform): string[] {
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
