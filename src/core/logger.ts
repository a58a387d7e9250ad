import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

export type LogLevel = 'silent' | 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

export const LOG_LEVELS: readonly LogLevel[] = ['silent', 'fatal', 'error', 'warn', 'info', 'debug', 'trace'];

/** A JSON logger writing to a file (appended, created with its folder) or, without one, to stderr. */
export function createLogger(options: { level: LogLevel; file?: string | undefined }): Logger {
  const destination = options.file
    ? pino.destination({ dest: options.file, mkdir: true, append: true, sync: true })
    : pino.destination({ fd: 2, sync: true });
  return pino({ name: 'veta', level: options.level, base: { pid: process.pid } }, destination);
}

/** A logger that discards everything, for library calls made without one. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
