import { test, expect } from './harness/fixtures'
import { HOSTILE_FILE_NAME, XSS_MARK, literalLine } from './harness/xss-files'
import { literalPayload, seedHostileAnalysis } from './harness/xss-library'
import { startXssSession } from './harness/xss-session'
import { liveMarkup } from './harness/xss-dom'

/**
 * The XSS corpus (test/fixtures/xss) imported and typed into every place a hostile string can
 * reach, then shown in every view. Each view must show the strings as text: nothing may run
 * (window.__xss), open a dialog, request anything outside the app's origin (the page's requests
 * and the loopback trap server), or exist as live markup in the DOM.
 *
 * The app's CSP is switched off here (bypassCSP). With it on, a payload that reached the DOM
 * would be blocked and would only log a violation, so the test would prove that the CSP exists,
 * not that the app escapes. Without it, a payload that reaches the DOM really runs or loads and
 * is caught by name. The CSP can only take abilities away, so what is clean without it is clean
 * with it; a console error (the harness fails on any) would still fail the test.
 */
test.use({ bypassCSP: true, seedSamples: false, actionTimeout: 10_000 })

test('hostile strings in every view of the app are shown as text: nothing runs, asks or loads', async ({ parley }) => {
  test.setTimeout(90_000)
  const { page } = parley
  // A fresh load for each view: going to the same URL with a hash would keep the old page.
  const open = async (hash: string) => {
    await page.goto('about:blank')
    await parley.open(hash)
  }
  const reader = async (documentId: string, shows: string) => {
    await open(`#/documents/${documentId}`)
    await expect(page.getByTestId('reader-text').or(page.getByRole('complementary', { name: 'Annotations' })).filter({ hasText: shows }).first()).toBeVisible()
  }
  const xss = await startXssSession(parley)
  try {
    // Bodies, titles, outlets, bylines and a file name, through the real importer.
    await parley.open('#/library')
    parley.setDialogFiles(Object.values(xss.files))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Files…' }).click()
    const results = page.getByRole('dialog', { name: 'Import results' })
    await expect(results).toContainText(HOSTILE_FILE_NAME, { timeout: 20_000 })
    await xss.expectClean('the import results')
    await page.keyboard.press('Escape')

    const { documents, shown } = await seedHostileAnalysis(parley, xss.trap.url, xss.files)
    const views: Array<[string, () => Promise<void>]> = [
      ['the library', async () => {
        await open('#/library')
        await expect(page.getByTestId('library-row')).toHaveCount(4)
        await expect(page.getByRole('main')).toContainText(shown.textTitle.slice(0, 120))
      }],
      ['the reader and its annotations sidebar', async () => {
        await open(`#/documents/${documents.text}`)
        await expect(page.getByTestId('reader-text')).toContainText(`${literalLine(1)} ${literalPayload(1, xss.trap.url)}`)
        await expect(page.getByRole('complementary', { name: 'Annotations' })).toContainText(shown.sourceName.slice(0, 100))
      }],
      ['an annotation being edited: its tag choices and its claim form’s choices', async () => {
        const sidebar = page.getByRole('complementary', { name: 'Annotations' })
        await sidebar.getByText(shown.sourceName.slice(0, 60)).first().click()
        await sidebar.getByRole('combobox', { name: 'Tags' }).click()
        await expect(page.getByRole('option', { name: new RegExp(`^${XSS_MARK} tag`) }).first()).toBeVisible()
        await page.keyboard.press('Escape')
        await sidebar.getByRole('button', { name: 'Edit claim' }).click()
        await page.getByRole('dialog').getByRole('combobox', { name: 'Source', exact: true }).click()
        await expect(page.getByRole('option', { name: new RegExp(`^${XSS_MARK} rival source`) }).first()).toBeVisible()
      }],
      ['the removed text', async () => {
        await open(`#/documents/${documents.text}`)
        await page.getByRole('switch', { name: /Show removed text/ }).click()
        await expect(page.getByTestId('reader-text')).toContainText(`${literalLine(60)} ${literalPayload(60, xss.trap.url)}`)
      }],
      ['the reader with words to find', async () => {
        await open(`#/documents/${documents.text}?find=${encodeURIComponent('onerror,<script>')}`)
        await expect(page.getByTestId('reader-text').locator('mark[data-find]').first()).toBeVisible()
      }],
      ['the review queue of proposed claims, from every hostile document', async () => {
        await open('#/review')
        await page.getByRole('button', { name: /Analyse \d+ more documents?|Propose again for all/ }).click()
        await expect(page.getByText(/proposals? waiting in|Every proposal has been accepted/)).toBeVisible({ timeout: 20_000 })
        await page.keyboard.press('j')
      }],
      ['the saved web page', () => reader(documents.html, `Literal 2 ${XSS_MARK}: ${literalPayload(2, xss.trap.url)}`)],
      ['the Markdown file and its W3C-imported notes', () => reader(documents.markdown, `${XSS_MARK} w3c note`)],
      ['the project’s hostile.html', () => reader(documents.fixture, 'LEGIT-1')],
      ['the palette, empty', async () => {
        await open('#/library')
        await page.keyboard.press('Control+k')
        await expect(page.getByRole('textbox', { name: 'Search the library' })).toBeFocused()
      }],
      ['the palette’s results', async () => {
        await page.getByRole('textbox', { name: 'Search the library' }).fill(`${XSS_MARK} onerror`)
        await expect(page.locator('.mantine-Spotlight-action mark').first()).toBeVisible()
      }],
      ['the search page', async () => {
        await open(`#/search?q=${XSS_MARK}`)
        await expect(page.getByTestId('search-results')).toContainText('<img src=x onerror=__xss(2)>')
      }],
      ['the search page asked for a payload', async () => {
        await open(`#/search?q=${encodeURIComponent(literalPayload(2, xss.trap.url))}`)
        await expect(page.getByRole('textbox', { name: 'Search query' })).toHaveValue(literalPayload(2, xss.trap.url))
      }],
      ['the positions matrix and a cell’s evidence', async () => {
        await open('#/positions')
        // From the keyboard: with names this long the sticky column heads cover the cells.
        await page.getByRole('table', { name: 'Positions by issue and party' }).getByRole('button', { name: new RegExp(`^${XSS_MARK} party`) }).first().focus()
        await page.keyboard.press('Enter')
        await expect(page.getByRole('dialog')).toContainText(shown.quote)
      }],
      ['side by side', async () => {
        await open('#/positions?view=side-by-side')
        await expect(page.getByRole('main')).toContainText(shown.quote)
      }],
      ['coverage', async () => {
        await page.getByRole('tab', { name: 'Coverage' }).click()
        await expect(page.getByRole('table', { name: 'Coverage by outlet' })).toContainText(XSS_MARK)
      }],
      ['the timeline and a point’s tooltip', async () => {
        await page.getByRole('tab', { name: 'Timeline' }).click()
        await page.getByTestId('timeline').locator('.recharts-scatter-symbol').first().hover()
        await expect(page.getByTestId('timeline')).toContainText(XSS_MARK)
      }],
      ...(['sources', 'parties', 'issues', 'tags'] as const).map((registry): [string, () => Promise<void>] => [`the ${registry} page`, async () => {
        await open(`#/${registry}`)
        await expect(page.getByRole('main')).toContainText(`${XSS_MARK} `)
      }]),
      ['the report preview', async () => {
        await open('#/report')
        await expect(page.getByTestId('report-preview').getByText(literalPayload(1, xss.trap.url), { exact: false }).first()).toBeVisible({ timeout: 20_000 })
      }],
    ]
    for (const [view, show] of views) {
      await test.step(view, async () => {
        await show()
        await xss.expectClean(view)
      })
    }
    await test.step('a canary: markup made live in the report preview is caught', async () => {
      // Proves, in this very page, that the CSP is off and the detectors are wired: a clean run above means something.
      await page.getByTestId('report-preview').evaluate((host) => {
        const canary = document.createElement('div')
        canary.innerHTML = `<img src="data:," onerror="__xss('canary')">`
        host.shadowRoot!.append(canary)
      })
      await expect.poll(() => xss.traces.executed).toEqual(['canary'])
      expect(await liveMarkup(page, parley.origin)).toContainEqual(expect.stringContaining('handler onerror'))
    })
  } finally {
    await xss.close()
  }

})
