/**
 * Words as a sentence lists them, "a, b or c": schema descriptions name a list's members from the
 * list itself; another conjunction ("and", "y") lists them in other sentences.
 */
export function wordList(words: readonly string[], conjunction = 'or'): string {
  return words.length < 2
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1) ?? ''}`;
}
