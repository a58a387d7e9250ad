import { keptDayOf, monthKey, type Day } from '../calendar.js';
import type { Rng } from '../rng.js';
import type { Intensity, SchemeInstance, TruthWriter } from '../truth.js';
import { addTrader, ownCompany, pickSome } from '../world/build-chain.js';
import { placesOf } from '../world/geography.js';
import { canonicalId } from '../world/identifiers.js';
import { createOrganisation, mainDocument } from '../world/parties.js';
import type { CountryCode, MiningRight, Party, Trader, Window } from '../world/types.js';
import type { World } from '../world/world.js';
import type { Claims } from './claims.js';

/** The three intensities every typology is planted with, in this order. */
export const INTENSITIES: readonly Intensity[] = ['NEAR_THRESHOLD', 'CLEAR', 'BLATANT'];

/** What a typology's planter works with: the world, a random stream and the truth. */
export class PlantContext {
  constructor(
    readonly world: World,
    readonly rng: Rng,
    private readonly truth: TruthWriter,
    readonly claims: Claims,
  ) {}

  /** A window of `length` months placed at random within the run. */
  window(length: number): Window {
    const last = this.world.lastMonth;
    const size = Math.min(length, last + 1);
    const from = this.rng.int(0, last + 1 - size);
    return { from, to: from + size - 1 };
  }

  /**
   * Records a planted instance over a window. `alsoShows` names the other typologies the instance
   * shows by construction (an input diversion's destination is itself an illegal mining site).
   */
  record(
    typology: string,
    window: Window,
    subjects: string[],
    intensity: Intensity,
    description: string,
    { network, alsoShows = [] }: { network?: string; alsoShows?: readonly string[] } = {},
  ): void {
    const instance: SchemeInstance = {
      typology,
      subjects: [...new Set(subjects)],
      period: { from: monthKey(this.monthAt(window.from)), to: monthKey(this.monthAt(window.to)) },
      description,
      intensity,
      ...(network ? { network } : {}),
      ...(alsoShows.length > 0 ? { alsoShows } : {}),
    };
    this.truth.scheme(instance);
  }

  /**
   * Whether a scheme planted so far (of the given typologies, or any) names `subject` over months
   * that meet `window`: a later scheme
   * that would take those months' gold away from it must leave it alone, or the earlier scheme is
   * recorded in the truth but no longer shows in the data.
   */
  plantedOn(subject: string, window: Window, typologies?: readonly string[]): boolean {
    const from = monthKey(this.monthAt(window.from));
    const to = monthKey(this.monthAt(window.to));
    return this.truth.planted.some(
      (scheme) =>
        (typologies === undefined || typologies.includes(scheme.typology)) &&
        scheme.subjects.includes(subject) &&
        scheme.period.from <= to &&
        scheme.period.to >= from,
    );
  }

  /**
   * Whether a scheme planted so far (of the given typologies) on a party of `country` begins or ends
   * within `window`. A scheme still running when the run ends does not end within it: its months
   * after the window look like its months within.
   */
  beginsOrEndsIn(country: CountryCode, window: Window, typologies: readonly string[]): boolean {
    const from = monthKey(this.monthAt(Math.max(0, window.from)));
    const to = monthKey(this.monthAt(Math.min(this.world.lastMonth, window.to)));
    const runEnd = monthKey(this.monthAt(this.world.lastMonth));
    const within = (month: string): boolean => month >= from && month <= to;
    return this.truth.planted.some(
      (scheme) =>
        typologies.includes(scheme.typology) &&
        scheme.subjects.some((subject) => subject.startsWith(`${country}:`)) &&
        (within(scheme.period.from) || (scheme.period.to !== runEnd && within(scheme.period.to))),
    );
  }

  /** The canonical identifier of a party in its country's files (tax id, or main document). */
  partyId(party: Party, country?: string): string {
    if (party.kind === 'ORGANISATION') return canonicalId(party.taxId);
    const doc = mainDocument(party, country ?? party.place.country) ?? party.ids[0];
    if (!doc) throw new Error(`Person ${party.id} has no document`);
    return canonicalId(doc);
  }

  /** The canonical identifier of a mining right. */
  rightId(right: MiningRight): string {
    return canonicalId({ country: right.country, scheme: 'MR', value: right.code });
  }

  /** Producing gold rights of a country that sell to middlemen, optionally of given strata. */
  sellingRights(country: CountryCode, strata?: readonly MiningRight['stratum'][]): MiningRight[] {
    return this.world.rights.filter(
      (r) =>
        r.country === country &&
        r.mineral === 'AU' &&
        r.mine !== undefined &&
        r.mine.exporterId === undefined &&
        r.mine.effects.ghost !== true &&
        (strata === undefined || strata.includes(r.stratum)),
    );
  }

  /**
   * A new trader (or exporter) that takes over a few mines' sales, so that its scheme stands apart.
   * The mines are taken from no other planted buyer, and a new trader sells to an exporter that is
   * not itself planted.
   */
  newBuyer(country: CountryCode, kind: Trader['kind'], suppliers: number): Trader {
    const trader = this.createBuyer(country, kind);
    if (kind !== 'EXPORTER')
      trader.exporterIds = pickSome(
        this.rng,
        this.world.tradersOf(country, 'EXPORTER').filter((t) => !this.claims.hasOrg(t.orgId)),
        1,
      ).map((t) => t.orgId);
    const strata = ['SMALL', 'ARTISANAL'] as const;
    const free = this.sellingRights(country, strata).filter((r) => !this.claims.hasRight(r));
    const chosen = pickSome(this.rng, free, suppliers);
    // A small region can run out of unclaimed small mines: larger ones fill in, and when none is
    // left at all one mine is shared, so every planted buyer really buys.
    if (chosen.length < suppliers) {
      const others = this.sellingRights(country).filter(
        (r) => !this.claims.hasRight(r) && !chosen.includes(r),
      );
      chosen.push(...pickSome(this.rng, others, suppliers - chosen.length));
    }
    for (const right of chosen) {
      this.claims.claimRight(right);
      if (right.mine) right.mine.buyerIds = [trader.orgId];
    }
    if (chosen.length === 0) {
      for (const right of pickSome(this.rng, this.sellingRights(country), 1))
        right.mine?.buyerIds.push(trader.orgId);
    }
    if (kind === 'EXPORTER' && (country === 'PE' || country === 'BO'))
      this.redirectTrader(country, trader.orgId);
    return trader;
  }

  /** A new exporter that no mine or trader ever sells to: whatever it ships comes from nowhere. */
  newUnsuppliedExporter(country: CountryCode, registered: Day): Trader {
    return this.createBuyer(country, 'EXPORTER', registered);
  }

  private createBuyer(country: CountryCode, kind: Trader['kind'], registered?: Day): Trader {
    const org = createOrganisation(
      this.world,
      {
        country,
        roles: [kind],
        place: this.rng.pick(placesOf(country)),
        prefix: kind,
        registered:
          registered ?? keptDayOf({ year: this.rng.int(2008, 2018), month: this.rng.int(1, 12) }, 10),
      },
      this.rng,
    );
    ownCompany(this.world, org, this.rng);
    if (country === 'BO') org.nim = this.world.ids.boNim();
    this.claims.claimOrg(org.id);
    return addTrader(this.world, org, kind, this.rng);
  }

  // A planted exporter also takes over one clean trader's month-end sales (in Peru and Bolivia, where
  // traders sit between mines and exporters). The trader must have real mines behind it, not be a
  // nominee's shell fed only by ghost production for a while, and its mines are claimed with it so
  // that it keeps selling every month of the run.
  private redirectTrader(country: CountryCode, exporterId: string): void {
    const supplied = new Map<string, MiningRight[]>();
    for (const right of this.world.rights) {
      const mine = right.mine;
      if (right.country !== country || right.mineral !== 'AU' || !mine || mine.effects.ghost === true)
        continue;
      for (const buyerId of mine.buyerIds) {
        const rights = supplied.get(buyerId) ?? [];
        rights.push(right);
        supplied.set(buyerId, rights);
      }
    }
    const traders = this.world
      .tradersOf(country)
      .filter(
        (t) =>
          t.kind !== 'EXPORTER' &&
          t.exporterIds.length > 0 &&
          !this.claims.hasOrg(t.orgId) &&
          supplied.has(t.orgId),
      );
    for (const trader of pickSome(this.rng, traders, 1)) {
      trader.exporterIds = [exporterId];
      this.claims.claimOrg(trader.orgId);
      for (const right of supplied.get(trader.orgId) ?? []) this.claims.claimRight(right);
    }
  }

  private monthAt(index: number): { year: number; month: number } {
    const month = this.world.months[index];
    if (!month) throw new Error(`No month ${index}`);
    return month;
  }
}
