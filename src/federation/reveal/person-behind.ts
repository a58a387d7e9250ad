import { VetaError } from '../../core/veta-error.js';
import type { Queryable } from '../../store/engine/database.js';
import type { LinkageKey } from '../linkage/linkage-key.js';
import { tokenKeyId } from '../../core/keyed-token.js';
import { identifierToken } from '../linkage/person-encoding.js';
import type { RevealedIdentity } from './reveal-payloads.js';

/**
 * The person of this node a token stands for, found by making every person's tokens again under
 * the node's linkage key: the token is an HMAC, so there is no other way back, and none at the hub.
 */
export async function personBehind(
  db: Queryable,
  linkage: LinkageKey,
  token: string,
): Promise<RevealedIdentity> {
  const keyId = tokenKeyId(token);
  if (keyId !== linkage.keyId)
    throw new VetaError(
      'NOT_FOUND',
      `${token} was made under linkage key ${keyId}, and this node holds key ${linkage.keyId}: the person cannot be found under a key that was replaced. Ask the hub to request again with the token it holds under ${linkage.keyId}.`,
    );
  const rows = await db.query<{
    id: string;
    name: string | null;
    identifiers: string[] | null;
    born: string | null;
  }>(`SELECT id, name, identifiers, body->>'birthDate' AS born FROM party ORDER BY layout, id`);
  for (const row of rows) {
    const documents = [row.id, ...(row.identifiers ?? [])];
    if (!documents.some((document) => identifierToken(linkage, document) === token)) continue;
    return {
      name: row.name ?? row.id,
      identifiers: [...new Set(documents)],
      ...(row.born === null ? {} : { birthDate: row.born.slice(0, 10) }),
    };
  }
  throw new VetaError(
    'NOT_FOUND',
    `No person of this node has the token ${token}: the record may have been withdrawn since it was shared.`,
  );
}
