import { builtinRulebook } from '@veta/standard';
import type { Actor } from '../access/actor.js';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import type { Queryable } from '../store/engine/database.js';
import { alertCaseRepository } from '../store/alerts/alert-case-repository.js';
import { alertEpisodeRepository } from '../store/alerts/alert-episode-repository.js';
import { alertSearchRepository, type AlertUnit } from '../store/alerts/alert-search-repository.js';
import { statusesOpenTo } from '../triage/alert-triage.js';
import { evidenceOrigins, originKey } from '../federation/evidence-origins.js';
import { presentAlertDetail } from './presenters/alert-presenter.js';
import type { AlertDetail } from './schemas/alert-schemas.js';

/**
 * An episode (or one alert) as its page shows it, within the actor's scope; undefined when out of
 * it. The case, its history and the moves open are the episode's: an alert inside another's episode
 * shows that case and offers no moves of its own, so it is triaged with its episode.
 */
export async function alertDetail(
  db: Queryable,
  actor: Actor,
  id: string,
  each: AlertUnit = 'episode',
): Promise<AlertDetail | undefined> {
  const row = await alertSearchRepository.find(db, actor.scope, id, each);
  if (!row) return undefined;
  const episode = row.episode.id;
  const events = await alertCaseRepository.history(db, actor.scope, episode);
  const members = await alertEpisodeRepository.members(db, actor.scope, episode);
  // The next step is computed from the standard's rulebook as it is now, not stored with the
  // alert: a rule or authority corrected in the rulebook corrects every alert's next step.
  const detail = presentAlertDetail(
    row,
    events,
    episode === row.id ? statusesOpenTo(actor, row.status) : [],
    builtinCatalogue(),
    builtinRulebook(),
    members,
  );
  // At a hub, evidence another node shared says so: the node and the clause it came under.
  const origins = await evidenceOrigins(db, detail.evidence);
  if (origins.size === 0) return detail;
  return {
    ...detail,
    evidence: detail.evidence.map((item) => {
      const origin = origins.get(originKey(item));
      return origin === undefined ? item : { ...item, origin };
    }),
  };
}
