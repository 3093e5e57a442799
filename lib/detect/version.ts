import manifest from './model-data.json';

/**
 * The shipped model's version, from the small manifest `npm run train` writes beside model.json, so
 * screens can tell a record scored by an older model without loading the model itself.
 */
export const MODEL_VERSION: string = manifest.version;

/** Whether a verdict came from a model other than the shipped one (a rescan would give a current one). */
export const scoredByOlderModel = (modelVersion: string | undefined): boolean => modelVersion !== MODEL_VERSION;
