// When the server runs on the embedded PostgreSQL, it leaves its address in DATA_DIR/runtime.json so
// that `pnpm ops` can reach the same database instead of starting a second server on the same files.
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Runtime = { pid: number; databaseUrl: string };

const fileIn = (dataDir: string) => join(dataDir, 'runtime.json');

export async function writeRuntimeFile(dataDir: string, databaseUrl: string): Promise<() => Promise<void>> {
  await writeFile(fileIn(dataDir), JSON.stringify({ pid: process.pid, databaseUrl } satisfies Runtime), {
    mode: 0o600,
  });
  return () => rm(fileIn(dataDir), { force: true });
}

/** The running server's database, if a live server left one. */
export function runningDatabaseUrl(dataDir: string): string | undefined {
  if (!existsSync(fileIn(dataDir))) return undefined;
  try {
    const runtime = JSON.parse(readFileSync(fileIn(dataDir), 'utf8')) as Runtime;
    process.kill(runtime.pid, 0); // throws when no such process
    return runtime.databaseUrl;
  } catch {
    return undefined;
  }
}
