import { keptDayOf } from '../calendar.js';
import { addTrader } from '../world/build-chain.js';
import { placesOf } from '../world/geography.js';
import { createOrganisation, createPerson } from '../world/parties.js';
import type { CountryCode, Organisation, Person, Trader } from '../world/types.js';
import { INTENSITIES, type PlantContext } from './plant-context.js';

const COMPANIES = [3, 5, 9];
// Not Ecuador yet: the ghost mine feeding a network must be seen, and Ecuador has neither purchase
// nor input records to see it by (its companies are reached by CROSS_BORDER_CONTROL).
const COUNTRIES: readonly CountryCode[] = ['PE', 'CO', 'BO'];
// Where purchases are not on file, shells show their gold as exporters.
const EXPORTING: readonly CountryCode[] = ['CO', 'EC'];

/** A nominee and the shell companies registered in their name; the ghost-production scheme feeds them. */
export interface Network {
  readonly id: string;
  readonly country: CountryCode;
  readonly nominee: Person;
  readonly shells: Trader[];
}

/** One person (a young, low-income nominee) fronting several gold-trading companies as owner and representative. */
export function plantNomineeNetworks(ctx: PlantContext): Network[] {
  return INTENSITIES.map((intensity, i) => {
    const country = COUNTRIES[i] ?? 'PE';
    const place = ctx.rng.pick(placesOf(country));
    const nominee = createPerson(ctx.world, country, place, ctx.rng);
    const address = `${nominee.address} INT. ${ctx.rng.int(101, 409)}`;
    const shells: Trader[] = [];
    for (let k = 0; k < (COMPANIES[i] ?? 5); k++) shells.push(shellOwnedBy(ctx, nominee, address, country));
    const window = { from: 0, to: ctx.world.lastMonth };
    const id = `NET-${i + 1}`;
    const subjects = [
      ctx.partyId(nominee, country),
      ...shells.map((s) => ctx.partyId(ctx.world.org(s.orgId))),
    ];
    ctx.record(
      'NOMINEE_NETWORK',
      window,
      subjects,
      intensity,
      `One person is sole owner and legal representative of ${shells.length} gold-trading companies sharing one address.`,
      { network: id },
    );
    return { id, country, nominee, shells };
  });
}

function shellOwnedBy(ctx: PlantContext, nominee: Person, address: string, country: CountryCode): Trader {
  const kind = EXPORTING.includes(country) ? 'EXPORTER' : 'TRADER';
  const first = ctx.world.months[0] ?? { year: 2022, month: 1 };
  const org: Organisation = createOrganisation(
    ctx.world,
    {
      country,
      roles: [kind],
      place: nominee.place,
      prefix: kind,
      registered: keptDayOf({ year: first.year - 1, month: ctx.rng.int(1, 12) }, ctx.rng.int(1, 28)),
      // A nominal capital and the nominee's own address: the markers of a shell.
      address,
      capital: 1000,
      representative: nominee,
    },
    ctx.rng,
  );
  org.owners = [{ personId: nominee.id, percent: 100, criterion: 'PROPIEDAD', since: org.registered }];
  const trader = addTrader(ctx.world, org, kind, ctx.rng);
  if (kind === 'TRADER') trader.exporterIds = [ctx.rng.pick(ctx.world.tradersOf(country, 'EXPORTER')).orgId];
  return trader;
}
