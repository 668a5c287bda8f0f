import t from 'tap'
import type { Test } from 'tap'
import { KyselyApiKeys } from '../../src/store/repositories/api-keys.js'
import { asAdmin, createKey, dataDirFor, getBalance, startGateway } from './support/gateway.js'

/**
 * Authentication reads keys from memory: the hot path touches no database,
 * and every change through the admin API is seen by the very next request.
 */

/** Counts every call to the key repository (the app's store is encapsulated, so its class is spied on) until the test ends. */
function countRepositoryCalls (t: Test): Map<string, number> {
  const calls = new Map<string, number>()
  const methods = KyselyApiKeys.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  for (const name of ['create', 'find', 'list', 'update', 'delete', 'recordLastUsed', 'listCallbackTargets']) {
    const original = methods[name]
    if (original === undefined) continue
    methods[name] = function (this: unknown, ...args: unknown[]) {
      calls.set(name, (calls.get(name) ?? 0) + 1)
      return original.apply(this, args)
    }
    t.teardown(() => { methods[name] = original })
  }
  return calls
}

t.test('once a key is cached, authenticated requests make no repository call', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const calls = countRepositoryCalls(t)
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  t.same(Object.fromEntries(calls), { find: 1 }, 'the first request loads the key')
  calls.clear()
  for (let index = 0; index < 20; index++) t.equal((await getBalance(app, key.token)).statusCode, 200)
  t.same(Object.fromEntries(calls), {}, 'twenty more requests: no read, and no lastUsedAt write per request')
})

t.test('a whitelist change applies to the next request', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { ipWhitelist: '10.0.0.0/8' } })
  t.equal((await getBalance(app, key.token)).statusCode, 403)
  t.equal((await getBalance(app, key.token, { remoteAddress: '10.1.2.3' })).statusCode, 200)
})

t.test('a scope change applies to the next request', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { scopes: ['read'] })
  t.equal((await getBalance(app, key.token)).statusCode, 200)
  await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { scopes: ['write'] } })
  t.equal((await getBalance(app, key.token)).statusCode, 403)
})

t.test('lastUsedAt is null until the key is used, then shown at once and written in a batch on close', async (t) => {
  const dataDir = dataDirFor(t)
  const first = await startGateway(t, { DATA_DIR: dataDir })
  const key = await createKey(first.app)
  const read = async (app = first.app) => (await app.inject({ method: 'GET', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).json<{ lastUsedAt: string | null }>()
  t.equal((await read()).lastUsedAt, null)

  const before = Date.now()
  await getBalance(first.app, key.token)
  const seen = (await read()).lastUsedAt
  t.match(seen, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  t.ok(Date.parse(seen ?? '') >= before - 5)
  await first.app.close()

  const second = await startGateway(t, { DATA_DIR: dataDir })
  t.equal((await read(second.app)).lastUsedAt, seen, 'flushed on close and read back after a restart')
})
