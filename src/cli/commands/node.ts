import { Command } from 'commander';
import { resolve } from 'node:path';
import { wordList } from '../../core/word-list.js';
import { isVetaError, VetaError } from '../../core/veta-error.js';
import { NODE_ROLES, type NodeDescriptor, type NodeRole } from '../../federation/node-descriptor.js';
import { nodeDirOf } from '../node-dir.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';
import { linkageKeyCommand } from './linkage-key.js';
import { cliManager } from './user-operator.js';

interface InitOptions {
  country: string;
  name: string;
  role: string;
  id?: string;
}

/** `veta node`: this node's identity and the peers it trusts. */
export function nodeCommand(io: CliIo): Command {
  const node = new Command('node')
    .description("This node's identity in the federation, and the peers whose signed messages it accepts.")
    .option('--node-dir <dir>', 'where the node keeps its identity (default VETA_NODE_DIR or ./.veta-node)');

  node
    .command('init')
    .description("Create this node's Ed25519 key pair and public descriptor (node.json), once.")
    .requiredOption('--country <code>', 'the country that governs the node: PE, CO, EC, BO')
    .requiredOption('--name <name>', 'how peers see it, e.g. "Perú"')
    .option('--role <role>', wordList(NODE_ROLES), 'node')
    .option('--id <id>', 'the node id (default: the country, or HUB for the hub)')
    .action(async (options: InitOptions, command: Command) => {
      const context = contextFrom(command, io);
      const dir = nodeDirOf(command, io);
      const { initNode } = await import('../../federation/node-identity.js');
      const descriptor = await initNode(dir, {
        country: options.country,
        name: options.name,
        role: role(options.role),
        nodeId: options.id,
      });
      printResult(context, { dir, descriptor }, () =>
        [
          `Created node ${descriptor.nodeId} (${descriptor.role}, ${descriptor.name}) in ${dir}.`,
          `Key id: ${descriptor.keyId}`,
          `Give ${resolve(dir, 'node.json')} to the peers; they register it with "veta node trust FILE" after checking the key id with you by another channel.`,
          `The private key (node-key.pem) stays here: never copy it.`,
        ].join('\n'),
      );
    });

  node
    .command('show')
    .description("Print this node's public descriptor.")
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { loadNodeDescriptor } = await import('../../federation/node-identity.js');
      const descriptor = await loadNodeDescriptor(nodeDirOf(command, io));
      printResult(context, descriptor, () => describePeer(descriptor));
    });

  node
    .command('trust')
    .description("Trust a peer's key, from the descriptor file it sent (node.json).")
    .argument('<file>', "the peer's descriptor")
    .action(async (file: string, _options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { readDescriptorFile, loadNodeDescriptor } = await import('../../federation/node-identity.js');
      const { trustPeer } = await import('../../federation/peer-trust.js');
      const descriptor = await readDescriptorFile(file);
      // A database may trust peers before its node has an identity (a hub being set up).
      const self = await loadNodeDescriptor(nodeDirOf(command, io)).catch((error: unknown) => {
        if (isVetaError(error, 'NODE_NOT_INITIALISED')) return undefined;
        throw error;
      });
      const { added } = await withDatabase(context, (db) => trustPeer(db, descriptor, self, cliManager()));
      printResult(context, { added, descriptor }, () =>
        added
          ? `Now trusting ${describePeer(descriptor)}.`
          : `Already trusting ${describePeer(descriptor)}; nothing changed.`,
      );
    });

  node
    .command('revoke')
    .description("Stop trusting a peer's key, or all its keys: its messages are refused from now on.")
    .argument('<node-id>', 'the peer, e.g. PE or HUB')
    .option('--key <key-id>', 'only this key (default: all of its keys)')
    .action(async (nodeId: string, options: { key?: string }, command: Command) => {
      const context = contextFrom(command, io);
      const { revokePeer } = await import('../../federation/peer-trust.js');
      const revoked = await withDatabase(context, (db) => revokePeer(db, nodeId, options.key, cliManager()));
      printResult(context, { nodeId, revoked }, () => `Revoked ${plural(revoked, 'key')} of ${nodeId}.`);
    });

  node
    .command('peers')
    .description('List the peers this node trusts, and the keys it revoked.')
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { peerRepository } = await import('../../store/federation/peer-repository.js');
      const peers = await withDatabase(context, (db) => peerRepository.list(db));
      printResult(context, { peers }, () =>
        peers.length === 0
          ? 'This node trusts no peer yet: register one with "veta node trust FILE".'
          : peers
              .map(
                (peer) =>
                  `${describePeer(peer.descriptor)}: ${peer.revokedAt === null ? `trusted since ${peer.trustedAt.toISOString().slice(0, 10)} by ${peer.trustedBy}` : `revoked ${peer.revokedAt.toISOString().slice(0, 10)}`}`,
              )
              .join('\n'),
      );
    });

  node.addCommand(linkageKeyCommand(io));
  return node;
}

function role(value: string): NodeRole {
  const found = NODE_ROLES.find((candidate) => candidate === value);
  if (found === undefined)
    throw new VetaError('USAGE', `Role "${value}" is not one of ${NODE_ROLES.join(', ')}.`);
  return found;
}

function describePeer(descriptor: NodeDescriptor): string {
  return `${descriptor.nodeId} (${descriptor.role}, ${descriptor.name}, ${descriptor.country}) key ${descriptor.keyId}`;
}
