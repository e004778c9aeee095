// STUB: replaced by the tasks helper.
import type { Logger } from '../logger';
import type { Dispatcher } from './dispatcher';

export function createScheduler(deps: { cron: string; dispatcher: Dispatcher; log: Logger }) {
  void deps;
  return {
    start(): void {},
    async stop(): Promise<void> {},
  };
}
