/**
 * The layers of ../shared/ARCHITECTURE.md, enforced: a module may import from its own layer and the
 * layers below it, never from above. `npm test` runs this (scripts/test.mjs); tests/unit/layers.test.ts
 * checks that a violation is caught, through WXT's path aliases (`@/`, `~/`) too.
 *
 *   0 vocabulary   lib/schema, lib/hash.ts, lib/text, lib/i18n (the message catalogues)
 *   1 pure cores   lib/detect, lib/extract, lib/provenance   (independent of one another)
 *   2 services     lib/classify, lib/certify, lib/audit, lib/report, lib/eval
 *   3 state        lib/store, lib/messaging, lib/settings
 *   4 features     lib/platforms, lib/page, lib/scan, lib/ui, lib/server
 *   5 wiring       entrypoints, components, lib/cli, scripts
 */
const L0 = '^lib/(schema/|hash\\.ts$|text/|i18n/)';
const L1 = '^lib/(detect|extract|provenance)/';
const L2 = '^lib/(classify|certify|audit|report|eval)/';
const L3 = '^lib/(store|messaging|settings)/';
const L4 = '^lib/(platforms|page|scan|ui|server)/';
const L5 = '^(entrypoints|components|scripts)/|^lib/cli/|^wxt\\.config\\.ts$';
const above = (...layers) => layers.join('|');

module.exports = {
  forbidden: [
    { name: 'vocabulary-imports-nothing-above', comment: 'lib/schema, lib/hash.ts and lib/text are the bottom layer.', severity: 'error', from: { path: L0 }, to: { path: above(L1, L2, L3, L4, L5) } },
    { name: 'cores-import-only-vocabulary', comment: 'detect, extract and provenance sit on the vocabulary alone.', severity: 'error', from: { path: L1 }, to: { path: above(L2, L3, L4, L5) } },
    {
      name: 'cores-are-independent',
      comment: 'Extraction must not depend on the detector (nor on image provenance), and the reverse.',
      severity: 'error',
      from: { path: '^lib/(detect|extract|provenance)/' },
      to: { path: '^lib/(detect|extract|provenance)/', pathNot: '^lib/$1/' },
    },
    { name: 'services-import-below', comment: 'classify, certify, audit, report and eval use the vocabulary and the cores.', severity: 'error', from: { path: L2 }, to: { path: above(L3, L4, L5) } },
    { name: 'state-imports-below', comment: 'store, messaging and settings know no platform, page or UI.', severity: 'error', from: { path: L3 }, to: { path: above(L4, L5) } },
    { name: 'features-import-below', comment: 'Platforms, the page, the scan service and UI state never reach into wiring or components.', severity: 'error', from: { path: L4 }, to: { path: L5 } },
    {
      name: 'ui-has-no-network-adapters',
      comment: 'Components and UI pages read the provider catalogue; only the background loads the adapters.',
      severity: 'error',
      from: { path: '^(components/|entrypoints/(popup|options)/)' },
      to: { path: '^lib/classify/(providers|runner)' },
    },
    { name: 'no-unresolvable', comment: 'An import that resolves to nothing hides a layer from this check.', severity: 'error', from: { path: '^(lib|entrypoints|components)/' }, to: { couldNotResolve: true, pathNot: '\\?(url|raw|worker)$' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.output|\\.wxt)/' },
    // WXT's aliases (`@/…`, `~/…`) are resolved through the tsconfig it generates.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
