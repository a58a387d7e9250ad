import { foldForComparison } from '@veta/standard';

// Ordered rewrites of Spanish spelling to sound: letters that sound alike in Andean Spanish
// (b/v, s/z/c before e-i, y/ll, j/g before e-i, silent h) get one symbol, so that "VASQUEZ",
// "BASQUES" and "VÁZQUEZ" share a key.
const RULES: readonly (readonly [RegExp, string])[] = [
  [/[^A-Z]/g, ''],
  [/CH/g, '1'],
  [/LL/g, 'Y'],
  [/QU/g, 'K'],
  [/GU([EI])/g, 'G$1'],
  [/C([EI])/g, 'S$1'],
  [/G([EI])/g, 'J$1'],
  [/C/g, 'K'],
  [/Z/g, 'S'],
  [/V/g, 'B'],
  [/W/g, 'U'],
  [/H/g, ''],
  [/X/g, 'KS'],
  [/Y$/g, 'I'],
  [/(.)\1+/g, '$1'],
];

/** A phonetic key for one Spanish word: equal keys for spellings that sound the same. */
export function spanishPhonetic(word: string): string {
  let key = /^[A-Z]+$/.test(word) ? word : foldForComparison(word);
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key;
}
