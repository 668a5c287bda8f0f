import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { clientTypes } from './client-types.js'
import { loadConfig } from '../src/config.js'

/**
 * Writes openapi/openapi.json from the app itself (`npm run openapi`), and
 * the example client's types generated from it. Tests fail when either
 * committed file differs from what the app serves.
 */

const OPENAPI_FILE = new URL('../openapi/openapi.json', import.meta.url)
const EXAMPLE_TYPES_FILE = new URL('../examples/typed-client/schema.d.ts', import.meta.url)

function serializeSpec (spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`
}

const dataDir = mkdtempSync(join(tmpdir(), 'gateway-openapi-'))
try {
  const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir }), false)
  const spec = app.swagger()
  writeFileSync(OPENAPI_FILE, serializeSpec(spec))
  await app.close()
  process.stdout.write(`wrote ${OPENAPI_FILE.pathname}\n`)
  writeFileSync(EXAMPLE_TYPES_FILE, await clientTypes(spec))
  process.stdout.write(`wrote ${EXAMPLE_TYPES_FILE.pathname}\n`)
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
