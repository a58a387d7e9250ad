import type { Scope } from '../store/scope/scope.js';
import { applyScope } from '../store/scope/scope-markers.js';
import { sqlText } from '../core/sql-text.js';
import type { Queryable } from '../store/engine/database.js';

/** A register entry one link of a chain rests on. */
export interface ChainLink {
  id: string;
  layout: string;
  file: string;
  row: number;
  subject: string;
  owner: string;
  interest: string;
  share: number | null;
}

/** A natural person at the end of one or more chains above the subject. */
export interface UltimateOwner {
  party: string;
  name: string | null;
  /** Sum over the person's chains of the shares multiplied along each; null when only control is known. */
  effectiveShare: number | null;
  /** Interests held without a share (legal representative, control), with the depth they are held at. */
  control: { interest: string; depth: number; via: string[] }[];
  /** `declared`: an indirect holding a register states outright, not followed link by link. */
  chains: { path: string[]; share: number | null; depth: number; declared: boolean; links: ChainLink[] }[];
}

/** Who ultimately owns or controls a subject, how deep the structure goes, and where it loops. */
export interface OwnershipReport {
  subject: string;
  owners: UltimateOwner[];
  /** The deepest chain followed, in links. */
  depth: number;
  /** Chains that come back to a party already on them: reported, never followed round. */
  loops: { path: string[]; links: ChainLink[] }[];
  /** Companies holding a share on some chain whose own owners no register declares. */
  undeclaredAbove: string[];
}

interface ChainRow {
  owner: string;
  interest: string;
  effective: string | null;
  depth: number;
  path: string[];
  loop: boolean;
  declared: boolean;
  evidence: ChainLink[];
  kind: string | null;
  name: string | null;
  has_owners: boolean;
}

const SHARE_INTERESTS = new Set(['shareholding', 'votingRights']);

const EVERYTHING: Scope = { countries: 'ALL', agency: null };

/**
 * Follows every declared ownership chain above `subject`, up to `maxDepth` links, through the
 * register entries within `scope` (all of them by default, as on the command line).
 */
export async function ultimateOwners(
  db: Queryable,
  subject: string,
  maxDepth = 20,
  scope: Scope = EVERYTHING,
): Promise<OwnershipReport> {
  const params: unknown[] = [subject, maxDepth];
  const sql = applyScope(sqlText('network/ownership-chains.sql'), scope, params);
  const rows = await db.query<ChainRow>(sql, params);
  const owners = new Map<string, UltimateOwner>();
  const loops: OwnershipReport['loops'] = [];
  const undeclared = new Set<string>();
  for (const row of rows) {
    if (row.loop) {
      loops.push({ path: row.path, links: row.evidence });
      continue;
    }
    const holdsShare = SHARE_INTERESTS.has(row.interest);
    if (row.kind !== 'PERSON') {
      if (holdsShare && !row.has_owners) undeclared.add(row.owner);
      continue;
    }
    const owner = owners.get(row.owner) ?? {
      party: row.owner,
      name: row.name,
      effectiveShare: null,
      control: [],
      chains: [],
    };
    const share = row.effective === null ? null : Number(row.effective);
    const repeated =
      row.declared && owner.chains.some((chain) => !chain.declared && chain.path.includes(row.path[1] ?? ''));
    if (repeated) continue;
    if (holdsShare) {
      owner.chains.push({
        path: row.path,
        share,
        depth: row.depth,
        declared: row.declared,
        links: row.evidence,
      });
      if (share !== null) owner.effectiveShare = (owner.effectiveShare ?? 0) + share;
    } else {
      owner.control.push({ interest: row.interest, depth: row.depth, via: row.path.slice(1, -1) });
    }
    owners.set(row.owner, owner);
  }
  return {
    subject,
    owners: [...owners.values()].sort(
      (a, b) => (b.effectiveShare ?? -1) - (a.effectiveShare ?? -1) || a.party.localeCompare(b.party),
    ),
    depth: rows.reduce((deepest, row) => Math.max(deepest, row.depth), 0),
    loops,
    undeclaredAbove: [...undeclared].sort(),
  };
}
