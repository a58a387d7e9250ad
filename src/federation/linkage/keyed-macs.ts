import { createHmac } from 'node:crypto';
import type { LinkageKey } from './linkage-key.js';

/**
 * The HMACs of one field's tokens under the field's key, each computed once: a field has a few
 * thousand distinct tokens at most (bigrams of letters and digits, date parts), which a node's
 * hundred thousand persons repeat, so the cache spares nearly every HMAC without changing a bit.
 */
class FieldMacs {
  /** Tokens beyond this many are hashed each time, so a field of unforeseen tokens cannot grow it without end. */
  static readonly LIMIT = 1 << 16;
  private readonly macs = new Map<string, Buffer>();

  constructor(private readonly key: Buffer) {}

  of(token: string): Buffer {
    let mac = this.macs.get(token);
    if (mac === undefined) {
      mac = createHmac('sha256', this.key).update(token).digest();
      if (this.macs.size < FieldMacs.LIMIT) this.macs.set(token, mac);
    }
    return mac;
  }
}

// By the key's own buffer, so a key no longer held takes its field keys and HMACs with it.
const macsByKey = new WeakMap<Buffer, Map<string, FieldMacs>>();

/**
 * The HMACs under the field's own key, HMAC-SHA-256 of `label` under the linkage key (salting by
 * field: one bigram in a name and in a street sets unrelated positions), cached by key and label.
 */
export function keyedMacs(linkage: LinkageKey, label: string): { of(token: string): Buffer } {
  let fields = macsByKey.get(linkage.key);
  if (fields === undefined) macsByKey.set(linkage.key, (fields = new Map<string, FieldMacs>()));
  let macs = fields.get(label);
  if (macs === undefined)
    fields.set(label, (macs = new FieldMacs(createHmac('sha256', linkage.key).update(label).digest())));
  return macs;
}
