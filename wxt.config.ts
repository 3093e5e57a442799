import { defineConfig } from 'wxt';
import { CLASSIFIER_HOSTS } from './lib/classify/catalogue';
import { originsOf, PLATFORM_IDS, PLATFORMS } from './lib/platforms/registry';
import { localeFiles } from './lib/i18n/chrome';

// End-to-end tests cannot click the toolbar icon to grant `activeTab`, so their build (ASSAY_E2E=1)
// adds loopback host access. The shipped build asks for no host at all.
const e2e = process.env.ASSAY_E2E === '1';

// Platform hosts (Gmail, Outlook) are optional: asked for when the user turns a platform on. The e2e
// build grants them up front for the same reason as loopback (a headless browser cannot answer Chrome's
// permission prompt); the fixture pages are served under those real host names.
const PLATFORM_MATCHES = PLATFORM_IDS.flatMap((id) => originsOf(PLATFORMS[id]));

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: {
    // Name, description and title come from the message catalogues (lib/i18n), written to _locales/.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'offscreen'],
    host_permissions: e2e ? ['http://127.0.0.1/*', 'https://127.0.0.1/*', 'http://localhost/*'] : [],
    // Remote classifiers are asked for only when the user turns one on (the self-hosted server may be
    // anywhere); their hosts come from the provider catalogue, the platforms' from the platform registry.
    optional_host_permissions: [...PLATFORM_MATCHES, ...CLASSIFIER_HOSTS],
    action: { default_title: '__MSG_ext_actionTitle__' },
    options_ui: { open_in_tab: true },
    // The C2PA reader is WebAssembly; MV3's default policy forbids compiling it.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
  },
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
      // WXT takes the popup page's <title> as the toolbar title; ours is the catalogue's.
      if (manifest.action) manifest.action.default_title = '__MSG_ext_actionTitle__';
    },
  },
});
