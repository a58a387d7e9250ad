import { CommanderError } from 'commander';
import { isVetaError } from '../core/veta-error.js';
import { processIo, type CliIo } from './io.js';
import { buildProgram } from './program.js';

/** Runs `veta` with the given arguments and returns its exit code: 0 ok, 1 failed, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = buildProgram(io);
  const json = argv.includes('--json');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return commanderExitCode(error);
    const code = isVetaError(error) ? error.code : 'INTERNAL';
    const message = isVetaError(error)
      ? error.message
      : `Veta hit an unexpected error: ${error instanceof Error ? error.message : String(error)}. Run again with --log-level debug and report it with the log.`;
    if (io.env.VETA_DEBUG && error instanceof Error) io.stderr.write(`${error.stack ?? ''}\n`);
    io.stderr.write(
      json ? `${JSON.stringify({ error: { code, message } })}\n` : `veta: ${code}: ${message}\n`,
    );
    return isVetaError(error) ? error.exitCode : 1;
  }
}

function commanderExitCode(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
  // commander has already printed what was wrong; anything else it throws is a usage error.
  return 2;
}
