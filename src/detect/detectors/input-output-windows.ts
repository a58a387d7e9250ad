import { median } from '../median.js';
import { isoMonth } from '../months.js';

/** One right's month: the fine gold it declared and the inputs it received, by "INPUT unit". */
export interface RightMonth {
  fineKg: number;
  inputs: Map<string, number>;
}

/** A right with its peer group and its months, keyed by month number (year × 12 + month − 1). */
export interface RightActivity {
  right: string;
  group: string;
  months: Map<number, RightMonth>;
}

/** One window of one input, far from the peers' median. */
export interface WindowGap {
  right: string;
  input: string;
  unit: string;
  /** The window's last month, as its first ISO day. */
  month: string;
  quantity: number;
  fineKg: number;
  peerMedian: number;
  peers: number;
  /** True when the right's inputs per kg are above the median (or it declared no gold at all). */
  above: boolean;
  /** Times the peer median, in the gap's direction (infinite when one side is zero). */
  fold: number;
}

export interface WindowRules {
  windowMonths: number;
  minPeers: number;
  maxFoldFromPeers: number;
}

interface Window {
  right: string;
  group: string;
  key: string;
  month: number;
  quantity: number;
  fineKg: number;
}

/**
 * Rolls each right's months into windows, per input its peer group uses (one that at least minPeers of
 * the group's rights receive), and returns the windows whose inputs per kg of fine gold stand at least
 * maxFoldFromPeers times above or below the median of the group's windows ending the same month.
 */
export function windowGaps(rights: readonly RightActivity[], rules: WindowRules): WindowGap[] {
  const used = inputsOfGroups(rights, rules.minPeers);
  const windows: Window[] = [];
  for (const activity of rights) {
    for (const key of used.get(activity.group) ?? []) {
      for (const month of activity.months.keys()) {
        let quantity = 0;
        let fineKg = 0;
        for (let back = 0; back < rules.windowMonths; back++) {
          const earlier = activity.months.get(month - back);
          quantity += earlier?.inputs.get(key) ?? 0;
          fineKg += earlier?.fineKg ?? 0;
        }
        if (quantity > 0 || fineKg > 0)
          windows.push({ right: activity.right, group: activity.group, key, month, quantity, fineKg });
      }
    }
  }
  const ratios = new Map<string, number[]>();
  for (const window of windows) {
    if (window.quantity <= 0 || window.fineKg <= 0) continue;
    const peerKey = `${window.group}|${window.key}|${String(window.month)}`;
    const list = ratios.get(peerKey) ?? [];
    list.push(window.quantity / window.fineKg);
    ratios.set(peerKey, list);
  }
  const medians = new Map(
    [...ratios].map(([key, list]) => [key, { median: median(list), peers: list.length }]),
  );
  return windows.flatMap((window) => {
    const peers = medians.get(`${window.group}|${window.key}|${String(window.month)}`);
    if (!peers || peers.peers < rules.minPeers || peers.median <= 0) return [];
    const ratio = window.fineKg > 0 ? window.quantity / window.fineKg / peers.median : Infinity;
    const above = ratio >= 1;
    const fold = above ? ratio : ratio === 0 ? Infinity : 1 / ratio;
    if (fold < rules.maxFoldFromPeers) return [];
    const [input = '', unit = ''] = window.key.split(' ');
    return [
      {
        right: window.right,
        input,
        unit,
        month: isoMonth(window.month),
        quantity: window.quantity,
        fineKg: window.fineKg,
        peerMedian: peers.median,
        peers: peers.peers,
        above,
        fold,
      },
    ];
  });
}

function inputsOfGroups(rights: readonly RightActivity[], minPeers: number): Map<string, string[]> {
  const receivers = new Map<string, Map<string, number>>();
  for (const activity of rights) {
    const keys = new Set([...activity.months.values()].flatMap((month) => [...month.inputs.keys()]));
    const counts = receivers.get(activity.group) ?? new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    receivers.set(activity.group, counts);
  }
  return new Map(
    [...receivers].map(([group, counts]) => [
      group,
      [...counts].filter(([, count]) => count >= minPeers).map(([key]) => key),
    ]),
  );
}
