import { describeGateReport, runElectronSecurityGate } from './electron-security-gate'

// `npm run check:electron-security`: the gate that `npm test` runs
// (test/unit/shell/electronegativity-gate.test.ts), with every finding listed. Exits 1 on failure;
// the last line is one JSON object of its figures.
const started = performance.now()
const report = await runElectronSecurityGate(process.cwd())
console.log(describeGateReport(report).join('\n'))
console.log(
  JSON.stringify({
    findings: report.findings.length,
    mediumOrAbove: report.gated.length,
    high: report.findings.filter((f) => f.severity === 'HIGH').length,
    unjustified: report.unjustified.length,
    staleAllowances: report.stale.length,
    unreadableFiles: report.unreadableFiles.length,
    networkAttempts: report.networkAttempts.length,
    ms: Math.round(performance.now() - started),
  }),
)
process.exitCode = report.passed ? 0 : 1
