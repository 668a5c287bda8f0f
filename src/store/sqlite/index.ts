import { join } from 'node:path'
import type { Store } from '../store.js'
import { migrations } from '../migrations/index.js'
import { openDatabase } from './database.js'
import { SqliteApiKeys } from './api-keys.js'
import { SqliteCallbacks } from './callbacks.js'

/** The embedded store: one SQLite file under DATA_DIR, no setup. */
export function openSqliteStore (dataDir: string): Store {
  const db = openDatabase(dataDir === ':memory:' ? ':memory:' : join(dataDir, 'gateway.sqlite'), migrations)
  return {
    kind: 'sqlite',
    apiKeys: new SqliteApiKeys(db),
    callbacks: new SqliteCallbacks(db),
    ping: async () => { db.prepare('SELECT 1').get() },
    close: async () => { db.close() },
  }
}
