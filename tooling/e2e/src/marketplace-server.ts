// Starts the marketplace exactly as `pnpm start` does (same entry point, same loader, repo root as
// working directory), on a free port and a throwaway data folder, and stops it with SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export type RunningMarketplace = {
  url: string;
  /** Its DATA_DIR: `pnpm ops` commands run against this server's database through it. */
  dataDir: string;
  /** What the server printed so far (its start banner names the OUTSCALE simulator's address). */
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code (null if it had to be killed after `timeoutMs`). */
  stop: (timeoutMs?: number) => Promise<number | null>;
};

export function assertPortalsBuilt(): void {
  for (const portal of ['buyer', 'seller']) {
    const index = join(ROOT_DIR, 'apps', portal, 'dist', 'index.html');
    if (!existsSync(index)) {
      throw new Error(`The ${portal} portal is not built (${index} is missing): run \`pnpm build\` first.`);
    }
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/** tsx is a dependency of the API, so it is resolved from there (the root has no node_modules of its own). */
function tsxLoader(): string {
  const fromApi = createRequire(join(ROOT_DIR, 'apps/api/package.json'));
  return pathToFileURL(fromApi.resolve('tsx')).href;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export type MarketplaceOptions = {
  /** Load the demo organizations and the demo platform operator (DEMO_DATA=true); off by default. */
  demoData?: boolean;
};

export async function startMarketplace(options: MarketplaceOptions = {}): Promise<RunningMarketplace> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'marketplace-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', tsxLoader(), 'apps/api/src/main.ts'], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO_DATA: options.demoData ? 'true' : 'false',
      LOG_LEVEL: 'warn',
      // E-mailed links (set password, reset password) point at this server, so a test can open them.
      PUBLIC_URL: url,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });

  const cleanUp = () => rm(dataDir, { recursive: true, force: true });

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await cleanUp();
      throw new Error(`the marketplace exited with code ${child.exitCode} before answering:\n${output}`);
    }
    const ready = await fetch(`${url}/trpc/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await cleanUp();
      throw new Error(`the marketplace did not answer /trpc/health within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    dataDir,
    output: () => output,
    async stop(timeoutMs = 15_000) {
      const exit = exited(child);
      child.kill('SIGTERM');
      const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs));
      const result = await Promise.race([exit, timer]);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        await exit;
        await cleanUp();
        return null;
      }
      await cleanUp();
      if (result !== 0) console.error(output);
      return result;
    },
  };
}

/**
 * Runs `pnpm ops <args>` as the operator would on the server's machine (same entry point and loader,
 * the server's DATA_DIR, so the running server's database); resolves with what it printed, or throws
 * with it when the command fails.
 */
export async function runOps(marketplace: RunningMarketplace, args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', tsxLoader(), 'apps/api/src/ops.ts', ...args], {
    cwd: ROOT_DIR,
    env: { ...process.env, DATA_DIR: marketplace.dataDir, LOG_LEVEL: 'warn', PUBLIC_URL: marketplace.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`pnpm ops ${args.join(' ')} exited with ${code}:\n${output}`);
  return output;
}

/**
 * The regional endpoint template of the simulator the server started (`http://127.0.0.1:PORT/{region}/api/v1`),
 * read from its banner `OUTSCALE API:   simulator at http://127.0.0.1:PORT/api/v1`.
 */
export async function simulatorEndpoint(marketplace: RunningMarketplace): Promise<string> {
  // The banner follows the first answer to /trpc/health by a moment.
  for (let tries = 0; tries < 100; tries++) {
    const match = /OUTSCALE API:\s+simulator at (http:\/\/[\d.]+:\d+)\/api\/v1/.exec(marketplace.output());
    if (match?.[1]) return `${match[1]}/{region}/api/v1`;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not say where its OUTSCALE simulator is:\n${marketplace.output()}`);
}
