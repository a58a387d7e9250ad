import type { Profile } from '../profiles/profile.js';
import { openCsv } from './csv.js';
import { openGeoJson } from './geojson.js';
import type { RowSource } from './raw-row.js';
import type { ReadLimits } from './read-limits.js';
import { openXlsx } from './xlsx.js';

/** Opens a file with the reader and conventions its profile names, within the given bounds. */
export function openWithProfile(path: string, profile: Profile, limits: ReadLimits): Promise<RowSource> {
  const { format } = profile;
  switch (format.type) {
    case 'csv':
      return openCsv(
        path,
        { encoding: format.encoding ?? 'utf-8', delimiter: format.delimiter ?? ',' },
        limits,
      );
    case 'xlsx':
      return openXlsx(path, format.sheet ?? profile.id, limits);
    case 'geojson':
      return openGeoJson(path, profile.required, limits);
  }
}
