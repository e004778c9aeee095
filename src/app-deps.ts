import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { Metrics } from './metrics';
import type { Services } from './services/create-services';

/** Everything createApp needs, passed in (no module-level singletons). */
export interface AppDeps {
  config: Config;
  clock: Clock;
  log: Logger;
  metrics: Metrics;
  services: Services;
}
