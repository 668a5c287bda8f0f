import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type Kysely, sql } from 'kysely'
import type { Connection } from './connection.js'
import { migrate } from './migrate.js'
import { migrations } from './migrations/index.js'
import { SQLITE_FILE } from './open.js'
import { openPostgres } from './postgres.js'
import type { Database } from './schema.js'
import { openSqlite } from './sqlite.js'

/**
 * Copies an embedded store (DATA_DIR/gateway.sqlite) into a PostgreSQL
 * database, row for row: keys keep their sealed webhook secrets (so every
 * instance must use the master key that sealed them), events keep their
 * sequences (so SSE clients' Last-Event-ID stays valid) and deliveries
 * their state. Idempotent: a row whose key is already there is skipped, so
 * an interrupted copy can be run again. Leases and delivery claims are not
 * copied: they belong to running processes.
 */

/** In the order foreign keys need. */
export const COPIED_TABLES = ['api_keys', 'callback_events', 'sms_reviews', 'sms_review_latest', 'callback_deliveries', 'idempotency_records', 'audit_entries'] as const
export type CopiedTable = typeof COPIED_TABLES[number]

/** Identity columns whose sequences must move past the copied ids. */
const IDENTITIES: ReadonlyArray<[CopiedTable, string]> = [['callback_events', 'sequence'], ['callback_deliveries', 'id'], ['audit_entries', 'id']]

const BATCH = 500

export class StoreCopyRefused extends Error {
  override name = 'StoreCopyRefused'
}

export interface CopyOptions {
  dataDir: string
  targetUrl: string
  /** Copy into a database that already holds rows (a second run of the same copy). */
  intoNonEmpty: boolean
  warn: (message: string) => void
}

export interface CopyReport {
  /** Rows written, per table. */
  copied: Record<CopiedTable, number>
  /** Rows already in the target (same key), per table. */
  skipped: Record<CopiedTable, number>
}

export async function copyToPostgres ({ dataDir, targetUrl, intoNonEmpty, warn }: CopyOptions): Promise<CopyReport> {
  const file = join(dataDir, SQLITE_FILE)
  if (!existsSync(file)) throw new StoreCopyRefused(`There is no embedded store at ${file}: set DATA_DIR to the directory the gateway used`)
  const source = openSqlite(file)
  try {
    const target = openPostgres(targetUrl, warn)
    try {
      await migrate(source, migrations)
      await migrate(target, migrations)
      const present = await rowCounts(target.db)
      const held = COPIED_TABLES.filter((table) => present[table] > 0)
      if (held.length > 0 && !intoNonEmpty) {
        throw new StoreCopyRefused(`The target database is not empty (${held.map((table) => `${table}: ${present[table]}`).join(', ')}). ` +
          'Pass --into-non-empty to run the copy again over an earlier copy of this store (rows already there are kept)')
      }
      return await target.writeTransaction((trx) => copyTables(source, trx))
    } finally {
      await target.close()
    }
  } finally {
    await source.close()
  }
}

async function copyTables (source: Connection, target: Kysely<Database>): Promise<CopyReport> {
  const report: CopyReport = { copied: emptyCounts(), skipped: emptyCounts() }
  for (const table of COPIED_TABLES) {
    for (let offset = 0; ; offset += BATCH) {
      // rowid: every table has one, and it pages in a stable order whatever the table's key.
      const rows = await source.db.selectFrom(table).selectAll().orderBy(sql.raw('rowid')).limit(BATCH).offset(offset).execute() as Array<Record<string, unknown>>
      if (rows.length === 0) break
      const values = table === 'callback_deliveries' ? rows.map((row) => ({ ...row, claimed_by: null, lease_until: null })) : rows
      const written = await target.insertInto(table).values(values as never).onConflict((conflict) => conflict.doNothing()).executeTakeFirst()
      const count = Number(written.numInsertedOrUpdatedRows ?? 0)
      report.copied[table] += count
      report.skipped[table] += rows.length - count
    }
  }
  for (const [table, column] of IDENTITIES) {
    // New rows made by the PostgreSQL instances continue after the copied ids.
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), GREATEST((SELECT MAX(${sql.ref(column)}) FROM ${sql.table(table)}), 1))`.execute(target)
  }
  return report
}

async function rowCounts (db: Kysely<Database>): Promise<Record<CopiedTable, number>> {
  const counts = emptyCounts()
  for (const table of COPIED_TABLES) {
    const { total } = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow()
    counts[table] = Number(total)
  }
  return counts
}

function emptyCounts (): Record<CopiedTable, number> {
  return Object.fromEntries(COPIED_TABLES.map((table) => [table, 0])) as Record<CopiedTable, number>
}
