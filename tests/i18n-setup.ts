// Every test context shows words as the extension's pages do: both catalogues registered.
import '../lib/i18n/all';
