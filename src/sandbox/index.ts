import type { AddressInfo } from 'node:net'
import { buildSandboxApp } from './server.js'
import { createSeededState } from './seed/index.js'
import type { SandboxState } from './state.js'
import { TokenStore } from './tokens.js'

/**
 * A stateful stand-in for the VeryCloud API3 upstream: the reference's 35
 * endpoints over real HTTP, seeded from the reference's examples and
 * answering in its exact shapes. Each sandbox owns its state, tokens and
 * server, so several can run in one process.
 */

export interface SandboxOptions {
  username: string
  /** The plain password the gateway is configured with. */
  password: string
  /** 'verycloud': the authorize password must decode (lock-stream cipher) to the account password. */
  passwordEncoding: 'verycloud' | 'none'
  /** Default 7200; authorize answers `expires` as absolute unix seconds. */
  tokenTtlSeconds?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0 (ephemeral). */
  port?: number
  /** Epoch-ms clock, default Date.now. */
  now?: () => number
}

export interface Sandbox {
  /** e.g. http://127.0.0.1:54321 */
  url: string
  /** Inspectable and arrangeable by tests (e.g. state.groups, state.balance). */
  state: SandboxState
  /** Drops every issued token, as the real upstream does when it invalidates sessions. */
  revokeTokens(): void
  /** Counts of calls per endpoint path, e.g. calls.get('/API/OAuth/authorize'). */
  calls: Map<string, number>
  close(): Promise<void>
}

const DEFAULT_TOKEN_TTL_SECONDS = 7200

export async function startSandbox (options: SandboxOptions): Promise<Sandbox> {
  const now = options.now ?? Date.now
  const state = createSeededState(options.username, options.password)
  const tokens = new TokenStore(options.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS, now)
  const calls = new Map<string, number>()
  const app = buildSandboxApp({
    state,
    tokens,
    settings: { username: options.username, passwordEncoding: options.passwordEncoding },
    now,
    calls,
  })
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 })
  const address = app.server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `http://${host}:${address.port}`,
    state,
    revokeTokens: () => tokens.revokeAll(),
    calls,
    close: () => app.close(),
  }
}

export type { SandboxState } from './state.js'
export { REDEEMABLE_COUPONS, USED_COUPON_ID, VOID_COUPON_ID, EXPIRED_COUPON_ID } from './seed/coupons.js'
