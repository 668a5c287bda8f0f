/**
 * One upstream token for several gateway instances. The upstream may keep
 * only its newest token, so an instance that authorized on its own would
 * break every other one: the token lives in a shared store, at most one
 * instance authorizes at a time (under a lock that expires, should its
 * holder die), and the others wait for the token it stores instead of
 * authorizing themselves.
 */

export interface SharedToken {
  token: string
  /** Unix epoch milliseconds. */
  expiresAt: number
  /** When a refresh is due; the instance that obtained the token decided it. */
  refreshAt: number
}

/** Where the instances keep the token (Redis). Every method throws when the store is unreachable. */
export interface SharedTokenStore {
  read: () => Promise<SharedToken | undefined>
  write: (token: SharedToken) => Promise<void>
  /** Takes the refresh lock for at most `ms`; resolves to its release, or undefined while another instance holds it. */
  lock: (ms: number) => Promise<(() => Promise<void>) | undefined>
}

/** The shared store failed (not the upstream): the caller goes on alone. */
export class SharedTokenUnavailable extends Error {
  override name = 'SharedTokenUnavailable'
  constructor (readonly reason: unknown) {
    super(`shared token store unavailable: ${reason instanceof Error ? reason.message : String(reason)}`)
  }
}

export interface SharedRefreshOptions {
  store: SharedTokenStore
  /** Makes one authorize call and says when its token should be refreshed. */
  authorize: () => Promise<SharedToken>
  /** A token this instance may use: not one the upstream rejected, not due for refresh. */
  usable: (token: SharedToken) => boolean
  /** How long the lock is held at most: longer than an authorize call can take. */
  lockMs: number
  pollMs: number
  now: () => number
}

export interface SharedRefreshOutcome {
  token: SharedToken
  /** True when this instance made the authorize call, false when it took another's token. */
  authorized: boolean
}

/**
 * The shared token when usable; else the lock's holder authorizes and
 * stores the new token, while the others poll for it. A holder that dies
 * leaves the lock to expire and a waiter takes over. Failures of the store
 * are thrown as SharedTokenUnavailable (never after this instance has
 * authorized: a token in hand is kept even if it cannot be shared).
 */
export async function obtainSharedToken (options: SharedRefreshOptions): Promise<SharedRefreshOutcome> {
  const { store, usable } = options
  // A waiter gives up when a lock expired twice without anyone storing a token.
  const deadline = options.now() + options.lockMs * 2 + options.pollMs
  for (;;) {
    const current = await shared(store.read())
    if (current !== undefined && usable(current)) return { token: current, authorized: false }
    const release = await shared(store.lock(options.lockMs))
    if (release !== undefined) return await authorizeUnderLock(options, release)
    if (options.now() > deadline) throw new Error('timed out waiting for another gateway instance to store a new upstream token')
    await new Promise((resolve) => setTimeout(resolve, options.pollMs))
  }
}

async function authorizeUnderLock (options: SharedRefreshOptions, release: () => Promise<void>): Promise<SharedRefreshOutcome> {
  try {
    // Another instance may have stored a token between our read and our lock.
    const stored = await shared(options.store.read())
    if (stored !== undefined && options.usable(stored)) return { token: stored, authorized: false }
    const token = await options.authorize()
    // Stored before the lock goes, so a waiter that finds the lock free also finds the token.
    await options.store.write(token).catch(() => undefined)
    return { token, authorized: true }
  } finally {
    await release().catch(() => undefined)
  }
}

async function shared<T> (operation: Promise<T>): Promise<T> {
  try {
    return await operation
  } catch (error) {
    throw new SharedTokenUnavailable(error)
  }
}
