import { basename } from 'node:path';
import { VetaError, isVetaError } from '../../core/veta-error.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';
import { missingColumns as missingFrom } from '../readers/column-match.js';
import { openWithProfile, type ProfiledSource } from '../readers/open-source.js';
import type { ReadLimits } from '../readers/read-limits.js';

/** A file matched to its profile, opened and positioned after the header. */
export interface RecognisedFile {
  profile: LoadedProfile;
  /** Rows with the file's own column names; `columns` says which is which of the profile's. */
  source: ProfiledSource;
}

/**
 * Finds the profile of a file: by its name first, then, only when no name matches, by a header
 * that has every column one single profile requires. A file no profile fits is reported, never guessed.
 */
export async function recogniseFile(
  path: string,
  profiles: readonly LoadedProfile[],
  limits: ReadLimits,
): Promise<RecognisedFile> {
  const name = basename(path);
  const byName = profilesByName(path, profiles);
  if (byName.length > 0) return openChecked(path, byName, limits);
  const byHeader: RecognisedFile[] = [];
  for (const profile of profiles) {
    const opened = await tryOpen(path, profile, limits);
    if (opened && missingColumns(opened).length === 0) byHeader.push(opened);
    else opened?.source.close();
  }
  if (byHeader.length === 1 && byHeader[0]) return byHeader[0];
  for (const opened of byHeader) opened.source.close();
  const which =
    byHeader.length > 1
      ? ` Its header fits ${byHeader.map((item) => item.profile.profile.id).join(', ')}.`
      : '';
  throw new VetaError(
    'LAYOUT_UNRECOGNISED',
    `${name} matches no layout by its name or header.${which} Name the file after its layout (for example PE-DAM.csv) or give --profile; "veta profiles" lists them.`,
  );
}

/** The profiles whose file-name pattern the file's name matches. */
export function profilesByName(path: string, profiles: readonly LoadedProfile[]): LoadedProfile[] {
  const name = basename(path);
  return profiles.filter((candidate) => candidate.fileNamePattern.test(name));
}

/** Opens a file with the first candidate profile whose required columns its header has. */
export async function openChecked(
  path: string,
  candidates: readonly LoadedProfile[],
  limits: ReadLimits,
): Promise<RecognisedFile> {
  let firstError: unknown;
  for (const profile of candidates) {
    try {
      const opened: RecognisedFile = {
        profile,
        source: await openWithProfile(path, profile.profile, limits),
      };
      const missing = missingColumns(opened);
      if (missing.length === 0) return opened;
      opened.source.close();
      firstError ??= new VetaError(
        'COLUMN_MISSING',
        `${basename(path)}, row 1: the header lacks ${missing.join(', ')}, which the layout ${profile.profile.id} requires. Found: ${opened.source.header.join(', ')}.`,
      );
    } catch (error) {
      firstError ??= error;
    }
  }
  throw firstError;
}

async function tryOpen(
  path: string,
  profile: LoadedProfile,
  limits: ReadLimits,
): Promise<RecognisedFile | undefined> {
  try {
    return { profile, source: await openWithProfile(path, profile.profile, limits) };
  } catch (error) {
    // A file past a bound is past it whatever its layout: say so rather than "unrecognised".
    if (isVetaError(error, 'READ_LIMIT')) throw error;
    if (isVetaError(error)) return undefined;
    throw error;
  }
}

function missingColumns(file: RecognisedFile): string[] {
  return missingFrom(file.profile.profile, file.source.columns);
}
