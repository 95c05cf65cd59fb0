import Module, { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'

/**
 * Electronegativity (@doyensec/electronegativity), run through its own runner rather than its CLI,
 * so that the gate gets every finding with its severity, hears about files the scanner could not
 * parse (the CLI and its SARIF report drop them silently), and never touches the network: the CLI
 * fetches translations from S3 on every run, and the release check downloads Electron's release
 * list. Here translations come from the package's own files, and the HTTP client is replaced by
 * one that refuses and records every request.
 */

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
export const severityRank: Record<Severity, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 }

export interface Finding {
  check: string
  /** Relative to the scanned folder; "N/A" for a check about the app as a whole. */
  file: string
  line: number
  severity: Severity
  confidence: string
  description: string
  manualReview: boolean
}

export interface ScanResult {
  findings: Finding[]
  /** Files the scanner could not parse, so could not check. */
  unreadableFiles: Array<{ file: string; message: string }>
  /** URLs the scanner tried to fetch (always refused). */
  networkAttempts: string[]
  checksRun: number
}

export interface ScanOptions {
  input: string
  /** The Electron version to judge against, so nothing is detected or fetched. */
  electronVersion: string
  /** Check class names to leave out, as electronegativity's -x takes them. */
  excludedChecks?: string[]
}

const fromHere = createRequire(import.meta.url)
export const scannerDir = dirname(fromHere.resolve('@doyensec/electronegativity/package.json'))
const fromScanner = createRequire(join(scannerDir, 'dist', 'runner.js'))

interface RawIssue {
  id: string
  file: string
  location: { line: number }
  severity: { name: Severity }
  confidence: { name: string }
  description: string
  manualReview?: boolean
}
type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<{ issues: RawIssue[]; errors: Array<{ file: string; message: string; tolerable: boolean }>; globalChecks: number; atomicChecks: number }>

const networkLog: string[] = []
let runner: Runner | null = null

/** Puts a stand-in module into Node's CommonJS cache, where the scanner's require() will find it. */
function substitute(file: string, exports: unknown): void {
  const stand = new Module(file)
  stand.filename = file
  stand.loaded = true
  stand.exports = exports
  fromScanner.cache[file] = stand
}

/** Loads the runner once per process, after its translations and HTTP client are replaced. */
function loadRunner(): Runner {
  if (runner) return runner
  const i18n = fromScanner('i18n') as { configure(options: object): void; setLocale(locale: string): void }
  substitute(fromScanner.resolve('./locales/i18n.js'), async () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: join(scannerDir, 'dist', 'locales'), updateFiles: false, objectNotation: true, register: globalThis })
    i18n.setLocale('en-US')
  })
  const refuse = (url: unknown) => {
    networkLog.push(String(url))
    return Promise.reject(new Error('the Electron security gate runs offline'))
  }
  substitute(fromScanner.resolve('got'), Object.assign(refuse, { get: refuse, head: refuse, post: refuse, stream: refuse }))
  runner = fromScanner('./runner.js') as Runner
  return runner
}

export async function scanWithElectronegativity({ input, electronVersion, excludedChecks = [] }: ScanOptions): Promise<ScanResult> {
  const run = loadRunner()
  const firstAttempt = networkLog.length
  const result = await run({ input, electronVersionOverride: electronVersion, excludeFromScan: excludedChecks, customScan: [], parserPlugins: [], isRelative: true }, false)
  return {
    findings: result.issues.map((issue) => ({
      check: issue.id,
      file: issue.file,
      line: issue.location.line,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
      manualReview: issue.manualReview === true,
    })),
    // Tolerable errors are parser warnings on a file that was still checked.
    unreadableFiles: result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(input, e.file), message: e.message })),
    networkAttempts: networkLog.slice(firstAttempt),
    checksRun: result.globalChecks + result.atomicChecks,
  }
}
