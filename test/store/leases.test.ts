import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { eachDatabase } from './support/each-database.js'

/** Named leases: one holder per name at a time, across every instance on the store. */

eachDatabase(t, 'a lease is held by one owner until it is released', async (t, database) => {
  const [a, b] = [await database.open(), await database.open()]
  t.equal(await a.leases.tryAcquire('catalog-sync', 'instance-a', 60_000), true)
  t.equal(await b.leases.tryAcquire('catalog-sync', 'instance-b', 60_000), false, 'held by instance-a')
  t.equal(await b.leases.tryAcquire('other-job', 'instance-b', 60_000), true, 'names are independent')
  t.equal(await a.leases.tryAcquire('catalog-sync', 'instance-a', 60_000), true, 'its owner renews it')
  await b.leases.release('catalog-sync', 'instance-b')
  t.equal(await b.leases.tryAcquire('catalog-sync', 'instance-b', 60_000), false, 'only the owner can release it')
  await a.leases.release('catalog-sync', 'instance-a')
  t.equal(await b.leases.tryAcquire('catalog-sync', 'instance-b', 60_000), true)
})

eachDatabase(t, 'an expired lease goes to the next owner that asks', async (t, database) => {
  const [a, b] = [await database.open(), await database.open()]
  t.equal(await a.leases.tryAcquire('catalog-sync', 'crashed', 30), true)
  await sleep(60)
  t.equal(await b.leases.tryAcquire('catalog-sync', 'instance-b', 60_000), true)
  t.equal(await a.leases.tryAcquire('catalog-sync', 'crashed', 60_000), false, 'the old owner lost it')
})

eachDatabase(t, 'instances racing for a free lease: exactly one gets it', async (t, database) => {
  const stores = [await database.open(), await database.open(), await database.open()]
  const won = await Promise.all(stores.flatMap((store, index) => [0, 1].map((round) => store.leases.tryAcquire('race', `instance-${index}-${round}`, 60_000))))
  t.equal(won.filter(Boolean).length, 1)
})
