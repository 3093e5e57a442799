/** Certificates: the format, signing and verifying, shared by the extension and the CLI (pure; WebCrypto only). */
export * from './format';
export { canonicalize, canonicalBytes, CanonicalizationError } from './canonical';
export { buildClaims, documentHash, passageClaim, type CertifyInput, type ScannedDocument, type ScannedImage } from './claims';
export { certify, certificateJson, certificateFileName } from './sign';
export { verifyCertificate, readCertificate, changeSummary, type VerifyResult, type GivenDocument, type GivenImage, type DocumentCheck, type ImageCheck, type Status } from './verify';
export { fingerprintOf, keyThumbprint, spokenFingerprint } from './fingerprint';
export { declarationLines, disagreements, USE_TEXT, USE_HELP } from './declaration';
export { signerTrust, rememberSigner, nameKey, KnownSignerSchema, type KnownSigner, type SignerTrust } from './tofu';
export { certificatePage } from './page';
