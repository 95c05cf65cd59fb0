import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import ts from 'typescript'
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from '../../../electron/main/shell/security'

/** The webPreferences object literal of every `new BrowserWindow({...})` in a source file. */
async function windowPreferences(file: string): Promise<Array<Record<string, unknown>>> {
  const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: Array<Record<string, unknown>> = []
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'BrowserWindow') {
      const options = node.arguments?.[0]
      const prefs = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => p.name?.getText() === 'webPreferences') : undefined
      const literal = prefs && ts.isPropertyAssignment(prefs) && ts.isObjectLiteralExpression(prefs.initializer) ? prefs.initializer : null
      found.push(
        literal
          ? Object.fromEntries(
              literal.properties.map((p) => {
                // A spread or shorthand hides its values from a reader and the scanner: recorded as such, so it fails.
                if (!ts.isPropertyAssignment(p)) return [`<not written out: ${p.getText()}>`, true]
                const value = p.initializer
                const read = value.kind === ts.SyntaxKind.TrueKeyword ? true : value.kind === ts.SyntaxKind.FalseKeyword ? false : ts.isStringLiteral(value) ? value.text : `<${value.getText()}>`
                return [p.name.getText(), read]
              }),
            )
          : { notALiteral: options?.getText() ?? '' },
      )
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('every BrowserWindow', () => {
  it('writes the secure settings out literally in the main window, as security.ts requires', async () => {
    const [main, ...others] = await windowPreferences('electron/main/shell/main-window.ts')
    expect(others).toEqual([])
    expect(main).toEqual({ ...secureWebPreferences('<preloadPath>'), preload: '<preloadPath>' })
  })

  it('keeps the report printing window sandboxed, isolated, without scripts or Node, and without middle-click', async () => {
    const [print, ...others] = await windowPreferences('electron/main/shell/electron-pdf-printer.ts')
    expect(others).toEqual([])
    expect(print).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick', session: '<printSession>' })
    // Whatever else it states must be what security.ts requires: no weaker value, nothing hidden.
    const required = secureWebPreferences('<no preload>') as Record<string, unknown>
    const stated = Object.entries(print!).filter(([key]) => key !== 'javascript' && key !== 'session')
    expect(stated.filter(([key, value]) => required[key] !== value)).toEqual([])
  })
})

describe('the page’s own policy', () => {
  it('carries the header’s CSP in a meta tag, less what a meta tag cannot carry', async () => {
    const html = await readFile('renderer/index.html', 'utf8')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    // CSP3 does not allow these in a <meta> policy: browsers ignore them and log an error for each.
    const headerOnly = ['frame-ancestors', 'report-uri', 'sandbox']
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !headerOnly.includes(d.split(' ')[0]!)).join('; ')
    expect(meta).toBe(header)
  })

  it('states the policy before anything it governs: a meta policy covers only what follows it', async () => {
    const head = /<head>([\s\S]*)<\/head>/.exec(await readFile('renderer/index.html', 'utf8'))![1]!
    const policyAt = head.indexOf('http-equiv="Content-Security-Policy"')
    expect(policyAt).toBeGreaterThan(-1)
    expect(head.slice(0, policyAt)).not.toMatch(/<(script|link|style|base)\b/i)
  })
})
