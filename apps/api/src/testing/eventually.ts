/** Retries `check` until it passes or the time is up: for work that jobs finish in the background. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw last;
}
