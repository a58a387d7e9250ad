import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { readDataJson } from '../data-files.js';
import { foldForComparison } from './fold.js';

const ColumnWords = Type.Object({
  description: Type.String(),
  groups: Type.Array(
    Type.Object({
      concept: Type.String({ minLength: 1 }),
      words: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    }),
  ),
});

let index: ReadonlyMap<string, string> | undefined;

/**
 * What a word of a column header means, from data/vocabulary/column-words.json: FECHA and DATE
 * both give "date". A word the vocabulary lacks stands for itself (folded).
 */
export function columnWordConcept(word: string): string {
  index ??= new Map(
    Value.Parse(ColumnWords, readDataJson('vocabulary/column-words.json')).groups.flatMap((group) =>
      group.words.map((entry) => [foldForComparison(entry), group.concept] as const),
    ),
  );
  const folded = foldForComparison(word);
  return index.get(folded) ?? folded;
}
