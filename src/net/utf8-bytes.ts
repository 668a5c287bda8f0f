/**
 * A string's UTF-8 bytes, encoded once. An answer sent as a string is
 * encoded three times on its way out (its Content-Length, its ETag's hash
 * and the socket write each encode it again); as bytes, never again. For
 * text with CJK characters in it, as the upstream's answers have, encoding
 * is not cheap: an 18 KB page of sub-accounts takes tens of microseconds.
 *
 * Buffer.from(text) first measures the text and then encodes it; writing
 * into a scratch buffer at least three times the text's length (the most a
 * UTF-16 code unit takes in UTF-8) and copying out the bytes written skips
 * the measuring pass, which costs as much as the encoding. JavaScript runs
 * one call at a time, so one scratch buffer serves every call.
 */

const SCRATCH = Buffer.allocUnsafeSlow(256 * 1024)

export function utf8Bytes (text: string): Buffer {
  if (text.length * 3 > SCRATCH.length) return Buffer.from(text, 'utf8')
  const written = SCRATCH.write(text, 0, 'utf8')
  return Buffer.from(SCRATCH.subarray(0, written))
}
