import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { scanWithElectronegativity, scannerDir, severityRank, type Finding, type Severity } from './electronegativity-scan'

/**
 * The Electron security gate: electronegativity over the app's sources, failing on any finding of
 * medium severity or above that electron/electronegativity-allowlist.tsv does not justify, on any
 * allow-list line that no longer matches a finding, on any file the scanner could not read, and on
 * any attempt to reach the network.
 */

export const ALLOW_LIST = 'electron/electronegativity-allowlist.tsv'
export const GATED_FROM: Severity = 'MEDIUM'
/** What the gate scans, relative to the repository: the main process, the preload, the page, the scripts. */
export const SCANNED = ['electron', 'renderer/index.html', 'renderer/src', 'package.json']
/** Downloads Electron's release list from GitHub: the pinned version is judged offline instead. */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

export interface Allowance {
  check: string
  /** Relative to the repository, exactly as the scanner reports it ("N/A" for app-wide checks). */
  file: string
  reason: string
}

/** Reads the allow-list: CHECK_ID <TAB> file <TAB> reason, one per line; # starts a comment. */
export function parseAllowList(text: string): Allowance[] {
  const allowances: Allowance[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '' || line.startsWith('#')) return
    const fields = line.split('\t')
    const where = `${ALLOW_LIST} line ${index + 1}`
    if (fields.length !== 3) throw new Error(`${where}: expected CHECK_ID<TAB>file<TAB>reason, found ${fields.length} field(s)`)
    const [check, file, reason] = fields.map((f) => f.trim()) as [string, string, string]
    if (!/^[A-Z][A-Z0-9_]*_CHECK$/.test(check)) throw new Error(`${where}: "${check}" is not an electronegativity check id`)
    if (file === '') throw new Error(`${where}: no file`)
    if (reason.split(/\s+/).length < 5) throw new Error(`${where}: the reason must say why the finding is acceptable`)
    if (allowances.some((a) => a.check === check && a.file === file)) throw new Error(`${where}: ${check} in ${file} is listed twice`)
    allowances.push({ check, file, reason })
  })
  return allowances
}

export interface Judgement {
  /** Findings at or above the gate's severity. */
  gated: Finding[]
  unjustified: Finding[]
  /** Allow-list lines that match no gated finding any more. */
  stale: Allowance[]
}

export function judgeFindings(findings: Finding[], allowances: Allowance[]): Judgement {
  const gated = findings.filter((f) => severityRank[f.severity] >= severityRank[GATED_FROM])
  const justifies = (a: Allowance, f: Finding) => a.check === f.check && a.file === f.file
  return {
    gated,
    unjustified: gated.filter((f) => !allowances.some((a) => justifies(a, f))),
    stale: allowances.filter((a) => !gated.some((f) => justifies(a, f))),
  }
}

export interface GateReport extends Judgement {
  electronVersion: string
  scannerVersion: string
  findings: Finding[]
  unreadableFiles: Array<{ file: string; message: string }>
  networkAttempts: string[]
  passed: boolean
}

/** The exact Electron version the app pins; a range would leave the scanner guessing. */
export function pinnedVersion(packageJson: { devDependencies?: Record<string, string> }, name: string): string {
  const version = packageJson.devDependencies?.[name] ?? ''
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`${name} must be pinned to an exact version in devDependencies, found "${version}"`)
  return version
}

/** Scans a copy of the app's sources (not tests, fixtures or builds) and judges the findings. */
export async function runElectronSecurityGate(repoDir: string): Promise<GateReport> {
  const packageJson = JSON.parse(await readFile(join(repoDir, 'package.json'), 'utf8'))
  const electronVersion = pinnedVersion(packageJson, 'electron')
  const scannerVersion = JSON.parse(await readFile(join(scannerDir, 'package.json'), 'utf8')).version as string
  const allowances = parseAllowList(await readFile(join(repoDir, ALLOW_LIST), 'utf8'))
  const copy = await mkdtemp(join(tmpdir(), 'parley-electronegativity-'))
  try {
    for (const path of SCANNED) {
      await mkdir(dirname(join(copy, path)), { recursive: true })
      await cp(join(repoDir, path), join(copy, path), { recursive: true })
    }
    const scan = await scanWithElectronegativity({ input: copy, electronVersion, excludedChecks: EXCLUDED_CHECKS })
    const judgement = judgeFindings(scan.findings, allowances)
    const passed = judgement.unjustified.length === 0 && judgement.stale.length === 0 && scan.unreadableFiles.length === 0 && scan.networkAttempts.length === 0
    return { electronVersion, scannerVersion, findings: scan.findings, unreadableFiles: scan.unreadableFiles, networkAttempts: scan.networkAttempts, ...judgement, passed }
  } finally {
    await rm(copy, { recursive: true, force: true })
  }
}

/** A readable account of the gate's verdict, for the command line. */
export function describeGateReport(report: GateReport): string[] {
  const row = (f: Finding) => `  ${f.severity.padEnd(13)} ${f.check.padEnd(40)} ${f.file}:${f.line}`
  return [
    `electronegativity ${report.scannerVersion}, Electron ${report.electronVersion}, scanned: ${SCANNED.join(', ')}`,
    `${report.findings.length} finding(s), ${report.gated.length} of ${GATED_FROM} or above, ${report.unjustified.length} not justified`,
    ...[...report.findings].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]).map(row),
    ...report.unjustified.map((f) => `NOT JUSTIFIED in ${ALLOW_LIST}: ${f.check} ${f.file}:${f.line}: ${f.description}`),
    ...report.stale.map((a) => `STALE allow-list line (matches no finding): ${a.check} ${a.file}`),
    ...report.unreadableFiles.map((u) => `UNREADABLE (not checked): ${u.file}: ${u.message}`),
    ...report.networkAttempts.map((url) => `NETWORK attempt refused: ${url}`),
    report.passed ? 'gate: passed' : 'gate: FAILED',
  ]
}
