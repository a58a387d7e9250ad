import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';
import { envelopeBytes, type Envelope } from '../envelope.js';
import type { DeliveryOutcome, ReceiveReport } from './delivery.js';

const SUFFIX = '.veta-envelope.json';

/**
 * A folder of envelope files for an air-gapped exchange: the same bytes the broker carries, one
 * file each, named so that the folder lists them in the order they were written. The files need
 * no protection of their own: each is signed, and the receiver accepts each id once.
 */
export async function openBundle(dir: string): Promise<{ write(envelope: Envelope): Promise<string> }> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new VetaError(
      'OUTPUT_UNWRITABLE',
      `The bundle folder ${dir} cannot be created (${String(error)}).`,
    );
  }
  let index = 0;
  return {
    async write(envelope: Envelope): Promise<string> {
      const name = `${envelope.sentAt.replace(/[-:.]/g, '')}-${String(index).padStart(6, '0')}-${envelope.id}${SUFFIX}`;
      index += 1;
      await writeFile(join(dir, name), envelopeBytes(envelope), { flag: 'wx' });
      return name;
    },
  };
}

/** Writes envelopes as a bundle (see openBundle). */
export async function writeBundle(dir: string, envelopes: readonly Envelope[]): Promise<string[]> {
  const bundle = await openBundle(dir);
  const files: string[] = [];
  for (const envelope of envelopes) files.push(await bundle.write(envelope));
  return files;
}

/** Delivers every envelope of a bundle folder in order; a file that is not JSON is refused by name. */
export async function receiveBundle(
  dir: string,
  deliver: (value: unknown, origin: string) => Promise<DeliveryOutcome>,
): Promise<ReceiveReport> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(SUFFIX)).sort();
  } catch (error) {
    throw new VetaError('PATH_NOT_FOUND', `The bundle folder ${dir} cannot be read (${String(error)}).`);
  }
  const report: ReceiveReport = { applied: 0, refused: [] };
  for (const name of names) {
    const origin = join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(origin, 'utf8'));
    } catch {
      report.refused.push({ origin, reason: 'malformed', message: `${origin} is not JSON.` });
      continue;
    }
    const outcome = await deliver(value, origin);
    if (outcome.status === 'applied') report.applied += 1;
    else report.refused.push({ origin, reason: outcome.reason, message: outcome.message });
  }
  return report;
}
