/** Words as a sentence lists them, "a, b or c": schema descriptions name a list's members from the list itself. */
export function wordList(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}
