import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

/**
 * One open database, whichever it is. The repositories are written once
 * over `db`; the few things the two databases do differently are here.
 */

export type DatabaseKind = 'sqlite' | 'postgres'

export interface Connection {
  readonly kind: DatabaseKind
  readonly db: Kysely<Database>
  /**
   * Runs `work` in one transaction that writes, committed before it
   * resolves. SQLite takes the write lock first (BEGIN IMMEDIATE), so two
   * processes on one file wait for each other instead of failing to upgrade
   * a read lock; PostgreSQL runs a plain READ COMMITTED transaction.
   */
  writeTransaction: <T>(work: (trx: Kysely<Database>) => Promise<T>) => Promise<T>
  /** True when `error` is a UNIQUE or PRIMARY KEY violation. */
  isUniqueViolation: (error: unknown) => boolean
  close: () => Promise<void>
}
