import t from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'

/** A boot that fails part-way closes what it had started: the process is not held open. */
t.test('a failed start-up closes the sandbox and the store', async (t) => {
  const dataDir = t.testdir()
  // An invalid callback IP whitelist is refused while plugins load, after the store and the sandbox have started.
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, CALLBACK_IP_WHITELIST: 'not-an-ip' })
  await t.rejects(buildApp(config, false))
  const handles = (process as unknown as { _getActiveHandles: () => Array<{ constructor: { name: string }, listening?: boolean }> })._getActiveHandles()
  t.equal(handles.filter((handle) => handle.constructor.name === 'Server' && handle.listening === true).length, 0, 'no listening server left behind')
})
