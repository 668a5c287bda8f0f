import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src/sandbox/index.js'
import { encodePassword } from '../../../src/upstream/password-cipher.js'

/**
 * Starts sandboxes for tests (closed at teardown) and talks to them over
 * real HTTP, as the gateway does: JSON POSTs, the token in the body.
 */

export const USERNAME = 'example_user'
export const PASSWORD = 'initial-pass-1'

export interface Reply<Data = unknown> {
  code: number
  message: string
  data: Data
  [extra: string]: unknown
}

interface Teardown {
  teardown: (fn: () => unknown) => void
}

export async function startTestSandbox (t: Teardown, options: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ username: USERNAME, password: PASSWORD, passwordEncoding: 'verycloud', ...options })
  t.teardown(() => sandbox.close())
  return sandbox
}

/** A settable clock, so tests can move time instead of waiting. */
export function manualClock (startMs = Date.UTC(2025, 5, 1, 4, 0, 0)): { now: () => number, advance: (ms: number) => void } {
  let current = startMs
  return { now: () => current, advance: (ms) => { current += ms } }
}

export async function postRaw (sandbox: Sandbox, path: string, body: string, contentType = 'application/json'): Promise<{ status: number, contentType: string, text: string }> {
  const response = await fetch(sandbox.url + path, { method: 'POST', headers: { 'content-type': contentType }, body })
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() }
}

/** Posts a JSON body; the upstream answers every call, success or not, with HTTP 200 and a JSON envelope. */
export async function post<Data = unknown> (sandbox: Sandbox, path: string, body: Record<string, unknown> = {}): Promise<Reply<Data>> {
  const raw = await postRaw(sandbox, path, JSON.stringify(body))
  if (raw.status !== 200) throw new Error(`${path} answered HTTP ${raw.status}: ${raw.text}`)
  return JSON.parse(raw.text) as Reply<Data>
}

export async function obtainToken (sandbox: Sandbox, password = PASSWORD): Promise<string> {
  const reply = await post(sandbox, '/API/OAuth/authorize', { username: USERNAME, password: encodePassword(password) })
  if (reply.code !== 1 || typeof reply.access_token !== 'string') throw new Error(`authorize failed: ${JSON.stringify(reply)}`)
  return reply.access_token
}

export type Caller = <Data = unknown>(path: string, body?: Record<string, unknown>) => Promise<Reply<Data>>

/** A caller that puts a fresh token in every body, as the gateway's upstream layer does. */
export async function tokenCaller (sandbox: Sandbox): Promise<Caller> {
  const token = await obtainToken(sandbox)
  return async <Data = unknown>(path: string, body: Record<string, unknown> = {}) => post<Data>(sandbox, path, { token, ...body })
}
