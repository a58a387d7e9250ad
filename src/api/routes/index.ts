import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { auditRoutes } from './audit.js';
import { authPasswordRoutes } from './auth-password.js';
import { authTokenRoutes } from './auth-tokens.js';
import { authRoutes } from './auth.js';
import { alertTriageRoutes } from './alert-triage.js';
import { alertRoutes } from './alerts.js';
import { batchRoutes } from './batches.js';
import { healthRoutes } from './health.js';
import { userTokenRoutes } from './user-tokens.js';
import { userRoutes } from './users.js';
import { overviewRoutes } from './overview.js';
import { uploadRoutes } from './uploads.js';
import { riskRoutes } from './risk.js';
import { entityRoutes } from './entities.js';
import { geographyRoutes } from './geography.js';
import { reconciliationRoutes } from './reconciliation.js';
import { rulesRoutes } from './rules.js';
import { federationRoutes } from './federation.js';
import { revealRoutes } from './reveal-requests.js';

/** Every route module, registered under /api in this order. */
export const ROUTES: readonly FastifyPluginAsyncTypebox[] = [
  healthRoutes,
  authRoutes,
  authTokenRoutes,
  authPasswordRoutes,
  userRoutes,
  userTokenRoutes,
  auditRoutes,
  alertRoutes,
  alertTriageRoutes,
  overviewRoutes,
  batchRoutes,
  uploadRoutes,
  riskRoutes,
  entityRoutes,
  geographyRoutes,
  reconciliationRoutes,
  rulesRoutes,
  federationRoutes,
  revealRoutes,
];
