// Fails when any module in src-main, src-preload or src-renderer reaches itself again through its imports.
// Type-only imports count too: a cycle of types is still two modules that cannot be understood one without the other.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

import ts from 'typescript'

const ROOTS = ['src-main', 'src-preload', 'src-renderer']
const EXTENSIONS = ['.ts', '.tsx']

/** Every .ts/.tsx module under `folder` (declaration files aside), as absolute paths. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return EXTENSIONS.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts') ? [resolve(path)] : []
  })
}

function resolveImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(dirname(fromFile), specifier)
  const candidates = [base, ...EXTENSIONS.map((extension) => base + extension)]
  candidates.push(...EXTENSIONS.map((extension) => join(base, `index${extension}`)))
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null
}

/** The project files `file` imports (types too), as absolute paths; packages are left out. */
export function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
  return importedFiles.flatMap(({ fileName }) => resolveImport(file, fileName) ?? [])
}

/** The cycles a depth-first walk meets (one per back edge, each once): a graph with any cycle yields at least one. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>()
  const finished = new Set<string>()
  const stack: string[] = []
  const onStack = new Set<string>()

  const visit = (file: string) => {
    stack.push(file)
    onStack.add(file)
    for (const next of graph.get(file) ?? []) {
      if (onStack.has(next)) {
        const cycle = stack.slice(stack.indexOf(next))
        const key = [...cycle].sort().join('|')
        if (!cycles.has(key)) cycles.set(key, [...cycle, next])
      } else if (!finished.has(next)) visit(next)
    }
    stack.pop()
    onStack.delete(file)
    finished.add(file)
  }

  for (const file of [...graph.keys()].sort()) if (!finished.has(file)) visit(file)
  return [...cycles.values()]
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)
if (isMain) {
  const files = ROOTS.flatMap((root) => (existsSync(root) ? sourceFiles(root) : []))
  const graph = new Map(files.map((file) => [file, importsOf(file)]))
  const cycles = findCycles(graph)
  for (const cycle of cycles) {
    console.error(`Import cycle: ${cycle.map((file) => relative(process.cwd(), file)).join(' → ')}`)
  }
  console.log(`${files.length} modules, ${cycles.length} import cycle${cycles.length === 1 ? '' : 's'}`)
  process.exit(cycles.length === 0 ? 0 : 1)
}
