import { INTENSITIES, type PlantContext } from './plant-context.js';
import type { Network } from './nominee-network.js';

/** Shell markers on one company of each network: not located at its address, closed ex officio, tiny capital. */
export function plantShellCompanies(ctx: PlantContext, networks: readonly Network[]): void {
  INTENSITIES.forEach((intensity, i) => {
    const network = networks[i];
    const shell = network?.shells[0];
    if (!network || !shell) return;
    const org = ctx.world.org(shell.orgId);
    // More markers for more blatant instances: near-threshold keeps an active, located company.
    org.located = i === 0;
    org.active = i < 2;
    ctx.record(
      'SHELL_COMPANY',
      { from: 0, to: ctx.world.lastMonth },
      [ctx.partyId(org)],
      intensity,
      `Company registered a year before the period with nominal capital, a nominee owner and a shared address${org.located ? '' : ', not located by the tax office'}${org.active ? '' : ', closed ex officio'}, yet it trades kilograms of gold.`,
      network.id,
    );
  });
}
