import { randomBytes } from 'node:crypto'
import pg from 'pg'
import t from 'tap'
import { webhookSealer } from '../../src/keys/webhook-sealer.js'
import { openStore } from '../../src/store/open.js'
import type { Store } from '../../src/store/store.js'

/**
 * Where tests keep their store. Always the embedded SQLite file under the
 * test's DATA_DIR; with TEST_DATABASE_URL set (scripts/test-services.sh
 * start prints it), also a shared PostgreSQL: each DATA_DIR gets its own
 * fresh schema there, so a test that restarts the gateway on one DATA_DIR
 * finds its data again, and every schema this process made is dropped when
 * its test file ends.
 */

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL === '' ? undefined : process.env.TEST_DATABASE_URL

export type TestDatabaseKind = 'sqlite' | 'postgres'

/** The kinds every store test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_DATABASE_KINDS: readonly TestDatabaseKind[] = TEST_DATABASE_URL === undefined ? ['sqlite'] : ['sqlite', 'postgres']

/** Every schema this process made, to drop; and which one each DATA_DIR uses. */
const created: string[] = []
const schemaOfDataDir = new Map<string, string>()
let admin: pg.Client | undefined

async function adminClient (url: string): Promise<pg.Client> {
  if (admin === undefined) {
    admin = new pg.Client({ connectionString: url })
    await admin.connect()
    t.teardown(dropSchemas)
  }
  return admin
}

async function dropSchemas (): Promise<void> {
  const client = admin
  admin = undefined
  if (client === undefined) return
  for (const schema of created.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  schemaOfDataDir.clear()
  await client.end()
}

/** A DATABASE_URL on `base` whose tables live in `schema` (libpq's `options`, which pg passes on). */
export function urlWithSchema (base: string, schema: string): string {
  const url = new URL(base)
  url.searchParams.set('options', `-c search_path=${schema}`)
  return url.toString()
}

async function freshSchema (): Promise<string> {
  const schema = `gw_test_${process.pid}_${randomBytes(6).toString('hex')}`
  await (await adminClient(requirePostgres())).query(`CREATE SCHEMA "${schema}"`)
  created.push(schema)
  return schema
}

/** A new, empty PostgreSQL schema, dropped when the test file ends; answers its DATABASE_URL. */
export async function freshPostgresUrl (): Promise<string> {
  return urlWithSchema(requirePostgres(), await freshSchema())
}

/**
 * The DATABASE_URL a gateway on `dataDir` uses in this run: none (the
 * SQLite file) without TEST_DATABASE_URL, else the schema of that DATA_DIR.
 * This is the hook that runs the whole suite again on PostgreSQL.
 */
export async function databaseEnvFor (dataDir: string, kind: TestDatabaseKind = TEST_DATABASE_URL === undefined ? 'sqlite' : 'postgres'): Promise<{ DATABASE_URL?: string }> {
  if (kind === 'sqlite') return {}
  let schema = schemaOfDataDir.get(dataDir)
  if (schema === undefined) {
    schema = await freshSchema()
    schemaOfDataDir.set(dataDir, schema)
  }
  return { DATABASE_URL: urlWithSchema(requirePostgres(), schema) }
}

function requirePostgres (): string {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set: run `bash scripts/test-services.sh start` and export what it prints')
  return TEST_DATABASE_URL
}

export interface TestStoreOptions {
  kind?: TestDatabaseKind
  encryptionKey?: string
}

/** Opens the store a gateway on `dataDir` would open in this run (see databaseEnvFor), and closes it after the test. */
export async function openTestStore (test: { teardown: (fn: () => unknown) => void }, dataDir: string, options: TestStoreOptions = {}): Promise<Store> {
  const config = { DATA_DIR: dataDir, GATEWAY_ENCRYPTION_KEY: options.encryptionKey, ...await databaseEnvFor(dataDir, options.kind) }
  const store = await openStore(config, { sealer: webhookSealer(config, () => {}), warn: () => {} })
  test.teardown(() => store.close())
  return store
}
