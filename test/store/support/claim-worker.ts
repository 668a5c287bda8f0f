import { randomBytes } from 'node:crypto'
import { SecretBox } from '../../../src/keys/secret-box.js'
import { openStore } from '../../../src/store/open.js'

/**
 * A second process on one SQLite file, for the claim race: claims small
 * batches for `owner` until none is left, then prints every id it got.
 * Usage: claim-worker.ts <DATA_DIR> <owner> <nowMs>
 */

const [dataDir, owner, nowMs] = process.argv.slice(2)
if (dataDir === undefined || owner === undefined || nowMs === undefined) {
  process.stderr.write('usage: claim-worker.ts <DATA_DIR> <owner> <nowMs>\n')
  process.exit(64)
}
const store = await openStore({ DATA_DIR: dataDir }, { sealer: new SecretBox(randomBytes(32)), warn: () => {} })
const claimed: string[] = []
for (;;) {
  const batch = await store.callbacks.claimDue({ owner, nowMs: Number(nowMs), limit: 3, leaseMs: 3_600_000 })
  if (batch.length === 0) break
  claimed.push(...batch.map((delivery) => delivery.id))
  // Let the other process in between batches, as a relay worker does while it sends.
  await new Promise((resolve) => setImmediate(resolve))
}
await store.close()
process.stdout.write(JSON.stringify(claimed))
