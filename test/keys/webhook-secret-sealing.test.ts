import { randomBytes } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { loadMasterKey } from '../../src/keys/master-key.js'
import { SecretBox } from '../../src/keys/secret-box.js'
import { openTestStore } from '../support/databases.js'

t.test('a sealed secret opens with the same key and context only', async (t) => {
  const box = new SecretBox(randomBytes(32))
  const sealed = box.seal('whsec_abc', 'AKIDone')
  t.notMatch(sealed, /whsec_abc/)
  t.not(box.seal('whsec_abc', 'AKIDone'), sealed, 'a fresh nonce each time')
  t.equal(box.open(sealed, 'AKIDone'), 'whsec_abc')
  t.throws(() => box.open(sealed, 'AKIDtwo'), 'bound to its key\'s secretId')
  t.throws(() => new SecretBox(randomBytes(32)).open(sealed, 'AKIDone'), 'another master key does not open it')
  const [version, nonce, ciphertext, tag] = sealed.split('.')
  const flipped = Buffer.from(ciphertext ?? '', 'base64url')
  flipped[0] = (flipped[0] ?? 0) ^ 1
  t.throws(() => box.open([version, nonce, flipped.toString('base64url'), tag].join('.'), 'AKIDone'), 'tampering is detected')
})

t.test('without GATEWAY_ENCRYPTION_KEY a master key is generated once into DATA_DIR/master.key, mode 0600, with a warning', async (t) => {
  const dataDir = t.testdir()
  const warnings: string[] = []
  const key = loadMasterKey({ dataDir, warn: (message) => warnings.push(message) })
  const file = join(dataDir, 'master.key')
  t.equal(statSync(file).mode & 0o777, 0o600)
  t.equal(warnings.length, 1)
  t.match(warnings[0], /GATEWAY_ENCRYPTION_KEY is not set/)
  t.same(loadMasterKey({ dataDir, warn: (message) => warnings.push(message) }), key, 'read back on the next start')
  t.equal(warnings.length, 1, 'no warning when the file exists')
  t.equal(readFileSync(file, 'utf8').trim(), key.toString('base64'), 'the same format as GATEWAY_ENCRYPTION_KEY, so it can be moved there')
})

t.test('GATEWAY_ENCRYPTION_KEY is used as given and no file is written', async (t) => {
  const dataDir = t.testdir()
  const given = randomBytes(32)
  t.same(loadMasterKey({ dataDir, encryptionKey: given.toString('base64'), warn: () => t.fail('no warning') }), given)
  t.throws(() => statSync(join(dataDir, 'master.key')))
  t.throws(() => loadMasterKey({ dataDir, encryptionKey: randomBytes(16).toString('base64'), warn: () => {} }), /exactly 32 bytes/)
})

t.test('a store opened with another master key than the one its secrets were sealed with stops at once', async (t) => {
  const dataDir = t.testdir()
  const first = await openTestStore(t, dataDir, { encryptionKey: randomBytes(32).toString('base64') })
  await first.apiKeys.create({ secretId: 'AKID000000000000000000000001', secretHash: Buffer.alloc(32), scopes: ['read'], ipWhitelist: ['127.0.0.1'], callbackUrl: null, note: '', disabled: false, createdAt: new Date().toISOString(), webhookSecret: 'whsec_x' })
  await first.close()
  await t.rejects(openTestStore(t, dataDir, { encryptionKey: randomBytes(32).toString('base64') }), /is not the key the stored webhook secrets were sealed with, so they cannot be read\. Restore DATA_DIR\/master\.key/)
})

t.test('a master.key file that is not 32 bytes stops start-up with its name', async (t) => {
  const dataDir = t.testdir()
  writeFileSync(join(dataDir, 'master.key'), 'c2hvcnQ=\n')
  t.throws(() => loadMasterKey({ dataDir, warn: () => {} }), /DATA_DIR \(.*master\.key\) must hold base64 of exactly 32 bytes/)
})
