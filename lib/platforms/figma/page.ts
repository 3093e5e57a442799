/**
 * The pages the content script runs on. Here, with the page helpers, rather than in index.ts: the content
 * script's entrypoint names them, and importing the platform's definition would bundle its wording too.
 */
export const MATCHES: string[] = ['https://www.figma.com/*', 'https://figma.com/*', 'https://embed.figma.com/*'];

/**
 * A Figma file from its address: `figma.com/{design,file,proto,board,slides}/<key>/<name>`, a branch
 * (`/design/<key>/branch/<branchKey>/…`: the branch is the file read), `embed.figma.com/…` the same, and
 * `?node-id=12-34` naming one frame (the API writes it `12:34`).
 */
const FILE_PATH = /^\/(?:design|file|proto|board|slides)\/([A-Za-z0-9]{10,64})(?:\/branch\/([A-Za-z0-9]{10,64}))?(?:\/|$)/;
const NODE_ID = /^\d{1,12}[-:]\d{1,12}$/;

export interface FigmaLocation {
  key: string;
  /** One frame to read, in the API's `12:34` form. */
  nodeId?: string;
}

export function figmaLocation(href: string): FigmaLocation | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !/^(www\.|embed\.)?figma\.com$/.test(url.hostname)) return undefined;
  const match = FILE_PATH.exec(url.pathname);
  if (!match) return undefined;
  const node = url.searchParams.get('node-id');
  return { key: match[2] ?? match[1]!, nodeId: node && NODE_ID.test(node) ? node.replace('-', ':') : undefined };
}

/** The address a record links back to: the file, and the frame when one was read. */
export function figmaRecordUrl(origin: string, location: FigmaLocation): string {
  return `${origin}/design/${location.key}${location.nodeId ? `?node-id=${location.nodeId.replace(':', '-')}` : ''}`;
}
