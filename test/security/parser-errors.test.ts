import t, { type Test } from 'tap'
import { buildTestApp } from '../helper.js'
import { listen, rawExchange, type RawResponse } from '../support/raw-http.js'

/**
 * What Node's HTTP parser and Fastify's router refuse before any route
 * runs, sent as raw bytes over a real socket: each is a problem document
 * with a stable code, and none repeats the request (its path, its headers)
 * back to the sender.
 */

async function gatewayPort (t: Test): Promise<number> {
  return listen(await buildTestApp(t))
}

function isProblem (t: Test, response: RawResponse, status: number, code: string): void {
  t.equal(response.status, status, response.raw.slice(0, 300))
  t.match(response.headers['content-type'], /^application\/problem\+json/)
  const problem = JSON.parse(response.body) as Record<string, unknown>
  t.match(problem, { status, code, type: /^https:\/\//, title: String, detail: String })
  t.notOk('instance' in problem, 'no instance: it would repeat the path')
}

t.test('a NUL in a header value is a 400 problem that does not repeat the header', async (t) => {
  const port = await gatewayPort(t)
  const response = await rawExchange(port, ['GET /healthz HTTP/1.1\r\nHost: gw\r\nX-Probe: secret\u0000value\r\n\r\n'])
  isProblem(t, response, 400, 'GW_MALFORMED_HTTP')
  t.match(JSON.parse(response.body), { detail: /character HTTP does not allow/ })
  t.notMatch(response.raw, /secret|X-Probe/i)
})

t.test('Content-Length together with Transfer-Encoding is a 400 problem (no request smuggling)', async (t) => {
  const port = await gatewayPort(t)
  const response = await rawExchange(port, ['POST /callbacks/sms HTTP/1.1\r\nHost: gw\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'])
  isProblem(t, response, 400, 'GW_MALFORMED_HTTP')
  t.match(JSON.parse(response.body), { detail: /both Content-Length and Transfer-Encoding/ })
})

t.test('headers over the limit are a 431 problem that does not repeat them', async (t) => {
  const port = await gatewayPort(t)
  const response = await rawExchange(port, [`GET /healthz HTTP/1.1\r\nHost: gw\r\nX-Big: ${'B'.repeat(20 * 1024)}\r\n\r\n`])
  isProblem(t, response, 431, 'GW_HEADERS_TOO_LARGE')
  t.match(JSON.parse(response.body), { detail: /exceed \d+ bytes/ })
  t.notMatch(response.raw, /BBBB/)
})

t.test('a bad percent-encoding in a path is a 400 problem that does not repeat the path', async (t) => {
  const port = await gatewayPort(t)
  for (const path of ['/groups/%ff', '/groups/%zz', '/sms/reviews/template/%C3%28']) {
    const response = await rawExchange(port, [`DELETE ${path} HTTP/1.1\r\nHost: gw\r\nConnection: close\r\n\r\n`])
    isProblem(t, response, 400, 'GW_BAD_URL')
    t.notOk(response.body.includes(path.split('/').at(-1) ?? path), `${path} is not echoed`)
    t.match(response.headers['x-request-id'], /.+/, 'the answer still carries a request id')
  }
})

t.test('a path parameter over the length limit is a 414 problem that does not repeat the URL', async (t) => {
  const port = await gatewayPort(t)
  const response = await rawExchange(port, [`GET /admin/api-keys/${'K'.repeat(5000)} HTTP/1.1\r\nHost: gw\r\nConnection: close\r\n\r\n`])
  isProblem(t, response, 414, 'GW_URI_TOO_LONG')
  t.match(JSON.parse(response.body), { detail: /longer than 100 characters/ })
  t.notMatch(response.body, /KKKK/)
})

t.test('a request line that is not HTTP is a 400 problem', async (t) => {
  const port = await gatewayPort(t)
  const response = await rawExchange(port, ['G\u0001T / HTTP/1.1\r\nHost: gw\r\n\r\n'])
  isProblem(t, response, 400, 'GW_MALFORMED_HTTP')
})
