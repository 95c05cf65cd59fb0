import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name)).map((e) => join(e.parentPath, e.name))
}

async function importsOf(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8')
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!)
}

describe('where code runs', () => {
  it('shared/ is pure: no electron, node:*, react or Mantine', async () => {
    const offenders: string[] = []
    for (const file of await sourceFiles('shared')) {
      for (const spec of await importsOf(file)) {
        if (/^(electron|node:|react|@mantine|fs$|path$|os$|crypto$)/.test(spec) || spec.includes('/electron/') || spec.includes('/renderer/')) offenders.push(`${relative('.', file)} imports ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('the renderer never imports from electron/ or Node', async () => {
    const offenders: string[] = []
    for (const file of await sourceFiles('renderer/src')) {
      for (const spec of await importsOf(file)) {
        if (/^(electron|node:)/.test(spec) || /(^|\/)electron\//.test(spec)) offenders.push(`${relative('.', file)} imports ${spec}`)
      }
    }
    expect(offenders).toEqual([])
  })

  it('main-process services never import electron (they run under plain Node)', async () => {
    const offenders: string[] = []
    for (const file of await sourceFiles('electron/main/services')) {
      for (const spec of await importsOf(file)) if (/^electron/.test(spec)) offenders.push(`${relative('.', file)} imports ${spec}`)
    }
    expect(offenders).toEqual([])
  })

  it('the preload exposes the built API, never ipcRenderer itself', async () => {
    const preload = await readFile('electron/preload/index.ts', 'utf8')
    expect(preload).toMatch(/exposeInMainWorld\(\s*'parley',\s*buildParleyApi\(/)
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/)
  })

  it('every top-level folder has a README', async () => {
    for (const folder of ['electron', 'renderer', 'shared', 'resources', 'test']) {
      await expect(readFile(join(folder, 'README.md'), 'utf8')).resolves.toMatch(/\S/)
    }
  })
})
