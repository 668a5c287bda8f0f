import { join } from 'node:path'
import type { Store } from '../store.js'
import { migrations } from '../migrations/index.js'
import { loadMasterKey, type MasterKeySource } from '../../keys/master-key.js'
import { SecretBox } from '../../keys/secret-box.js'
import { openDatabase } from './database.js'
import { SqliteApiKeys } from './api-keys.js'
import { SqliteCallbacks } from './callbacks.js'
import { SqliteIdempotency } from './idempotency.js'
import { SqliteAudit } from './audit.js'

/** How webhook secrets are sealed: GATEWAY_ENCRYPTION_KEY, else DATA_DIR/master.key (src/keys/master-key.ts). */
export type StoreSecrets = Omit<MasterKeySource, 'dataDir'>

/** The embedded store: one SQLite file under DATA_DIR, no setup. */
export function openSqliteStore (dataDir: string, secrets: StoreSecrets = { warn: (message) => process.emitWarning(message) }): Store {
  const secretBox = new SecretBox(loadMasterKey({ ...secrets, dataDir }))
  const db = openDatabase(dataDir === ':memory:' ? ':memory:' : join(dataDir, 'gateway.sqlite'), migrations)
  return {
    kind: 'sqlite',
    apiKeys: new SqliteApiKeys(db, secretBox),
    callbacks: new SqliteCallbacks(db),
    idempotency: new SqliteIdempotency(db),
    audit: new SqliteAudit(db),
    ping: async () => { db.prepare('SELECT 1').get() },
    close: async () => { db.close() },
  }
}
