import { INTENSITIES, type PlantContext } from './plant-context.js';
import type { Network } from './nominee-network.js';

/**
 * Every company of a nominee network is a shell (recent, nominal capital, the nominee's address,
 * kilograms of gold traded), so each is planted as an instance; the first of each network carries
 * more markers as intensity grows: not located at its address, closed ex officio.
 */
export function plantShellCompanies(ctx: PlantContext, networks: readonly Network[]): void {
  INTENSITIES.forEach((intensity, i) => {
    const network = networks[i];
    const first = network?.shells[0];
    if (!network || !first) return;
    const marked = ctx.world.org(first.orgId);
    // More markers for more blatant instances: near-threshold keeps an active, located company.
    marked.located = i === 0;
    marked.active = i < 2;
    for (const shell of network.shells) {
      const org = ctx.world.org(shell.orgId);
      ctx.record(
        'SHELL_COMPANY',
        { from: 0, to: ctx.world.lastMonth },
        [ctx.partyId(org)],
        shell === first ? intensity : 'NEAR_THRESHOLD',
        `Company registered a year before the period with nominal capital, a nominee owner and a shared address${org.located ? '' : ', not located by the tax office'}${org.active ? '' : ', closed ex officio'}, yet it trades kilograms of gold.`,
        { network: network.id },
      );
    }
  });
}
