import type { Queryable } from '../store/engine/database.js';
import { entityQueries, type StoredEntity } from '../store/entities/entity-queries.js';
import { entityRepository } from '../store/entities/entity-repository.js';
import { explainLink, type LinkExplanation } from './explain-link.js';
import type { ModelSnapshot } from './resolve-records.js';

/** An entity as `veta entity show` gives it: the merged profile, every record with provenance, every link explained. */
export interface EntityDetails {
  readonly entity: StoredEntity;
  readonly records: readonly {
    readonly recordKey: string;
    readonly provenance: { readonly layout: string; readonly sourceFile: string; readonly rowNumber: number };
    readonly record: Record<string, unknown>;
  }[];
  readonly links: readonly {
    readonly recordA: string;
    readonly recordB: string;
    readonly explanation: LinkExplanation;
  }[];
}

/** Looks an entity up by id, by a member's record key (LAYOUT/ID) or by a canonical identifier. */
export async function entityDetails(db: Queryable, reference: string): Promise<EntityDetails | undefined> {
  const entity = await entityQueries.find(db, reference);
  if (!entity) return undefined;
  const members = await entityQueries.members(db, entity.id);
  const links = await entityQueries.links(db, entity.id);
  const snapshot = (await entityRepository.latestModel(db)) as ModelSnapshot | undefined;
  const kind = entity.kind === 'PERSON' ? 'PERSON' : 'ORGANISATION';
  const model = snapshot?.kinds.find((k) => k.kind === kind)?.model;
  return {
    entity,
    records: members.map((member) => ({
      recordKey: member.recordKey,
      provenance: { layout: member.layout, sourceFile: member.sourceFile, rowNumber: member.rowNumber },
      record: member.body,
    })),
    links: links.map((link) => ({
      recordA: link.recordA,
      recordB: link.recordB,
      explanation: explainLink(model, link),
    })),
  };
}
