import type { Month } from '../calendar.js';
import type { Rng } from '../rng.js';
import type { IdentifierFactory } from './identifiers.js';
import type { IllegalSite, SatelliteDetection, TrackedAsset } from './field.js';
import type { MiningRight, Organisation, Panner, Party, Person, Trader } from './types.js';

/** A planted gap between what an Andean country reports exporting and what a partner reports importing. */
export interface MirrorGap {
  readonly exporter: string;
  readonly importer: string;
  readonly year: number;
  /** Importer-reported value as a multiple of the exporter-reported one. */
  readonly factor: number;
}

/**
 * The simulated region: every real-world party, right, chain link and field asset. Built once,
 * then planted with schemes; files are written from it month by month.
 */
export class World {
  readonly persons = new Map<string, Person>();
  readonly orgs = new Map<string, Organisation>();
  readonly rights: MiningRight[] = [];
  readonly panners: Panner[] = [];
  readonly traders = new Map<string, Trader>();
  readonly refiners: Organisation[] = [];
  readonly assets: TrackedAsset[] = [];
  readonly illegalSites: IllegalSite[] = [];
  readonly detections: SatelliteDetection[] = [];
  readonly mirrorGaps: MirrorGap[] = [];
  private readonly rightIndex = new Map<string, MiningRight>();
  private nextPerson = 1;
  private nextOrg = 1;
  private nextAlert = 1;

  constructor(
    readonly rng: Rng,
    readonly months: readonly Month[],
    readonly ids: IdentifierFactory,
  ) {}

  /** A fresh real-world entity id for a person. */
  newPersonId(): string {
    return `P${String(this.nextPerson++).padStart(7, '0')}`;
  }

  /** A fresh real-world entity id for an organisation. */
  newOrgId(): string {
    return `O${String(this.nextOrg++).padStart(7, '0')}`;
  }

  /** A fresh satellite alert id, e.g. `AMW-2023-000042`. */
  newAlertId(year: number): string {
    return `AMW-${year}-${String(this.nextAlert++).padStart(6, '0')}`;
  }

  /** The person with the given entity id. */
  person(id: string): Person {
    const found = this.persons.get(id);
    if (!found) throw new Error(`No person ${id}`);
    return found;
  }

  /** The organisation with the given entity id. */
  org(id: string): Organisation {
    const found = this.orgs.get(id);
    if (!found) throw new Error(`No organisation ${id}`);
    return found;
  }

  /** The person or organisation with the given entity id. */
  party(id: string): Party {
    return this.persons.get(id) ?? this.org(id);
  }

  /** The trader, plant or exporter run by the organisation. */
  trader(orgId: string): Trader {
    const found = this.traders.get(orgId);
    if (!found) throw new Error(`No trader ${orgId}`);
    return found;
  }

  /** Adds a right to the world and to its index. */
  addRight(right: MiningRight): void {
    this.rights.push(right);
    this.rightIndex.set(`${right.country}:${right.code}`, right);
  }

  /** The right with the given country and code. */
  right(country: string, code: string): MiningRight {
    const found = this.rightIndex.get(`${country}:${code}`);
    if (!found) throw new Error(`No right ${country} ${code}`);
    return found;
  }

  /** Traders, plants and exporters of one country, in creation order. */
  tradersOf(country: string, kind?: Trader['kind']): Trader[] {
    return [...this.traders.values()].filter(
      (t) => t.country === country && (kind === undefined || t.kind === kind),
    );
  }

  /** Index of the last month of the run. */
  get lastMonth(): number {
    return this.months.length - 1;
  }
}
