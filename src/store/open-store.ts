import type { DatabaseTarget } from '../config';
import { createMongoStore } from './mongo';
import { createSqliteStore } from './sqlite';
import type { Store } from './types';

/**
 * The configured backend: SQLite (embedded default) or MongoDB (production, Atlas). Only the
 * default SQLite folder is created; an explicit path's folder must exist (ConfigError if not).
 */
export function openStore(
  target: DatabaseTarget,
  opts: { consentMirrorMaxKeys?: number } = {},
): Store {
  return target.kind === 'mongo'
    ? createMongoStore({ uri: target.uri })
    : createSqliteStore({
        path: target.path,
        createFolder: !target.explicit,
        consentMirrorMaxKeys: opts.consentMirrorMaxKeys,
      });
}
