/** A national layout's id starts with its country's code: PE-DAM is Peru's, CO-DEX Colombia's. */
const NATIONAL_LAYOUT = /^([A-Z]{2})-/;

/**
 * True when a record is `country`'s own to share: its country field (where it has one) and its
 * layout's country (where the layout is national) are that country. A node holds other countries'
 * records too (a satellite detection across the border, a neighbour's statistics); those are not
 * its to send, and the hub refuses them from it.
 */
export function isOwnRecord(record: { country?: unknown; layout: string }, country: string): boolean {
  const own = record.country ?? country;
  const layoutCountry = NATIONAL_LAYOUT.exec(record.layout)?.[1] ?? country;
  return own === country && layoutCountry === country;
}
