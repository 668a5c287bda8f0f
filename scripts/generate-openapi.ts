import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'

/**
 * Writes openapi/openapi.json from the app itself (`npm run openapi`).
 * A test fails when the committed file differs from what the app serves.
 */

const OPENAPI_FILE = new URL('../openapi/openapi.json', import.meta.url)

function serializeSpec (spec: unknown): string {
  return `${JSON.stringify(spec, null, 2)}\n`
}

const dataDir = mkdtempSync(join(tmpdir(), 'gateway-openapi-'))
try {
  const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir }), false)
  writeFileSync(OPENAPI_FILE, serializeSpec(app.swagger()))
  await app.close()
  process.stdout.write(`wrote ${OPENAPI_FILE.pathname}\n`)
} finally {
  rmSync(dataDir, { recursive: true, force: true })
}
