import { decodePassword } from '../upstream/password-cipher.js'
import type { SandboxSettings } from './handler.js'

/**
 * Whether the password authorize was sent stands for the account's current
 * one. With the 'verycloud' encoding it must decode (lock-stream cipher) to
 * it: a plain password, or anything that is not cipher text, is refused.
 */
export function passwordMatches (sent: string, current: string, encoding: SandboxSettings['passwordEncoding']): boolean {
  if (encoding === 'none') return sent === current
  try {
    return decodePassword(sent) === current
  } catch {
    return false
  }
}
