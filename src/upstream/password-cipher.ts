import { createHash, randomInt } from 'node:crypto'

/**
 * The VeryCloud "lock stream" password cipher, as the vendor's own SDKs do it
 * (docs/upstream.md). The authorize endpoint wants the password encoded this
 * way; the output differs on every call because the lock index is random.
 */

const STREAM = 'st=lDEFABCNOPyzghi_jQRST-UwxkVWXYZabcdefIJK6/7nopqr89LMmGH012345uv'
const KEY_SALT = 'verycloud#cryptpass'
const STREAM_INDEX = new Map([...STREAM].map((character, index) => [character, index]))

function lockKey (lockCharacter: string): string {
  return createHash('md5').update(KEY_SALT + lockCharacter).digest('hex')
}

/** Standard base64 can hold "+", which the stream lacks: such a password cannot be carried. */
export function canEncodePassword (password: string): boolean {
  return !Buffer.from(password, 'utf8').toString('base64').includes('+')
}

export function encodePassword (password: string, lockIndex = randomInt(0, STREAM.length - 1)): string {
  if (!canEncodePassword(password)) throw new RangeError('password cannot be encoded: its base64 form contains "+"')
  const lockCharacter = STREAM[lockIndex] as string
  const key = lockKey(lockCharacter)
  const base64 = Buffer.from(password, 'utf8').toString('base64')
  let encoded = ''
  for (let i = 0; i < base64.length; i++) {
    const position = (STREAM_INDEX.get(base64[i] as string) as number) + lockIndex + key.charCodeAt(i % 32)
    encoded += STREAM[position % STREAM.length]
  }
  return encoded + lockCharacter
}

/** The inverse, as the upstream does it; the sandbox uses it to check what the gateway sent. */
export function decodePassword (encoded: string): string {
  const lockCharacter = encoded.slice(-1)
  const lockIndex = STREAM_INDEX.get(lockCharacter)
  if (lockIndex === undefined) throw new RangeError('not a lock-stream encoded password')
  const key = lockKey(lockCharacter)
  let base64 = ''
  for (let i = 0; i < encoded.length - 1; i++) {
    const index = STREAM_INDEX.get(encoded[i] as string)
    if (index === undefined) throw new RangeError('not a lock-stream encoded password')
    const original = (index - lockIndex - key.charCodeAt(i % 32)) % STREAM.length
    base64 += STREAM[(original + STREAM.length * 4) % STREAM.length]
  }
  return Buffer.from(base64, 'base64').toString('utf8')
}
