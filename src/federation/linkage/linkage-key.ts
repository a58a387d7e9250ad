import { createHmac, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';

/** The file, in the node folder, that holds the region's linkage key. */
export const LINKAGE_KEY_FILE = 'linkage-key.json';

/**
 * The key the region's nodes share to pseudonymise persons: equal identifiers and like names give
 * equal tokens and like encodings at every node that holds it. The hub never holds it.
 */
export interface LinkageKey {
  /** Names the key in every token and encoding, so encodings under different keys are never compared. */
  keyId: string;
  key: Buffer;
}

interface LinkageKeyFile {
  format: 'veta-linkage-key/1';
  keyId: string;
  key: string;
  createdAt: string;
}

/**
 * The key id: an HMAC of a fixed label under the key, so every node that imports the same key
 * file agrees on it, and nothing of the key can be learnt from it.
 */
export function linkageKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('veta linkage key id').digest('base64url').slice(0, 10);
}

/** A new random 256-bit linkage key, written to `dir` with mode 0600; an existing one is never replaced. */
export async function createLinkageKey(dir: string, now = new Date()): Promise<LinkageKey> {
  const key = randomBytes(32);
  await writeKeyFile(dir, {
    format: 'veta-linkage-key/1',
    keyId: linkageKeyId(key),
    key: key.toString('base64url'),
    createdAt: now.toISOString(),
  });
  return { keyId: linkageKeyId(key), key };
}

/** Copies a linkage key file another node created into `dir` (mode 0600), checking it first. */
export async function importLinkageKey(dir: string, file: string): Promise<LinkageKey> {
  const parsed = parseKeyFile(await readFile(file, 'utf8'), file);
  await writeKeyFile(dir, parsed.file);
  return parsed.key;
}

/** This node's linkage key, or undefined when it has none (it then shares no pseudonymised record). */
export async function loadLinkageKey(dir: string): Promise<LinkageKey | undefined> {
  const path = join(dir, LINKAGE_KEY_FILE);
  let mode: number;
  try {
    mode = (await stat(path)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Whoever reads the key can recompute every token and so test guesses of who a token is.
  if ((mode & 0o077) !== 0)
    throw new VetaError(
      'KEY_EXPOSED',
      `${path} can be read by other users (mode ${mode.toString(8)}). Run "chmod 600 ${path}"; if anyone may have copied it, create a new linkage key and give it to every node.`,
    );
  return parseKeyFile(await readFile(path, 'utf8'), path).key;
}

async function writeKeyFile(dir: string, file: LinkageKeyFile): Promise<void> {
  const path = join(dir, LINKAGE_KEY_FILE);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new VetaError(
        'CONFLICT',
        `${path} already holds a linkage key. To rotate it, move it away on every node at once and create or import the new one.`,
      );
    throw error;
  }
  await chmod(path, 0o600);
}

function parseKeyFile(text: string, source: string): { key: LinkageKey; file: LinkageKeyFile } {
  const invalid = (why: string): never => {
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${source} is not a linkage key file: ${why}. Ask the node that created it for the file again.`,
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return invalid('it is not JSON');
  }
  const file = value as Partial<LinkageKeyFile> | null;
  if (file?.format !== 'veta-linkage-key/1' || typeof file.key !== 'string' || typeof file.keyId !== 'string')
    return invalid('it lacks its format, key or key id');
  const key = Buffer.from(file.key, 'base64url');
  if (key.length !== 32) return invalid('its key is not 256 bits');
  if (linkageKeyId(key) !== file.keyId) return invalid(`its key id ${file.keyId} is not its key's`);
  return {
    key: { keyId: file.keyId, key },
    file: {
      format: 'veta-linkage-key/1',
      keyId: file.keyId,
      key: file.key,
      createdAt: typeof file.createdAt === 'string' ? file.createdAt : new Date().toISOString(),
    },
  };
}
