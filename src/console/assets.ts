import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { extname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ConsoleFiles } from './compile.js'

/**
 * The console's files, held in memory once loaded. The built gateway
 * (dist/src/server.js and its chunks) reads what `npm run build` wrote beside
 * it in dist/console; a gateway run from source compiles the browser code
 * itself (src/console/compile.ts), because a build lying around in dist
 * may be older than the sources.
 */

export interface ConsoleAsset {
  body: Buffer
  contentType: string
  etag: string
}

export type ConsoleAssets = ReadonlyMap<string, ConsoleAsset>

/** dist/console, seen from the bundle file that holds this code: scripts/build.ts writes every one of them one directory below dist/. */
export const BUILT_DIR = fileURLToPath(new URL('../console/', import.meta.url))

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
}

const runsFromSource = import.meta.url.endsWith('.ts')

/** Loads once, then answers from memory; a failed load (no build yet) is tried again on the next call. */
export function cachedLoader (load: () => Promise<ConsoleFiles>): () => Promise<ConsoleAssets> {
  let loading: Promise<ConsoleAssets> | undefined
  return () => {
    loading ??= load().then(toAssets, (error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
}

export const consoleAssets = cachedLoader(loadFiles)

async function loadFiles (): Promise<ConsoleFiles> {
  if (!runsFromSource) return readBuilt(BUILT_DIR)
  // Only a gateway run from source needs the compiler, a development dependency.
  const { compileConsole } = await import('./compile.js')
  return compileConsole()
}

/** Every file under `dir`, by its path relative to it. */
export async function readBuilt (dir: string): Promise<ConsoleFiles> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: ConsoleFiles = new Map()
  for (const entry of entries.filter((entry) => entry.isFile())) {
    const path = join(entry.parentPath, entry.name)
    files.set(relative(dir, path).split('\\').join('/'), await readFile(path))
  }
  return files
}

export function toAssets (files: ConsoleFiles): ConsoleAssets {
  const assets = new Map<string, ConsoleAsset>()
  for (const [name, contents] of files) {
    const contentType = CONTENT_TYPES[extname(name)]
    if (contentType === undefined) continue
    const body = Buffer.from(contents)
    assets.set(name, { body, contentType, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` })
  }
  return assets
}
