/**
 * Waits for an effect that happens on its own (a worker, a socket, a live event), checking often; the one way tests
 * wait, instead of fixed sleeps. Resolves with the first truthy value the check returns.
 */
export async function eventually<T>(check: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Not so within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
