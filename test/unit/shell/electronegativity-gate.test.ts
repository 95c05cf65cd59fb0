import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { cp, mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { tempDir } from '../temp-library'

const run = promisify(execFile)
const repo = resolve('.')
const electronVersion = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).devDependencies.electron as string

interface AllowedFinding {
  check: string
  file: string
  reason: string
}

async function allowList(): Promise<AllowedFinding[]> {
  const lines = (await readFile(join(repo, 'electron', 'electronegativity-allowlist.tsv'), 'utf8')).split('\n')
  return lines
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [check = '', file = '', reason = ''] = line.split('\t')
      return { check, file, reason }
    })
}

/**
 * Electronegativity over the main process, the preload and the page, findings of medium severity
 * and above. The Electron version is given and the release check (which fetches from the network)
 * is left out, so the scan runs offline.
 */
async function scan(): Promise<Array<{ check: string; file: string }>> {
  const dir = await tempDir('parley-electronegativity-')
  await cp(join(repo, 'electron'), join(dir, 'electron'), { recursive: true })
  await mkdir(join(dir, 'renderer'))
  await cp(join(repo, 'renderer', 'index.html'), join(dir, 'renderer', 'index.html'))
  const out = join(dir, 'findings.sarif')
  const cli = join(repo, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
  await run(process.execPath, [cli, '-i', dir, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-s', 'medium', '-r', '-o', out], { timeout: 90_000 })
  const sarif = JSON.parse(await readFile(out, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> }
  return sarif.runs.flatMap((r) => r.results).map((r) => ({ check: r.ruleId, file: r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? 'N/A' }))
}

describe('the Electron security gate (electronegativity)', () => {
  it('finds nothing of medium severity or above that the allow-list does not justify, and every allowance is still needed', async () => {
    const [findings, allowed] = await Promise.all([scan(), allowList()])
    for (const entry of allowed) expect(entry.reason.length, `${entry.check} needs a reason`).toBeGreaterThan(20)
    const unjustified = findings.filter((f) => !allowed.some((a) => a.check === f.check && a.file === f.file))
    const stale = allowed.filter((a) => !findings.some((f) => a.check === f.check && a.file === f.file))
    expect(unjustified, 'findings not in electron/electronegativity-allowlist.tsv').toEqual([])
    expect(stale, 'allow-list lines that match no finding any more').toEqual([])
  }, 120_000)
})
