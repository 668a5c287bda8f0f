import { setTimeout as sleep } from 'node:timers/promises'
import t from 'tap'
import { runInTurn } from '../../src/leases/run-in-turn.js'
import type { LeaseRepository } from '../../src/store/leases.js'
import { eachDatabase } from '../store/support/each-database.js'

/** Work under a named lease: instances on one store take turns, and a stop ends the wait. */

const turn = (leases: LeaseRepository, owner: string, signal = new AbortController().signal) =>
  ({ leases, name: 'nightly', owner, ttlMs: 60_000, retryMs: 10, signal })

eachDatabase(t, 'instances run the same named work one at a time, each in its turn', async (t, database) => {
  const instances = [await database.open(), await database.open(), await database.open()]
  let running = 0
  let most = 0
  const ran: string[] = []
  await Promise.all(instances.map((store, index) => runInTurn(turn(store.leases, `instance-${index}`), async () => {
    running++
    most = Math.max(most, running)
    await sleep(30)
    ran.push(`instance-${index}`)
    running--
  })))
  t.equal(most, 1, 'never two at once')
  t.same([...ran].sort(), ['instance-0', 'instance-1', 'instance-2'], 'every one had its turn')
})

eachDatabase(t, 'the lease is given back when the work fails', async (t, database) => {
  const store = await database.open()
  await t.rejects(runInTurn(turn(store.leases, 'a'), async () => { throw new Error('sync broke') }), /sync broke/)
  t.equal(await store.leases.tryAcquire('nightly', 'b', 60_000), true)
})

eachDatabase(t, 'a stop while waiting for the turn gives up without running the work', async (t, database) => {
  const store = await database.open()
  await store.leases.tryAcquire('nightly', 'holder', 60_000)
  const stop = new AbortController()
  let ran = false
  const waiting = runInTurn(turn(store.leases, 'waiter', stop.signal), async () => { ran = true })
  await sleep(50)
  stop.abort()
  t.equal(await waiting, false)
  t.equal(ran, false)
})
