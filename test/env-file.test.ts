import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { loadEnvFile } from '../src/env-file.js'

/** `.env` is read with Node's own rules, and what the environment already sets wins. */

t.test('variables from .env are added; those already set are kept', async (t) => {
  const dir = t.testdir()
  const file = join(dir, '.env')
  writeFileSync(file, '# a comment\nGW_TEST_FROM_FILE=from-file\nGW_TEST_ALREADY_SET=from-file\nexport GW_TEST_QUOTED="with spaces"\n')
  process.env.GW_TEST_ALREADY_SET = 'from-environment'
  t.teardown(() => { for (const name of ['GW_TEST_FROM_FILE', 'GW_TEST_ALREADY_SET', 'GW_TEST_QUOTED']) Reflect.deleteProperty(process.env, name) })

  t.equal(loadEnvFile(file), file, 'answers the file it read')
  t.equal(process.env.GW_TEST_FROM_FILE, 'from-file')
  t.equal(process.env.GW_TEST_ALREADY_SET, 'from-environment', 'the environment wins')
  t.equal(process.env.GW_TEST_QUOTED, 'with spaces')
})

t.test('no .env is no change and no error', async (t) => {
  const before = { ...process.env }
  t.equal(loadEnvFile(join(t.testdir(), '.env')), undefined)
  t.same(process.env, before)
})
