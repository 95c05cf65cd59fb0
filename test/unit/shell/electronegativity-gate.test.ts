import { describe, expect, it, vi } from 'vitest'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { tempDir } from '../temp-library'
import { scanWithElectronegativity, type Finding } from '../../security/electronegativity-scan'
import { ALLOW_LIST, EXCLUDED_CHECKS, judgeFindings, parseAllowList, pinnedVersion, runElectronSecurityGate } from '../../security/electron-security-gate'

const finding = (check: string, file: string, severity: Finding['severity']): Finding => ({ check, file, severity, line: 1, confidence: 'FIRM', description: '', manualReview: false })
const brief = (findings: Finding[]) => findings.map((f) => `${f.severity} ${f.check} ${f.file}`)

/** A small app that gets everything wrong, and a file the scanner cannot parse. */
async function insecureApp(): Promise<string> {
  const dir = await tempDir('parley-insecure-app-')
  await mkdir(join(dir, 'main'))
  await writeFile(join(dir, 'main', 'window.ts'), [
    "import { BrowserWindow } from 'electron'",
    "export const open = (url: string) => new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } }).loadURL(url)",
  ].join('\n'))
  await writeFile(join(dir, 'main', 'broken.ts'), "import { BrowserWindow } from 'electron'\nconst = new BrowserWindow({})\n")
  await writeFile(join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>')
  return dir
}

describe('the Electron security gate (electronegativity)', () => {
  it('passes on the app: nothing of medium or above unjustified, no stale allowance, every file read, no network', async () => {
    const report = await runElectronSecurityGate('.')
    expect(brief(report.unjustified), `findings not justified in ${ALLOW_LIST}`).toEqual([])
    expect(report.stale, 'allow-list lines that match no finding any more').toEqual([])
    expect(report.unreadableFiles, 'files the scanner could not parse, so did not check').toEqual([])
    expect(report.networkAttempts).toEqual([])
    expect(report.passed).toBe(true)
    // The scanner is the pinned one, judging the pinned Electron.
    const packageJson = JSON.parse(await readFile('package.json', 'utf8'))
    expect(report.scannerVersion).toBe(pinnedVersion(packageJson, '@doyensec/electronegativity'))
    expect(report.electronVersion).toBe(pinnedVersion(packageJson, 'electron'))
  }, 60_000)

  it('sees an insecure window, a page without a CSP and missing handlers, and reports a file it cannot parse', async () => {
    const scan = await scanWithElectronegativity({ input: await insecureApp(), electronVersion: '45.4.1', excludedChecks: EXCLUDED_CHECKS })
    expect(brief(scan.findings)).toEqual(expect.arrayContaining([
      'HIGH CONTEXT_ISOLATION_JS_CHECK main/window.ts',
      'MEDIUM SANDBOX_JS_CHECK main/window.ts',
      'MEDIUM AUXCLICK_JS_CHECK main/window.ts',
      'MEDIUM CSP_GLOBAL_CHECK N/A',
      'HIGH LIMIT_NAVIGATION_GLOBAL_CHECK N/A',
      'MEDIUM PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK N/A',
    ]))
    expect(scan.unreadableFiles.map((u) => u.file)).toEqual(['main/broken.ts'])
    const allowances = parseAllowList(await readFile(ALLOW_LIST, 'utf8'))
    expect(judgeFindings(scan.findings, allowances).unjustified.length).toBeGreaterThanOrEqual(6)
  }, 60_000)

  it('refuses and reports any request the scanner makes (its release check fetches from GitHub)', async () => {
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => {}) // the check complains about having no connectivity
    const scan = await scanWithElectronegativity({ input: await insecureApp(), electronVersion: '45.4.1', excludedChecks: [] }).finally(() => quiet.mockRestore())
    expect(scan.networkAttempts).toEqual(expect.arrayContaining([expect.stringMatching(/^https:\/\/raw\.githubusercontent\.com\/electron\/releases\//)]))
  }, 60_000)
})

describe('judging findings against the allow-list', () => {
  const allowances = [{ check: 'PRELOAD_JS_CHECK', file: 'electron/main/shell/main-window.ts', reason: 'ours' }, { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'gone' }]

  it('lets through only what a line justifies, for that check in that file', () => {
    const judged = judgeFindings([
      finding('PRELOAD_JS_CHECK', 'electron/main/shell/main-window.ts', 'MEDIUM'),
      finding('PRELOAD_JS_CHECK', 'electron/main/other-window.ts', 'MEDIUM'),
      finding('SANDBOX_JS_CHECK', 'electron/main/shell/main-window.ts', 'HIGH'),
    ], allowances)
    expect(brief(judged.unjustified)).toEqual(['MEDIUM PRELOAD_JS_CHECK electron/main/other-window.ts', 'HIGH SANDBOX_JS_CHECK electron/main/shell/main-window.ts'])
  })

  it('ignores findings below medium, and calls a line stale when it matches no finding of medium or above', () => {
    const judged = judgeFindings([finding('CSP_GLOBAL_CHECK', 'N/A', 'LOW'), finding('PRELOAD_JS_CHECK', 'electron/main/shell/main-window.ts', 'MEDIUM')], allowances)
    expect(judged.unjustified).toEqual([])
    expect(brief(judged.gated)).toEqual(['MEDIUM PRELOAD_JS_CHECK electron/main/shell/main-window.ts'])
    expect(judged.stale.map((a) => a.check)).toEqual(['CSP_GLOBAL_CHECK'])
  })
})

describe('the allow-list file', () => {
  const reason = 'because this is acceptable here'

  it('reads check, file and reason, skipping comments and blank lines', () => {
    expect(parseAllowList(`# comment\n\nSANDBOX_JS_CHECK\ta.ts\t${reason}\n`)).toEqual([{ check: 'SANDBOX_JS_CHECK', file: 'a.ts', reason }])
  })

  it('refuses a line without a real reason, with the wrong fields, an unknown id or a duplicate', () => {
    expect(() => parseAllowList('SANDBOX_JS_CHECK\ta.ts\n')).toThrow(/field/)
    expect(() => parseAllowList('SANDBOX_JS_CHECK\ta.ts\tfine\n')).toThrow(/reason/)
    expect(() => parseAllowList(`SANDBOX_JS_CHECK a.ts ${reason}\n`)).toThrow(/field/)
    expect(() => parseAllowList(`sandbox\ta.ts\t${reason}\n`)).toThrow(/check id/)
    expect(() => parseAllowList(`SANDBOX_JS_CHECK\t\t${reason}\n`)).toThrow(/no file/)
    expect(() => parseAllowList(`SANDBOX_JS_CHECK\ta.ts\t${reason}\nSANDBOX_JS_CHECK\ta.ts\t${reason}\n`)).toThrow(/twice/)
  })

  it('needs exact pinned versions, so the scan never guesses', () => {
    expect(pinnedVersion({ devDependencies: { electron: '45.4.1' } }, 'electron')).toBe('45.4.1')
    expect(() => pinnedVersion({ devDependencies: { electron: '^45.4.1' } }, 'electron')).toThrow(/exact/)
    expect(() => pinnedVersion({}, 'electron')).toThrow(/exact/)
  })
})
