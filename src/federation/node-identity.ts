import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VetaError } from '../core/veta-error.js';
import { keyIdOf, parseNodeDescriptor, type NodeDescriptor, type NodeRole } from './node-descriptor.js';

/** Where a node keeps its identity unless told otherwise (VETA_NODE_DIR or --node-dir). */
export const DEFAULT_NODE_DIR = './.veta-node';
const DESCRIPTOR_FILE = 'node.json';
const KEY_FILE = 'node-key.pem';
const REVEAL_KEY_FILE = 'reveal-key.pem';

/**
 * This node: its public descriptor, the private key it signs with, and the X25519 key what others
 * seal to it is opened with (the identities nodes reveal to a hub: sealed-identity.ts). Neither
 * private key leaves the node folder.
 */
export interface NodeIdentity {
  descriptor: NodeDescriptor;
  privateKey: KeyObject;
  revealKey: KeyObject;
}

export interface NodeInit {
  country: string;
  name: string;
  role: NodeRole;
  /** Defaults to the country for a node and HUB for the hub. */
  nodeId?: string | undefined;
}

/**
 * Creates the node's Ed25519 key pair and descriptor in `dir`. The private key file is readable by
 * its owner only. An identity already there is never replaced: peers trust its key, and a new one
 * would silently cut the node off from them.
 */
export async function initNode(dir: string, init: NodeInit, now = new Date()): Promise<NodeDescriptor> {
  if (await exists(join(dir, KEY_FILE)))
    throw new VetaError(
      'CONFLICT',
      `${dir} already holds a node identity; peers trust its key. Use another --node-dir for another node.`,
    );
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const descriptor: NodeDescriptor = {
    format: 'veta-node/1',
    nodeId: (init.nodeId ?? (init.role === 'hub' ? 'HUB' : init.country)).toUpperCase(),
    role: init.role,
    country: init.country.toUpperCase(),
    name: init.name,
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
    createdAt: now.toISOString(),
  };
  const checked = parseNodeDescriptor(descriptor, 'the new descriptor');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await writePrivateKey(join(dir, KEY_FILE), privateKey);
  await writePrivateKey(join(dir, REVEAL_KEY_FILE), generateKeyPairSync('x25519').privateKey);
  await writeFile(join(dir, DESCRIPTOR_FILE), `${JSON.stringify(checked, null, 2)}\n`);
  return checked;
}

// Written with mode 0600 from the start, and set again in case the umask or an old file widened it.
async function writePrivateKey(path: string, key: KeyObject): Promise<void> {
  await writeFile(path, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  await chmod(path, 0o600);
}

/** A private key file of the node folder, refused when others can read it. */
async function readPrivateKey(path: string): Promise<KeyObject> {
  const mode = (await stat(path)).mode & 0o777;
  // A key others can read may have been copied: what it signs or opens proves or hides nothing.
  if ((mode & 0o077) !== 0)
    throw new VetaError(
      'KEY_EXPOSED',
      `${path} can be read by other users (mode ${mode.toString(8)}). Run "chmod 600 ${path}", and if anyone may have copied it, create a new identity and tell the peers.`,
    );
  return createPrivateKey(await readFile(path));
}

/**
 * The node's X25519 key for identities revealed to it. Identities made before it existed get one
 * on first use: it is asked for with each request to reveal, so no peer needs to learn it first.
 */
async function revealKeyIn(dir: string): Promise<KeyObject> {
  const path = join(dir, REVEAL_KEY_FILE);
  if (!(await exists(path))) {
    try {
      await writePrivateKey(path, generateKeyPairSync('x25519').privateKey);
    } catch (error) {
      // Another process made it in between: read theirs.
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  return readPrivateKey(path);
}

/** The reveal key of the node whose identity `dir` holds; undefined where it holds none. */
export async function revealKeyOf(dir: string): Promise<KeyObject | undefined> {
  return (await exists(join(dir, KEY_FILE))) ? revealKeyIn(dir) : undefined;
}

/** The identity `veta node init` wrote in `dir`, its key checked against its descriptor. */
export async function loadNodeIdentity(dir: string): Promise<NodeIdentity> {
  const descriptor = await loadNodeDescriptor(dir);
  const keyPath = join(dir, KEY_FILE);
  const privateKey = await readPrivateKey(keyPath);
  if (keyIdOf(createPublicKey(privateKey)) !== descriptor.keyId)
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${join(dir, DESCRIPTOR_FILE)} names a key id that is not ${keyPath}'s: the two files are from different identities.`,
    );
  return { descriptor, privateKey, revealKey: await revealKeyIn(dir) };
}

/** The public descriptor in `dir`, to show or to hand to peers. */
export async function loadNodeDescriptor(dir: string): Promise<NodeDescriptor> {
  const path = join(dir, DESCRIPTOR_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new VetaError(
      'NODE_NOT_INITIALISED',
      `${dir} holds no node identity. Create one with "veta node init --country PE --name Perú" (or set VETA_NODE_DIR).`,
    );
  }
  return parseNodeDescriptor(parseJson(text, path), path);
}

/** Reads a descriptor file a peer sent. */
export async function readDescriptorFile(path: string): Promise<NodeDescriptor> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new VetaError(
      'FILE_UNREADABLE',
      `${path} cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return parseNodeDescriptor(parseJson(text, path), path);
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${path} is not JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
