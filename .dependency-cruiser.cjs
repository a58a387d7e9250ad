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
      name: 'core-is-the-base',
      comment: 'core/ is what every layer shares: it imports nothing else from src/.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'store-is-a-foundation',
      comment:
        'Storage knows nothing of the modules that use it: it narrows reads by a Scope (store/scope/) but never asks who the actor is (access/).',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(access|audit|triage|ingest|detect|resolve|network|risk|simulate|api|cli)/' },
    },
    {
      name: 'audit-sits-on-store',
      comment:
        'The audit trail records what access/ and the API did; it imports neither them nor the analytics.',
      severity: 'error',
      from: { path: '^src/audit/' },
      to: { path: '^src/(access|triage|ingest|detect|resolve|network|risk|simulate)/' },
    },
    {
      name: 'access-sits-on-audit',
      comment:
        'Users, roles and sign-in use store/ and audit/; only triage/ and the entry points use access/.',
      severity: 'error',
      from: { path: '^src/access/' },
      to: { path: '^src/(triage|ingest|detect|resolve|network|risk|simulate)/' },
    },
    {
      name: 'triage-sits-on-access',
      comment: 'Cases are moved by actors under access rules; triage/ does not reach into the analytics.',
      severity: 'error',
      from: { path: '^src/triage/' },
      to: { path: '^src/(ingest|detect|resolve|network|risk|simulate)/' },
    },
    {
      name: 'analytics-know-no-users',
      comment:
        'Ingestion and the analytics take a Scope from store/scope/ when they read for someone; users, the audit trail and cases are above them.',
      severity: 'error',
      from: { path: '^src/(ingest|detect|resolve|network|risk|simulate)/' },
      to: { path: '^src/(access|audit|triage)/' },
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
