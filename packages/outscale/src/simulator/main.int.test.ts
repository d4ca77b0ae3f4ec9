import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('pnpm outscale:simulator', () => {
  it('starts the simulator alone, prints its URL and the demo keys, and answers', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/simulator/main.ts'], {
      cwd: packageRoot,
      env: { ...process.env, OUTSCALE_SIMULATOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 15_000);
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(output);
          if (match?.[1] && output.includes('AKMKTDISTEUW2')) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const response = await fetch(`${url}/api/v1/ReadProductTypes`, { method: 'POST', body: '{}' });
      expect(response.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  }, 20_000);
});
