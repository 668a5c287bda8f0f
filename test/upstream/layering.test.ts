import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

/**
 * Imports run one way between the table and the pipeline: src/upstream
 * knows nothing of the operation table, and src/operations uses only the
 * pipeline's public face (src/upstream/index.ts), none of its layers.
 */

const SRC = fileURLToPath(new URL('../../src', import.meta.url))

function sources (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
}

function importsOf (area: string): Array<{ file: string, target: string }> {
  return sources(join(SRC, area)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)]
    .map(([, specifier = '']) => specifier)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ file: relative(SRC, file), target: relative(SRC, join(file, '..', specifier)) })))
}

t.test('src/upstream imports nothing from the operation table', async (t) => {
  t.same(importsOf('upstream').filter(({ target }) => target.startsWith('operations/')), [])
})

t.test('src/operations reaches src/upstream only through its index', async (t) => {
  const reached = importsOf('operations').filter(({ target }) => target.startsWith('upstream/'))
  t.ok(reached.length > 0, 'the table does use the pipeline')
  t.same(reached.filter(({ target }) => target !== 'upstream/index.js'), [])
})
