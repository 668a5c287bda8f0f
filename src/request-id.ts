import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** A caller's X-Request-Id is kept when it is a sane token; otherwise a new one is made. */
const ACCEPTABLE_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/

export function requestIdFor (request: IncomingMessage): string {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && ACCEPTABLE_REQUEST_ID.test(given) ? given : randomUUID()
}
