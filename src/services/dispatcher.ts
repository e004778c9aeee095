// STUB: replaced by the tasks helper.
export function createDispatcher(deps: unknown) {
  void deps;
  return {
    /** One dispatch pass over every due task this instance can lease. */
    async tick(): Promise<void> {},
    /** Finish the batch in flight, release leases. */
    async stop(): Promise<void> {},
  };
}
export type Dispatcher = ReturnType<typeof createDispatcher>;
