import { join } from 'node:path'
import t from 'tap'
import { cachedLoader, readBuilt, toAssets } from '../../src/console/assets.js'
import { buildConsole } from '../../src/console/build.js'
import { compileConsole } from '../../src/console/compile.js'

/**
 * The console's build: `npm run build` writes to dist/console exactly what a
 * gateway run from source compiles in memory, and a type error in the
 * browser code stops it.
 */

t.test('the build writes what the built gateway reads, byte for byte', async (t) => {
  const outDir = join(t.testdir(), 'console')
  const written = await buildConsole(outDir)
  const compiled = await compileConsole()
  t.strictSame(written.sort(), [...compiled.keys()].sort())
  t.ok(written.includes('index.html') && written.includes('main.js') && written.includes('console.css') && written.includes('screens/keys.js'), `${written.length} files`)
  const fromDisk = toAssets(await readBuilt(outDir))
  const inMemory = toAssets(compiled)
  t.strictSame([...fromDisk.keys()].sort(), [...inMemory.keys()].sort())
  for (const [name, asset] of inMemory) t.equal(fromDisk.get(name)?.etag, asset.etag, `${name} is the same`)
})

t.test('a type error in the browser code fails the build, naming the file', async (t) => {
  const dir = t.testdir({
    'tsconfig.json': JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, types: [], outDir: 'out' }, include: ['*.ts'] }),
    'broken.ts': 'export const count: number = document.title\n',
  })
  await t.rejects(compileConsole(dir), /does not compile:[\s\S]*broken\.ts[\s\S]*not assignable to type 'number'/)
})

t.test('the files are loaded once; a failed load is tried again on the next request', async (t) => {
  let loads = 0
  const load = cachedLoader(async () => {
    loads++
    if (loads === 1) throw new Error('not built yet')
    return new Map([['index.html', '<!doctype html>'], ['notes.txt', 'not a console file']])
  })
  await t.rejects(load(), /not built yet/)
  const assets = await load()
  t.strictSame([...assets.keys()], ['index.html'], 'only files of a known type are served')
  t.equal(assets.get('index.html')?.contentType, 'text/html; charset=utf-8')
  t.equal(await load(), assets, 'then answered from memory')
  t.equal(loads, 2)
})
