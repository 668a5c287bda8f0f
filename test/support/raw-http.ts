import { connect } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'

/**
 * Raw bytes over a real socket, for what an HTTP client library would refuse
 * to send (a NUL in a header, Content-Length with Transfer-Encoding) or
 * would send all at once (a body that trickles in).
 */

export interface RawResponse {
  status: number
  headers: Record<string, string>
  body: string
  /** Everything the server wrote, head included. */
  raw: string
  /** How many of the chunks were written before the server answered or closed. */
  chunksWritten: number
}

export async function listen (app: FastifyInstance): Promise<number> {
  await app.listen({ host: '127.0.0.1', port: 0 })
  return (app.server.address() as AddressInfo).port
}

/** Writes `chunks` (waiting `pauseMs` between them), then reads until the server closes or `idleMs` passes. */
export function rawExchange (port: number, chunks: Array<string | Buffer>, { pauseMs = 0, idleMs = 2000 } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const received: Buffer[] = []
    let chunksWritten = 0
    let timer: NodeJS.Timeout | undefined
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ ...parse(Buffer.concat(received).toString('latin1')), chunksWritten })
    }
    const idle = () => { clearTimeout(timer); timer = setTimeout(finish, idleMs) }
    socket.on('data', (chunk) => { received.push(chunk); idle() })
    socket.on('close', finish)
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset after answering; what it answered counts.
      if (received.length > 0 || error.code === 'ECONNRESET' || error.code === 'EPIPE') return
      reject(error)
    })
    socket.on('connect', () => {
      void (async () => {
        for (const [index, chunk] of chunks.entries()) {
          if (index > 0 && pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs))
          if (socket.destroyed || received.length > 0) return
          socket.write(chunk)
          chunksWritten++
        }
        idle()
      })()
    })
  })
}

function parse (raw: string): Omit<RawResponse, 'chunksWritten'> {
  const split = raw.indexOf('\r\n\r\n')
  const head = split === -1 ? raw : raw.slice(0, split)
  const [statusLine = '', ...lines] = head.split('\r\n')
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: split === -1 ? '' : raw.slice(split + 4), raw }
}
