import type { ColumnDefinitionBuilder, Kysely } from 'kysely'
import type { DatabaseKind } from '../connection.js'

/**
 * One schema change: a stable id ("001-api-keys") and the Kysely schema
 * builder calls that make it, the same on both databases. `kind` picks
 * the few column types the two name differently (see `columnTypes`).
 */
export interface Migration {
  id: string
  // Migrations see the database as it was when they were written, not today's `Database` interface.
  up: (db: Kysely<any>, kind: DatabaseKind) => Promise<void>
}

export function columnTypes (kind: DatabaseKind) {
  return kind === 'postgres'
    ? { bytes: 'bytea', bigint: 'bigint' } as const
    : { bytes: 'blob', bigint: 'integer' } as const
}

/**
 * A row id that is never reused: SQLite's AUTOINCREMENT, PostgreSQL's
 * identity (BY DEFAULT, so `store copy-to-postgres` can keep the ids an
 * embedded store gave out).
 */
export function autoIncrementId (kind: DatabaseKind) {
  return {
    type: columnTypes(kind).bigint,
    column: (column: ColumnDefinitionBuilder) => kind === 'postgres'
      ? column.primaryKey().generatedByDefaultAsIdentity()
      : column.primaryKey().autoIncrement(),
  }
}
