import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Connection } from './connection.js'
import type { Database } from './schema.js'

/**
 * A shared PostgreSQL database. BIGINT columns (epoch milliseconds, ids,
 * counts) are read as numbers, as SQLite answers them: every value we keep
 * stays far below 2^53. The parser is set on this pool only, not on the
 * process-wide `pg.types`.
 */

const INT8 = 20

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => oid === INT8 && format !== 'binary'
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
}

export function openPostgres (url: string, warn: (message: string) => void): Connection {
  const pool = new pg.Pool({ connectionString: url, types, max: 10 })
  // An idle client losing its server emits here; unhandled, it would end the process. The next query reconnects.
  pool.on('error', (error) => warn(`PostgreSQL connection lost: ${error.message}`))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    kind: 'postgres',
    db,
    writeTransaction: (work) => db.transaction().execute(work),
    isUniqueViolation: (error) => (error as { code?: unknown } | null)?.code === '23505',
    close: () => db.destroy(),
  }
}
