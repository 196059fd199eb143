// What every service receives: the database, configuration and key material. No hidden singletons.
import type { Config } from './config';
import type { Database, Db } from './db/client';
import type { DataKey } from './crypto/personal-data';

export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  dataKey: DataKey;
  /** Injectable clock: services never call Date.now() directly. */
  now: () => Date;
}
