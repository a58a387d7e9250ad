import { seesCountry, type Scope } from './scope.js';

/** Whose data a layout is, as its profile says: the country and, optionally, the agency. */
export interface LayoutOwner {
  readonly layout: string;
  readonly country: string | null;
  readonly agency: string | null;
}

/** The owner a mapping profile declares for its layout. */
export function layoutOwnerOf(profile: {
  readonly id: string;
  readonly country?: string | undefined;
  readonly agency?: string | undefined;
}): LayoutOwner {
  return { layout: profile.id, country: profile.country ?? null, agency: profile.agency ?? null };
}

/**
 * Whether a user of this scope may see a layout's batches and so load files of it: the layout's
 * country must be theirs (a layout of none is regional), and a layout that names an agency belongs
 * to that agency's users and to users of no agency.
 */
export function ownsLayout(scope: Scope, owner: LayoutOwner): boolean {
  if (!seesCountry(scope, owner.country)) return false;
  return scope.agency === null || owner.agency === null || owner.agency === scope.agency;
}

/** The layouts among `owners` a user of this scope may see and load. */
export function layoutsOwnedBy(scope: Scope, owners: readonly LayoutOwner[]): string[] {
  return owners.filter((owner) => ownsLayout(scope, owner)).map((owner) => owner.layout);
}
