import { z } from 'zod';
import type { C2paManifestSummary, C2paSummary, C2paValidation } from '../schema/provenance';

/**
 * Reading Content Credentials through the C2PA project's WASM reader. The reader is injected: Node
 * loads the .wasm from disk (c2pa-node.ts), the extension loads it in a dedicated worker. Whatever the
 * reader returns is validated before use: a manifest store is input from a file, so it is hostile.
 */
export interface C2paReader {
  /** The manifest store as c2pa-rs JSON, or throws (no manifest, malformed JUMBF, unsupported type). */
  read(mimeType: string, bytes: Uint8Array, trustAnchorsPem?: string): Promise<unknown>;
}

const ActionSchema = z.looseObject({
  action: z.string(),
  digitalSourceType: z.string().optional(),
  softwareAgent: z.union([z.string(), z.looseObject({ name: z.string().optional() })]).optional(),
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
  validation_status: z.array(z.looseObject({ code: z.string() })).optional(),
});

/** Failure codes that mean the content or the manifest was changed after signing. */
const TAMPER_CODES = /mismatch|hashedURI|dataHash|bmffHash|boxesHash/i;
/** Codes that only say the signer is not on the trust list: the signature itself is sound. */
const UNTRUSTED_CODES = /untrusted/i;

function actionsOf(manifest: z.infer<typeof ManifestSchema>): C2paManifestSummary['actions'] {
  const out: C2paManifestSummary['actions'] = [];
  for (const assertion of manifest.assertions ?? []) {
    if (assertion.label !== 'c2pa.actions' && assertion.label !== 'c2pa.actions.v2' && !/^c2pa\.actions(\.v2)?__\d+$/.test(assertion.label)) continue;
    const actions = z.looseObject({ actions: z.array(ActionSchema) }).safeParse(assertion.data);
    if (!actions.success) continue;
    for (const a of actions.data.actions) {
      const agent = typeof a.softwareAgent === 'string' ? a.softwareAgent : a.softwareAgent?.name;
      out.push({ action: a.action, ...(a.digitalSourceType ? { digitalSourceType: a.digitalSourceType.trim() } : {}), ...(agent ? { softwareAgent: agent } : {}) });
    }
  }
  return out;
}

export function summarizeStore(raw: unknown): C2paSummary {
  const store = StoreSchema.parse(typeof raw === 'string' ? JSON.parse(raw) : raw);
  const codes = (store.validation_status ?? []).map((s) => s.code);
  const failures = codes.filter((code) => !UNTRUSTED_CODES.test(code));
  let validation: C2paValidation;
  if (failures.some((code) => TAMPER_CODES.test(code))) validation = 'tampered';
  else if (store.validation_state === 'Invalid' || failures.length > 0) validation = 'invalid';
  else if (store.validation_state === 'Trusted' || codes.length === 0) validation = 'valid';
  else validation = 'valid-untrusted';
  const labels = Object.keys(store.manifests);
  // The active manifest first, then its ingredients' manifests in store order.
  labels.sort((a, b) => Number(b === store.active_manifest) - Number(a === store.active_manifest));
  return {
    validation,
    validationCodes: codes,
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
        actions: actionsOf(m),
      };
    }),
  };
}
