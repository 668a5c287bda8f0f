import type { Envelope } from './envelope.js'
import type { Body } from './params.js'
import type { SandboxState } from './state.js'
import type { TokenStore } from './tokens.js'

/** What every endpoint handler is given and must answer. */

export interface SandboxSettings {
  username: string
  passwordEncoding: 'verycloud' | 'none'
}

export interface HandlerContext {
  state: SandboxState
  tokens: TokenStore
  settings: SandboxSettings
  /** The sandbox clock at the moment of the request, in epoch seconds. */
  nowSeconds: number
  /** The caller's address, for the operation log. */
  ip: string
}

export type Handler = (body: Body, context: HandlerContext) => Envelope

export interface Endpoint {
  path: string
  handler: Handler
  /** Only authorize and register are served without a token. */
  public?: boolean
}
