// Crash-proof start and stop: the server killed with SIGKILL starts again on its data folder, a start
// that fails says why, and stopping `pnpm start`'s bootstrap, by a signal or SIGKILL, stops everything.
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, openOrm } from '@marketplace/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from './testing/fixtures.ts';
import { HttpClient } from './testing/http-client.ts';
import {
  databaseUrlOf,
  isRunning,
  killAll,
  killLater,
  postgresProcessesIn,
  postmasterPid,
  rootDir,
  type StartedProcess,
  serverEnv,
  serverPid,
  startNode,
  startServer,
  untilGone,
  waitForHealth,
} from './testing/server-process.ts';

const TIMEOUT = 120_000; // two starts of the real server on these shared cores, at most

/** A parent that runs the server as `pnpm start`'s bootstrap does (tooling/scripts/foreground.mjs). */
const bootstrapLike = (script: string) => [
  '--input-type=module',
  '-e',
  `import { forwardStopSignals, run, runServer } from ${JSON.stringify(join(rootDir, 'tooling/scripts/foreground.mjs'))};
   forwardStopSignals();
   ${script}`,
];

describe('the server process, started and stopped as an operator does', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mp-lifecycle-'));
  });
  afterEach(() => killAll(dataDir));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it(
    'starts again on the same data folder after a SIGKILL, stopping the PostgreSQL the killed server left',
    async () => {
      const port = await freePort();
      const first = startServer(dataDir, port);
      await waitForHealth(`http://127.0.0.1:${port}`, first);
      const orm = await openOrm({ url: databaseUrlOf(dataDir) });
      const member = await createMember(orm);
      await orm.close(true);
      const orphan = postmasterPid(dataDir);

      first.child.kill('SIGKILL');
      await first.exit;
      expect(isRunning(orphan), 'the killed server left its PostgreSQL running').toBe(true);

      const again = await freePort();
      const second = startServer(dataDir, again);
      await waitForHealth(`http://127.0.0.1:${again}`, second);
      expect(isRunning(orphan)).toBe(false);
      expect(second.output()).toContain(
        `stopping the PostgreSQL (pid ${orphan}) a killed server left running`,
      );
      expect(postgresProcessesIn(dataDir)).toHaveLength(1);
      const client = new HttpClient(`http://127.0.0.1:${again}`);
      await expect(
        client.mutation('auth.login', { email: member.email, password: member.password }),
      ).resolves.toMatchObject({ status: 'ok' });

      second.child.kill('SIGTERM');
      expect((await second.exit).code, second.output()).toBe(0);
      expect(postgresProcessesIn(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'refuses a data folder a live server uses, naming the process that holds it, and leaves it running',
    async () => {
      const port = await freePort();
      const running = startServer(dataDir, port);
      await waitForHealth(`http://127.0.0.1:${port}`, running);
      const postmaster = postmasterPid(dataDir);

      const second = startServer(dataDir, await freePort());
      expect((await second.exit).code).toBe(1);
      expect(second.stderr()).toContain('The marketplace could not start');
      expect(second.stderr()).toContain(
        `in use by PostgreSQL (pid ${postmaster}), started by process ${running.child.pid}`,
      );
      expect(isRunning(postmaster)).toBe(true);
      await expect(fetch(`http://127.0.0.1:${port}/trpc/health`)).resolves.toMatchObject({ ok: true });

      running.child.kill('SIGTERM');
      expect((await running.exit).code).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "says why when PostgreSQL cannot start, in PostgreSQL's own words, on stderr",
    async () => {
      const settings = join(dataDir, 'pg', 'postgresql.auto.conf');
      const saved = await readFile(settings, 'utf8');
      await appendFile(settings, "shared_buffers = 'plenty'\n");
      try {
        const failing = startServer(dataDir, await freePort());
        expect((await failing.exit).code).toBe(1);
        expect(failing.stderr()).toContain(
          'The marketplace could not start: Error: PostgreSQL did not start',
        );
        expect(failing.stderr()).toContain('invalid value for parameter "shared_buffers": "plenty"');
      } finally {
        await writeFile(settings, saved);
      }
      expect(postgresProcessesIn(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );

  // Ctrl+C reaches the server thrice, from the terminal and twice from the bootstrap (once from the
  // terminal, once from npm): still one graceful stop, not an exit at once on the second signal.
  it.each([
    ["SIGTERM to the bootstrap's pid alone", false],
    ['Ctrl+C in the terminal (SIGINT to the whole process group)', true],
  ] as const)(
    'stops the server and its PostgreSQL on %s',
    async (_, wholeGroup) => {
      const port = await freePort();
      const bootstrap = startNode(
        bootstrapLike(`await runServer(${JSON.stringify(rootDir)}, process.env);`),
        serverEnv(dataDir, port),
        { ownProcessGroup: true },
      );
      await waitForHealth(`http://127.0.0.1:${port}`, bootstrap);
      const server = serverPid(dataDir) ?? 0;
      expect(server).not.toBe(bootstrap.child.pid);

      if (wholeGroup) {
        process.kill(-(bootstrap.child.pid ?? 0), 'SIGINT');
        bootstrap.child.kill('SIGINT'); // npm and pnpm pass the terminal's Ctrl+C on to their script too
      } else {
        bootstrap.child.kill('SIGTERM');
      }
      expect((await bootstrap.exit).code, bootstrap.output()).toBe(0);
      expect(isRunning(server)).toBe(false);
      expect(postgresProcessesIn(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'stops the server gracefully, its PostgreSQL with it, when the bootstrap is killed with SIGKILL',
    async () => {
      const port = await freePort();
      const bootstrap = startNode(
        bootstrapLike(`await runServer(${JSON.stringify(rootDir)}, process.env);`),
        serverEnv(dataDir, port),
      );
      await waitForHealth(`http://127.0.0.1:${port}`, bootstrap);
      const server = serverPid(dataDir) ?? 0;

      bootstrap.child.kill('SIGKILL');
      await bootstrap.exit;
      expect(await untilGone(server), 'the server outlived its bootstrap').toBe(true);
      expect(bootstrap.output()).toContain('the process that started the server is gone');
      expect(bootstrap.output()).toContain('"msg":"stopped"');
      expect(postgresProcessesIn(dataDir)).toEqual([]);
    },
    TIMEOUT,
  );

  // A step that says when it runs and when it is stopped, as `pnpm install` or a build would be.
  const step = `process.on('SIGTERM', () => { console.log('step stopped'); process.exit(0); });
    console.log('step running', process.pid); setInterval(() => {}, 1000);`;
  const stepThenNext = `await run([process.execPath], ['-e', ${JSON.stringify(step)}]);
    await run([process.execPath], ['-e', "console.log('next step')"]);`;
  const stepRunning = async (parent: StartedProcess) => {
    const deadline = Date.now() + 30_000;
    while (!/step running \d+/.test(parent.output()) && Date.now() < deadline) await sleep(50);
    killLater(Number(/step running (\d+)/.exec(parent.output())?.[1]));
  };

  it(
    'passes a stop signal to the step running (an install, a build) and runs no further step',
    async () => {
      const bootstrap = startNode(bootstrapLike(stepThenNext), process.env);
      await stepRunning(bootstrap);

      bootstrap.child.kill('SIGTERM');
      expect((await bootstrap.exit).code).toBe(0);
      expect(bootstrap.output()).toContain('step stopped');
      expect(bootstrap.output()).not.toContain('next step');
    },
    TIMEOUT,
  );

  it(
    'stops the step running when the package manager that ran the bootstrap (`npm start`) is killed with SIGKILL',
    async () => {
      const script = join(dataDir, 'bootstrap-like.mjs');
      await writeFile(script, bootstrapLike(stepThenNext)[2] ?? '');
      // As npm and pnpm run a script: through `sh -c` (`; true` keeps the shell from exec-ing node).
      const packageManager = startNode(
        [
          '-e',
          `require('child_process').spawn('sh', ['-c', '"$0" "$1"; true', process.argv[1], process.argv[2]], { stdio: 'inherit' });
           setInterval(() => {}, 1000);`,
          process.execPath,
          script,
        ],
        { ...process.env, npm_lifecycle_event: 'start' },
      );
      await stepRunning(packageManager);

      packageManager.child.kill('SIGKILL');
      const deadline = Date.now() + 30_000;
      while (!packageManager.output().includes('step stopped') && Date.now() < deadline) await sleep(50);
      expect(packageManager.output()).toContain('step stopped');
      expect(packageManager.output()).not.toContain('next step');
    },
    TIMEOUT,
  );
});
