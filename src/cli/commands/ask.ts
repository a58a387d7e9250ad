import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import type { Question } from '../../federation/query/questions.js';
import { contextFrom, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { nodeDirOf } from '../node-dir.js';
import { printResult } from '../output.js';

interface AskOptions {
  identifier?: string;
  exporter?: string;
  from?: string;
  to?: string;
  transport: string;
  timeout: string;
}

/** `veta ask NODE`: a question to a node, under the agreement that node sent, answered signed. */
export function askCommand(io: CliIo): Command {
  return new Command('ask')
    .description(
      "Ask a node a question its agreement with this node allows (is an identifier registered there; an exporter's monthly gold totals); the node answers or refuses, signed, and both sides audit it.",
    )
    .argument('<node>', 'the node asked, e.g. PE')
    .option(
      '--identifier <id>',
      'is this identifier registered with the node, and in which registers? e.g. PE:RUC:20603124589',
    )
    .option('--exporter <id>', "an exporter's monthly gold bought and produced, with --from and --to")
    .option('--from <YYYY-MM>', 'first month of the totals')
    .option('--to <YYYY-MM>', 'last month of the totals')
    .requiredOption('--transport <url>', "the federation's NATS server, e.g. nats://127.0.0.1:4222")
    .option('--timeout <seconds>', 'how long to wait for the answer', '30')
    .option('--node-dir <dir>', "this node's identity (default VETA_NODE_DIR or ./.veta-node)")
    .action(async (node: string, options: AskOptions, command: Command) => {
      const context = contextFrom(command, io);
      const question = questionFrom(options);
      const timeoutSeconds = Number(options.timeout);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
        throw new VetaError('USAGE', `--timeout must be a number of seconds, not "${options.timeout}".`);
      const { loadNodeIdentity } = await import('../../federation/node-identity.js');
      const { askNode } = await import('../../federation/query/ask-node.js');
      const { brokerNamesFrom } = await import('../../federation/transport/nats-broker.js');
      const identity = await loadNodeIdentity(nodeDirOf(command, io));
      const asked = node.trim().toUpperCase();
      const reply = await withDatabase(context, (db) =>
        askNode(db, identity, asked, question, {
          url: options.transport,
          names: brokerNamesFrom(io.env),
          timeoutMs: timeoutSeconds * 1000,
        }),
      );
      printResult(context, reply, () => {
        if ('refused' in reply) return `${asked} refused: ${reply.refused}`;
        const { answer } = reply;
        if ('registered' in answer)
          return answer.registered
            ? `${asked} holds it in ${answer.registers.map((register) => `${register.layout} (${String(register.records)})`).join(', ')}.`
            : `${asked} holds no record with it.`;
        return [
          'month     bought fine kg  bought gross kg  purchases  produced kg',
          ...answer.months.map(
            (month) =>
              `${month.month}  ${month.boughtFineKg.toFixed(3).padStart(14)}  ${month.boughtGrossKg.toFixed(3).padStart(15)}  ${String(month.purchases).padStart(9)}  ${month.producedKg.toFixed(3).padStart(11)}`,
          ),
        ].join('\n');
      });
    });
}

function questionFrom(options: AskOptions): Question {
  if ((options.identifier === undefined) === (options.exporter === undefined))
    throw new VetaError('USAGE', 'Ask one question: --identifier ID, or --exporter ID with --from and --to.');
  if (options.identifier !== undefined)
    return { kind: 'IDENTIFIER_REGISTERED', identifier: options.identifier };
  const month = /^\d{4}-(0[1-9]|1[0-2])$/;
  if (
    options.from === undefined ||
    options.to === undefined ||
    !month.test(options.from) ||
    !month.test(options.to)
  )
    throw new VetaError('USAGE', '--exporter needs --from and --to, months as YYYY-MM.');
  return { kind: 'EXPORTER_TOTALS', exporter: options.exporter ?? '', from: options.from, to: options.to };
}
