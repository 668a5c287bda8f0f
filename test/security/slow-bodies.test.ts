import t, { type Test } from 'tap'
import { bearer, createKey, startGateway } from '../auth/support/gateway.js'
import { listen, rawExchange } from '../support/raw-http.js'

/**
 * A body that trickles in (one byte at a time, well within any idle
 * timeout) is cut off once the whole request has taken longer than
 * REQUEST_BODY_TIMEOUT_MS, with a 408 problem document, on public and
 * authenticated routes alike. A body that arrives in time is not.
 */

const TIMEOUT = { REQUEST_BODY_TIMEOUT_MS: '400', CALLBACK_IP_WHITELIST: '127.0.0.1' }
const BODY = JSON.stringify({ type: 'sms.template.reviewed', data: { id: 'tpl-1', name: 'n', status: 'approved', reason: null, reviewedAt: '2024-05-01 10:20:30' } })

/** The head, then the body one byte every 100 ms. */
function trickled (head: string, body: string): string[] {
  return [head, ...body.split('')]
}

async function slowGateway (t: Test) {
  const gateway = await startGateway(t, TIMEOUT)
  return { ...gateway, port: await listen(gateway.app) }
}

function isTimeoutProblem (t: Test, response: { status: number, headers: Record<string, string>, body: string, chunksWritten: number }, chunks: number) {
  t.equal(response.status, 408)
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  t.match(JSON.parse(response.body), { status: 408, code: 'GW_REQUEST_TIMEOUT', detail: /within 400 ms \(REQUEST_BODY_TIMEOUT_MS\)/ })
  t.ok(response.chunksWritten < chunks, `cut off after ${response.chunksWritten} of ${chunks} chunks, before the body was complete`)
}

t.test('a callback body trickling in is cut off with 408 and stores nothing', async (t) => {
  const { app, port } = await slowGateway(t)
  const chunks = trickled(`POST /callbacks/sms HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`, BODY)
  const response = await rawExchange(port, chunks, { pauseMs: 100 })
  isTimeoutProblem(t, response, chunks.length)
  t.equal(await app.store.callbacks.latestSequence(), 0, 'nothing stored')
})

t.test('an authenticated write whose body trickles in is cut off with 408 and never reaches the upstream', async (t) => {
  const { app, port, upstream } = await slowGateway(t)
  const key = await createKey(app)
  const body = JSON.stringify({ address: 'x'.repeat(40) })
  const chunks = trickled(`PATCH /profile HTTP/1.1\r\nHost: gw\r\nAuthorization: ${bearer(key.token).authorization}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`, body)
  const response = await rawExchange(port, chunks, { pauseMs: 100 })
  isTimeoutProblem(t, response, chunks.length)
  t.equal(upstream.callsTo('/API/profile/update').length, 0)
})

t.test('a body sent in a few quick pieces is served', async (t) => {
  const { app, port } = await slowGateway(t)
  const key = await createKey(app)
  const body = JSON.stringify({ tel: '1234567' })
  const head = `PATCH /profile HTTP/1.1\r\nHost: gw\r\nAuthorization: ${bearer(key.token).authorization}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`
  const response = await rawExchange(port, [head, body.slice(0, 5), body.slice(5)], { pauseMs: 20 })
  t.equal(response.status, 200, response.raw.slice(0, 300))
})
