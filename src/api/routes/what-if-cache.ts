import type { Rulebook } from '@veta/standard';
import type { Catalogue } from '../../detect/catalogue/catalogue-schema.js';
import type { Queryable, Database } from '../../store/engine/database.js';
import { strictestWhatIf, type StrictestWhatIf } from '../../rules/strictest-what-if.js';

/**
 * The what-if view runs a dozen detectors over every record: computed once for the region per day
 * and per state of the loaded data (the succeeded loads), and cut to each reader's countries,
 * rather than on every visit to the page.
 */
export class WhatIfCache {
  private entry: { key: string; view: Promise<StrictestWhatIf> } | undefined;

  constructor(
    private readonly catalogue: Catalogue,
    private readonly rulebook: Rulebook,
  ) {}

  /** The view for `day` with only the counts of `countries`. */
  async view(db: Database, day: string, countries: readonly string[]): Promise<StrictestWhatIf> {
    const key = `${day}|${await loadsStamp(db)}`;
    if (this.entry?.key !== key) {
      const view = strictestWhatIf(db, { catalogue: this.catalogue, rulebook: this.rulebook, day });
      this.entry = { key, view };
      // A failed run is not kept: the next visit tries again.
      view.catch(() => {
        if (this.entry?.view === view) this.entry = undefined;
      });
    }
    const whole = await this.entry.view;
    return {
      ...whole,
      candidates: whole.candidates.map((candidate) => ({
        ...candidate,
        countries: Object.fromEntries(
          Object.entries(candidate.countries).filter(([country]) => countries.includes(country)),
        ),
      })),
    };
  }
}

/** What changes whenever records are loaded: the number and the last of the succeeded loads. */
async function loadsStamp(db: Queryable): Promise<string> {
  const [row] = await db.query<{ loads: number; last: string | null }>(
    "SELECT count(*)::int AS loads, max(id)::text AS last FROM ingest_batch WHERE status = 'succeeded'",
  );
  return `${String(row?.loads ?? 0)}|${row?.last ?? ''}`;
}
