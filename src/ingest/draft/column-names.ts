import { foldForComparison } from '@veta/standard';
import { conceptsOf } from './mass-headers.js';

/** A column header read as words: folded, split at anything not a letter or digit, camelCase too. */
export function headerWords(header: string): string[] {
  const spaced = header.replace(/([a-z])([A-Z])/g, '$1 $2');
  return foldForComparison(spaced)
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
}

/** What a header means word by word: each word through the standard's vocabulary of column words. */
export function headerConcepts(header: string): string[] {
  return conceptsOf(headerWords(header));
}

/**
 * How alike two headers are, from 0 to 1: 1 when they fold to the same words, otherwise the share
 * of meanings they have in common (Jaccard over the concepts of their words). RUC_VENDEDOR and
 * RUC_PROVEEDOR are alike (the same scheme, both sellers); RUC_VENDEDOR and RUC_COMPRADOR half so.
 */
export function headerSimilarity(a: string, b: string): number {
  const wordsA = headerWords(a);
  const wordsB = headerWords(b);
  if (wordsA.join(' ') === wordsB.join(' ')) return 1;
  const conceptsA = new Set(conceptsOf(wordsA));
  const conceptsB = new Set(conceptsOf(wordsB));
  const shared = [...conceptsA].filter((concept) => conceptsB.has(concept)).length;
  const union = new Set([...conceptsA, ...conceptsB]).size;
  // Same meaning spelt with other words ranks just below the same words.
  return union === 0 ? 0 : (0.95 * shared) / union;
}

/** The column of the new file most like a precedent's column, when alike enough. */
export function bestColumn(column: string, header: readonly string[], minimum: number): string | undefined {
  let best: { column: string; score: number } | undefined;
  for (const candidate of header) {
    const score = headerSimilarity(column, candidate);
    if (score >= minimum && score > (best?.score ?? 0)) best = { column: candidate, score };
  }
  return best?.column;
}
