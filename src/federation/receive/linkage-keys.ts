import { isToken, tokenKeyId } from '../../core/keyed-token.js';
import type { Queryable } from '../../store/engine/database.js';

/**
 * Records the linkage key id a node announced with its agreement; a new one retires the node's
 * previous key. Returns a reason to refuse the announcement: a retired key does not come back.
 */
export async function announceLinkageKey(
  tx: Queryable,
  node: string,
  keyId: string,
): Promise<string | undefined> {
  const [held] = await tx.query<{ retired: boolean }>(
    'SELECT retired_at IS NOT NULL AS retired FROM federation_linkage_key WHERE from_node = $1 AND key_id = $2',
    [node, keyId],
  );
  if (held?.retired === true)
    return `linkage key ${keyId} was retired when ${node} announced a newer one: a node that rotated its key cannot go back to the old one`;
  if (held === undefined)
    await tx.query('INSERT INTO federation_linkage_key (from_node, key_id) VALUES ($1, $2)', [node, keyId]);
  await tx.query(
    `UPDATE federation_linkage_key SET retired_at = now()
     WHERE from_node = $1 AND key_id <> $2 AND retired_at IS NULL`,
    [node, keyId],
  );
  return undefined;
}

/**
 * Why a payload's tokens and encodings cannot be taken, naming the key id: made under a key the
 * node never announced, or one it retired. Undefined when every one is under its current key.
 */
export async function linkageKeyProblem(
  tx: Queryable,
  node: string,
  payload: unknown,
): Promise<string | undefined> {
  const used = keyIdsIn(payload);
  if (used.size === 0) return undefined;
  const rows = await tx.query<{ key_id: string; retired: boolean }>(
    'SELECT key_id, retired_at IS NOT NULL AS retired FROM federation_linkage_key WHERE from_node = $1',
    [node],
  );
  const held = new Map(rows.map((row) => [row.key_id, row.retired]));
  for (const keyId of used) {
    const retired = held.get(keyId);
    if (retired === undefined)
      return `it carries tokens under linkage key ${keyId}, which ${node} never announced (a share announces its key with the agreement)`;
    if (retired)
      return `it carries tokens under linkage key ${keyId}, which ${node} has retired: share again under the current key`;
  }
  return undefined;
}

/** The key ids of every token and encoding in a payload, however deep. */
function keyIdsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (isToken(value)) found.add(tokenKeyId(value));
  else if (Array.isArray(value)) for (const item of value) keyIdsIn(item, found);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) {
      if (key === 'keyId' && typeof item === 'string') found.add(item);
      else keyIdsIn(item, found);
    }
  return found;
}
