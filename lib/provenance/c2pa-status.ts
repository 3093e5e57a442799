/**
 * The one table of C2PA validation status codes: what each means and what Assay tells a client when a
 * reader reports it. Meanings follow the C2PA Technical Specification's status-code tables (v2.2,
 * "Returning validation results"; codes retired after 1.4/2.0, such as `signingCredential.expired`, are
 * kept for the files that still carry them), the codes c2pa-rs adds (its `validation_results.rs`), and,
 * for `cawg.*`, the CAWG identity assertion specification (v1.1, "Validation" and "Identity claims
 * aggregation") and c2pa-rs's X.509 identity codes.
 *
 * Each code has an effect on the verdict:
 * - `tampered`: the file's bytes no longer match what was signed.
 * - `invalid`: the credentials themselves fail (altered record, bad signature, unfit certificate, malformed).
 * - `unchecked`: this reader could not check it here (offline, unsupported, its own stricter rule); it
 *   says nothing either way about the file.
 * - `untrusted`: the signer is not on the trust list; the signature itself is sound.
 * - `info`: no bearing on validity.
 * Codes marked `identity` concern a CAWG identity assertion (who the credentials name as the maker):
 * they are judged apart from the credentials, never as a change to the file.
 *
 * `{media}` in the words is replaced by "image", "video", "audio" or "document".
 */
export type StatusEffect = 'tampered' | 'invalid' | 'unchecked' | 'untrusted' | 'info';

export interface StatusEntry {
  effect: StatusEffect;
  /** What the specification says the code means. */
  meaning: string;
  /** What it means for the client, completing "Content Credentials present, but …". */
  words: string;
  identity?: true;
}

const e = (effect: StatusEffect, meaning: string, words: string): StatusEntry => ({ effect, meaning, words });
const id = (effect: StatusEffect, meaning: string, words: string): StatusEntry => ({ effect, meaning, words, identity: true });

const CHANGED = "the {media}'s content no longer matches the hash signed in its credentials: it was changed after signing";
const MALFORMED_BINDING = 'the hash that ties the credentials to the {media} is malformed, so they cannot be matched to it';

export const C2PA_STATUS: Readonly<Record<string, StatusEntry>> = {
  // The hard binding: do the file's bytes match what was signed?
  'assertion.dataHash.mismatch': e('tampered', 'The hash of a byte range of the asset does not match the hash declared in the data hash assertion.', CHANGED),
  'assertion.bmffHash.mismatch': e('tampered', 'The hash of a box-based (ISO BMFF) asset does not match the hash declared in the BMFF hash assertion.', CHANGED),
  'assertion.boxesHash.mismatch': e('tampered', 'The hash of a general box-like asset does not match the hash declared in the general box hash assertion.', CHANGED),
  'assertion.boxesHash.unknownBox': e('tampered', 'A box other than those expected was found.', 'the {media} holds a part its signed hash does not cover: it was added after signing'),
  'assertion.collectionHash.mismatch': e('tampered', 'A hash of an asset in the collection does not match the hash declared in the collection data hash assertion.', 'a file of the signed collection was changed after signing'),
  'assertion.multiAssetHash.mismatch': e('tampered', 'The hash of a part of a multi-part asset does not match the hash declared in the multi-asset hash assertion.', 'a part of the {media} was changed after signing'),
  'assertion.collectionHash.incorrectFileCount': e('invalid', 'An asset listed in the collection data hash assertion is missing from the collection.', 'a file listed in the signed collection is missing'),
  'assertion.multiAssetHash.missingPart': e('invalid', 'A required part of the multi-part asset cannot be located.', 'a required part of the {media} is missing'),
  'assertion.dataHash.malformed': e('invalid', 'A data hash assertion is malformed.', MALFORMED_BINDING),
  'assertion.bmffHash.malformed': e('invalid', 'A BMFF hash assertion is malformed.', MALFORMED_BINDING),
  'assertion.boxesHash.malformed': e('invalid', 'The general box hash assertion is malformed.', MALFORMED_BINDING),
  'assertion.collectionHash.malformed': e('invalid', 'The collection hash assertion was incomplete.', MALFORMED_BINDING),
  'assertion.multiAssetHash.malformed': e('invalid', 'A multi-asset hash assertion is malformed.', MALFORMED_BINDING),
  'assertion.collectionHash.invalidURI': e('invalid', "A URI of an asset in the collection data hash assertion contains the file part '..' or '.'.", 'the signed collection names a file outside itself'),
  'assertion.dataHash.redacted': e('invalid', 'A hard binding assertion was redacted when the claim was created.', 'the hash that ties the credentials to the {media} was removed'),
  'claim.hardBindings.missing': e('invalid', 'No hard bindings are present.', 'the credentials are not tied to the {media}\'s content (no hard binding)'),
  'assertion.multipleHardBindings': e('invalid', 'The manifest has more than one hard binding assertion.', 'the credentials carry more than one hash of the {media}, which the format forbids'),
  'assertion.cloud-data.hardBinding': e('invalid', 'A hard binding assertion is in a cloud data assertion.', 'the hash of the {media} is stored online, which the format forbids'),
  // The signed record (claim and assertions).
  'assertion.hashedURI.mismatch': e('invalid', "The hash of the referenced assertion in the manifest does not match the corresponding hash in the assertion's hashed URI in the claim.", 'a statement in the credentials was altered after signing'),
  'hashedURI.mismatch': e('invalid', "The hash of a given hashed_uri does not match the corresponding hash of the destination URI's data.", 'a part the credentials refer to was altered after signing'),
  'hashedURI.missing': e('invalid', 'The data pointed to by a hashed_uri cannot be located.', 'a part the credentials refer to is missing'),
  'assertion.missing': e('invalid', "An assertion listed in the manifest's claim is missing from the asset's manifest.", 'a signed statement is missing from the credentials'),
  'assertion.undeclared': e('invalid', 'An assertion was found in the manifest that was not explicitly declared in the claim.', 'the credentials hold a statement that was never signed'),
  'assertion.outsideManifest': e('invalid', 'An assertion listed in the claim is not in the same C2PA Manifest as the claim.', 'a signed statement is stored outside the credentials it belongs to'),
  'assertion.notRedacted': e('invalid', 'An assertion was declared as redacted in the claim but is still present in the manifest.', 'a statement declared removed is still there'),
  'assertion.selfRedacted': e('invalid', 'An assertion was declared as redacted by its own claim.', 'the credentials remove one of their own statements, which the format forbids'),
  'assertion.required.missing': e('invalid', 'A required field is not present in an assertion.', 'a statement in the credentials lacks a required field'),
  'assertion.cbor.invalid': e('invalid', 'The CBOR of an assertion is not valid.', 'a statement in the credentials cannot be decoded'),
  'assertion.json.invalid': e('invalid', 'The JSON(-LD) of an assertion is not valid.', 'a statement in the credentials cannot be decoded'),
  'assertion.action.malformed': e('invalid', 'An actions assertion is malformed.', 'the list of actions in the credentials is malformed'),
  'assertion.action.ingredientMismatch': e('invalid', 'An action that requires an associated ingredient either does not have one or the one specified cannot be located.', 'an action names an ingredient (a source file) that the credentials do not hold'),
  'assertion.action.redacted': e('invalid', 'An actions assertion was redacted when the claim was created.', 'the list of actions was removed from the credentials'),
  'assertion.action.redactionMismatch': e('invalid', 'An action that requires an associated redaction either does not have one or the one specified cannot be located.', 'a recorded removal does not match what was removed'),
  'assertion.ingredient.malformed': e('invalid', 'The ingredient assertion was incomplete.', 'the record of an ingredient (a source file) is incomplete'),
  'assertion.timestamp.malformed': e('invalid', 'The time-stamp assertion is malformed.', 'a time-stamp statement is malformed'),
  'assertion.metadata.disallowed': e('invalid', 'The C2PA metadata assertion contains a field that is not allowed by the specification.', 'the metadata statement holds a field the format does not allow'),
  'assertion.cloud-data.actions': e('invalid', 'An update manifest contains a cloud data assertion referencing an actions assertion.', 'an update to the credentials refers to actions stored online, which the format forbids'),
  'assertion.cloud-data.malformed': e('invalid', 'The cloud-data assertion was incomplete.', 'a reference to data stored online is incomplete'),
  'claim.missing': e('invalid', 'The referenced claim in the manifest cannot be found.', 'the signed record (claim) is missing'),
  'claim.multiple': e('invalid', 'More than one claim box is present in the manifest.', 'the credentials hold more than one signed record, which the format forbids'),
  'claim.malformed': e('invalid', 'The data/fields of the referenced claim in the manifest are not correct.', 'the signed record (claim) is malformed'),
  'claim.cbor.invalid': e('invalid', 'The CBOR of the claim is not valid.', 'the signed record (claim) cannot be decoded'),
  'claim.required.missing': e('invalid', 'A required field is not present in the claim.', 'the signed record (claim) lacks a required field'),
  'manifest.compressed.invalid': e('invalid', 'The compressed manifest was not valid.', 'the compressed credentials cannot be read'),
  'manifest.multipleParents': e('invalid', 'The manifest has more than one ingredient whose relationship is parentOf.', 'the credentials name more than one parent file, which the format forbids'),
  'manifest.update.invalid': e('invalid', 'The manifest is an update manifest, but it contains a disallowed assertion, such as a hard binding or actions assertions.', 'an update to the credentials holds statements an update may not make'),
  'manifest.update.wrongParents': e('invalid', 'The manifest is an update manifest, but it contains either zero or multiple parentOf ingredients.', 'an update to the credentials does not name exactly one parent'),
  'manifest.timestamp.invalid': e('invalid', 'The manifest is a time-stamp manifest, but it contains a disallowed (non-ingredient) assertion.', 'a time-stamp record holds statements it may not make'),
  'manifest.timestamp.wrongParents': e('invalid', 'The manifest is a time-stamp manifest, but it contains either zero or multiple parentOf ingredients.', 'a time-stamp record does not name exactly one parent'),
  'manifest.unreferenced': e('invalid', 'The manifest is not referenced via an ingredient assertion (c2pa-rs).', 'the credentials hold a record that nothing refers to'),
  'manifest.unknownProvenance': e('unchecked', 'The asset manifest cannot be interpreted by this version of the SDK (c2pa-rs).', 'the credentials use a form this reader cannot interpret'),
  'ingredient.manifest.missing': e('invalid', 'The referenced ingredient C2PA Manifest was not found.', 'the credentials of an ingredient (a source file) they refer to are missing'),
  'ingredient.manifest.mismatch': e('invalid', "The hash of an embedded C2PA Manifest does not match the hash declared in the ingredient assertion's activeManifest.", "an ingredient's credentials were altered after this file was signed"),
  'ingredient.claimSignature.missing': e('invalid', 'The referenced ingredient C2PA Claim Signature was not found.', "an ingredient's signature is missing"),
  'ingredient.claimSignature.mismatch': e('invalid', "The hash of an embedded C2PA Manifest's Claim Signature does not match the hash declared in the ingredient assertion.", "an ingredient's signature was altered after this file was signed"),
  'ingredient.hashedURI.mismatch': e('invalid', "The hash of the referenced ingredient claim does not match the corresponding hash in the ingredient's hashed URI (C2PA 1.x/2.0).", "an ingredient's credentials were altered after this file was signed"),
  // The signature and the signer's certificate.
  'claimSignature.missing': e('invalid', 'The claim signature referenced in the claim cannot be found in its manifest.', 'the credentials are not signed: the signature is missing'),
  'claimSignature.mismatch': e('invalid', 'The claim signature referenced in the claim failed to validate.', 'the signature on the credentials does not verify: the signed record was altered after signing or the signature is corrupt'),
  'claimSignature.outsideValidity': e('invalid', 'The claim signature was created outside the validity period of the signing credential.', "they were signed when the signer's certificate was not valid"),
  'signingCredential.invalid': e('invalid', 'The signing credential is not valid for signing.', "the signer's certificate is not fit for signing Content Credentials"),
  'signingCredential.revoked': e('invalid', 'The signing credential has been revoked by the issuer (C2PA 1.x/2.0).', "the signer's certificate was revoked by its issuer"),
  'signingCredential.ocsp.revoked': e('invalid', 'The OCSP response indicates that the signing credential has been revoked by the issuer.', "the signer's certificate was revoked by its issuer"),
  'signingCredential.expired': e('invalid', 'The signing credential has expired (C2PA 1.x/2.0; used when no valid time-stamp shows the signature was made within its validity).', "the signer's certificate has expired and no time-stamp shows the credentials were signed while it was valid"),
  'signingCredential.untrusted': e('untrusted', "The signing credential is not listed on any of the validator's applicable trust lists.", 'the signer is not on the trust list'),
  'algorithm.unsupported': e('unchecked', 'The algorithm is unspecified or unsupported.', 'they use a signing or hash algorithm this reader does not support'),
  'general.error': e('unchecked', 'A value to be used when there was an error not specifically listed.', 'the reader met an error it could not name'),
  'assertion.inaccessible': e('unchecked', 'A non-embedded (remote) assertion was inaccessible at the time of validation.', 'part of them is stored online and was not fetched (Assay does not go online to check)'),
  'manifest.inaccessible': e('unchecked', 'A non-embedded (remote) manifest was inaccessible at the time of validation.', 'they are stored online and were not fetched (Assay does not go online to check)'),
  // Informational: reported, never a failure.
  'signingCredential.ocsp.inaccessible': e('info', 'The validator attempted an online OCSP check but did not receive a response.', "the signer's revocation status was not checked online"),
  'signingCredential.ocsp.skipped': e('info', 'The validator chose not to perform an online OCSP check.', "the signer's revocation status was not checked online"),
  'signingCredential.ocsp.unknown': e('info', 'The OCSP response contains an unknown status for the signing credential.', "the signer's revocation status is unknown"),
  'timeStamp.untrusted': e('info', "The time-stamp credential is not listed on the validator's TSA trust lists.", 'the time-stamp authority is not on the trust list'),
  'timeStamp.mismatch': e('info', 'The time-stamp does not correspond to the contents of the claim.', 'the time-stamp does not match the signature'),
  'timeStamp.malformed': e('info', 'The time-stamp response is not properly formed, as per RFC 3161.', 'the time-stamp is malformed'),
  'timeStamp.outsideValidity': e('info', "The signed time-stamp attribute was created outside the validity period of the TSA's certificate.", "the time-stamp was made outside its authority's certificate validity"),
  'timeOfSigning.outsideValidity': e('info', "The claimed time of signing is outside the validity period of the signer's certificate chain or later than a trusted time-stamp.", "the stated signing time is outside the certificate's validity"),
  'timeOfSigning.insideValidity': e('info', "The claimed time of signing is within the validity period of the signer's certificate chain.", 'signed within the certificate validity'),
  'algorithm.deprecated': e('info', 'The algorithm has been deprecated.', 'they use a deprecated algorithm'),
  'ingredient.unknownProvenance': e('info', 'The ingredient does not have a C2PA Manifest.', 'an ingredient carries no credentials of its own'),
  'assertion.dataHash.additionalExclusionsPresent': e('info', 'Additional exclusions are present in the data hash assertion (c2pa-rs).', 'the signed hash leaves out more than the credentials'),
  'assertion.bmffHash.additionalExclusionsPresent': e('info', 'Additional exclusions are present in the BMFF hash assertion (c2pa-rs).', 'the signed hash leaves out more than the credentials'),
  'assertion.boxesHash.additionalExclusionsPresent': e('info', 'Additional exclusions are present in the box hash assertion (c2pa-rs).', 'the signed hash leaves out more than the credentials'),

  // CAWG identity assertions: who the credentials name as the maker, judged apart from the credentials.
  'cawg.identity.cbor.invalid': id('invalid', 'The CBOR of the identity assertion is not valid.', 'it cannot be decoded'),
  'cawg.identity.assertion.mismatch': id('invalid', 'The identity assertion contains an assertion reference that could not be found in the C2PA claim.', 'it vouches for a statement the credentials do not hold'),
  'cawg.identity.assertion.duplicate': id('invalid', 'The identity assertion contains one or more duplicate assertion references.', 'it names the same statement twice'),
  'cawg.identity.hard_binding_missing': id('invalid', 'The identity assertion does not reference a hard binding assertion.', 'it is not tied to the content of the {media}'),
  'cawg.identity.sig_type.unknown': id('unchecked', 'The signer_payload.sig_type of the identity assertion is not recognized.', 'it uses a kind of signature this reader does not know'),
  'cawg.identity.pad.invalid': id('invalid', 'The pad1 or pad2 field contains non-zero bytes.', 'it is malformed (non-zero padding)'),
  'cawg.identity.credential_revoked': id('invalid', 'The identity assertion was signed using a revoked credential.', 'its credential was revoked'),
  'cawg.identity.expected_partial_claim.mismatch': id('invalid', 'The signer_payload.expected_partial_claim field did not match the C2PA claim.', 'it was made for different credentials'),
  'cawg.identity.expected_claim_generator.mismatch': id('invalid', 'The signer_payload.expected_claim_generator field did not match the certificate used to sign the C2PA claim.', 'it expected a different signer of the credentials'),
  'cawg.identity.unexpected_countersigner': id('invalid', 'An identity assertion exists in this manifest that was not described in signer_payload.expected_countersigners.', 'an unexpected identity was added'),
  'cawg.identity.expected_countersigner.mismatch': id('invalid', 'An identity assertion has the expected signer_payload but different signing credentials than described.', 'it was signed by someone other than expected'),
  'cawg.identity.expected_countersigner.missing': id('invalid', 'signer_payload.expected_countersigners describes an identity assertion that does not exist in this manifest.', 'an expected identity is missing'),
  'cawg.ica.invalid_cose_sign1': id('invalid', 'The signature value could not be parsed as a valid COSE_Sign1 data structure.', 'its signature cannot be read'),
  'cawg.ica.invalid_alg': id('invalid', 'The alg header is missing or references an unsupported signature algorithm.', 'its signature algorithm is missing or not allowed'),
  'cawg.ica.invalid_content_type': id('invalid', 'The content type header is missing or incorrect.', 'its signed credential has the wrong type'),
  'cawg.ica.invalid_verifiable_credential': id('invalid', 'The payload of the COSE_Sign1 data structure is not valid as a Verifiable credential.', 'its credential is malformed'),
  'cawg.ica.invalid_issuer': id('invalid', 'The issuer field in the Verifiable credential is not a DID.', 'its issuer is not named in a verifiable way'),
  'cawg.ica.did_unsupported_method': id('unchecked', 'The issuer DID uses a DID method that is not supported by the validator.', "its issuer's identity document is of a kind this reader cannot look up"),
  'cawg.ica.did_unavailable': id('unchecked', 'The validator was unable to resolve the DID to its DID document.', "its issuer's identity document is looked up online, and Assay does not go online to check"),
  'cawg.ica.invalid_did_document': id('invalid', 'The DID document could not be parsed or did not contain usable public key material.', "its issuer's identity document is unusable"),
  'cawg.ica.untrusted_issuer': id('untrusted', 'The DID is issued from an untrusted source.', 'its issuer is not on the trust list'),
  'cawg.ica.signature_mismatch': id('invalid', "The signature is not valid for the verifiable credential and the credential issuer's public key.", 'its signature does not verify'),
  'cawg.ica.signer_payload.mismatch': id('invalid', 'The c2paAsset field in the Verifiable credential does not match the signer_payload value in the identity assertion.', 'its signed credential vouches for different content'),
  'cawg.ica.valid_from.missing': id('invalid', 'The Verifiable credential did not contain an issuanceDate or validFrom field.', 'its credential has no start date'),
  'cawg.ica.valid_from.invalid': id('invalid', "The Verifiable credential's issuanceDate or validFrom date is invalid.", 'its credential was not yet valid when used'),
  'cawg.ica.valid_until.invalid': id('invalid', "The Verifiable credential's expirationDate or validUntil date is invalid.", 'its credential had expired when used'),
  'cawg.ica.revocation.unsupported': id('unchecked', "The Verifiable credential's credentialStatus field uses an unsupported revocation method.", 'whether its credential was revoked cannot be checked by this reader'),
  'cawg.ica.revocation.unavailable': id('unchecked', "The Verifiable credential's revocation status could not be verified.", 'whether its credential was revoked is checked online, and Assay does not go online'),
  'cawg.ica.credential.revoked': id('invalid', 'The Verifiable credential was found to be revoked.', 'its credential was revoked'),
  'cawg.ica.verified_identities.missing': id('invalid', 'The verifiedIdentities field in the Verifiable credential is missing.', 'it names no verified identity'),
  'cawg.ica.verified_identities.invalid': id('invalid', 'One or more of the entries in verifiedIdentities is invalid.', 'a verified identity it names is invalid'),
  'cawg.ica.time_stamp.invalid': id('info', 'The COSE_Sign1 data structure contained an invalid RFC 3161 timestamp.', 'its time-stamp is invalid and was ignored'),
  'cawg.x509.credential.untrusted': id('untrusted', "The identity assertion's X.509 certificate is not on the trust list (c2pa-rs).", 'its certificate is not on the trust list'),
  'cawg.x509.credential.invalid': id('invalid', "The identity assertion's X.509 certificate is not valid for signing (c2pa-rs).", 'its certificate is not fit for signing'),
  'cawg.x509.signature.mismatch': id('invalid', "The identity assertion's COSE signature does not verify (c2pa-rs).", 'its signature does not verify'),
  'cawg.x509.signature.outside_validity': id('invalid', "The identity assertion was signed outside its certificate's validity period (c2pa-rs).", 'it was signed when its certificate was not valid'),
  'cawg.x509.algorithm.unsupported': id('unchecked', "The identity assertion's signature algorithm is not supported (c2pa-rs).", 'its signature algorithm is not supported by this reader'),
};

/**
 * The entry for a code as reported for one file. The reader's own explanation refines three codes whose
 * name alone says more than is true: a data hash "mismatch" raised because the hash leaves out more of
 * the file than the credentials (Truepic's files exclude their EXIF block: c2pa-rs refuses to check such
 * a hash at all), a BMFF "mismatch" raised because a streaming segment's init hash cannot be checked
 * without its fragments, and a missing multi-part piece that its manifest marks optional.
 */
export function statusEntry(code: string, explanation = '', context: { optionalPartsOnly?: boolean } = {}): StatusEntry {
  if (code === 'assertion.dataHash.mismatch' && /exclusion.*(does not|doesn't) match.*manifest location/i.test(explanation))
    return e('unchecked', C2PA_STATUS[code]!.meaning, 'the signed hash leaves out more of the file than the credentials themselves (for example its EXIF block), which this reader refuses to check; whether the {media} still matches was not checked');
  if (code === 'assertion.bmffHash.mismatch' && /inithash|fragment/i.test(explanation))
    return e('unchecked', C2PA_STATUS[code]!.meaning, 'this is one segment of a streaming (fragmented) video, and its hash covers segments that are not in the file');
  if (code === 'assertion.multiAssetHash.missingPart' && context.optionalPartsOnly)
    return e('info', C2PA_STATUS[code]!.meaning, 'an optional part of the {media} is not present');
  const known = C2PA_STATUS[code];
  if (known) return known;
  // A failure Assay does not know is still a failure: counted, and named by its code.
  if (code.startsWith('cawg.')) return id('invalid', 'Not in Assay\'s table.', `it failed a check Assay does not know (${code})`);
  return e('invalid', 'Not in Assay\'s table.', `they failed a check Assay does not know (${code})`);
}
