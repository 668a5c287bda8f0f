import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A client's callback URL: a node:http server on 127.0.0.1 that records
 * every relayed webhook, checks its Standard Webhooks signature with its own
 * HMAC code (not the gateway's library, so the two are checked against each
 * other), and answers with the statuses a test scripts.
 */

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders
  body: string
  json: unknown
  signatureValid: boolean
  answeredWith: number
}

export interface CallbackReceiver {
  url: string
  received: ReceivedWebhook[]
  /** The key's webhookSecret, known once the key is created. */
  secret: string | undefined
  /** Holds each answer this long (to exceed the relay's time limit). */
  delayMs: number
  /** Answers these statuses in turn, then `thenStatus`. */
  answer: (statuses: number[], thenStatus?: number) => void
  /** Resolves once `count` webhooks have arrived. */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedWebhook[]>
  close: () => Promise<void>
}

export async function startCallbackReceiver (): Promise<CallbackReceiver> {
  let queue: number[] = []
  let fallback = 204
  const received: ReceivedWebhook[] = []
  const waiters = new Set<() => void>()

  const receiver: CallbackReceiver = {
    url: '',
    received,
    secret: undefined,
    delayMs: 0,
    answer: (statuses, thenStatus = 204) => { queue = [...statuses]; fallback = thenStatus },
    waitFor: (count, timeoutMs = 10_000) => new Promise((resolve, reject) => {
      const check = () => {
        if (received.length < count) return
        waiters.delete(check)
        clearTimeout(timer)
        resolve(received)
      }
      const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`receiver got ${received.length} of ${count} webhooks in ${timeoutMs} ms`)) }, timeoutMs)
      waiters.add(check)
      check()
    }),
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => { resolve() })
    }),
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const status = queue.shift() ?? fallback
      let json: unknown
      try { json = JSON.parse(body) } catch { json = undefined }
      received.push({ headers: req.headers, body, json, signatureValid: verifies(receiver.secret, req.headers, body), answeredWith: status })
      const answer = () => {
        if (res.destroyed) return
        res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'not now')
      }
      if (receiver.delayMs > 0) setTimeout(answer, receiver.delayMs).unref()
      else answer()
      for (const waiter of [...waiters]) waiter()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  return receiver
}

export function secretBytes (secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8')
}

/** `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, written out independently of the gateway. */
export function standardSignature (secret: string, id: string, timestamp: string, body: string | Buffer): string {
  const mac = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestamp}.`).update(body).digest('base64')
  return `v1,${mac}`
}

function verifies (secret: string | undefined, headers: IncomingHttpHeaders, body: string): boolean {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = headers['webhook-signature']
  if (secret === undefined || typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false
  const expected = Buffer.from(standardSignature(secret, id, timestamp, body))
  return signatures.split(' ').some((entry) => {
    const given = Buffer.from(entry)
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}
