import type { AlertDetail } from '../../api/types';

/** A pseudonymised person's token, as the node that shared them wrote it (TK:key id:code). */
const TOKEN = /^TK:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_-]{43}$/;

/** A person the alert names by a token, with the node and agreement that shared them when the evidence says. */
export interface PseudonymisedPerson {
  party: string;
  origin?: { node: string; agreement: string };
}

function tokensIn(value: unknown, found: Set<string>): void {
  if (typeof value === 'string') {
    if (TOKEN.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) tokensIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) tokensIn(item, found);
  }
}

/** The pseudonymised persons among the alert's subjects and its evidence's values, each once. */
export function pseudonymisedIn(alert: AlertDetail): PseudonymisedPerson[] {
  const persons = new Map<string, PseudonymisedPerson>();
  const subjects = new Set<string>();
  tokensIn(alert.subjects, subjects);
  for (const party of subjects) persons.set(party, { party });
  for (const item of alert.evidence) {
    const found = new Set<string>();
    tokensIn(item.values, found);
    for (const party of found) {
      const known = persons.get(party);
      if (known?.origin) continue;
      persons.set(
        party,
        item.origin
          ? { party, origin: { node: item.origin.node, agreement: item.origin.agreement } }
          : { party },
      );
    }
  }
  return [...persons.values()];
}
