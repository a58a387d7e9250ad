import { layerThroughHolding } from '../world/parties.js';
import type { CountryCode, Person, Trader } from '../world/types.js';
import { canonicalId } from '../world/identifiers.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

// The foreign company's register must name the owner with their passport: Colombia's RUB and
// Ecuador's REBEFICS do, directly or through a holding (Bolivia's partners list has no owner
// behind a holding, and no control without shares).
const PAIRS: readonly (readonly [CountryCode, CountryCode])[] = [
  ['PE', 'CO'],
  ['CO', 'EC'],
  ['PE', 'EC'],
];

/** One person controlling gold companies in two countries, declared under a passport abroad; both ship to one refiner. */
export function plantCrossBorderControl(ctx: PlantContext): void {
  INTENSITIES.forEach((intensity, i) => {
    const [home, abroad] = PAIRS[i] ?? ['PE', 'CO'];
    const homeCompany = ctx.newBuyer(home, 'EXPORTER', 3);
    const foreignCompany = ctx.newBuyer(abroad, 'EXPORTER', 3);
    const owner = ctx.world.person(ctx.world.org(homeCompany.orgId).representativeId);
    const passport = ctx.world.ids.passport(home);
    owner.ids.push(passport);
    const foreignOrg = ctx.world.org(foreignCompany.orgId);
    foreignOrg.owners = [
      {
        personId: owner.id,
        percent: i === 0 ? 30 : 100,
        criterion: i === 0 ? 'CONTROL' : 'PROPIEDAD',
        since: foreignOrg.registered,
      },
    ];
    // The blatant instance hides the foreign company behind a holding in its own country.
    if (i === 2) hideBehindHolding(ctx, foreignCompany, owner);
    foreignCompany.destinations = homeCompany.destinations.slice(0, 1);
    ctx.record(
      'CROSS_BORDER_CONTROL',
      { from: 0, to: ctx.world.lastMonth },
      [
        ctx.partyId(owner, home),
        canonicalId(passport),
        ctx.partyId(ctx.world.org(homeCompany.orgId)),
        ctx.partyId(foreignOrg),
      ],
      intensity,
      `A ${home} national owns a ${home} exporter and controls a ${abroad} exporter declared under a passport; both ship to the same refiner.`,
    );
  });
}

function hideBehindHolding(ctx: PlantContext, company: Trader, owner: Person): void {
  const org = ctx.world.org(company.orgId);
  const holding = layerThroughHolding(ctx.world, org, ctx.rng);
  holding.owners = [{ personId: owner.id, percent: 100, criterion: 'PROPIEDAD', since: holding.registered }];
  org.owners = [
    {
      personId: owner.id,
      percent: 100,
      criterion: 'PROPIEDAD',
      viaOrgId: holding.id,
      since: holding.registered,
    },
  ];
}
