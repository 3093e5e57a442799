import { z } from 'zod';
import { statusEntry, type StatusEffect } from './c2pa-status';
import { actionsOf, sourceTypeStatementsOf } from './c2pa-actions';
import type { C2paProblem, C2paSummary, C2paValidation, IdentityValidation } from './schema';

/**
 * Reading Content Credentials through the C2PA project's WASM reader. The reader is injected: Node
 * loads the .wasm from disk (c2pa-node.ts), the extension loads it in a dedicated worker. Whatever the
 * reader returns is validated before use: a manifest store is input from a file, so it is hostile.
 */
export interface C2paReadOptions {
  /** Extra trust anchors (PEM) the user added. */
  trustAnchorsPem?: string;
  /** Use a time-stamp to date the signature even when its authority is not on a trust list. */
  acceptUntrustedTimeStamps?: boolean;
}

export interface C2paReader {
  /** The manifest store as c2pa-rs JSON, or throws (no manifest, malformed JUMBF, unsupported type). */
  read(mimeType: string, bytes: Uint8Array, options?: C2paReadOptions): Promise<unknown>;
}

/**
 * The reader's settings (c2pa-rs `Settings` as JSON). It never goes online: no remote manifests, no
 * DID documents, no OCSP (`allowed_network_hosts` empty blocks every request; without it, reading a
 * file with a CAWG identity makes the reader fetch its issuer's DID document, telling that host the
 * file was checked). What needs the network is reported as "could not be checked here".
 */
export function readerContext(options: C2paReadOptions = {}): string {
  const verify: Record<string, boolean> = { remote_manifest_fetch: false, ocsp_fetch: false };
  if (options.trustAnchorsPem) verify.verify_trust = true;
  if (options.acceptUntrustedTimeStamps) verify.verify_timestamp_trust = false;
  return JSON.stringify({
    core: { allowed_network_hosts: [] },
    verify,
    ...(options.trustAnchorsPem ? { trust: { user_anchors: options.trustAnchorsPem } } : {}),
  });
}

const StatusSchema = z.looseObject({ code: z.string(), url: z.string().optional(), explanation: z.string().optional() });
const StatusListsSchema = z.looseObject({
  success: z.array(StatusSchema).optional(),
  informational: z.array(StatusSchema).optional(),
  failure: z.array(StatusSchema).optional(),
});
const AssertionSchema = z.looseObject({ label: z.string(), data: z.unknown() });
const ManifestSchema = z.looseObject({
  claim_generator: z.string().optional(),
  claim_generator_info: z.array(z.looseObject({ name: z.string().optional(), version: z.string().optional() })).optional(),
  assertions: z.array(AssertionSchema).optional(),
  signature_info: z.looseObject({ issuer: z.string().optional(), common_name: z.string().optional(), time: z.string().optional() }).nullish(),
});
const StoreSchema = z.looseObject({
  active_manifest: z.string().optional(),
  manifests: z.record(z.string(), ManifestSchema),
  validation_state: z.string().optional(),
  validation_status: z.array(StatusSchema).optional(),
  validation_results: z
    .looseObject({
      activeManifest: StatusListsSchema.optional(),
      ingredientDeltas: z.array(z.looseObject({ validationDeltas: StatusListsSchema.optional() })).optional(),
    })
    .optional(),
});
type Store = z.infer<typeof StoreSchema>;
type Manifest = z.infer<typeof ManifestSchema>;

const HARD_BINDING_MATCH = /^assertion\.(dataHash|bmffHash|boxesHash|collectionHash|multiAssetHash)\.match$/;
const HARD_BINDING_FAILURE = /^(assertion\.(dataHash|bmffHash|boxesHash)\.mismatch|claim\.hardBindings\.missing)$/;

const MultiAssetSchema = z.looseObject({
  parts: z.array(z.looseObject({ location: z.looseObject({ byteOffset: z.number().optional(), length: z.number().optional() }).optional(), optional: z.boolean().optional() })),
});

/**
 * Optional parts of a multi-part hash (C2PA 2.2 "Multi-asset hash") that lie past the end of the
 * file: parts are located from the physical start of the file, so one that ends beyond it is gone.
 */
function missingOptionalParts(manifest: Manifest | undefined, fileLength: number | undefined): { start: number; end: number }[] | undefined {
  const assertion = manifest?.assertions?.find((a) => a.label.startsWith('c2pa.hash.multi-asset'));
  const parsed = assertion && MultiAssetSchema.safeParse(assertion.data);
  if (!parsed?.success) return undefined;
  return parsed.data.parts
    .filter((p) => p.optional && p.location?.byteOffset !== undefined && p.location.length !== undefined && fileLength !== undefined && p.location.byteOffset + p.location.length > fileLength)
    .map((p) => ({ start: p.location!.byteOffset!, end: p.location!.byteOffset! + p.location!.length! }));
}

interface Reported {
  code: string;
  explanation?: string;
  where: C2paProblem['where'];
  kind: 'success' | 'informational' | 'failure';
}

/** Every status the reader reported, with where it applies; the flat legacy list when no results. */
function reportedStatuses(store: Store): Reported[] {
  const results = store.validation_results;
  if (!results) return (store.validation_status ?? []).map((s) => ({ code: s.code, explanation: s.explanation, where: 'this file' as const, kind: 'failure' as const }));
  const out: Reported[] = [];
  const add = (lists: z.infer<typeof StatusListsSchema> | undefined, where: C2paProblem['where']) => {
    for (const kind of ['success', 'informational', 'failure'] as const) for (const s of lists?.[kind] ?? []) out.push({ code: s.code, explanation: s.explanation, where, kind });
  };
  add(results.activeManifest, 'this file');
  for (const delta of results.ingredientDeltas ?? []) add(delta.validationDeltas, 'an ingredient');
  return out;
}

const EFFECT_ORDER = ['tampered', 'invalid', 'unchecked'] as const;

export interface SummarizeContext {
  /** The file's length in bytes, to tell which parts of a multi-part hash are present. */
  fileLength?: number;
}

export function summarizeStore(raw: unknown, context: SummarizeContext = {}): C2paSummary {
  const store = StoreSchema.parse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  const active = store.active_manifest ? store.manifests[store.active_manifest] : undefined;
  const statuses = reportedStatuses(store);
  const gone = missingOptionalParts(active, context.fileLength);
  const problems: C2paProblem[] = [];
  let untrusted = false;
  let identityUntrusted = false;
  for (const status of statuses) {
    if (status.kind === 'success') continue;
    let entry = statusEntry(status.code, status.explanation, { optionalPartsOnly: (gone?.length ?? 0) > 0 });
    if (status.where === 'this file' && gone && HARD_BINDING_FAILURE.test(status.code)) {
      entry = gone.length
        ? { ...entry, effect: 'unchecked', words: `an optional part listed by its multi-part hash (bytes ${gone.map((g) => `${g.start}–${g.end}`).join(', ')}) has been removed, as the format allows, and this reader checks the hash over the whole file rather than part by part; whether the remaining parts still match was not checked` }
        : status.code === 'claim.hardBindings.missing'
          ? { ...entry, effect: 'unchecked', words: 'the {media} is bound to its credentials by a multi-part hash, which this reader does not check' }
          : entry;
    }
    // Informational entries never fail a file, whatever the table says of the code elsewhere.
    const effect: StatusEffect = status.kind === 'informational' ? 'info' : entry.effect;
    if (effect === 'untrusted') {
      if (entry.identity) identityUntrusted = true;
      else if (status.where === 'this file') untrusted = true;
      continue;
    }
    if (effect === 'info') continue;
    // An ingredient's altered record is not a change to this file.
    const scoped: StatusEffect = effect === 'tampered' && status.where !== 'this file' ? 'invalid' : effect;
    problems.push({ code: status.code, effect: scoped as C2paProblem['effect'], where: status.where, words: entry.words, ...(entry.identity ? { identity: true } : {}), ...(status.explanation ? { explanation: status.explanation.slice(0, 300) } : {}) });
  }
  const credentialProblems = problems.filter((p) => !p.identity);
  const worst = EFFECT_ORDER.find((effect) => credentialProblems.some((p) => p.effect === effect));
  // A reader that says "Invalid" without naming a failure is not taken as valid.
  const unexplained = !worst && store.validation_state === 'Invalid' && !statuses.some((s) => s.kind === 'failure');
  const validation: C2paValidation = worst ?? (unexplained ? 'invalid' : untrusted ? 'valid-untrusted' : 'valid');
  if (unexplained) problems.push({ code: 'general.error', effect: 'invalid', where: 'this file', words: 'the reader found them invalid without saying why' });

  // The identity of this file's own credentials; an ingredient's is its own business.
  const hasIdentity = active?.assertions?.some((a) => a.label.startsWith('cawg.identity')) ?? false;
  const identityProblems = problems.filter((p) => p.identity && p.where === 'this file');
  const identity: IdentityValidation | undefined = !hasIdentity
    ? undefined
    : identityProblems.some((p) => p.effect === 'invalid' || p.effect === 'tampered')
      ? 'invalid'
      : identityProblems.length
        ? 'unchecked'
        : identityUntrusted
          ? 'valid-untrusted'
          : 'valid';

  const labels = Object.keys(store.manifests);
  // The active manifest first, then its ingredients' manifests in store order.
  labels.sort((a, b) => Number(b === store.active_manifest) - Number(a === store.active_manifest));
  const activeCodes = statuses.filter((s) => s.where === 'this file');
  return {
    validation,
    validationCodes: statuses.filter((s) => s.kind !== 'success').map((s) => s.code),
    problems,
    contentMatches: activeCodes.some((s) => s.kind === 'success' && HARD_BINDING_MATCH.test(s.code)),
    timeStamped: activeCodes.some((s) => s.kind === 'success' && s.code === 'timeStamp.validated'),
    ...(identity ? { identity } : {}),
    manifests: labels.map((label) => {
      const m = store.manifests[label]!;
      const generator = m.claim_generator ?? m.claim_generator_info?.map((g) => [g.name, g.version].filter(Boolean).join(' ')).join(', ');
      const signer = m.signature_info?.issuer ?? m.signature_info?.common_name;
      return {
        label,
        active: label === store.active_manifest,
        ...(generator ? { claimGenerator: generator } : {}),
        ...(signer ? { signer } : {}),
        ...(m.signature_info?.time ? { signedAt: m.signature_info.time } : {}),
        actions: [...actionsOf(m.assertions ?? []), ...sourceTypeStatementsOf(m.assertions ?? [])],
      };
    }),
  };
}

/**
 * Reads and summarizes a file's credentials. When the only thing wrong is a certificate that has
 * expired since, and the file carries a time-stamp that matches its signature but whose authority is
 * on no trust list here, the reader judges the certificate against today (C2PA ignores an untrusted
 * time-stamp). Assay reads it again dating the signature by that time-stamp, and says so: the
 * signature was made while the certificate was valid, by the time-stamp's word.
 */
export async function readC2pa(reader: C2paReader, mimeType: string, bytes: Uint8Array, trustAnchorsPem?: string): Promise<C2paSummary> {
  const first = summarizeStore(await reader.read(mimeType, bytes, { trustAnchorsPem }), { fileLength: bytes.length });
  const expired = first.problems?.some((p) => p.code === 'signingCredential.expired' && p.where === 'this file');
  if (!expired || !first.validationCodes.includes('timeStamp.untrusted')) return first;
  const again = summarizeStore(await reader.read(mimeType, bytes, { trustAnchorsPem, acceptUntrustedTimeStamps: true }), { fileLength: bytes.length });
  if (again.problems?.some((p) => p.code === 'signingCredential.expired')) return first;
  // Dated by an authority on no trust list: the signer can be no more than "valid, not trusted".
  return { ...again, validation: again.validation === 'valid' ? 'valid-untrusted' : again.validation, certificateExpiredSinceSigning: true, timeStamped: true };
}
