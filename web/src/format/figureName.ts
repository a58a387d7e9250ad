/** A camelCase figure name as words ("fineKgPerMonth" -> "Fine kg per month"), for names no dictionary knows. */
export function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
