import { basename } from 'node:path';
import type { Profile } from '../profiles/profile.js';
import { matchColumns } from './column-match.js';
import { openCsv } from './csv.js';
import { openGeoJson } from './geojson.js';
import type { ColumnMap, RowSource } from './raw-row.js';
import type { ReadLimits } from './read-limits.js';
import { openXlsx } from './xlsx.js';

/** A file opened with a profile: its rows, and where the profile's columns are in its header. */
export interface ProfiledSource extends RowSource {
  columns: ColumnMap;
}

/** Opens a file with the reader and conventions its profile names, within the given bounds. */
export async function openWithProfile(
  path: string,
  profile: Profile,
  limits: ReadLimits,
): Promise<ProfiledSource> {
  const source = await openSource(path, profile, limits);
  try {
    return Object.assign(source, { columns: matchColumns(basename(path), source.header, profile) });
  } catch (error) {
    source.close();
    throw error;
  }
}

function openSource(path: string, profile: Profile, limits: ReadLimits): Promise<RowSource> {
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
