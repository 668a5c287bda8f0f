import type { Config } from '../config.js'
import { openSqliteStore } from './sqlite/index.js'
import type { Store } from './store.js'

/**
 * The store the configuration names, for the server (plugins/store.ts) and
 * the CLI alike: the embedded SQLite file under DATA_DIR unless
 * DATABASE_URL says otherwise.
 */
export function openStore (config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL' | 'GATEWAY_ENCRYPTION_KEY'>, warn: (message: string) => void): Store {
  if (config.DATABASE_URL !== undefined && /^postgres/.test(config.DATABASE_URL)) {
    throw new Error('DATABASE_URL=postgres://… is not supported yet: unset it to use the embedded store under DATA_DIR')
  }
  return openSqliteStore(config.DATA_DIR, { encryptionKey: config.GATEWAY_ENCRYPTION_KEY, warn })
}
