import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { compileConsole } from './compile.js'

/**
 * `npm run build`'s second step: compiles the console and writes it where
 * the compiled gateway reads it (dist/console, or the directory given).
 */

export async function buildConsole (outDir: string): Promise<string[]> {
  const files = await compileConsole()
  await rm(outDir, { recursive: true, force: true })
  for (const [name, contents] of files) {
    const path = join(outDir, name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, contents)
  }
  return [...files.keys()]
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const outDir = resolve(process.argv[2] ?? 'dist/console')
  const written = await buildConsole(outDir)
  process.stdout.write(`console: ${written.length} files in ${outDir}\n`)
}
