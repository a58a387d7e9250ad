import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { printResult } from '../output.js';

/** `veta audit verify`: checks that the audit trail's hash chain is intact. */
export function auditCommand(io: CliIo): Command {
  const audit = new Command('audit').description('Check the tamper-evident audit trail.');

  audit
    .command('verify')
    .description('Walk the hash chain; exit 1 naming the first entry that was changed, removed or moved.')
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      const { verifyAudit } = await import('../../audit/verify-audit.js');
      const result = await withDatabase(context, (db) => verifyAudit(db));
      if (result.firstBreak !== null) {
        throw new VetaError(
          'AUDIT_TAMPERED',
          `The audit trail was tampered with. ${result.firstBreak.message} ${entries(result.checked - 1)} before it verified.`,
        );
      }
      printResult(context, result, () =>
        result.head === null
          ? 'The audit trail is empty.'
          : `The audit trail is intact: ${entries(result.checked)} verified. Last entry ${String(result.head.id)}, hash ${result.head.hash}: record it elsewhere to detect a later removal of the newest entries.`,
      );
    });

  return audit;
}

function entries(count: number): string {
  return `${String(count)} ${count === 1 ? 'entry' : 'entries'}`;
}
