import type { KeyObject } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, type VetaApp } from '../api/app.js';
import { runDemoPipeline, type DemoSummary } from '../demo/demo-pipeline.js';
import { ensureDemoUser } from '../demo/demo-user.js';
import type { Database } from '../store/engine/database.js';

/** The built web application the server serves (npm run build writes it). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** A running Veta on a demo database: its address, and how to stop it. */
export interface DemoServer {
  readonly url: string;
  readonly app: VetaApp;
  readonly summary: DemoSummary;
  stop(): Promise<void>;
}

/**
 * Builds the demo region on `db` with the demo's own pipeline (simulate, ingest, resolve, detect,
 * the demo user) and serves the API with the built web app on a free port of 127.0.0.1.
 */
export async function startDemoServer(
  db: Database,
  options: { revealKey?: KeyObject } = {},
): Promise<DemoServer> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error(`The web app is not built (${WEB_DIST}); run "npm run build" first.`);
  }
  const files = mkdtempSync(join(tmpdir(), 'veta-e2e-files-'));
  try {
    const summary = await runDemoPipeline(db, { filesDir: files });
    await ensureDemoUser(db);
    const app = await buildApp({ db, webRoot: WEB_DIST, ...options });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url,
      app,
      summary,
      async stop() {
        await app.close();
        rmSync(files, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(files, { recursive: true, force: true });
    throw error;
  }
}
