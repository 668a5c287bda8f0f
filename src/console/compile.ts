import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/**
 * Compiles the console's browser code (src/console/browser, its own
 * tsconfig with the DOM library) in memory, type errors included, and
 * gathers its static files. `npm run build` writes the result to
 * dist/console; a gateway run from source (tests, `npm run dev`) serves it
 * straight from here, so it can never serve a stale build.
 */

/** Where the browser sources live, relative to this file in the source tree. */
export const BROWSER_DIR = fileURLToPath(new URL('./browser/', import.meta.url))
const STATIC_FILES = new Set(['.html', '.css', '.png', '.svg'])

/** File name (relative, with `/`) → contents. */
export type ConsoleFiles = Map<string, string | Buffer>

export async function compileConsole (browserDir: string = BROWSER_DIR): Promise<ConsoleFiles> {
  const files: ConsoleFiles = new Map()
  for (const [name, text] of compileScripts(browserDir)) files.set(name, text)
  for (const name of await readdir(browserDir)) {
    if (STATIC_FILES.has(extname(name))) files.set(name, await readFile(join(browserDir, name)))
  }
  return files
}

function compileScripts (browserDir: string): Map<string, string> {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => { throw new Error(format([diagnostic])) } }
  const parsed = ts.getParsedCommandLineOfConfigFile(join(browserDir, 'tsconfig.json'), undefined, host)
  if (parsed === undefined) throw new Error(`cannot read ${join(browserDir, 'tsconfig.json')}`)
  const program = ts.createProgram(parsed.fileNames, parsed.options)
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)]
  if (diagnostics.length > 0) throw new Error(`the console's browser code does not compile:\n${format(diagnostics)}`)
  const outDir = parsed.options.outDir ?? browserDir
  const scripts = new Map<string, string>()
  program.emit(undefined, (fileName, text) => { scripts.set(relative(outDir, fileName).split('\\').join('/'), text) })
  return scripts
}

const format = (diagnostics: readonly ts.Diagnostic[]) => ts.formatDiagnostics(diagnostics, {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => '\n',
})
