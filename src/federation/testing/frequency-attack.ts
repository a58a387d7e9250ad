/** A person of the population an attacker knows in the clear, with the token the hub holds them by. */
export interface KnownPerson {
  token: string;
  name: string;
}

/** A pseudonymised person as the hub holds them: a token and the encoding of their name. */
export interface HeldEncoding {
  token: string;
  clk: string;
}

/** How many of the hub's pseudonymised persons the attack named rightly. */
export interface AttackResult {
  persons: number;
  reidentified: number;
}

/**
 * The frequency attack on Bloom-filter encodings (Kuzu et al. 2011; Christen et al. 2017, in its
 * simplest form): equal names give equal encodings, so the k-th most frequent encoding at the hub
 * is taken for the k-th most frequent name of a population the attacker knows. Ties are broken
 * by value, as an attacker without other knowledge would have to. The tokens only score the
 * guesses: the attacker never sees them paired with names.
 */
export function frequencyAttack(
  population: readonly KnownPerson[],
  held: readonly HeldEncoding[],
): AttackResult {
  const names = byFrequency(population.map((person) => person.name));
  const encodings = byFrequency(held.map((person) => person.clk));
  const guess = new Map(encodings.map((clk, rank) => [clk, names[rank]]));
  const nameOf = new Map(population.map((person) => [person.token, person.name]));
  const reidentified = held.filter((person) => {
    const guessed = guess.get(person.clk);
    return guessed !== undefined && guessed === nameOf.get(person.token);
  }).length;
  return { persons: held.length, reidentified };
}

function byFrequency(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([value]) => value);
}
