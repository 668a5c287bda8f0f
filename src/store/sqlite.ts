import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Connection } from './connection.js'
import type { Database } from './schema.js'

/**
 * The embedded database file. WAL mode lets readers go on while a writer
 * commits; `synchronous = FULL` makes a commit durable before we acknowledge
 * anything that depends on it; `busy_timeout` lets the CLI and the server
 * take turns on the write lock.
 */
export function openSqlite (file: string): Connection {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const database = new BetterSqlite3(file)
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  return {
    kind: 'sqlite',
    db,
    // Kysely's SQLite driver has one connection behind a mutex: holding it keeps every other query of this process out until COMMIT.
    writeTransaction: (work) => db.connection().execute(async (connection) => {
      await sql`BEGIN IMMEDIATE`.execute(connection)
      try {
        const result = await work(connection)
        await sql`COMMIT`.execute(connection)
        return result
      } catch (error) {
        await sql`ROLLBACK`.execute(connection)
        throw error
      }
    }),
    isUniqueViolation: (error) => /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(String((error as { code?: unknown } | null)?.code)),
    close: () => db.destroy(),
  }
}
