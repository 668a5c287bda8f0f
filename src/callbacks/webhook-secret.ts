import { Webhook } from 'standardwebhooks'

/**
 * A Standard Webhooks signer/verifier for a secret written either way the
 * contract allows: `whsec_` + base64 (the spec's form) or the raw secret
 * text. The reference library reads a raw string one UTF-16 unit per byte,
 * which garbles non-Latin-1 secrets, so raw secrets are handed over as
 * their UTF-8 bytes instead.
 */

const SPEC_PREFIX = 'whsec_'

export function webhookFor (secret: string): Webhook {
  if (secret.startsWith(SPEC_PREFIX)) {
    const encoded = secret.slice(SPEC_PREFIX.length)
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new Error('a secret starting with "whsec_" must continue in base64')
    return new Webhook(secret)
  }
  return new Webhook(Buffer.from(secret, 'utf8'), { format: 'raw' })
}
