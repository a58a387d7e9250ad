import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Writes a file of `head`, then `piece` repeated until about `bytes`, then `tail`, streamed so
 * that a test can make a hostile file of hundreds of megabytes without holding it. The file is
 * alone in a new temporary folder, which the test removes when done.
 */
export async function writeLongFile(
  name: string,
  parts: { head: string; piece: string; bytes: number; tail?: string },
): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-long-')), name);
  const out = createWriteStream(path);
  const block = parts.piece.repeat(Math.max(1, Math.floor((1 << 20) / parts.piece.length)));
  out.write(parts.head);
  for (let written = 0; written < parts.bytes; written += block.length) {
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end(parts.tail ?? '');
  await once(out, 'finish');
  return path;
}
