/**
 * Folds text for comparison only: strips accents, upper-cases and collapses whitespace.
 * Stored values keep their original spelling (accents, ñ); only comparisons use the folded form.
 */
export function foldForComparison(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/\s+/g, ' ').trim();
}
