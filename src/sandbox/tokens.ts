import { randomBytes } from 'node:crypto'

/**
 * Access tokens as the upstream issues them: 32 random hex characters valid
 * until an absolute time. Several may be valid at once; revoking drops them
 * all, as the upstream does when it invalidates sessions.
 */

export interface IssuedToken {
  token: string
  /** Absolute unix seconds, as authorize answers `expires`. */
  expires: number
}

export class TokenStore {
  /** token → expiry in epoch ms. */
  private readonly expiries = new Map<string, number>()

  constructor (private readonly ttlSeconds: number, private readonly now: () => number) {}

  issue (): IssuedToken {
    const token = randomBytes(16).toString('hex')
    const expiresAt = this.now() + this.ttlSeconds * 1000
    this.expiries.set(token, expiresAt)
    return { token, expires: Math.floor(expiresAt / 1000) }
  }

  isValid (token: unknown): boolean {
    if (typeof token !== 'string') return false
    const expiresAt = this.expiries.get(token)
    if (expiresAt === undefined) return false
    if (this.now() >= expiresAt) {
      this.expiries.delete(token)
      return false
    }
    return true
  }

  revokeAll (): void {
    this.expiries.clear()
  }
}
