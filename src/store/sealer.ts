/**
 * Seals the webhook secrets the store keeps (the relay must read them back
 * to sign). The caller brings the implementation (src/keys/secret-box.ts
 * with the master key), so the store depends on no key handling of its own.
 * `context` (the key's secretId) is bound into the sealed value.
 */
export interface Sealer {
  seal: (plaintext: string, context: string) => string
  /** Throws when the value was not sealed under this key and context. */
  open: (sealed: string, context: string) => string
}

/** The master key given does not open what the store has sealed. */
export class SealerMismatchError extends Error {
  override name = 'SealerMismatchError'
}
