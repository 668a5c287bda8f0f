import t from 'tap'
import { operations } from '../../src/operations/index.js'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { startFakeUpstream } from '../support/fake-upstream.js'
import { authHeaders } from './auth-headers.js'
import { fixtures } from './fixtures/index.js'

/**
 * Every row of the operation table, driven by its fixtures: the request
 * goes in, the test checks exactly what went upstream (path and body, the
 * token aside) and exactly what came back. Catalog rows call the upstream
 * when they sync (here on POST /admin/sync) and answer from memory.
 */

const byId = new Map(operations.map((operation) => [operation.operationId, operation]))

t.test('every row has a fixture, and every fixture a row', async (t) => {
  const covered = new Set(fixtures.map((fixture) => fixture.operationId))
  t.strictSame(operations.filter((operation) => !covered.has(operation.operationId)).map((operation) => operation.operationId), [])
  t.strictSame([...covered].filter((operationId) => !byId.has(operationId)), [])
  t.equal(operations.length, 35)
})

t.test('each fixture: request in, exact upstream call out, exact answer back', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  await app.inject({ method: 'POST', url: '/admin/sync', headers }) // joins the start-up sync: settled before anything is counted

  for (const fixture of fixtures) {
    const operation = byId.get(fixture.operationId)
    if (operation === undefined) continue
    await t.test(`${fixture.operationId}${fixture.name === undefined ? '' : `: ${fixture.name}`}`, async (t) => {
      t.equal(`${fixture.request.method} ${fixture.request.url.split('?', 1)[0]}`.startsWith(`${operation.method} `), true, 'the fixture uses the row\'s method')
      fake.on(fixture.upstreamPath, { json: fixture.upstreamAnswer })
      const before = fake.requests.length
      if (operation.catalog !== undefined) await app.inject({ method: 'POST', url: '/admin/sync', headers })

      const response = await app.inject({
        method: fixture.request.method,
        url: fixture.request.url,
        headers,
        ...(fixture.request.body === undefined ? {} : { payload: fixture.request.body as object }),
      })

      const sent = fake.requests.slice(before).filter((request) => request.path === fixture.upstreamPath)
      t.equal(sent.length, 1, `one call to ${fixture.upstreamPath}`)
      const { token, ...body } = sent[0]?.body ?? {}
      t.strictSame(body, fixture.upstreamBody, 'the upstream body')
      t.equal(typeof token === 'string' && token !== '', operation.withToken !== false, 'the token travels unless the row says not')
      t.equal(response.statusCode, fixture.status, response.body)
      if (fixture.status === 204) t.equal(response.body, '')
      else t.strictSame(response.json(), fixture.answer, 'the answer')
    })
  }
})

t.test('an upstream rejection (code ≠ 1) is a 422 with the upstream message, for every row that calls upstream per request', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url))
  const headers = await authHeaders(app)
  const message = '子账号组不存在'

  for (const operation of operations.filter((row) => row.catalog === undefined)) {
    const fixture = fixtures.find((candidate) => candidate.operationId === operation.operationId)
    if (fixture === undefined) continue
    await t.test(operation.operationId, async (t) => {
      fake.on(fixture.upstreamPath, { json: { code: 0, message } })
      const response = await app.inject({
        method: fixture.request.method,
        url: fixture.request.url,
        headers,
        ...(fixture.request.body === undefined ? {} : { payload: fixture.request.body as object }),
      })
      t.equal(response.statusCode, 422)
      t.match(response.headers['content-type'], /^application\/problem\+json/)
      t.match(response.json(), { status: 422, detail: message, upstream: { code: 0, message } })
    })
  }
})
