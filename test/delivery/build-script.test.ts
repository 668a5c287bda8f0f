import { mkdtempSync, rmSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { bundle, EXTERNAL_PACKAGES, fileRelativeLines } from '../../scripts/build.js'

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

t.test('the bundle: two entry points where npm start and the bin look, its chunks one directory below dist/ as well', async (t) => {
  const root = fileURLToPath(new URL('../../', import.meta.url))
  // Inside the repository, as dist/ is, so the packages left out resolve.
  const outDir = mkdtempSync(join(root, '.build-test-'))
  t.teardown(() => rmSync(outDir, { recursive: true, force: true }))
  const metafile = await bundle(root, outDir)
  const written = Object.keys(metafile.outputs).filter((name) => name.endsWith('.js')).map((name) => relative(outDir, join(root, name)))
  t.ok(written.includes(join('src', 'server.js')) && written.includes(join('src', 'cli.js')), written.join(', '))
  t.ok(written.every((name) => name.split(sep).length === 2), 'every file one directory below, so ../console is dist/console from each')
  t.ok(written.some((name) => name.startsWith(`chunks${sep}`)), 'shared code in chunks/')
  for (const name of EXTERNAL_PACKAGES) t.notOk(Object.keys(metafile.inputs).some((input) => input.startsWith(`node_modules/${name}/`)), `${name} is left out`)
})
