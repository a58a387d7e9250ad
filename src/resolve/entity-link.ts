import type { LinkToStore } from '../store/entities/entity-repository.js';
import type { Link } from './clustering.js';
import type { ScoredLink } from './scoring.js';

/** A pair an analyst confirmed: it holds whatever the model says, so it has no figures of its own. */
export interface ConfirmedLink extends Link {
  readonly confirmedByAnalyst: true;
}

/** A link an entity rests on: scored by the model, or confirmed by an analyst. */
export type EntityLink = ScoredLink | ConfirmedLink;

export function confirmedLink(link: Link): ConfirmedLink {
  return { ...link, confirmedByAnalyst: true };
}

/**
 * What entity_link stores for a confirmed link besides its flag: no feature compared, certain, and
 * heavier than any score, so that it lists first among an entity's links.
 */
const CONFIRMED_FIGURES = { weight: 999, probability: 1, pattern: 0, termFrequency: 0 } as const;

/** A link between record positions as the row entity_link stores: record keys in order, its entity. */
export function linkToStore(
  link: EntityLink,
  keyOf: (position: number) => string,
  entityOf: readonly string[],
): LinkToStore {
  const [recordA = '', recordB = ''] = [keyOf(link.a), keyOf(link.b)].sort();
  const figures = link.confirmedByAnalyst ? CONFIRMED_FIGURES : link;
  return {
    entityId: entityOf[link.a] ?? '',
    recordA,
    recordB,
    weight: figures.weight,
    probability: figures.probability,
    pattern: figures.pattern,
    termFrequency: figures.termFrequency,
    confirmedByAnalyst: link.confirmedByAnalyst,
  };
}
