import t from 'tap'
import { EXTERNAL_PACKAGES, fileRelativeLines } from '../../scripts/build.js'

/**
 * The bundle's guard (scripts/build.ts): code that finds files beside itself
 * would find nothing beside dist/src/server.js, so the build refuses it. The
 * container test runs the whole build and the bundle it writes.
 */

t.test('lines that locate files from __dirname or __filename are caught', async (t) => {
  const code = [
    'var fs = __require("node:fs");',
    'return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json")));',
    'const worker = join(__filename, "worker.js")',
    'var currentFilename = typeof __filename !== "undefined" ? __filename : void 0;',
    'const my__dirnameLike = 1',
  ].join('\n')
  t.strictSame(fileRelativeLines(code), [
    'return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json")));',
    'const worker = join(__filename, "worker.js")',
  ])
})

t.test('the packages that read their own files, and the native addon, stay out of the bundle', async (t) => {
  for (const name of ['better-sqlite3', '@fastify/swagger', '@fastify/swagger-ui', 'pino']) t.ok(EXTERNAL_PACKAGES.includes(name), name)
})
