import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_NODE_DIR } from '../federation/node-identity.js';
import type { CliIo } from './io.js';

/** The folder of this node's identity: --node-dir, else VETA_NODE_DIR, else ./.veta-node. */
export function nodeDirOf(command: Command, io: CliIo): string {
  const { nodeDir } = command.optsWithGlobals<{ nodeDir?: string }>();
  return resolve(nodeDir ?? (io.env.VETA_NODE_DIR?.trim() || DEFAULT_NODE_DIR));
}
