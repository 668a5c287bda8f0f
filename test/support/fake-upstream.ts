import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A programmable stand-in for the upstream, separate from the sandbox: tests
 * script each endpoint's answer (including faults: delays, resets, HTML, 5xx)
 * and read back exactly what the gateway sent.
 */

export interface FakeAnswer {
  status?: number
  json?: unknown
  raw?: string
  delayMs?: number
  /** Drop the connection without answering. */
  destroy?: boolean
  /** Stream this chunk `times` times without a content-length (forever when `times` is absent), instead of `json`/`raw`. */
  stream?: { chunk: string, times?: number }
}

export interface RecordedRequest {
  path: string
  body: Record<string, unknown>
  headers: IncomingHttpHeaders
}

export type FakeHandler = (body: Record<string, unknown>, request: RecordedRequest) => FakeAnswer | Promise<FakeAnswer>

export interface FakeUpstream {
  url: string
  requests: RecordedRequest[]
  /** Sets the answer of one endpoint path, e.g. '/API/profile/balance'. */
  on: (path: string, handler: FakeHandler | FakeAnswer) => void
  callsTo: (path: string) => RecordedRequest[]
  close: () => Promise<void>
}

export const ok = (data: unknown, extra: Record<string, unknown> = {}): FakeAnswer => ({ json: { code: 1, message: '操作完成', data, ...extra } })

/** Writes chunk after chunk, waiting for the socket to drain, until done or the reader hangs up. */
function streamAnswer (res: ServerResponse, { chunk, times = Infinity }: { chunk: string, times?: number }): void {
  res.setHeader('content-type', 'application/json')
  let written = 0
  const writeMore = () => {
    while (written < times && !res.destroyed) {
      written++
      if (!res.write(chunk)) { res.once('drain', writeMore); return }
    }
    if (!res.destroyed) res.end()
  }
  res.on('close', () => { written = times })
  writeMore()
}

export async function startFakeUpstream (options: { tokenTtlSeconds?: number } = {}): Promise<FakeUpstream> {
  const handlers = new Map<string, FakeHandler>()
  const requests: RecordedRequest[] = []
  let issued = 0
  const validTokens = new Set<string>()

  handlers.set('/API/OAuth/authorize', () => {
    const token = `token-${++issued}`
    validTokens.add(token)
    return { json: { code: 1, message: '操作完成', access_token: token, expires: Math.floor(Date.now() / 1000) + (options.tokenTtlSeconds ?? 7200) } }
  })

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      void (async () => {
        const path = (req.url ?? '/').split('?', 1)[0] ?? '/'
        let body: Record<string, unknown> = {}
        try { body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown> } catch { /* recorded as empty */ }
        const recorded = { path, body, headers: req.headers }
        requests.push(recorded)
        const handler = handlers.get(path)
        const answer: FakeAnswer = handler === undefined ? { status: 404, raw: '<html>not found</html>' } : await handler(body, recorded)
        if (answer.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, answer.delayMs))
        if (answer.destroy === true) { req.socket.destroy(); return }
        if (answer.stream !== undefined) { streamAnswer(res, answer.stream); return }
        res.statusCode = answer.status ?? 200
        res.setHeader('content-type', answer.raw === undefined ? 'application/json' : 'text/html')
        res.end(answer.raw ?? JSON.stringify(answer.json))
      })()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    on: (path, handler) => handlers.set(path, typeof handler === 'function' ? handler : () => handler),
    callsTo: (path) => requests.filter((request) => request.path === path),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}
