import { foldForComparison } from '../text/fold.js';

// Spanish (with Peru's "setiembre") and English month names. An abbreviation is any prefix of three
// letters or more of one of them ("ene", "set", "sept", "aug", "dic"), so no list of abbreviations
// is kept beside the names.
const NAMES: readonly (readonly string[])[] = [
  ['enero', 'january'],
  ['febrero', 'february'],
  ['marzo', 'march'],
  ['abril', 'april'],
  ['mayo', 'may'],
  ['junio', 'june'],
  ['julio', 'july'],
  ['agosto', 'august'],
  ['septiembre', 'setiembre', 'september'],
  ['octubre', 'october'],
  ['noviembre', 'november'],
  ['diciembre', 'december'],
];

const FOLDED = NAMES.map((names) => names.map(foldForComparison));

/** The month (1-12) a Spanish or English name or abbreviation names, case and accents aside. */
export function monthByName(word: string): number | undefined {
  const folded = foldForComparison(word.replace(/\.$/, ''));
  if (folded.length < 3) return undefined;
  const months = FOLDED.flatMap((names, index) =>
    names.some((name) => name.startsWith(folded)) ? [index + 1] : [],
  );
  return months.length === 1 ? months[0] : undefined;
}
