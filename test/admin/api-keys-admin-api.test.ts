import t from 'tap'
import { openTestStore } from '../support/databases.js'
import { asAdmin, bearer, createKey, dataDirFor, getBalance, startGateway } from '../auth/support/gateway.js'

/** POST/GET/PATCH/DELETE /admin/api-keys and …/rotate, as docs/api.md, "Admin API" states them. */

const UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const create = (payload: unknown) => ({ method: 'POST' as const, url: '/admin/api-keys', headers: asAdmin, payload: payload as Record<string, unknown> })

t.test('createApiKey answers 201 with the key, its secretKey and its webhookSecret', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject(create({ scopes: ['read', 'write'], ipWhitelist: '10.0.0.1,10.0.0.0/24', callbackUrl: 'https://93.184.216.34/cb', note: 'cloud engine' }))
  t.equal(response.statusCode, 201)
  const key = response.json()
  t.match(key, {
    secretId: /^AKID[0-9A-Za-z]{24}$/,
    secretKey: /^[A-Za-z0-9_-]{43}$/,
    webhookSecret: /^whsec_/,
    scopes: ['read', 'write'],
    ipWhitelist: ['10.0.0.1', '10.0.0.0/24'],
    callbackUrl: 'https://93.184.216.34/cb',
    note: 'cloud engine',
    disabled: false,
    createdAt: UTC,
    lastUsedAt: null,
  })
  t.same(Object.keys(key).sort(), ['callbackUrl', 'createdAt', 'disabled', 'ipWhitelist', 'lastUsedAt', 'note', 'scopes', 'secretId', 'secretKey', 'webhookSecret'])
})

t.test('no answer but the creation and rotation shows a secret', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { callbackUrl: 'https://93.184.216.34/cb' })
  const answers = [
    await app.inject({ method: 'GET', url: '/admin/api-keys', headers: asAdmin }),
    await app.inject({ method: 'GET', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin }),
    await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { note: 'x' } }),
  ]
  for (const answer of answers) {
    t.equal(answer.statusCode, 200)
    t.notMatch(answer.body, key.secretKey)
    t.notMatch(answer.body, key.webhookSecret.slice(6))
    t.notMatch(answer.body, /secretKey|webhookSecret|secretHash|secret_hash/)
  }
})

t.test('listApiKeys pages newest first in the {items,page,limit,total,totalPages} envelope', async (t) => {
  const { app } = await startGateway(t)
  const ids = []
  for (let index = 0; index < 3; index++) ids.push((await createKey(app, { note: `key ${index}` })).secretId)
  const first = (await app.inject({ method: 'GET', url: '/admin/api-keys?limit=2', headers: asAdmin })).json()
  t.match(first, { page: 1, limit: 2, total: 3, totalPages: 2 })
  t.same(first.items.map((item: { note: string }) => item.note), ['key 2', 'key 1'])
  const second = (await app.inject({ method: 'GET', url: '/admin/api-keys?page=2&limit=2', headers: asAdmin })).json()
  t.same(second.items.map((item: { secretId: string }) => item.secretId), [ids[0]])
  t.equal((await app.inject({ method: 'GET', url: '/admin/api-keys?limit=101', headers: asAdmin })).statusCode, 400)
  t.equal((await app.inject({ method: 'GET', url: '/admin/api-keys?bogus=1', headers: asAdmin })).statusCode, 400)
})

t.test('getApiKey answers the key; an unknown id is 404', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  t.match((await app.inject({ method: 'GET', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).json(), { secretId: key.secretId, scopes: ['read', 'write'] })
  const missing = await app.inject({ method: 'GET', url: '/admin/api-keys/AKIDnothinghere', headers: asAdmin })
  t.equal(missing.statusCode, 404)
  t.match(missing.json(), { code: 'GW_NOT_FOUND' })
})

t.test('updateApiKey changes scopes, whitelist, callbackUrl (null clears it), note and disabled', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { callbackUrl: 'https://93.184.216.34/cb' })
  const patch = (payload: Record<string, unknown>) => app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload })
  t.match((await patch({ scopes: ['admin', 'read'] })).json(), { scopes: ['read', 'admin'] }, 'scopes stored in one order')
  t.equal((await patch({ scopes: ['read', 'read'] })).statusCode, 400, 'duplicates refused by the schema')
  t.match((await patch({ ipWhitelist: ['::ffff:10.1.1.1', '2001:db8::/32'] })).json(), { ipWhitelist: ['10.1.1.1', '2001:db8::/32'] })
  t.match((await patch({ note: 'renamed', disabled: true })).json(), { note: 'renamed', disabled: true })
  t.match((await patch({ callbackUrl: null })).json(), { callbackUrl: null })
  t.match((await patch({ callbackUrl: 'https://93.184.216.35/new' })).json(), { callbackUrl: 'https://93.184.216.35/new' })
  const unchanged = (await app.inject({ method: 'GET', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).json()
  t.match(unchanged, { scopes: ['read', 'admin'], ipWhitelist: ['10.1.1.1', '2001:db8::/32'], note: 'renamed', disabled: true, callbackUrl: 'https://93.184.216.35/new' })
  t.equal((await patch({})).statusCode, 400, 'an empty change is refused')
  t.equal((await app.inject({ method: 'PATCH', url: '/admin/api-keys/AKIDnothinghere', headers: asAdmin, payload: { note: 'x' } })).statusCode, 404)
})

t.test('unknown fields are 400 with a pointer to each', async (t) => {
  const { app } = await startGateway(t)
  const response = await app.inject(create({ scopes: ['read'], ipWhitelist: ['127.0.0.1'], secretKey: 'mine', webhookSecret: 'mine' }))
  t.equal(response.statusCode, 400)
  t.match(response.json().errors, [{ in: 'body', pointer: '/secretKey' }, { in: 'body', pointer: '/webhookSecret' }])
  const key = await createKey(app)
  const patch = await app.inject({ method: 'PATCH', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin, payload: { createdAt: '2020-01-01T00:00:00Z' } })
  t.equal(patch.statusCode, 400)
  t.match(patch.json().errors, [{ pointer: '/createdAt' }])
})

t.test('deleteApiKey answers 204, then the key is gone', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app)
  const deleted = await app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })
  t.equal(deleted.statusCode, 204)
  t.equal(deleted.body, '')
  t.equal((await app.inject({ method: 'GET', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).statusCode, 404)
  t.equal((await app.inject({ method: 'DELETE', url: `/admin/api-keys/${key.secretId}`, headers: asAdmin })).statusCode, 404)
})

t.test('rotateApiKey makes a new secretKey at once and keeps the webhookSecret unless asked', async (t) => {
  const dataDir = dataDirFor(t)
  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  const key = await createKey(app, { callbackUrl: 'https://93.184.216.34/cb' })
  const rotated = await app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate`, headers: asAdmin })
  t.equal(rotated.statusCode, 200)
  const body = rotated.json()
  t.match(body, { secretId: key.secretId, secretKey: /^[A-Za-z0-9_-]{43}$/ })
  t.notOk('webhookSecret' in body, 'the webhookSecret stays and is not shown')
  t.equal((await getBalance(app, key.token)).statusCode, 401)
  t.equal((await getBalance(app, `${key.secretId}.${body.secretKey as string}`)).statusCode, 200)

  const withWebhook = (await app.inject({ method: 'POST', url: `/admin/api-keys/${key.secretId}/rotate?webhookSecret=true`, headers: asAdmin })).json()
  t.match(withWebhook, { secretKey: /^[A-Za-z0-9_-]{43}$/, webhookSecret: /^whsec_/ })
  t.not(withWebhook.webhookSecret, key.webhookSecret)
  t.equal((await app.inject({ method: 'POST', url: '/admin/api-keys/AKIDnothinghere/rotate', headers: asAdmin })).statusCode, 404)
  await app.close()

  const store = await openTestStore(t, dataDir)
  t.same(await store.apiKeys.listCallbackTargets(), [{ secretId: key.secretId, callbackUrl: 'https://93.184.216.34/cb', webhookSecret: withWebhook.webhookSecret }], 'the relay signs with the new webhookSecret')
})

t.test('listCallbackTargets: every enabled key with a callbackUrl, its webhookSecret in clear', async (t) => {
  const dataDir = dataDirFor(t)
  const { app } = await startGateway(t, { DATA_DIR: dataDir })
  const first = await createKey(app, { callbackUrl: 'https://93.184.216.34/a' })
  await createKey(app, {})
  const disabled = await createKey(app, { callbackUrl: 'https://93.184.216.34/c' })
  await app.inject({ method: 'PATCH', url: `/admin/api-keys/${disabled.secretId}`, headers: asAdmin, payload: { disabled: true } })
  const fourth = await createKey(app, { callbackUrl: 'https://93.184.216.34/d' })
  await app.close()

  const store = await openTestStore(t, dataDir)
  t.same(await store.apiKeys.listCallbackTargets(), [
    { secretId: first.secretId, callbackUrl: 'https://93.184.216.34/a', webhookSecret: first.webhookSecret },
    { secretId: fourth.secretId, callbackUrl: 'https://93.184.216.34/d', webhookSecret: fourth.webhookSecret },
  ])
})

t.test('admin routes need the admin scope or the admin token', async (t) => {
  const { app } = await startGateway(t)
  const key = await createKey(app, { scopes: ['read', 'write'] })
  for (const [method, url] of [['GET', '/admin/api-keys'], ['POST', '/admin/api-keys'], ['GET', `/admin/api-keys/${key.secretId}`], ['PATCH', `/admin/api-keys/${key.secretId}`], ['DELETE', `/admin/api-keys/${key.secretId}`], ['POST', `/admin/api-keys/${key.secretId}/rotate`]] as const) {
    t.equal((await app.inject({ method, url, headers: bearer(key.token), payload: method === 'PATCH' || method === 'POST' ? {} : undefined })).statusCode, 403, `${method} ${url} with a read/write key`)
    t.equal((await app.inject({ method, url })).statusCode, 401, `${method} ${url} without credentials`)
  }
})

t.test('the admin routes are in the OpenAPI document with their operationIds, the admin tag and bearer security', async (t) => {
  const { app } = await startGateway(t)
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { operationId: string, tags: string[], security: unknown, responses: Record<string, unknown> }>> }
  const expected: Array<[string, string, string, string]> = [
    ['/admin/api-keys', 'post', 'createApiKey', '201'],
    ['/admin/api-keys', 'get', 'listApiKeys', '200'],
    ['/admin/api-keys/{secretId}', 'get', 'getApiKey', '200'],
    ['/admin/api-keys/{secretId}', 'patch', 'updateApiKey', '200'],
    ['/admin/api-keys/{secretId}', 'delete', 'deleteApiKey', '204'],
    ['/admin/api-keys/{secretId}/rotate', 'post', 'rotateApiKey', '200'],
  ]
  for (const [path, method, operationId, status] of expected) {
    const operation = spec.paths[path]?.[method]
    t.match(operation, { operationId, tags: ['admin'], security: [{ bearer: [] }] }, operationId)
    t.ok(operation?.responses[status], `${operationId} documents ${status}`)
    t.ok(operation?.responses['401'] && operation.responses['403'] && operation.responses['429'], `${operationId} documents its problems`)
  }
})
