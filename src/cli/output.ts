import type { CliContext } from './context.js';

/** Prints a command's result: JSON on stdout with --json, else the human text. */
export function printResult(context: CliContext, result: unknown, text: () => string): void {
  context.io.stdout.write(context.json ? `${JSON.stringify(result, null, 2)}\n` : `${text()}\n`);
}

/** "1 migration", "3 migrations". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
