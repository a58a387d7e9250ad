/** Veta's dependency rule (docs/architecture.md): no cycles, and each layer imports only the layers below it. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'standard-stands-alone',
      comment: 'The data standard is publishable on its own: it imports nothing else from Veta.',
      severity: 'error',
      from: { path: '^standard/' },
      to: { path: '^src/' },
    },
    {
      name: 'store-is-a-foundation',
      comment: 'Storage knows nothing of the modules that use it.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(ingest|detect|resolve|network|risk|simulate|api|cli)/' },
    },
    {
      name: 'only-entry-points-import-the-cli-and-api',
      comment:
        'The CLI and the API are the outermost layer: nothing imports them but the browser tests (e2e), which start the real server.',
      severity: 'error',
      from: { path: '^src/(?!cli|api|e2e)' },
      to: { path: '^src/(cli|api)/' },
    },
    {
      name: 'the-demo-is-an-entry-point',
      comment: 'The demo orchestrates every module; only the CLI (veta demo) and the browser tests use it.',
      severity: 'error',
      from: { path: '^src/(?!cli|e2e|demo)' },
      to: { path: '^src/demo/' },
    },
    {
      name: 'nothing-imports-the-browser-tests',
      severity: 'error',
      from: { path: '^src/(?!e2e)' },
      to: { path: '^src/e2e/' },
    },
    {
      name: 'analytics-do-not-import-each-other-upwards',
      comment: 'risk sits above detect, resolve and network; those never import risk.',
      severity: 'error',
      from: { path: '^src/(ingest|detect|resolve|network|simulate)/' },
      to: { path: '^src/risk/' },
    },
    {
      name: 'web-never-imports-server-code',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|standard/src)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^|/)dist/' },
  },
};
