import type { NodeScore } from './metrics.js';
import type { NetworkReport } from './network-report.js';

function scoreLine(score: NodeScore, digits: number): string {
  return `  ${score.id} ${score.name ?? ''} (${score.kind}): ${score.value.toFixed(digits)}`;
}

/** The network report as lines a person reads. */
export function renderNetwork(report: NetworkReport): string {
  const lines = [
    `Party graph: ${report.nodes} nodes, ${report.edges} edges (one per pair and kind); modularity ${report.modularity.toFixed(3)}.`,
    `Brokers (betweenness over ${report.betweennessNodes} nodes and ${report.betweennessEdges} links):`,
    ...report.brokers.map((score) => scoreLine(score, 4)),
    'Hubs (degree: distinct parties linked):',
    ...report.hubs.map((score) => scoreLine(score, 0)),
    'Largest communities (Louvain):',
    ...report.communities.map(
      (c) =>
        `  #${c.id}: ${c.members} members, ${c.fineKgInside.toFixed(3)} kg fine gold traded inside (USD ${Math.round(c.usdInside).toLocaleString('en-US')}); e.g. ${c.top.join(', ')}`,
    ),
    `Loaded in ${report.timings.loadMs} ms, measured in ${report.timings.metricsMs} ms.`,
  ];
  return lines.join('\n');
}
