/** The child side of bench/lib/child-server.ts: announce the port, answer requests, stop on demand. */
export type Handlers = Record<string, (payload: unknown) => unknown>;

export function serveIpc(port: number, handlers: Handlers, stop: () => Promise<void>): void {
  if (!process.send)
    throw new Error('bench servers run as children of bench/lib/child-server.ts (no IPC channel)');
  process.on('message', (raw: { id?: number; type?: string; payload?: unknown }) => {
    if (raw.type === 'stop') {
      void stop().finally(() => process.exit(0));
      return;
    }
    if (raw.id === undefined || raw.type === undefined) return;
    const id = raw.id;
    const handler = handlers[raw.type];
    if (!handler) {
      process.send?.({ id, error: `no handler for "${raw.type}"` });
      return;
    }
    Promise.resolve()
      .then(() => handler(raw.payload))
      .then(
        (result) => process.send?.({ id, result }),
        (err: unknown) =>
          process.send?.({ id, error: err instanceof Error ? err.message : String(err) }),
      );
  });
  // The parent going away (Ctrl-C, a crash) must not leave a server running.
  process.on('disconnect', () => void stop().finally(() => process.exit(0)));
  process.send({ type: 'ready', port });
}
