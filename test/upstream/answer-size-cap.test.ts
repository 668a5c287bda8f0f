import t, { type Test } from 'tap'
import { apiKeyHeaders, buildTestApp, upstreamEnv } from '../helper.js'
import { UpstreamClient } from '../../src/upstream/client.js'
import { ok, startFakeUpstream } from '../support/fake-upstream.js'

/** UPSTREAM_MAX_ANSWER_BYTES: a larger answer is cut off while it streams in, never held whole, and answered 502. */

async function setup (t: Test, maxAnswerBytes: number) {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  const client = new UpstreamClient({ url: fake.url, timeoutMs: 5_000, maxAnswerBytes })
  t.teardown(() => client.close())
  return { fake, client }
}

t.test('an answer that never ends is cut off at the limit and answered 502', async (t) => {
  const { fake, client } = await setup(t, 64 * 1024)
  // No content-length and no end: a client that buffered the whole answer would wait for ever.
  fake.on('/API/profile/logs', { stream: { chunk: 'x'.repeat(4096) } })
  const error = await client.post('/API/profile/logs', {}).catch((thrown: unknown) => thrown)
  t.match(error, { statusCode: 502, code: 'GW_UPSTREAM_UNAVAILABLE', message: /more than UPSTREAM_MAX_ANSWER_BYTES \(65536 bytes\)/ })
})

t.test('an answer whose declared length is over the limit is refused before its body is read', async (t) => {
  const { fake, client } = await setup(t, 2048)
  fake.on('/API/profile/logs', ok('y'.repeat(10_000)))
  await t.rejects(client.post('/API/profile/logs', {}), { statusCode: 502, message: /UPSTREAM_MAX_ANSWER_BYTES/ })
})

t.test('a write whose answer was cut off has an unknown outcome: the upstream did act', async (t) => {
  const { fake, client } = await setup(t, 2048)
  fake.on('/API/cdn/payFlowAdd', { stream: { chunk: 'z'.repeat(1024), times: 10 } })
  const error = await client.post('/API/cdn/payFlowAdd', {}, { write: true }).catch((thrown: unknown) => thrown)
  t.match(error, { statusCode: 502, extras: { outcome: 'unknown' } })
})

t.test('an answer at the limit is read whole', async (t) => {
  const { fake, client } = await setup(t, 4096)
  const envelope = JSON.stringify({ code: 1, message: 'ok', data: 'a'.repeat(4096 - 40) })
  fake.on('/API/profile/logs', { stream: { chunk: envelope.padEnd(4096, ' '), times: 1 } })
  const reply = await client.post('/API/profile/logs', {})
  t.equal(reply.envelope.code, 1)
})

t.test('the gateway applies UPSTREAM_MAX_ANSWER_BYTES to resource answers', async (t) => {
  const fake = await startFakeUpstream()
  t.teardown(fake.close)
  fake.on('/API/profile/logs', { stream: { chunk: 'x'.repeat(4096) } })
  const app = await buildTestApp(t, upstreamEnv(fake.url, { UPSTREAM_MAX_ANSWER_BYTES: '16384' }))
  const response = await app.inject({ method: 'GET', url: '/logs', headers: await apiKeyHeaders(app) })
  t.equal(response.statusCode, 502)
  t.match(response.json(), { code: 'GW_UPSTREAM_UNAVAILABLE', detail: /16384 bytes/ })
})
