import t from 'tap'
import { asAdmin, bearer, createKey, startGateway } from './support/gateway.js'

/**
 * Scopes are exact: `read` grants the resource API's GET routes, `write` its
 * other methods, `admin` the /admin/* routes; none implies another.
 */

const patchProfile = { method: 'PATCH' as const, url: '/profile', payload: { tel: '051086994256' } }

t.test('each scope grants exactly its routes; the rest is 403 GW_INSUFFICIENT_SCOPE', async (t) => {
  const { app } = await startGateway(t)
  const read = await createKey(app, { scopes: ['read'] })
  const write = await createKey(app, { scopes: ['write'] })
  const admin = await createKey(app, { scopes: ['admin'] })
  const all = await createKey(app, { scopes: ['read', 'write', 'admin'] })

  const expectations: Array<[string, string, number, number, number]> = [
    // route, what, read, write, admin
    ['GET', '/balance', 200, 403, 403],
    ['PATCH', '/profile', 403, 200, 403],
    ['GET', '/admin/api-keys', 403, 403, 200],
  ]
  for (const [method, url, ...statuses] of expectations) {
    for (const [index, key] of [read, write, admin].entries()) {
      const response = await app.inject({ method: method as 'GET', url, headers: bearer(key.token), ...(method === 'PATCH' ? { payload: patchProfile.payload } : {}) })
      t.equal(response.statusCode, statuses[index], `${key.scopes.join()} key: ${method} ${url}`)
      if (response.statusCode === 403) {
        t.match(response.json(), { status: 403, code: 'GW_INSUFFICIENT_SCOPE' })
        t.match(response.headers['content-type'], /^application\/problem\+json/)
      }
    }
    const response = await app.inject({ method: method as 'GET', url, headers: bearer(all.token), ...(method === 'PATCH' ? { payload: patchProfile.payload } : {}) })
    t.equal(response.statusCode, 200, `a key with every scope: ${method} ${url}`)
  }
})

t.test('a HEAD request needs the read scope like its GET', async (t) => {
  const { app } = await startGateway(t)
  const write = await createKey(app, { scopes: ['write'] })
  const read = await createKey(app, { scopes: ['read'] })
  t.equal((await app.inject({ method: 'HEAD', url: '/balance', headers: bearer(write.token) })).statusCode, 403)
  t.equal((await app.inject({ method: 'HEAD', url: '/balance', headers: bearer(read.token) })).statusCode, 200)
})

t.test('an admin-scoped key manages keys like the admin token', async (t) => {
  const { app } = await startGateway(t)
  const admin = await createKey(app, { scopes: ['admin'] })
  const created = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: bearer(admin.token), payload: { scopes: ['read'], ipWhitelist: '127.0.0.1' } })
  t.equal(created.statusCode, 201)
  t.equal((await app.inject({ method: 'GET', url: '/admin/api-keys', headers: asAdmin })).json().total, 2)
})

t.test('a scope outside read, write and admin is refused at creation', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject({ method: 'POST', url: '/admin/api-keys', headers: asAdmin, payload: { scopes: ['root'], ipWhitelist: ['127.0.0.1'] } })
  t.equal(response.statusCode, 400)
  t.match(response.json().errors, [{ pointer: /^\/scopes/ }])
})
