import { randomUUID } from 'node:crypto'
import { maxHeaderSize, STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify'
import { errors, type GatewayError } from './errors.js'
import { problemBody } from './problem.js'
import { PROBLEM_CONTENT_TYPE } from './schemas/problem.js'

/**
 * Problem documents for what is refused before any route runs: Node's HTTP
 * parser (a NUL in a header, Content-Length with Transfer-Encoding, headers
 * over the limit, a request that does not arrive in time) through the
 * server's `clientError`, and Fastify's router (a bad percent-encoding, a
 * path parameter over the length limit) through `frameworkErrors`. Neither
 * answer repeats the request back: no path, no header, no raw bytes.
 */

/** llhttp's error codes, said in words; anything else is named by its code. */
const PARSER_REASONS: Record<string, string> = {
  HPE_INVALID_HEADER_TOKEN: 'a header name or value holds a character HTTP does not allow (a control character such as NUL, or a space in a name)',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'it has both Content-Length and Transfer-Encoding; send one of them',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length is not one decimal number',
  // llhttp names Content-Length with Transfer-Encoding either way, depending on which header came first.
  HPE_INVALID_TRANSFER_ENCODING: 'it has both Content-Length and Transfer-Encoding, or a Transfer-Encoding that does not end with chunked; send one of them',
  HPE_INVALID_CHUNK_SIZE: 'a chunk size is not a hexadecimal number',
  HPE_INVALID_METHOD: 'the method is not an HTTP method',
  HPE_INVALID_URL: 'the request target is not a valid URL path',
  HPE_INVALID_VERSION: 'the HTTP version is not HTTP/1.0 or HTTP/1.1',
  HPE_LF_EXPECTED: 'a line does not end with CRLF',
  HPE_CR_EXPECTED: 'a line does not end with CRLF',
}

export interface ParserErrorOptions {
  requestTimeoutMs: number
  /** Fastify's router limit on one path parameter. */
  maxParamLength: number
}

function problemForParserError (code: string | undefined, { requestTimeoutMs }: ParserErrorOptions): GatewayError {
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return errors.requestTimeout(requestTimeoutMs)
  if (code === 'HPE_HEADER_OVERFLOW') return errors.headersTooLarge(maxHeaderSize)
  return errors.malformedHttp(PARSER_REASONS[code ?? ''] ?? `the parser refused it (${code ?? 'unknown error'})`)
}

/** Fastify's `clientErrorHandler`: the socket has no request object, so the answer is written on it directly. */
export function clientErrorHandler (options: ParserErrorOptions) {
  return function onClientError (this: { log: FastifyBaseLogger }, error: NodeJS.ErrnoException, socket: Socket): void {
    // A reset connection has nobody to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    const problem = problemForParserError(error.code, options)
    const requestId = randomUUID()
    this.log.info({ requestId, code: problem.code, reason: error.code }, 'refused before routing')
    // A response already under way (a route answered before the body finished) cannot be followed by another.
    const responseStarted = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true
    if (!socket.writable || responseStarted) {
      socket.destroy()
      return
    }
    const body = JSON.stringify({ type: problem.type, title: problem.title, status: problem.statusCode, detail: problem.message, code: problem.code, requestId })
    socket.end([
      `HTTP/1.1 ${problem.statusCode} ${STATUS_CODES[problem.statusCode] ?? ''}`,
      `content-type: ${PROBLEM_CONTENT_TYPE}`,
      `content-length: ${Buffer.byteLength(body)}`,
      `x-request-id: ${requestId}`,
      'connection: close',
      '',
      body,
    ].join('\r\n'), () => socket.destroy())
  }
}

/** Fastify's `frameworkErrors`: the router's refusals, answered without the path they refused. */
export function frameworkErrors (options: ParserErrorOptions) {
  return (error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void => {
    const problem = error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? errors.uriTooLong(options.maxParamLength)
      : error.code === 'FST_ERR_BAD_URL' ? errors.badUrl() : errors.badRequest('The request could not be routed')
    request.log.info({ code: problem.code }, 'refused by the router')
    // The router refused before any hook ran, the request-id plugin's included.
    reply.header('x-request-id', request.id)
    const { instance: _path, ...body } = problemBody(problem, request)
    void reply.code(problem.statusCode).type(PROBLEM_CONTENT_TYPE).send(body)
  }
}
