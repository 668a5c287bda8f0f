import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/**
 * Seals secrets that must be read back (webhook secrets: the relay signs
 * with them) so the data directory never holds them in clear. AES-256-GCM
 * with a fresh 96-bit nonce per seal; the `context` (the key's secretId) is
 * authenticated too, so a sealed value copied onto another row does not open.
 */

const ALGORITHM = 'aes-256-gcm'
const VERSION = 'v1'

export class SecretBox {
  constructor (private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('SecretBox needs a 32-byte key')
  }

  seal (plaintext: string, context: string): string {
    const nonce = randomBytes(12)
    const cipher = createCipheriv(ALGORITHM, this.key, nonce)
    cipher.setAAD(Buffer.from(context, 'utf8'))
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    return [VERSION, nonce, sealed, cipher.getAuthTag()].map((part) => typeof part === 'string' ? part : part.toString('base64url')).join('.')
  }

  /** Throws when the value was sealed under another key or context, or altered. */
  open (sealed: string, context: string): string {
    const [version, nonce, ciphertext, tag, ...rest] = sealed.split('.')
    if (version !== VERSION || nonce === undefined || ciphertext === undefined || tag === undefined || rest.length > 0) {
      throw new Error('sealed value has an unknown format')
    }
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(nonce, 'base64url'))
    decipher.setAAD(Buffer.from(context, 'utf8'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
  }
}
