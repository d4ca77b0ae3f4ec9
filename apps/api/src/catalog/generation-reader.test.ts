import { describe, expect, it } from 'vitest';
import { generationReader } from './generation-reader.ts';

/** A read that resolves when told to, and says when it started. */
function controlledReads() {
  const started: { value: number; resolve: (n: string) => void }[] = [];
  let counter = 0;
  const read = () =>
    new Promise<string>((resolve) => {
      counter += 1;
      started.push({ value: counter, resolve });
    });
  return { read, started };
}

describe('the generation reader', () => {
  it('shares one read among the searches that arrive while another is in flight', async () => {
    const { read, started } = controlledReads();
    const generation = generationReader(read);
    const first = generation();
    const second = generation();
    const third = generation();
    expect(started).toHaveLength(1);
    started[0]?.resolve('1');
    expect(await first).toBe('1');
    // The two later searches waited for a read that started after them.
    await Promise.resolve();
    expect(started).toHaveLength(2);
    started[1]?.resolve('2');
    expect(await second).toBe('2');
    expect(await third).toBe('2');
  });

  it('reads again once nothing is in flight, and survives a failed read', async () => {
    let n = 0;
    const generation = generationReader(async () => {
      n += 1;
      if (n === 1) throw new Error('connection lost');
      return String(n);
    });
    await expect(generation()).rejects.toThrow('connection lost');
    expect(await generation()).toBe('2');
    expect(await generation()).toBe('3');
  });
});
