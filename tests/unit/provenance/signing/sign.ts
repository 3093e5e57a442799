import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { coseSign1, icaSignature, type SignOptions } from './cose';
import { makeTestPki } from './certs';

/**
 * Signs test files with Content Credentials through the project's own C2PA dependency
 * (@contentauth/c2pa-wasm's builder), with certificates and COSE signatures made by the tests: a
 * real manifest store, embedded the way each container format requires, that the reader then
 * validates like any file from the wild.
 */
type C2paModule = typeof import('@contentauth/c2pa-wasm');
let module: Promise<C2paModule> | undefined;

/** The builder reads its source through FileReaderSync (a worker API); Node has none, so tests supply one over in-memory blobs. */
class BytesBlob extends Blob {
  constructor(readonly data: Uint8Array) {
    super([data as Uint8Array<ArrayBuffer>]);
  }
  override slice(start?: number, end?: number): BytesBlob {
    return new BytesBlob(this.data.subarray(start, end));
  }
}

function loadBuilder(): Promise<C2paModule> {
  module ??= (async () => {
    (globalThis as { FileReaderSync?: unknown }).FileReaderSync ??= class {
      readAsArrayBuffer(blob: BytesBlob): ArrayBuffer {
        return blob.data.slice().buffer;
      }
    };
    const require = createRequire(import.meta.url);
    const c2pa = await import('@contentauth/c2pa-wasm');
    c2pa.initSync({ module: readFileSync(require.resolve('@contentauth/c2pa-wasm/c2pa.wasm')) });
    return c2pa;
  })();
  return module;
}

/** Room for the COSE signature: two certificates, a time-stamp token and the CBOR around them. */
const RESERVE_SIZE = 6000;

export const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

export interface ManifestDefinition {
  title?: string;
  claim_generator_info?: { name: string; version?: string }[];
  assertions: { label: string; data: unknown }[];
  [key: string]: unknown;
}

/**
 * A CAWG identity assertion to add: one signed by an X.509 certificate over the wrong bytes (its
 * signature cannot verify), or an identity claims aggregation credential from a `did:web` issuer.
 */
export type IdentityOption = { kind: 'x509-bad-signature' } | { kind: 'ica'; issuer: string };

/** Room for an identity assertion: its signer payload, signature and padding. */
const IDENTITY_RESERVE = 8000;
const IDENTITY_SIGNATURE_SIZE = 5000;

interface SignerPayload {
  referencedAssertions: { url: string; hash: Uint8Array }[];
}

export async function signFile(format: string, bytes: Uint8Array, manifest: ManifestDefinition, options: Partial<SignOptions> & { identity?: IdentityOption } = {}): Promise<Uint8Array> {
  const c2pa = await loadBuilder();
  const pki = options.signer ? undefined : makeTestPki();
  const signOptions: SignOptions = { signer: options.signer ?? pki!.signer, chain: options.chain ?? [pki!.root], ...options };
  const identity = options.identity;
  const identities = identity
    ? [
        {
          sigType: identity.kind === 'ica' ? 'cawg.identity_claims_aggregation' : 'cawg.x509.cose',
          reserveSize: IDENTITY_RESERVE,
          referencedAssertions: ['c2pa.actions.v2'],
          roles: ['cawg.creator'],
          sign: async (payload: SignerPayload) =>
            (identity.kind === 'ica' ? icaSignature(identity.issuer, payload) : coseSign1(new TextEncoder().encode('not the signer payload'), IDENTITY_SIGNATURE_SIZE, signOptions)) as Uint8Array<ArrayBuffer>,
        },
      ]
    : [];
  // The builder checks what it signed unless told not to; the tests sign broken files on purpose.
  const context = JSON.stringify({ verify: { verify_after_sign: false } });
  const builder = c2pa.WasmBuilder.fromJson(JSON.stringify({ claim_generator_info: [{ name: 'Assay tests', version: '1.0' }], ...manifest }), context);
  try {
    const signed = await builder.sign({ alg: 'es256', reserveSize: RESERVE_SIZE, sign: async (claim: Uint8Array) => coseSign1(claim, RESERVE_SIZE, signOptions) as Uint8Array<ArrayBuffer> }, identities, format, new BytesBlob(bytes));
    return new Uint8Array(signed);
  } finally {
    builder.free();
  }
}

/** The actions assertion of a manifest that says how the asset was made. */
export function actions(...list: Record<string, unknown>[]): ManifestDefinition['assertions'][number] {
  return { label: 'c2pa.actions.v2', data: { actions: list } };
}
