/** The image-provenance vocabulary lives in lib/schema (records hold it); re-exported for this module's readers. */
export * from '../schema/provenance';
