import { Writable } from 'node:stream'
import { loggerOptions } from '../../src/logger.js'

/** The gateway's real logger options, writing into an array the test can search. */
export function captureLogs (level: 'info' | 'debug' | 'trace' = 'trace') {
  const lines: string[] = []
  const stream = new Writable({
    write (chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''))
      done()
    },
  })
  return { lines, logger: { ...loggerOptions({ LOG_LEVEL: level }), stream } }
}
