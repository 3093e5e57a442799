import { defineConfig } from 'wxt';
import { CLASSIFIER_HOSTS } from './lib/classify/catalogue';
import { REMOTE_DATA_COLLECTION } from './lib/settings/remote-permission';
import { originsOf, PLATFORM_IDS, PLATFORMS } from './lib/platforms/registry';
import { localeFiles } from './lib/i18n/chrome';

// End-to-end tests cannot click the toolbar icon to grant `activeTab`, so their build (ASSAY_E2E=1)
// adds loopback host access. The shipped build asks for no host at all.
const e2e = process.env.ASSAY_E2E === '1';
// `npm run size` (scripts/sizes.mjs) builds with source maps into a folder of its own, to tell what
// each content script is made of; the shipped build has none.
const sizes = process.env.ASSAY_SIZES === '1';

// Platform hosts (Gmail, Outlook) are optional: asked for when the user turns a platform on. The e2e
// build grants them up front for the same reason as loopback (a headless browser cannot answer Chrome's
// permission prompt); the fixture pages are served under those real host names.
const PLATFORM_MATCHES = PLATFORM_IDS.flatMap((id) => originsOf(PLATFORMS[id]));
/** Any site, optional: images hosted on another site are read only when the user allows that one site. */
const IMAGE_SITES = ['https://*/*', 'http://*/*'];

/**
 * The add-on's id in Firefox: fixed, so its storage and IndexedDB survive updates and reinstalls, and
 * the e2e tests can pin its moz-extension:// host (`extensions.webextensions.uuids`).
 */
export const GECKO_ID = 'assay@assay.local';

/**
 * Firefox's own settings. 140 (an ESR) is the first with built-in data-collection consent: nothing
 * leaves the machine by default ("none"); a second opinion sends passages' text, website content, only
 * once the user turns a provider on and Firefox asks (lib/settings/remote-permission.ts).
 */
const FIREFOX_GECKO = {
  id: GECKO_ID,
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'], optional: [...REMOTE_DATA_COLLECTION] },
};
/** Firefox for Android reads the same consent key from 142 on. */
const FIREFOX_ANDROID = { strict_min_version: '142.0' };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // One manifest version for every browser: WXT builds Firefox as MV2 unless told otherwise.
  manifestVersion: 3,
  // The e2e build carries a test-only bridge (entrypoints/background/e2e-bridge.ts); elsewhere it is dead code.
  // Workers as ES modules, so what they load on demand (pdf.js in the audit worker) is a chunk of its
  // own: Firefox's reviewers' linter does not parse a single file over 5 MB.
  vite: () => ({
    define: { 'import.meta.env.ASSAY_E2E': JSON.stringify(e2e) },
    worker: { format: 'es' as const },
    ...(sizes ? { build: { sourcemap: true } } : {}),
  }),
  zip: {
    // The sources archive Firefox's reviewers rebuild from (`npm ci && npm run build:firefox`): the
    // project without tests' outputs, local demo output or anything fetched.
    excludeSources: ['tests/**', 'test-results/**', 'demo-output/**', 'dist/**', '.cache/**', 'samples/**/*.png', '**/*.log', 'stats.html'],
  },
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : sizes ? '{{browser}}-mv{{manifestVersion}}-sizes' : undefined,
  manifest: ({ browser }) => ({
    // Name, description and title come from the message catalogues (lib/i18n), written to _locales/.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Firefox has no offscreen documents (its MV3 background is an event page that hosts the workers itself).
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: e2e ? ['http://127.0.0.1/*', 'https://127.0.0.1/*', 'http://localhost/*'] : [],
    // Remote classifiers are asked for only when the user turns one on (the self-hosted server may be
    // anywhere); their hosts come from the provider catalogue, the platforms' from the platform registry.
    // Any site, optional and never asked for up front: a page's images hosted on another site are read
    // only when the user asks and allows that one site (the popup's "Read images from other sites").
    optional_host_permissions: [...PLATFORM_MATCHES, ...CLASSIFIER_HOSTS, ...IMAGE_SITES],
    options_ui: { open_in_tab: true },
    // The C2PA reader is WebAssembly; MV3's default policy forbids compiling it.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: FIREFOX_GECKO, gecko_android: FIREFOX_ANDROID } } : {}),
  }),
  hooks: {
    // One catalogue per language (lib/i18n) becomes _locales/<lang>/messages.json.
    'build:publicAssets': (_, files) => {
      files.push(...localeFiles());
    },
    // WXT adds a run-time content script's matches to host_permissions; ours are optional instead.
    'build:manifestGenerated': (_, manifest) => {
      const hosts = (manifest.host_permissions ?? []).filter((h: string) => !PLATFORM_MATCHES.includes(h));
      manifest.host_permissions = e2e ? [...hosts, ...PLATFORM_MATCHES] : hosts;
      manifest.optional_host_permissions = [...new Set(manifest.optional_host_permissions ?? [])];
      // WXT titles the action with the popup page's <title> ("Assay"): the toolbar says what a click does,
      // in the browser's language (the catalogue's ext_actionTitle). The icons (public/icon/<size>.png,
      // made by scripts/icons.mjs) are WXT's `icons`; the action uses them too.
      manifest.action = { ...manifest.action, default_title: '__MSG_ext_actionTitle__', default_icon: manifest.icons };
    },
  },
});
