import type { Connection } from '../connection.js'
import type { LeaseRepository } from '../leases.js'

/**
 * One row per held lease. Taking one is a single upsert that only replaces
 * an expired row or the owner's own, so two instances racing for a free
 * lease cannot both win: the database orders the two statements.
 */
export class KyselyLeases implements LeaseRepository {
  constructor (private readonly connection: Connection, private readonly now: () => number = Date.now) {}

  async tryAcquire (name: string, owner: string, ttlMs: number): Promise<boolean> {
    const nowMs = this.now()
    const taken = await this.connection.db.insertInto('leases')
      .values({ name, owner, expires_at: nowMs + ttlMs })
      .onConflict((conflict) => conflict.column('name')
        .doUpdateSet((eb) => ({ owner: eb.ref('excluded.owner'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) => eb.or([eb('leases.expires_at', '<=', nowMs), eb('leases.owner', '=', owner)])))
      .returning('owner')
      .executeTakeFirst()
    return taken !== undefined
  }

  async release (name: string, owner: string): Promise<void> {
    await this.connection.db.deleteFrom('leases').where('name', '=', name).where('owner', '=', owner).execute()
  }
}
