#!/usr/bin/env node
// The API over one database, listening on an ephemeral port, for the API benchmarks: run apart from
// the load generator so that the two do not share one event loop. Prints `PORT=<n>` once listening.
// Usage: node bench/api-server.js <postgres-url>
import { openDatabase } from '../dist/store/engine/open-database.js';
import { buildApp } from '../dist/api/app.js';

const db = await openDatabase({ engine: 'postgres', url: process.argv[2] });
const app = await buildApp({ db });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`PORT=${typeof address === 'object' && address ? address.port : ''}`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => db.close())
    .then(() => process.exit(0));
});
