import { type Kysely, sql } from 'kysely'
import type { Connection } from './connection.js'
import type { Migration } from './migrations/migration.js'
import type { Database } from './schema.js'

/**
 * Brings the schema up to date, one migration per transaction, recorded in
 * `schema_migrations (id, applied_at)`.
 *
 * Why not Kysely's Migrator: every embedded store made so far records its
 * migrations in this table under these ids, and the Migrator keeps its own
 * (`kysely_migration`), so it would run 001 and 002 again on them. This
 * runner is the few lines the Migrator would save, on the existing table.
 * Several instances starting together on one PostgreSQL take turns on an
 * advisory lock; on SQLite, BEGIN IMMEDIATE does the same.
 */

/** Any constant; it only has to be the same in every instance. */
const MIGRATION_LOCK = 8_224_711

export async function migrate (connection: Connection, migrations: readonly Migration[]): Promise<string[]> {
  const inTurn = <T>(work: (trx: Kysely<Database>) => Promise<T>) => connection.writeTransaction(async (trx) => {
    if (connection.kind === 'postgres') await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx)
    return work(trx)
  })
  await inTurn((trx) => trx.schema.createTable('schema_migrations').ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('applied_at', 'text', (column) => column.notNull())
    .execute())
  const done: string[] = []
  for (const migration of migrations) {
    const applied = await inTurn(async (trx) => {
      const seen = await trx.selectFrom('schema_migrations').select('id').where('id', '=', migration.id).executeTakeFirst()
      if (seen !== undefined) return false
      await migration.up(trx, connection.kind)
      await trx.insertInto('schema_migrations').values({ id: migration.id, applied_at: new Date().toISOString() }).execute()
      return true
    })
    if (applied) done.push(migration.id)
  }
  return done
}
