import { describe, expect, it } from 'vitest';
import { C2PA_STATUS, statusEntry } from '../../../lib/provenance/c2pa-status';
import { summarizeStore } from '../../../lib/provenance/c2pa';

/**
 * The failure and informational codes of the C2PA Technical Specification 2.2 (tables "Validation
 * failure codes" and "Validation informational codes"), the codes older files still carry (1.4/2.0),
 * and the CAWG identity assertion 1.1 codes: each must have its meaning and its words in the table.
 */
const SPEC_CODES = [
  'algorithm.deprecated', 'ingredient.unknownProvenance', 'signingCredential.ocsp.inaccessible', 'signingCredential.ocsp.skipped',
  'timeOfSigning.insideValidity', 'timeOfSigning.outsideValidity', 'timeStamp.malformed', 'timeStamp.mismatch', 'timeStamp.outsideValidity', 'timeStamp.untrusted',
  'algorithm.unsupported', 'assertion.action.ingredientMismatch', 'assertion.action.malformed', 'assertion.action.redacted', 'assertion.action.redactionMismatch',
  'assertion.bmffHash.malformed', 'assertion.bmffHash.mismatch', 'assertion.boxesHash.malformed', 'assertion.boxesHash.mismatch', 'assertion.boxesHash.unknownBox',
  'assertion.cloud-data.actions', 'assertion.cloud-data.hardBinding', 'assertion.cloud-data.malformed', 'assertion.cbor.invalid', 'assertion.collectionHash.incorrectFileCount',
  'assertion.collectionHash.invalidURI', 'assertion.collectionHash.malformed', 'assertion.collectionHash.mismatch', 'assertion.dataHash.malformed', 'assertion.dataHash.mismatch',
  'assertion.dataHash.redacted', 'assertion.hashedURI.mismatch', 'assertion.inaccessible', 'assertion.ingredient.malformed', 'assertion.json.invalid', 'assertion.missing',
  'assertion.multiAssetHash.malformed', 'assertion.multiAssetHash.missingPart', 'assertion.multiAssetHash.mismatch', 'assertion.multipleHardBindings', 'assertion.notRedacted',
  'assertion.outsideManifest', 'assertion.selfRedacted', 'assertion.timestamp.malformed', 'assertion.undeclared', 'claim.cbor.invalid', 'claim.hardBindings.missing',
  'claim.malformed', 'claim.missing', 'claim.multiple', 'claimSignature.missing', 'claimSignature.mismatch', 'claimSignature.outsideValidity', 'general.error',
  'hashedURI.missing', 'hashedURI.mismatch', 'ingredient.claimSignature.missing', 'ingredient.claimSignature.mismatch', 'ingredient.manifest.missing',
  'ingredient.manifest.mismatch', 'manifest.compressed.invalid', 'manifest.inaccessible', 'manifest.multipleParents', 'manifest.timestamp.invalid',
  'manifest.timestamp.wrongParents', 'manifest.update.invalid', 'manifest.update.wrongParents', 'signingCredential.invalid', 'signingCredential.ocsp.revoked',
  'signingCredential.ocsp.unknown', 'signingCredential.untrusted',
  // C2PA 1.4/2.0
  'signingCredential.expired', 'signingCredential.revoked', 'ingredient.hashedURI.mismatch', 'claim.required.missing',
  // CAWG identity assertion 1.1
  'cawg.identity.cbor.invalid', 'cawg.identity.assertion.mismatch', 'cawg.identity.assertion.duplicate', 'cawg.identity.credential_revoked', 'cawg.identity.hard_binding_missing',
  'cawg.identity.sig_type.unknown', 'cawg.identity.pad.invalid', 'cawg.identity.expected_partial_claim.mismatch', 'cawg.identity.expected_claim_generator.mismatch',
  'cawg.identity.unexpected_countersigner', 'cawg.identity.expected_countersigner.mismatch', 'cawg.identity.expected_countersigner.missing',
  'cawg.ica.invalid_cose_sign1', 'cawg.ica.invalid_alg', 'cawg.ica.invalid_content_type', 'cawg.ica.invalid_verifiable_credential', 'cawg.ica.invalid_issuer',
  'cawg.ica.did_unsupported_method', 'cawg.ica.did_unavailable', 'cawg.ica.invalid_did_document', 'cawg.ica.untrusted_issuer', 'cawg.ica.signature_mismatch',
  'cawg.ica.time_stamp.invalid', 'cawg.ica.valid_from.missing', 'cawg.ica.valid_from.invalid', 'cawg.ica.valid_until.invalid', 'cawg.ica.revocation.unsupported',
  'cawg.ica.revocation.unavailable', 'cawg.ica.credential.revoked', 'cawg.ica.signer_payload.mismatch', 'cawg.ica.verified_identities.missing', 'cawg.ica.verified_identities.invalid',
];

describe('the status table', () => {
  it.each(SPEC_CODES)('%s has a meaning and words', (code) => {
    const entry = C2PA_STATUS[code];
    expect(entry, code).toBeDefined();
    expect(entry!.meaning.length).toBeGreaterThan(20);
    expect(entry!.words.length).toBeGreaterThan(10);
    expect(Boolean(entry!.identity)).toBe(code.startsWith('cawg.'));
  });

  it('calls only a changed file "changed after signing": no signature, identity or record mismatch', () => {
    const changed = Object.entries(C2PA_STATUS).filter(([, e]) => /changed after signing/.test(e.words)).map(([code]) => code);
    expect(changed.sort()).toEqual(['assertion.bmffHash.mismatch', 'assertion.boxesHash.mismatch', 'assertion.collectionHash.mismatch', 'assertion.dataHash.mismatch', 'assertion.multiAssetHash.mismatch']);
    for (const code of ['claimSignature.mismatch', 'assertion.hashedURI.mismatch', 'ingredient.manifest.mismatch', 'cawg.ica.signature_mismatch', 'cawg.x509.signature.mismatch', 'cawg.identity.assertion.mismatch'])
      expect(C2PA_STATUS[code]!.effect, code).not.toBe('tampered');
  });

  it('names an unknown failure by its code rather than passing it', () => {
    expect(statusEntry('assertion.somethingNew.failed')).toMatchObject({ effect: 'invalid', words: expect.stringContaining('assertion.somethingNew.failed') });
    expect(statusEntry('cawg.something.new')).toMatchObject({ effect: 'invalid', identity: true });
  });
});

/** What the reader reports for two public test files, as it reported them (code and explanation). */
const store = (failure: { code: string; explanation: string }[], success: string[] = []) => ({
  active_manifest: 'urn:uuid:1',
  manifests: { 'urn:uuid:1': { claim_generator: 'test', assertions: [] } },
  validation_state: 'Invalid',
  validation_results: { activeManifest: { success: success.map((code) => ({ code })), informational: [], failure } },
});

describe('files the reader cannot validate for its own reasons "could not be checked here"', () => {
  it('a data hash whose exclusion also covers the EXIF block (Truepic, 2023)', () => {
    const summary = summarizeStore(
      store([
        { code: 'signingCredential.untrusted', explanation: 'signing certificate untrusted' },
        { code: 'assertion.dataHash.mismatch', explanation: 'data hash exclusion does not match the manifest location in the asset' },
      ]),
    );
    expect(summary.validation).toBe('unchecked');
    expect(summary.problems).toEqual([expect.objectContaining({ code: 'assertion.dataHash.mismatch', effect: 'unchecked', words: expect.stringMatching(/EXIF/) })]);
  });

  it('the first segment of a fragmented (DASH) video, whose hash covers segments not in the file', () => {
    const summary = summarizeStore(store([{ code: 'assertion.bmffHash.mismatch', explanation: 'asset hash error, name: unnamed, error: hash verification( BMFF inithash must not be present for non-fragmented media )' }]));
    expect(summary.validation).toBe('unchecked');
  });

  it('while a plain hash mismatch stays tampering', () => {
    expect(summarizeStore(store([{ code: 'assertion.dataHash.mismatch', explanation: 'asset hash error, name: jumbf manifest, error: hash verification( Hashes do not match )' }])).validation).toBe('tampered');
  });
});
