import type { RegionCountry } from '@veta/standard';
import type { Day } from '../calendar.js';

/** The four countries the simulator models: the region's. */
export type CountryCode = RegionCountry;

/** An identifier as a registry holds it; `value` is normalised (no separate check digit). */
export interface Identifier {
  readonly country: string;
  readonly scheme: string;
  readonly value: string;
}

/** An administrative place: department (province in Ecuador), province and district (or municipality). */
export interface Place {
  readonly country: CountryCode;
  readonly department: string;
  readonly province: string;
  readonly district: string;
  /** Centre of the mining district, longitude and latitude. */
  readonly lon: number;
  readonly lat: number;
  /** Lead-isotope signature of the district's ore (206/204, 207/204, 208/204). */
  readonly isotopes: readonly [number, number, number];
}

/** A real-world person. */
export interface Person {
  readonly kind: 'PERSON';
  readonly id: string;
  readonly given: readonly string[];
  readonly paternal: string;
  readonly maternal: string;
  readonly birth: Day;
  readonly nationality: string;
  /** Documents, the first of each country being the main one (DNI, CC, CI). */
  readonly ids: Identifier[];
  readonly address: string;
  readonly place: Place;
}

/** A beneficial owner's interest in an organisation, as declared. */
export interface BeneficialInterest {
  readonly personId: string;
  readonly percent: number;
  readonly criterion: 'PROPIEDAD' | 'CONTROL' | 'CARGO';
  /** The domestic company through which the interest is held, when indirect. */
  readonly viaOrgId?: string;
  readonly since: Day;
}

/** A role an organisation plays in the mineral chain. */
export type Role = 'MINER' | 'TRADER' | 'PLANT' | 'EXPORTER' | 'REFINER' | 'HOLDING';

/** A real-world organisation (company or cooperative). */
export interface Organisation {
  readonly kind: 'ORGANISATION';
  readonly id: string;
  readonly country: string;
  /** Name without legal form, e.g. "MINERA AURÍFERA SAN JUAN". */
  readonly name: string;
  /** Legal form key of world/legal-forms.ts, e.g. "SAC". */
  readonly legalForm: string;
  readonly taxId: Identifier;
  readonly registered: Day;
  readonly address: string;
  readonly place: Place;
  readonly ciiu: string;
  readonly capital: number;
  representativeId: string;
  readonly roles: Role[];
  owners: BeneficialInterest[];
  /** Tax-register standing; shells are often NO HABIDO or closed ex officio. */
  located: boolean;
  active: boolean;
  /** Bolivian trader registration (NIM), when the organisation trades in Bolivia. */
  nim?: Identifier;
}

/** Either kind of party. */
export type Party = Person | Organisation;

/** Harmonised status of a mining right. */
export type RightStatus = 'IN_FORCE' | 'IN_PROCESS' | 'SUSPENDED' | 'EXTINCT';

/** Size stratum of a producer. */
export type Stratum = 'LARGE' | 'MEDIUM' | 'SMALL' | 'ARTISANAL' | 'IN_FORMALISATION';

/** A metal a mine produces besides gold, with its monthly amount per gram of fine gold. */
export interface ByProduct {
  readonly metal: 'AG' | 'CU' | 'ZN' | 'SN';
  /** Metal per gram of fine gold: grams for AG, tonnes for base metals. */
  readonly perGramGold: number;
}

/** How a producing right behaves month by month; schemes add the `effects`. */
export interface MineProfile {
  monthlyFineG: number;
  /** Fineness of the doré or bullion it sells, thousandths. */
  readonly fineness: number;
  readonly byProducts: readonly ByProduct[];
  /** Traders or plants it sells to; empty when it exports itself. */
  buyerIds: string[];
  /** When set, the mine's holder exports its own production. */
  exporterId?: string;
  /** Whether it declares its production to the authority (an extinct right's gold is sold undeclared). */
  declares: boolean;
  effects: MineEffects;
}

/** A window of months, as indexes into the run's months, both included. */
export interface Window {
  readonly from: number;
  readonly to: number;
}

/** Scheme-driven deviations of one mine. */
export interface MineEffects {
  /** Declares and sells this much fine gold a month, whatever it really mines (laundering). */
  declaredOutput?: Window & { readonly gramsPerMonth: number };
  /** No real activity: no inputs, no machinery, no disturbance seen from space. */
  ghost?: boolean;
  /** Receives this many times the inputs its production needs. */
  inputFactor?: Window & { readonly factor: number };
  /** Receives more than its authorised monthly quota. */
  quotaExceeded?: Window & { readonly factor: number };
  /** Its gold carries the lead isotopes of another district than its own (gold from elsewhere). */
  foreignIsotopes?: Window & { readonly district: string };
  /** Windows in which its gold is carried across the border, unrecorded, to an exporter abroad, in this share of months (regulatory arbitrage). */
  smuggled?: (Window & { readonly exporterId: string; readonly share: number })[];
}

/** A mining right with its polygon and, when it produces, its mine. */
export interface MiningRight {
  readonly code: string;
  readonly country: CountryCode;
  readonly name: string;
  readonly holderIds: string[];
  status: RightStatus;
  readonly stratum: Stratum;
  readonly place: Place;
  readonly lon: number;
  readonly lat: number;
  /** Side of the (roughly square) polygon, kilometres. */
  readonly sideKm: number;
  readonly granted: Day;
  /** Approved monthly gold capacity in grams (Colombian works plans). */
  readonly capacityG: number;
  /** Main mineral: gold, or a base metal for Bolivian tin and zinc rights. */
  readonly mineral: 'AU' | 'SN' | 'ZN';
  mine?: MineProfile;
}

/** A Colombian subsistence panner (barequero), a person registered in RUCOM. */
export interface Panner {
  readonly personId: string;
  readonly place: Place;
  monthlyG: number;
  readonly buyerId: string;
  /** Sells this many grams a month during the window (subsistence cap scheme). */
  capExcess?: Window & { readonly gramsPerMonth: number };
}

/** Scheme-driven deviations of a trader or plant. */
export interface TraderEffects {
  /** Sells this many times what it bought (gold of unknown origin mixed in). */
  extraSales?: Window & { readonly factor: number };
  /** Pays sellers in cash, split just under the reporting threshold. */
  structuring?: Window & { readonly thresholdUsd: number };
  /** Adds invented purchase invoices, amounts in a narrow band (leading digits off Benford's law). */
  fabricatedInvoices?: Window & { readonly perMonth: number };
  /** Keeps citing this extinct right as origin of purchases. */
  inactiveOrigin?: Window & { readonly rightCode: string; readonly monthlyFineG: number };
}

/** Scheme-driven deviations of an exporter. */
export interface ExporterEffects {
  /** Exports this many times what it bought or produced. */
  extraExports?: Window & { readonly factor: number };
  /** Declares FOB at this fraction of the metal's value. */
  underValuation?: Window & { readonly factor: number };
  /** Declares doré as precious-metal concentrate (HS 2616) with a token grade. */
  misclassified?: Window;
  /** Declares a fineness this fraction of the real one (the lab assay shows the real one). */
  assayShortfall?: Window & { readonly factor: number };
  /** Exports a fixed monthly amount from nothing: a new exporter's sudden volume. */
  surge?: Window & { readonly gramsPerMonth: number };
}

/** A trader, processing plant or exporter: an organisation with its chain links. */
export interface Trader {
  readonly orgId: string;
  readonly country: CountryCode;
  readonly kind: 'TRADER' | 'PLANT' | 'EXPORTER';
  /** Exporters a trader sells to; empty for exporters. */
  exporterIds: string[];
  /** Destinations (alpha-2) and the refiner each ships to, for exporters. */
  destinations: { country: string; refinerId: string }[];
  traderEffects: TraderEffects;
  exporterEffects: ExporterEffects;
}
