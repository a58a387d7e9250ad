import { Command, Option } from 'commander';
import { LOG_LEVELS } from '../core/logger.js';
import { rulesCommand } from './commands/rules.js';
import { alertsCommand } from './commands/alerts.js';
import { auditCommand } from './commands/audit.js';
import { dbCommand } from './commands/db.js';
import { demoCommand } from './commands/demo.js';
import { evaluateCommand } from './commands/evaluate.js';
import { exportCommand } from './commands/export.js';
import { ownersCommand } from './commands/owners.js';
import { networkCommand } from './commands/network.js';
import { federationCommand } from './commands/federation.js';
import { nodeCommand } from './commands/node.js';
import { receiveCommand } from './commands/receive.js';
import { askCommand } from './commands/ask.js';
import { shareCommand } from './commands/share.js';
import { detectCommand } from './commands/detect.js';
import { entitiesCommand } from './commands/entities.js';
import { entityCommand } from './commands/entity.js';
import { revealCommand } from './commands/reveal.js';
import { evaluateResolutionCommand } from './commands/evaluate-resolution.js';
import { ingestCommand } from './commands/ingest.js';
import { profilesCommand } from './commands/profiles.js';
import { resolveCommand } from './commands/resolve.js';
import { serveCommand } from './commands/serve.js';
import { simulateCommand } from './commands/simulate.js';
import { standardCommand } from './commands/standard.js';
import { usersCommand } from './commands/users.js';
import { riskCommand } from './commands/risk.js';
import { scoreCommand } from './commands/score.js';
import { warningsCommand } from './commands/warnings.js';
import type { CliIo } from './io.js';

export const VERSION = '0.1.0';

/** The `veta` command tree with its global options. Commands are thin: the work lives in modules. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('veta')
    .description('Veta: connect mining, customs, tax and financial-intelligence data to expose illegal gold.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run the command with --help for usage)')
    .option('--db <url>', 'database: postgres://user@host:5432/db, or file:///folder for the embedded one')
    .option('--json', 'print results as JSON')
    .addOption(new Option('--log-level <level>', 'log verbosity (default: silent)').choices(LOG_LEVELS))
    .option('--log-file <path>', 'write JSON logs to this file instead of stderr');

  program.addCommand(dbCommand(io));
  program.addCommand(profilesCommand(io));
  program.addCommand(ingestCommand(io));
  program.addCommand(detectCommand(io));
  program.addCommand(alertsCommand(io));
  program.addCommand(rulesCommand(io));
  program.addCommand(evaluateCommand(io));
  program.addCommand(ownersCommand(io));
  program.addCommand(networkCommand(io));
  program.addCommand(exportCommand(io));
  program.addCommand(resolveCommand(io));
  program.addCommand(entitiesCommand(io));
  program.addCommand(entityCommand(io));
  program.addCommand(evaluateResolutionCommand(io));
  program.addCommand(scoreCommand(io));
  program.addCommand(riskCommand(io));
  program.addCommand(warningsCommand(io));
  program.addCommand(simulateCommand(io));
  program.addCommand(standardCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(usersCommand(io));
  program.addCommand(auditCommand(io));
  program.addCommand(nodeCommand(io));
  program.addCommand(shareCommand(io));
  program.addCommand(receiveCommand(io));
  program.addCommand(askCommand(io));
  program.addCommand(revealCommand(io));
  program.addCommand(federationCommand(io));
  program.addCommand(demoCommand(io));
  inheritSettings(program);
  return program;
}

/** Commands built on their own miss the root's settings: error handling and output go to every one. */
function inheritSettings(parent: Command): void {
  for (const child of parent.commands) {
    child.copyInheritedSettings(parent);
    inheritSettings(child);
  }
}
