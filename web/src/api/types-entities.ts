/** The API's entity, ownership, network and risk shapes, as the web app reads them. */
import type { Bilingual } from './types';

/** Where a record came from: its layout, file, row and id. */
export interface Provenance {
  layout: string;
  file: string;
  row: number;
  recordId: string;
}

/** One source record an entity was resolved from, with its provenance. */
export interface Identity extends Provenance {
  batchId: number;
  name: string | null;
  kind: string | null;
  identifiers: string[];
  country: string | null;
}

/** An entity as search lists it. */
export interface EntitySummary {
  id: string;
  kind: string;
  name: string;
  names: string[];
  countries: string[];
  identifiers: string[];
  records: number;
  score: number;
  exactIdentifier: boolean;
}

/** An alert in brief, as an entity's profile lists it. */
export interface AlertBrief {
  id: string;
  typology: string;
  typologyName: Bilingual;
  severity: string;
  score: number;
  country: string | null;
  title: Bilingual;
}

/** An entity's profile: who it is across sources, its alerts, activity and risk. */
export interface EntityProfile {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  countries: string[];
  identifiers: string[];
  identities: Identity[];
  alerts: { items: AlertBrief[]; total: number };
  activity: Record<string, number>;
  risk: number | null;
}

/** One link of an ownership chain, with the record declaring it. */
export interface ChainLink extends Provenance {
  id: string;
  subject: string;
  owner: string;
  interest: string;
  share: number | null;
}

/** An owner found above one of the entity's parties. */
export interface Owner {
  party: string;
  entity: string | null;
  name: string | null;
  effectiveShare: number | null;
  control: { interest: string; depth: number; via: string[] }[];
  chains: { path: string[]; share: number | null; depth: number; declared: boolean; links: ChainLink[] }[];
}

/** An entity's owners: for each party the registers name it by, the owners above it. */
export interface Owners {
  entity: string;
  subjects: {
    party: string;
    depth: number;
    owners: Owner[];
    loops: { path: string[]; links: ChainLink[] }[];
    undeclaredAbove: string[];
  }[];
}

/** A node of the party network. */
export interface NetworkNode {
  id: string;
  label: string | null;
  kind: string;
  country: string | null;
  hop: number;
  risk: number | null;
}

/** A link between two nodes of the party network. */
export interface NetworkEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
  fineKg: number | null;
  usd: number | null;
}

/** The network around an entity, cut at a number of hops. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
  hidden: number;
}

/** One dated event on an entity's timeline. */
export interface TimelineEvent extends Provenance {
  kind: string;
  date: string;
  periodEnd: string | null;
  country: string | null;
  metal: string | null;
  fineKg: number | null;
  massKg: number | null;
  usd: number | null;
  counterparty: {
    party: string | null;
    entity: string | null;
    name: string | null;
    country: string | null;
  } | null;
  miningRight: string | null;
}

/** One contribution to a risk score: an alert or a signal, its weight, and the points it added. */
export interface RiskContribution {
  source: string;
  alertId?: string;
  code: string;
  name: Bilingual;
  weight: number;
  value: number;
  points: number;
  detail: Record<string, unknown>;
}

/** A subject's risk score with its strongest contributions. */
export interface RiskScore {
  kind: string;
  id: string;
  label: string;
  country: string | null;
  score: number;
  rank: number;
  alerts: number;
  strongest: RiskContribution[];
}

/** A subject's risk score with every contribution. */
export interface RiskDetail extends RiskScore {
  contributions: RiskContribution[];
}
