/** The API's entity, ownership, network and risk shapes, as the web app reads them. */

/** One source record an entity was resolved from, with its provenance. */
export interface Identity {
  layout: string;
  recordId: string;
  name: string;
  country: string | null;
  identifiers: string[];
  file?: string | null;
  row?: number | null;
  kind?: string | null;
}

/** An entity as search lists it. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  identifiers: string[];
  memberCount?: number;
  risk?: number | null;
}

/** An entity's profile: who it is across sources, its alerts and its risk. */
export interface EntityProfile extends EntitySummary {
  identities: Identity[];
  alerts: { id: string; severity: string; title: { es: string; en: string }; status: string }[];
  risk?: number | null;
}

/** An ultimate owner reached along ownership chains. */
export interface UltimateOwner {
  id: string;
  name: string;
  share: number | null;
  path?: { id: string; name: string }[];
  country?: string | null;
}

/** An entity's owners: the chain and who is at the end of it. */
export interface Owners {
  chain?: {
    owner: { id: string; name: string };
    owned: { id: string; name: string };
    share: number | null;
  }[];
  ultimateOwners: UltimateOwner[];
}

/** A node of the party network. */
export interface NetworkNode {
  id: string;
  label: string;
  kind: string;
  country: string | null;
  risk: number | null;
}

/** A link between two nodes of the party network. */
export interface NetworkEdge {
  source: string;
  target: string;
  kind: string;
  weight: number;
}

/** The network around an entity, cut at a number of hops. */
export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

/** One dated event on an entity's timeline. */
export interface TimelineEvent {
  date: string;
  kind: string;
  fineKg?: number | null;
  usd?: number | null;
  description?: string;
  layout?: string;
  recordId?: string;
}

/** One contribution to a risk score: what raised it and by how much. */
export interface RiskContribution {
  factor: string;
  label?: { es: string; en: string };
  weight?: number;
  value: number;
}

/** A subject's risk score with its breakdown. */
export interface RiskScore {
  kind: string;
  id: string;
  name?: string;
  label?: string;
  country?: string | null;
  score: number;
  contributions: RiskContribution[];
}
