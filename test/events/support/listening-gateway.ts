import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { request as httpRequest, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { app, fastifyOptions } from '../../../src/app.js'
import { loadConfig } from '../../../src/config.js'
import { TEST_ADMIN_TOKEN } from '../../helper.js'
import { dataDirFor } from '../../auth/support/gateway.js'

/**
 * The gateway listening on 127.0.0.1, as SSE needs (inject cannot stream),
 * with its decorators reachable (the app is wrapped with fastify-plugin) so
 * a test can look at the event hub, and a minimal SSE client to read it.
 */

export interface ListeningGateway {
  app: FastifyInstance
  origin: string
}

export async function startListeningGateway (t: { teardown: (fn: () => unknown) => void }, env: Record<string, string>, sseHeartbeatMs?: number): Promise<ListeningGateway> {
  // Its own directory, not t.testdir(): the test may call that for its own files (nginx's), which empties it.
  const dataDir = dataDirFor(t)
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, GATEWAY_ADMIN_TOKEN: TEST_ADMIN_TOKEN, ...env })
  const gateway = Fastify(fastifyOptions(config, false))
  await gateway.register(fp(app), { config, sseHeartbeatMs })
  await gateway.listen({ host: '127.0.0.1', port: 0 })
  t.teardown(() => gateway.close())
  return { app: gateway, origin: `http://127.0.0.1:${(gateway.server.address() as AddressInfo).port}` }
}

export interface SseEvent {
  id?: string
  event?: string
  data: string
}

export interface SseClient {
  status: number
  headers: IncomingMessage['headers']
  events: SseEvent[]
  comments: string[]
  /** Resolves once `count` events have arrived in all. */
  waitForEvents: (count: number, timeoutMs?: number) => Promise<SseEvent[]>
  waitForComment: (timeoutMs?: number) => Promise<void>
  /** Resolves when the server ends the stream. */
  ended: Promise<void>
  close: () => void
}

export function openEventStream (url: string, headers: Record<string, string>): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { accept: 'text/event-stream', ...headers } }, (res) => {
      const events: SseEvent[] = []
      const comments: string[] = []
      const listeners = new Set<() => void>()
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          parseBlock(buffer.slice(0, end), events, comments)
          buffer = buffer.slice(end + 2)
        }
        for (const listener of [...listeners]) listener()
      })
      const ended = new Promise<void>((resolveEnd) => { res.on('end', resolveEnd); res.on('close', resolveEnd) })
      const waitUntil = (ready: () => boolean, what: string, timeoutMs: number) => new Promise<void>((resolveWait, rejectWait) => {
        const check = () => {
          if (!ready()) return
          listeners.delete(check)
          clearTimeout(timer)
          resolveWait()
        }
        const timer = setTimeout(() => { listeners.delete(check); rejectWait(new Error(`timed out waiting for ${what}; got ${events.length} events`)) }, timeoutMs)
        listeners.add(check)
        check()
      })
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        comments,
        waitForEvents: async (count, timeoutMs = 5000) => { await waitUntil(() => events.length >= count, `${count} events`, timeoutMs); return events },
        waitForComment: (timeoutMs = 5000) => waitUntil(() => comments.length > 0, 'a comment', timeoutMs),
        ended,
        close: () => { req.destroy() },
      })
    })
    req.on('error', reject)
    req.end()
  })
}

function parseBlock (block: string, events: SseEvent[], comments: string[]): void {
  const event: SseEvent = { data: '' }
  const data: string[] = []
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) { comments.push(line.slice(1).trim()); continue }
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
    if (field === 'id') event.id = value
    else if (field === 'event') event.event = value
    else if (field === 'data') data.push(value)
  }
  if (data.length > 0) events.push({ ...event, data: data.join('\n') })
}
