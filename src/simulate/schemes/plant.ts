import type { TruthWriter } from '../truth.js';
import type { World } from '../world/world.js';
import { plantAssayMismatch } from './assay-mismatch.js';
import { plantBenfordAnomaly } from './benford-anomaly.js';
import { Claims } from './claims.js';
import { plantCapacityExceeded } from './capacity-exceeded.js';
import { plantConcentrateMisclassification } from './concentrate-misclassification.js';
import { plantCrossBorderControl } from './cross-border-control.js';
import { plantExporterSurge } from './exporter-surge.js';
import { plantGhostProduction } from './ghost-production.js';
import { plantIllegalMiningSites } from './illegal-mining-site.js';
import { plantInactiveRightOrigin } from './inactive-right-origin.js';
import { plantInputDiversion } from './input-diversion.js';
import { plantInputOutputMismatch } from './input-output-mismatch.js';
import { plantInputQuotaExceeded } from './input-quota-exceeded.js';
import { plantIsotopeOriginMismatch } from './isotope-origin-mismatch.js';
import { plantMirrorTradeGap } from './mirror-trade-gap.js';
import { plantNomineeNetworks } from './nominee-network.js';
import { PlantContext } from './plant-context.js';
import { plantProductionExportGap } from './production-export-gap.js';
import { plantRegulatoryArbitrage } from './regulatory-arbitrage.js';
import { plantShellCompanies } from './shell-company.js';
import { plantStructuring } from './structuring.js';
import { plantSubsistenceCapExceeded } from './subsistence-cap-exceeded.js';
import { plantTraderMassBalance } from './trader-mass-balance.js';
import { plantUnderValuation } from './under-valuation.js';

/** Plants every typology's instances into the world and records them in the truth. */
export function plantSchemes(world: World, truth: TruthWriter): void {
  // Each typology draws from its own stream, so adding one never moves another's instances; the claims
  // keep a later typology from taking over the mines and traders an earlier one planted on.
  const claims = new Claims();
  const context = (name: string): PlantContext =>
    new PlantContext(world, world.rng.fork(`scheme/${name}`), truth, claims);
  // Networks first: ghost mines feed shells owned through a nominee.
  const networks = plantNomineeNetworks(context('nominee'));
  plantShellCompanies(context('shell'), networks);
  plantGhostProduction(context('ghost'), networks);
  plantProductionExportGap(context('production-export-gap'));
  plantCapacityExceeded(context('capacity'));
  plantSubsistenceCapExceeded(context('subsistence'));
  plantInactiveRightOrigin(context('inactive-origin'));
  plantUnderValuation(context('under-valuation'));
  plantTraderMassBalance(context('mass-balance'));
  plantStructuring(context('structuring'));
  plantExporterSurge(context('surge'));
  plantCrossBorderControl(context('cross-border'));
  plantIllegalMiningSites(context('illegal-site'));
  plantInputOutputMismatch(context('input-output'));
  plantInputQuotaExceeded(context('input-quota'));
  plantInputDiversion(context('input-diversion'));
  plantConcentrateMisclassification(context('misclassification'));
  plantAssayMismatch(context('assay'));
  plantIsotopeOriginMismatch(context('isotope'));
  plantBenfordAnomaly(context('benford'));
  plantRegulatoryArbitrage(context('arbitrage'));
  // Last: a mirror gap is planted on a partner by the gold that reaches it once every other scheme
  // has moved its mines and traders, and it moves nothing itself.
  plantMirrorTradeGap(context('mirror'));
}
