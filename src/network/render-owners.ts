import type { OwnershipReport } from './ultimate-owners.js';

/** The ownership report as lines a person reads: owners by effective share, then loops and gaps. */
export function renderOwners(report: OwnershipReport): string {
  if (report.owners.length === 0 && report.loops.length === 0) {
    return `No register loaded declares an owner or officer of ${report.subject}.`;
  }
  const lines = [`Ultimate owners of ${report.subject} (chains up to ${report.depth} links deep):`];
  for (const owner of report.owners) {
    const share = owner.effectiveShare === null ? 'no share' : `${(owner.effectiveShare * 100).toFixed(2)} %`;
    const control = owner.control.map((held) => held.interest).join(', ');
    lines.push(`  ${owner.party} ${owner.name ?? ''}: ${share}${control ? `; ${control}` : ''}`);
    for (const chain of owner.chains) {
      const how = chain.declared ? 'declared indirect' : `${chain.depth} link${chain.depth === 1 ? '' : 's'}`;
      lines.push(`    ${chain.path.join(' <- ')} (${how}, ${((chain.share ?? 0) * 100).toFixed(2)} %)`);
    }
  }
  for (const loop of report.loops) lines.push(`  Ownership loop: ${loop.path.join(' <- ')}`);
  if (report.undeclaredAbove.length > 0) {
    lines.push(`  Companies on a chain with no declared owners: ${report.undeclaredAbove.join(', ')}`);
  }
  return lines.join('\n');
}
