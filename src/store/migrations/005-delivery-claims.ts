import { columnTypes, type Migration } from './migration.js'

/**
 * Work that must happen once when several gateways share one database.
 *
 * - `callback_deliveries.claimed_by` / `lease_until`: the relay worker
 *   sending a delivery holds it until `lease_until` (epoch ms); after that a
 *   worker of another instance may take it over (the first one crashed).
 * - `leases`: named leases for other once-at-a-time work (scheduled catalog
 *   syncs): one owner per name until `expires_at` (epoch ms).
 */
export const deliveryClaimsMigration: Migration = {
  id: '005-delivery-claims',
  up: async (db, kind) => {
    const { bigint } = columnTypes(kind)
    await db.schema.alterTable('callback_deliveries').addColumn('claimed_by', 'text').execute()
    await db.schema.alterTable('callback_deliveries').addColumn('lease_until', bigint).execute()
    await db.schema.createTable('leases')
      .addColumn('name', 'text', (column) => column.primaryKey())
      .addColumn('owner', 'text', (column) => column.notNull())
      .addColumn('expires_at', bigint, (column) => column.notNull())
      .execute()
  },
}
