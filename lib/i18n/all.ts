import { en } from './en';
import { id } from './id';
import { registerCatalogue, type Catalogue, type Locale } from './index';

/**
 * Both catalogues, registered: imported once by each context that shows words (popup, dashboard,
 * background, CLI, platform content scripts, tests). The page script is sent its part instead.
 */
export const CATALOGUES: Record<Locale, Catalogue> = { en, id };
registerCatalogue('en', en);
registerCatalogue('id', id);
