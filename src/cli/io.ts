/** Where a CLI run reads its environment and writes its output: the process, or a test's buffers. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean });
  env: Readonly<Record<string, string | undefined>>;
  /** Where secrets given with --password-stdin are read from. */
  stdin?: NodeJS.ReadableStream;
}

/** The real process's streams and environment. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, stdin: process.stdin };
}
