import pino, { type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

/**
 * Paths that may hold a secret or an official's evidence wherever they appear in a log
 * object: a request's authorization header, a password or token argument, an evidence note.
 * Code logs ids and operation names, never arguments (variables carry passwords and evidence
 * notes); redaction is the net for what slips through.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'password',
  'token',
  'evidence',
  'variables',
  '*.password',
  '*.token',
  '*.evidence',
  '*.variables',
];

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** PHUXANH_LOG_LEVEL: one of pino's levels; info by default. */
export function logLevel(): string {
  const level = process.env.PHUXANH_LOG_LEVEL?.trim().toLowerCase();
  return level && LEVELS.has(level) ? level : 'info';
}

/** PHUXANH_LOG_FORMAT: `json` or `pretty`; by default pretty for a terminal, JSON for anything else (a file, a collector). */
export function prettyLogs(): boolean {
  const format = process.env.PHUXANH_LOG_FORMAT?.trim().toLowerCase();
  if (format === 'pretty') return true;
  if (format === 'json') return false;
  return process.stdout.isTTY === true;
}

/** The logger's settings, whatever it writes to. */
export function loggerOptions(): LoggerOptions {
  return {
    level: logLevel(),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { pid: process.pid },
  };
}

function createLogger(): Logger {
  const options = loggerOptions();
  // Synchronous writes: a line logged just before process.exit must not be lost.
  if (prettyLogs())
    return pino(
      options,
      pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' }),
    );
  return pino(options, pino.destination({ dest: 1, sync: true }));
}

/** The one logger of a server process. */
export const logger = createLogger();

/** For start-up code that reports progress as lines of text. */
export const logLine = (line: string) => logger.info(line);
