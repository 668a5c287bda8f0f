import { readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { build, type Metafile } from 'esbuild'
import { buildConsole } from '../src/console/build.js'

/**
 * `npm run build` (run once by `npm ci`, through `prepare`): bundles the
 * server and the CLI with the packages they use into a few files in dist/,
 * then writes the console in dist/console.
 *
 * Why a bundle: Node loads ESM one file at a time, and the gateway's own 230
 * modules plus kysely's and TypeBox's hundreds of small ones cost about half
 * of a start. Bundled, `node dist/src/server.js` answers its first request in
 * about half the time (see docs/decisions.md, "Start-up time").
 * esbuild only strips the types; `npm test` and `npm run typecheck` check them.
 */

/**
 * Packages left in node_modules and loaded by Node as usual:
 * - better-sqlite3 is a native addon;
 * - @fastify/swagger, @fastify/swagger-ui and pino read files beside their own
 *   code (`__dirname`), which a bundle would move;
 * - pg and ioredis load only when DATABASE_URL or REDIS_URL asks for them;
 * - typescript compiles the console when the gateway runs from source, never from dist/.
 */
export const EXTERNAL_PACKAGES = [
  'better-sqlite3',
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'pino',
  'pg',
  'ioredis',
  'typescript',
]

/**
 * dist/src/server.js and dist/src/cli.js, the paths `npm start`, the image and
 * the `bin` have always run; the chunks they share go to dist/chunks. Every file
 * is one directory below dist/, so code in any of them finds dist/console at
 * `../console` (src/console/assets.ts).
 */
export const ENTRY_POINTS = { 'src/server': 'src/server.ts', 'src/cli': 'src/cli.ts' }

// CommonJS packages inside an ESM bundle still call require() for Node's own modules.
const REQUIRE_SHIM = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

export async function bundle (root: string, outDir: string): Promise<Metafile> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: outDir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    banner: { js: REQUIRE_SHIM },
    // No keepNames: it would rename every closure as it is created, on every request.
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  })
  await refuseFileRelativeCode(root, result.metafile)
  return result.metafile
}

/**
 * A bundled package that finds its files through `__dirname` or `__filename`
 * would look beside the bundle and fail only when that code runs. Such a
 * package belongs in EXTERNAL_PACKAGES; `typeof __filename` probes are harmless.
 */
export function fileRelativeLines (code: string): string[] {
  return code.split('\n').filter((line) => /\b__(dirname|filename)\b/.test(line) && !/typeof __(dirname|filename)\b/.test(line))
}

async function refuseFileRelativeCode (root: string, metafile: Metafile): Promise<void> {
  for (const output of Object.keys(metafile.outputs).filter((name) => name.endsWith('.js'))) {
    const uses = fileRelativeLines(await readFile(join(root, output), 'utf8'))
    if (uses.length > 0) throw new Error(`${output} uses __dirname or __filename, which point elsewhere in a bundle; add its package to EXTERNAL_PACKAGES:\n${uses.join('\n')}`)
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const root = resolve(new URL('..', import.meta.url).pathname)
  const outDir = resolve(process.argv[2] ?? join(root, 'dist'))
  await rm(outDir, { recursive: true, force: true })
  const metafile = await bundle(root, outDir)
  const written = await buildConsole(join(outDir, 'console'))
  process.stdout.write(`gateway: ${Object.keys(metafile.outputs).length} files in ${outDir}; console: ${written.length} files in ${join(outDir, 'console')}\n`)
}
