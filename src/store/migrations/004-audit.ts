import { sql } from 'kysely'
import { autoIncrementId, columnTypes, type Migration } from './migration.js'

/**
 * The audit log: append-only, newest first by `id`, pruned by age.
 * `secret_id` is the key's id or 'admin'; no column can hold a request body.
 */
export const auditMigration: Migration = {
  id: '004-audit',
  up: async (db, kind) => {
    const id = autoIncrementId(kind)
    await db.schema.createTable('audit_entries')
      .addColumn('id', id.type, id.column)
      .addColumn('at', 'text', (column) => column.notNull())
      .addColumn('secret_id', 'text', (column) => column.notNull())
      .addColumn('operation_id', 'text', (column) => column.notNull())
      .addColumn('method', 'text', (column) => column.notNull())
      .addColumn('path', 'text', (column) => column.notNull())
      .addColumn('request_id', 'text', (column) => column.notNull())
      .addColumn('idempotency_key', 'text')
      .addColumn('replayed', 'integer', (column) => column.notNull().defaultTo(0).check(sql`replayed IN (0, 1)`))
      .addColumn('status', 'integer', (column) => column.notNull())
      .addColumn('outcome', 'text', (column) => column.notNull().check(sql`outcome IN ('ok', 'rejected', 'unknown', 'failed')`))
      .addColumn('upstream_code', 'text')
      .addColumn('upstream_message', 'text')
      .addColumn('amount', 'text')
      // Bytes of traffic bought pass 2^31.
      .addColumn('bytes', columnTypes(kind).bigint)
      .execute()
    await db.schema.createIndex('audit_entries_at').on('audit_entries').column('at').execute()
    await db.schema.createIndex('audit_entries_key').on('audit_entries').columns(['secret_id', 'id']).execute()
    await db.schema.createIndex('audit_entries_operation').on('audit_entries').columns(['operation_id', 'id']).execute()
  },
}
