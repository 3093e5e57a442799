// No zod here: content scripts use this too, and must stay small (tests/build/content-scripts.test.ts).
// The envelope and the reply are zod schemas (wire-schemas.ts), checked through their rules.
import type { Browser } from 'wxt/browser';
import { ENVELOPE, REPLY } from './rules.generated';
import { ruleSchema, type RuleIssue } from './rules';
import type * as z from 'zod/mini';
import type { EnvelopeSchema, ReplySchema } from './wire-schemas';

/**
 * What every context shares about messages on the wire: the envelope, the reply, the sender rules and
 * the dispatch of one message to its handler. The message map itself is protocol.ts (extension pages
 * and background) and page-protocol.ts (the part content scripts read).
 */

/** Every message on the wire is this envelope (wire-schemas.ts); anything else is ignored as not ours. */
const Envelope = ruleSchema<z.infer<typeof EnvelopeSchema>>(ENVELOPE);
const ReplyEnvelope = ruleSchema<z.infer<typeof ReplySchema>>(REPLY);
export type Reply = { ok: true; data: unknown } | { ok: false; error: string };

export class MessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MessageError';
  }
}

export function envelope<N extends string, D>(name: N, data: D) {
  return { assay: 1 as const, name, data };
}

/** The first problems of a failed check, in one line for a log (zod's prettifyError weighs more than a content script can carry). */
export function issuesText(error: { issues: readonly RuleIssue[] }, max = 3): string {
  const shown = error.issues.slice(0, max).map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`);
  return error.issues.length > max ? `${shown.join('; ')}; and ${error.issues.length - max} more` : shown.join('; ');
}

/** A schema as the wire uses it: zod schemas (classic and mini) and rules (rules.ts) all have `safeParse`. */
export interface WireSchema<T = unknown> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly RuleIssue[] } };
}

/** Checks a reply against its schema: a malformed or failed reply becomes a thrown MessageError. */
export function unwrapWith(name: string, raw: unknown, schema: WireSchema): unknown {
  if (raw === undefined) throw new MessageError(`No one answered "${name}".`);
  const reply = ReplyEnvelope.safeParse(raw);
  if (!reply.success || (!reply.data.ok && reply.data.error === undefined)) throw new MessageError(`Malformed reply to "${name}".`);
  if (!reply.data.ok) throw new MessageError(reply.data.error!);
  const parsed = schema.safeParse(reply.data.data);
  if (!parsed.success) throw new MessageError(`Invalid reply to "${name}": ${issuesText(parsed.error)}`);
  return parsed.data;
}

type Runtime = Browser.runtime.MessageSender;

export interface ReceiveOptions {
  /** The extension's own id and origin, to tell its pages from content scripts and other extensions. */
  extensionId: string;
  extensionOrigin: string;
  log?: (message: string) => void;
}

/** Whether a sender may send a message declared `from` a given context. */
export type SenderKind = 'extension' | 'background' | 'content';

export function senderAllowed(from: SenderKind, sender: Runtime, options: ReceiveOptions): boolean {
  if (sender.id !== options.extensionId) return false;
  // Extension pages may sit in a tab (the dashboard, a popup opened as a page), so the URL decides:
  // a content script's sender URL is the web page's, never the extension's origin.
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(options.extensionOrigin);
  switch (from) {
    case 'extension':
      return fromExtensionPage;
    case 'background':
      // The background's messages reach tabs and the offscreen document with no tab and the extension's URL.
      return fromExtensionPage || sender.url === undefined;
    case 'content':
      return sender.tab !== undefined && !fromExtensionPage;
  }
}

/** How a message is declared: who may send it, and its request's schema. */
export interface IncomingSpec {
  from: SenderKind;
  request: WireSchema;
}

// Handlers come typed from the protocol maps; here they are called with validated data only.
type AnyHandler = (data: never, sender: Runtime) => unknown;

/**
 * Validates one incoming message and runs its handler. Returns undefined when the message is not for
 * this context (so another listener may answer it), or a Reply. `specOf` answers undefined for a name
 * the map does not know; `unknownIsError` says whether that is an error (the full protocol) or simply
 * someone else's message (a content script knows only its own part of the map).
 */
export async function dispatchWith(
  raw: unknown,
  sender: Runtime,
  handlers: Partial<Record<string, AnyHandler>>,
  specOf: (name: string) => IncomingSpec | undefined,
  options: ReceiveOptions & { unknownIsError: boolean },
): Promise<Reply | undefined> {
  const log = options.log ?? ((m: string) => console.warn(m));
  const env = Envelope.safeParse(raw);
  if (!env.success) return undefined;
  const { name } = env.data;
  const spec = specOf(name);
  if (!spec) {
    if (!options.unknownIsError) return undefined;
    log(`[assay] rejected message: unknown name "${name}"`);
    return { ok: false, error: `Unknown message "${name}".` };
  }
  const handler = handlers[name] as ((data: unknown, sender: Runtime) => unknown) | undefined;
  if (!handler) return undefined;
  if (!senderAllowed(spec.from, sender, options)) {
    log(`[assay] rejected "${name}": sender not allowed (${sender.url ?? 'no url'})`);
    return { ok: false, error: `"${name}" is not allowed from this sender.` };
  }
  const request = spec.request.safeParse(env.data.data);
  if (!request.success) {
    log(`[assay] rejected "${name}": ${issuesText(request.error)}`);
    return { ok: false, error: `Invalid "${name}" request.` };
  }
  try {
    const data = await handler(request.data, sender);
    return { ok: true, data };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message };
  }
}

/** Whether a raw message is an envelope naming one of `names` (a quick filter before dispatching). */
export function namesOneOf(raw: unknown, has: (name: string) => boolean): boolean {
  const env = Envelope.safeParse(raw);
  return env.success && has(env.data.name);
}
