import t from 'tap'
import { LastUsedRecorder } from '../../src/keys/last-used.js'

t.test('uses are noted in memory and written in one batch per flush', async (t) => {
  const batches: Array<Map<string, string>> = []
  const recorder = new LastUsedRecorder({ recordLastUsed: async (batch) => { batches.push(new Map(batch)) } }, () => t.fail('no error'))
  for (let index = 0; index < 100; index++) recorder.record('AKIDa', Date.UTC(2026, 0, 1, 0, 0, index % 60))
  recorder.record('AKIDb', Date.UTC(2026, 0, 2))
  t.equal(batches.length, 0, 'nothing written per use')
  t.equal(recorder.noted('AKIDb'), '2026-01-02T00:00:00.000Z', 'the noted time is readable at once')
  await recorder.flush()
  t.equal(batches.length, 1)
  t.same([...(batches[0] ?? new Map())], [['AKIDa', '2026-01-01T00:00:39.000Z'], ['AKIDb', '2026-01-02T00:00:00.000Z']])
  await recorder.flush()
  t.equal(batches.length, 1, 'an empty flush writes nothing')
})

t.test('a failed write is kept for the next flush unless a newer use replaced it', async (t) => {
  let fail = true
  const written: Array<Map<string, string>> = []
  const errors: unknown[] = []
  const recorder = new LastUsedRecorder({ recordLastUsed: async (batch) => { if (fail) throw new Error('disk full'); written.push(new Map(batch)) } }, (error) => errors.push(error))
  recorder.record('AKIDa', Date.UTC(2026, 0, 1))
  recorder.record('AKIDb', Date.UTC(2026, 0, 1))
  await recorder.flush()
  t.equal(errors.length, 1)
  recorder.record('AKIDb', Date.UTC(2026, 0, 3))
  fail = false
  await recorder.flush()
  t.same(Object.fromEntries(written[0] ?? []), { AKIDa: '2026-01-01T00:00:00.000Z', AKIDb: '2026-01-03T00:00:00.000Z' })
})

t.test('stop flushes what is pending and ends the timer', async (t) => {
  const written: string[] = []
  const recorder = new LastUsedRecorder({ recordLastUsed: async (batch) => { written.push(...batch.keys()) } }, () => {}, 5)
  recorder.start()
  recorder.record('AKIDa')
  await recorder.stop()
  t.same(written, ['AKIDa'])
})
