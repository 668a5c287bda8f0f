import { join } from 'node:path'
import { sql } from 'kysely'
import type { Config } from '../config.js'
import type { Connection } from './connection.js'
import { migrate } from './migrate.js'
import { migrations } from './migrations/index.js'
import { KyselyApiKeys } from './repositories/api-keys.js'
import { KyselyAudit } from './repositories/audit.js'
import { KyselyCallbacks } from './repositories/callbacks.js'
import { KyselyIdempotency } from './repositories/idempotency.js'
import { KyselyLeases } from './repositories/leases.js'
import type { Sealer } from './sealer.js'
import { openSqlite } from './sqlite.js'
import { prepareDataDir, restrictDatabaseFiles } from './data-dir.js'
import { asStartupRefusal } from './startup-refusals.js'
import type { Store } from './store.js'

export interface StoreOptions {
  /** Seals webhook secrets: the caller brings the master key (the server and the CLI use src/keys/webhook-sealer.ts). */
  sealer: Sealer
  warn: (message: string) => void
  /**
   * Refuse to open when the master key does not open the sealed webhook secrets (default). The CLI opens
   * without the check, so that `keys list` and `keys rotate --webhook-secret` can repair it.
   */
  checkSealer?: boolean
}

export const SQLITE_FILE = 'gateway.sqlite'

export function isPostgresUrl (url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:/.test(url)
}

/**
 * The store the configuration names, for the server (plugins/store.ts) and
 * the CLI alike: PostgreSQL when DATABASE_URL is postgres://…, else the
 * embedded SQLite file under DATA_DIR. Its schema is brought up to date
 * before it resolves.
 */
export async function openStore (config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>, options: StoreOptions): Promise<Store> {
  const embedded = !isPostgresUrl(config.DATABASE_URL) && config.DATA_DIR !== ':memory:'
  const file = embedded ? join(config.DATA_DIR, SQLITE_FILE) : ':memory:'
  if (embedded) {
    prepareDataDir(config.DATA_DIR)
    restrictDatabaseFiles(file)
  }
  try {
    // pg is loaded only for PostgreSQL, so the embedded store does not read it at every start.
    const connection = isPostgresUrl(config.DATABASE_URL)
      ? (await import('./postgres.js')).openPostgres(config.DATABASE_URL, options.warn)
      : openSqlite(file)
    return await storeOn(connection, options.sealer, options.checkSealer)
  } catch (error) {
    throw asStartupRefusal(error, embedded ? file : undefined)
  }
}

/** The repositories over an open connection; closes it when the schema or the master key do not fit. */
export async function storeOn (connection: Connection, sealer: Sealer, checkSealer = true): Promise<Store> {
  const apiKeys = new KyselyApiKeys(connection, sealer)
  try {
    await migrate(connection, migrations)
    if (checkSealer) await apiKeys.assertSealerFits()
  } catch (error) {
    await connection.close()
    throw error
  }
  return {
    kind: connection.kind,
    apiKeys,
    callbacks: new KyselyCallbacks(connection),
    idempotency: new KyselyIdempotency(connection),
    audit: new KyselyAudit(connection),
    leases: new KyselyLeases(connection),
    ping: async () => { await sql`SELECT 1`.execute(connection.db) },
    close: () => connection.close(),
  }
}
