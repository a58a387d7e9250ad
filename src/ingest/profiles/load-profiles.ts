import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Compile } from 'typebox/compile';
import { crosswalkById, listCrosswalks } from '@veta/standard';
import { parse } from 'yaml';
import { VetaError } from '../../core/veta-error.js';
import { compileProfile, type CompiledProfile } from '../mapping/compile-profile.js';
import { Profile } from './profile.js';

/** The profiles shipped with Veta, one file per national layout, kept as data beside the code. */
export const BUILTIN_PROFILES_DIR = fileURLToPath(
  new URL('../../../src/ingest/profiles/layouts/', import.meta.url),
);

/** A profile ready to use, with the file it came from. */
export interface LoadedProfile extends CompiledProfile {
  source: string;
  /** The profile's `fileName`, compiled once when it loads. */
  fileNamePattern: RegExp;
}

const validator = Compile(Profile);

/**
 * Loads every profile: the built-in ones, then those in `extraDir` (VETA_PROFILES_DIR), where a
 * profile with the id of a built-in one replaces it. A mistake in any file stops the load.
 */
export function loadProfiles(extraDir?: string): LoadedProfile[] {
  const byId = new Map<string, LoadedProfile>();
  for (const dir of [BUILTIN_PROFILES_DIR, ...(extraDir ? [extraDir] : [])]) {
    for (const file of profileFiles(dir)) {
      const loaded = loadProfileFile(join(dir, file));
      byId.set(loaded.profile.id, loaded);
    }
  }
  return [...byId.values()].sort((a, b) => a.profile.id.localeCompare(b.profile.id));
}

function profileFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((file) => /\.(ya?ml|json)$/i.test(file))
      .sort();
  } catch (error) {
    throw new VetaError(
      'PROFILE_INVALID',
      `The profiles folder ${dir} cannot be read; check VETA_PROFILES_DIR.`,
      { cause: error },
    );
  }
}

/** Reads, checks and compiles one profile file (YAML or JSON). */
export function loadProfileFile(path: string): LoadedProfile {
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new VetaError(
      'PROFILE_INVALID',
      `The profile ${path} is not valid YAML or JSON (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
  return profileFromDocument(document, path);
}

/** Checks and compiles a profile already parsed from YAML or JSON; `path` names it in errors. */
export function profileFromDocument(document: unknown, path: string): LoadedProfile {
  if (!validator.Check(document)) {
    const errors = [...validator.Errors(document)]
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw new VetaError('PROFILE_INVALID', `The profile ${path} has mistakes: ${errors.join('; ')}.`);
  }
  const unknown = Object.entries(document.crosswalks ?? {}).filter(
    ([, id]) => crosswalkById(id) === undefined,
  );
  if (unknown.length > 0)
    throw new VetaError(
      'PROFILE_INVALID',
      `The profile ${path} has mistakes: crosswalks names ${unknown.map(([column, id]) => `${id} for ${column}`).join(', ')}, which the standard does not have (it has ${listCrosswalks()
        .map((crosswalk) => crosswalk.id)
        .join(', ')}).`,
    );
  let fileNamePattern: RegExp;
  try {
    fileNamePattern = new RegExp(document.fileName, 'i');
  } catch (error) {
    throw new VetaError(
      'PROFILE_INVALID',
      `The profile ${path} has mistakes: fileName is not a valid regular expression (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
  return { ...compileProfile(document, path), source: path, fileNamePattern };
}

/** The profile with this id, or an error that says how to list them. */
export function findProfile(profiles: readonly LoadedProfile[], id: string): LoadedProfile {
  const found = profiles.find((candidate) => candidate.profile.id === id.toUpperCase());
  if (!found)
    throw new VetaError('PROFILE_NOT_FOUND', `No profile "${id}"; run "veta profiles" to list them.`);
  return found;
}

/**
 * The profile a --profile option names: a profile file when it is a path to one (a draft, say),
 * checked as the shipped ones are, else the loaded profile with that id.
 */
export function profileFromOption(profiles: readonly LoadedProfile[], option: string): LoadedProfile {
  if (/\.(ya?ml|json)$/i.test(option) || /[\\/]/.test(option)) {
    if (!existsSync(option))
      throw new VetaError(
        'PROFILE_NOT_FOUND',
        `No profile file ${option}; give a layout id or the path of a profile file.`,
      );
    return loadProfileFile(option);
  }
  return findProfile(profiles, option);
}
