import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { compileConsole } from './compile.js'

/**
 * `npm run build`'s second step (scripts/build.ts): compiles the console and
 * writes it where the built gateway reads it, dist/console.
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
