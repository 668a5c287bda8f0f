import t from 'tap'
import { canEncodePassword, decodePassword, encodePassword } from '../../src/upstream/password-cipher.js'

const STREAM = 'st=lDEFABCNOPyzghi_jQRST-UwxkVWXYZabcdefIJK6/7nopqr89LMmGH012345uv'

t.test('decodes what it encodes, for every lock index', async (t) => {
  const passwords = ['12345678', 'correct horse battery', 'pässwörd-中文-密码', 'a', 'Sixteen chars!!?', '~~~~~~~~~~']
  for (const password of passwords.filter(canEncodePassword)) {
    for (let lock = 0; lock < STREAM.length - 1; lock++) {
      const encoded = encodePassword(password, lock)
      t.equal(decodePassword(encoded), password, `${password} with lock ${lock}`)
      t.equal(encoded.slice(-1), STREAM[lock], 'the lock character is appended')
    }
  }
})

t.test('every output character is from the lock stream, and the output differs between calls', async (t) => {
  const seen = new Set<string>()
  for (let i = 0; i < 50; i++) {
    const encoded = encodePassword('correct horse battery')
    t.ok([...encoded].every((character) => STREAM.includes(character)))
    seen.add(encoded)
  }
  t.ok(seen.size > 10, `random lock index gives varied output (${seen.size} distinct of 50)`)
})

t.test('the cipher is keyed: the same password with another lock is not a shifted copy', async (t) => {
  const a = encodePassword('12345678', 0)
  const b = encodePassword('12345678', 1)
  t.not(a.slice(0, -1), b.slice(0, -1))
  // Each position adds md5(salt + lock)[i] to the alphabet index: check position 0 by hand.
  const { createHash } = await import('node:crypto')
  const key = createHash('md5').update('verycloud#cryptpass' + STREAM[0]).digest('hex')
  const base64 = Buffer.from('12345678').toString('base64')
  t.equal(a[0], STREAM[(STREAM.indexOf(base64[0] as string) + 0 + key.charCodeAt(0)) % 66])
})

t.test('a password whose base64 holds "+" cannot be carried and is refused, not garbled', async (t) => {
  t.equal(Buffer.from('>>>').toString('base64'), 'Pj4+')
  t.equal(canEncodePassword('>>>'), false)
  t.throws(() => encodePassword('>>>'), /cannot be encoded/)
  t.equal(canEncodePassword('12345678'), true)
})

t.test('decoding refuses text that is not lock-stream output', async (t) => {
  t.throws(() => decodePassword('abc+'), /not a lock-stream/)
  t.throws(() => decodePassword('a+cs'), /not a lock-stream/)
})
