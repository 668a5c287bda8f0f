import t, { type Test } from 'tap'
import { operations } from '../../src/operations/index.js'
import { authHeaders } from '../operations/auth-headers.js'
import { fixtures } from '../operations/fixtures/index.js'
import { buildTestApp, upstreamEnv } from '../helper.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/**
 * A success envelope (code 1) that lacks what the answer is made from is a
 * 502 GW_UPSTREAM_BAD_ANSWER naming the field, never a 200 with a made-up
 * value such as {"amount": "0"}.
 */

async function gateway (t: Test) {
  const fake = await startFakeUpstream()
  t.teardown(() => fake.close())
  const app = await buildTestApp(t, upstreamEnv(fake.url, { SYNC_INTERVAL_S: '0' }))
  return { fake, app, headers: await authHeaders(app) }
}

t.test('getBalance: no data, or a price that is null, an object or not a decimal, is a 502 naming the field', async (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [{ json: { code: 1, message: '操作完成' } }, /its data is missing/],
    [ok([{ price: null }]), /data\.price is null/],
    [ok([{ price: { amount: 1 } }]), /data\.price is an object/],
    [ok([{ price: 'lots' }]), /data\.price is "lots"/],
    [ok([{}]), /data\.price is missing/],
  ]
  for (const [answer, detail] of cases) {
    // getBalance is micro-cached: a fresh gateway per case.
    const { fake, app, headers } = await gateway(t)
    fake.on('/API/profile/balance', answer as never)
    const response = await app.inject({ method: 'GET', url: '/balance', headers })
    t.equal(response.statusCode, 502, JSON.stringify(answer))
    t.match(response.headers['content-type'], /^application\/problem\+json/)
    t.match(response.json(), { code: 'GW_UPSTREAM_BAD_ANSWER', status: 502, detail })
    t.notMatch(response.body, /"amount"/, 'no made-up amount')
  }
  const { fake, app, headers } = await gateway(t)
  fake.on('/API/profile/balance', ok([{ price: '750.6346' }]))
  t.same((await app.inject({ method: 'GET', url: '/balance', headers })).json(), { amount: '750.6346' })
})

const byId = new Map(operations.map((operation) => [operation.operationId, operation]))

t.test('every row that answers from the upstream refuses a success envelope without data', async (t) => {
  const { fake, app, headers } = await gateway(t)
  // These answer with what the client sent (the upstream echoes little or nothing), so they need no data.
  const fromInput = new Set(['updateProfile', 'updateProfilePicture', 'updateEmail', 'updatePhone'])
  const answering = fixtures.filter((fixture) => fixture.status !== 204 && byId.get(fixture.operationId)?.catalog === undefined && fixture.name === undefined && !fromInput.has(fixture.operationId))
  t.ok(answering.length >= 20, `${answering.length} rows`)
  const made: string[] = []
  for (const fixture of answering) {
    fake.on(fixture.upstreamPath, { json: { code: 1, message: '操作完成' } })
    const response = await app.inject({ method: fixture.request.method, url: fixture.request.url, headers, ...(fixture.request.body === undefined ? {} : { payload: fixture.request.body as object }) })
    if (response.statusCode !== 502 || response.json<{ code: string }>().code !== 'GW_UPSTREAM_BAD_ANSWER') made.push(`${fixture.operationId}: ${response.statusCode} ${response.body.slice(0, 160)}`)
  }
  t.strictSame(made, [], 'no row made an answer up')
})
