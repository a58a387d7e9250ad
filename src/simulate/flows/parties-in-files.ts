import { coDocType, coDocument } from '../registers/co-registers.js';
import { taxIdIn } from '../registers/ec-bo-registers.js';
import { peRuc } from '../registers/pe-registers.js';
import type { Identifier, Party } from '../world/types.js';

/** The identifier a transaction file of a country uses for a party (RUC, NIT or CC). */
export function transactionId(party: Party, country: string): Identifier {
  if (country === 'PE') return peRuc(party);
  if (country === 'CO') return coDocument(party);
  if (country === 'EC') return taxIdIn(party, 'EC');
  return taxIdIn(party, 'BO');
}

/** The Colombian document type written beside a party's number. */
export function coTypeOf(party: Party): string {
  return coDocType(coDocument(party));
}
