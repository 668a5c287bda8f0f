import type { Test } from 'tap'
import { randomBytes } from 'node:crypto'
import { SecretBox } from '../../../src/keys/secret-box.js'
import { openStore } from '../../../src/store/open.js'
import type { Store } from '../../../src/store/store.js'
import { TEST_DATABASE_KINDS, freshPostgresUrl, type TestDatabaseKind } from '../../support/databases.js'

/**
 * Runs a store test once per database: SQLite always, PostgreSQL too when
 * TEST_DATABASE_URL is set. Each run gets a fresh, empty database.
 *
 * On PostgreSQL `open` makes another store each time (another instance on
 * the shared database). On SQLite it answers the one store: one process
 * owns the file, and a second connection in the same process could only
 * deadlock (better-sqlite3 blocks the whole event loop while it waits for
 * a lock the first connection holds across an await). Two instances on one
 * SQLite file are two processes: see test/store/delivery-claims.test.ts.
 */

export interface TestDatabase {
  kind: TestDatabaseKind
  /** A store on this run's database (migrated; closed after the test): another instance on PostgreSQL, the same one on SQLite. */
  open: () => Promise<Store>
  /** Where the database is, as the gateway's configuration says it. */
  config: { DATA_DIR: string, DATABASE_URL?: string }
}

export function eachDatabase (t: Test, name: string, body: (t: Test, database: TestDatabase) => Promise<void>): void {
  for (const kind of TEST_DATABASE_KINDS) {
    t.test(`${name} (${kind})`, async (t) => {
      const config = { DATA_DIR: t.testdir(), ...kind === 'postgres' ? { DATABASE_URL: await freshPostgresUrl() } : {} }
      // One master key for every instance, as GATEWAY_ENCRYPTION_KEY gives a shared deployment.
      const sealer = new SecretBox(randomBytes(32))
      let sqliteStore: Promise<Store> | undefined
      const openAnother = async () => {
        const store = await openStore(config, { sealer, warn: () => {} })
        t.teardown(() => store.close())
        return store
      }
      const open = () => kind === 'postgres' ? openAnother() : (sqliteStore ??= openAnother())
      await body(t, { kind, open, config })
    })
  }
}
