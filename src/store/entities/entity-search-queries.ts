import type { Scope } from '../scope/scope.js';
import { applyScope } from '../scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Database } from '../engine/database.js';

/** An entity that matches a search, as seen through the records the user may see. */
export interface EntityMatch {
  id: string;
  kind: string;
  /** The entity's merged name (from all its records); presenters pick a visible one when scoped. */
  name: string;
  /** Names written in the visible records, as written. */
  names: string[];
  countries: string[];
  identifiers: string[];
  /** Visible records of the entity. */
  records: number;
  memberCount: number;
  /** 1 for an exact identifier, else the best word similarity of a visible name (0..1). */
  score: number;
  exact: boolean;
}

/** What a search asks for. */
export interface EntitySearch {
  text: string;
  kind?: string | undefined;
  country?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The word similarity (pg_trgm) a name needs to match: low enough that one typo in a short surname
 * ("Quipse") still finds it. Whole-name similarity ranks the matches but does not select them: one
 * operator is one trigram pass per candidate row, which is what a search over many names costs.
 */
const WORD_SIMILARITY_THRESHOLD = '0.45';

/** Candidates judged per search: the most a user pages through before refining the query. */
export const MAX_SEARCH_CANDIDATES = 200;

/** Text that can only be an identifier: one word holding a run of digits ("20101831460", "PE:RUC:2010…"). */
export function looksLikeIdentifier(text: string): boolean {
  const trimmed = text.trim();
  return /\d{4,}/.test(trimmed) && !/\s/.test(trimmed);
}

/** Fuzzy search of entities by name or identifier, within a scope. */
export const entitySearchQueries = {
  /** Matches best first (exact identifier, then similarity), and how many there are in all. */
  async search(
    db: Database,
    scope: Scope,
    search: EntitySearch,
  ): Promise<{ items: EntityMatch[]; total: number }> {
    const params: unknown[] = [
      search.text,
      search.kind ?? null,
      search.country ?? null,
      search.limit,
      search.offset,
      MAX_SEARCH_CANDIDATES,
      !looksLikeIdentifier(search.text),
    ];
    const sql = applyScope(sqlText('store/entities/entity-search.sql'), scope, params);
    const [row] = await db.transaction(async (tx) => {
      // The threshold for this transaction only: pooled connections keep their defaults.
      await tx.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
        WORD_SIMILARITY_THRESHOLD,
      ]);
      return tx.query<{ total: number; items: EntityMatch[] }>(sql, params);
    });
    return { items: row?.items ?? [], total: row?.total ?? 0 };
  },
};
