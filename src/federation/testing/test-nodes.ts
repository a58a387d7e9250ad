import { join } from 'node:path';
import { initNode, loadNodeIdentity, type NodeIdentity } from '../node-identity.js';

/** Peru's node and the hub, their identities made in `root`/pe and `root`/hub. */
export async function peruAndHub(root: string): Promise<{ peru: NodeIdentity; hub: NodeIdentity }> {
  await initNode(join(root, 'pe'), { country: 'PE', name: 'Perú', role: 'node' });
  await initNode(join(root, 'hub'), { country: 'PE', name: 'Secretaría', role: 'hub' });
  return { peru: await loadNodeIdentity(join(root, 'pe')), hub: await loadNodeIdentity(join(root, 'hub')) };
}
