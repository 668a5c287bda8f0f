import t from 'tap'
import { utf8Bytes } from '../../src/net/utf8-bytes.js'

t.test('the bytes are those Buffer.from gives, for every kind of character', async (t) => {
  const samples = {
    empty: '',
    ascii: '{"items":[],"page":1}',
    cjk: '{"name":"测试组","label":"11年前"}',
    'surrogate pairs (4 bytes each)': '😀'.repeat(1000),
    'a lone surrogate (replaced)': 'a\ud800b',
    'CJK at the scratch buffer\'s limit': '测'.repeat(Math.floor(256 * 1024 / 3)),
    'longer than the scratch buffer holds': '测'.repeat(256 * 1024),
  }
  for (const [name, text] of Object.entries(samples)) {
    const bytes = utf8Bytes(text)
    t.ok(bytes.equals(Buffer.from(text, 'utf8')), name)
    t.equal(bytes.length, Buffer.byteLength(text), `${name}: no bytes beyond the text's`)
  }
})

t.test('each answer owns its bytes: a later call does not change an earlier one', async (t) => {
  const first = utf8Bytes('first answer')
  utf8Bytes('second answer, longer than the first')
  t.equal(first.toString('utf8'), 'first answer')
})
