import type { Scope } from '../../store/scope/scope.js';
import { layoutRefusal, refuseOutOfScope } from '../../ingest/pipeline/layout-scope.js';
import { profilesByName, recogniseFile } from '../../ingest/pipeline/recognise.js';
import type { LoadedProfile } from '../../ingest/profiles/load-profiles.js';
import { readLimitsFrom } from '../../ingest/readers/read-limits.js';

/**
 * Refuses with LAYOUT_OUT_OF_SCOPE a received file whose layout lies outside the uploader's scope,
 * recognising it as the loader will: by name, and by header when the name does not settle it. A
 * file that cannot be recognised is let through: the loader reports why on the upload.
 */
export async function checkUploadScope(
  path: string,
  profiles: readonly LoadedProfile[],
  scope: Scope,
): Promise<void> {
  const named = profilesByName(path, profiles);
  refuseOutOfScope(named, scope);
  // Every layout the name allows is in scope: no need to read the file here.
  if (named.length > 0 && named.every((profile) => layoutRefusal(profile, scope) === undefined)) return;
  const opened = await recogniseFile(path, profiles, readLimitsFrom(process.env)).catch(() => undefined);
  if (opened === undefined) return;
  opened.source.close();
  refuseOutOfScope([opened.profile], scope);
}
