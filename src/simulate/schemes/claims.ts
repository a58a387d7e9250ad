import type { MiningRight } from '../world/types.js';

/**
 * The mines and trading companies already given to a planted scheme. Shared by every typology's
 * planter so that a later scheme never takes over an earlier one's suppliers or buyers: if it did,
 * the earlier scheme would be recorded in the truth but no longer show in the data.
 */
export class Claims {
  private readonly rights = new Set<MiningRight>();
  private readonly orgIds = new Set<string>();

  claimRight(right: MiningRight): void {
    this.rights.add(right);
  }

  claimOrg(orgId: string): void {
    this.orgIds.add(orgId);
  }

  hasRight(right: MiningRight): boolean {
    return this.rights.has(right);
  }

  hasOrg(orgId: string): boolean {
    return this.orgIds.has(orgId);
  }
}
