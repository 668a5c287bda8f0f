import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'

/** The store is a lower layer: it imports no key handling, upstream, route or plugin code (callers pass a Sealer in). */

const STORE = fileURLToPath(new URL('../../src/store', import.meta.url))

function sources (dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [])
}

t.test('src/store imports nothing from src/keys, src/upstream, plugins or routes', async (t) => {
  const offending: string[] = []
  for (const file of sources(STORE)) {
    for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
      if (!specifier.startsWith('.')) continue
      const target = relative(STORE, join(file, '..', specifier))
      if (target.startsWith('..') && !/^\.\.\/(config|operations\/types)\.js$/.test(target)) offending.push(`${relative(STORE, file)} → ${specifier}`)
    }
  }
  t.same(offending, [])
})
