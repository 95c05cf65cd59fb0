import { join } from 'node:path'
import { test, expect } from './harness/fixtures'

test('claims in two documents fill the right matrix cell, and its evidence opens the passage', async ({ parley }) => {
  const { page, services } = parley
  const { handlers, store } = services
  const byFile = (name: string) => store.listDocuments().find((d) => d.original.name === name)!
  const wire = byFile('01-sochi-summit-wire.txt')
  const astana = byFile('05-astana-joint-statement.md')
  const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: ['Moscow'] })
  const opposition = await handlers.saveParty({ id: null, name: 'Syrian opposition', color: '#2f9e44', aliases: [] })
  const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: [russia.id], reliability: 'B' })
  const hariri = await handlers.saveSource({ id: null, name: 'Nasr al-Hariri', aliases: [], kind: 'person', partyIds: [opposition.id], reliability: 'C' })
  const congress = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
  const claimOn = async (documentId: string, phrase: string, sourceId: string, partyId: string, stance: 'supports' | 'wary', date: string) => {
    const { text } = await handlers.getDocument({ id: documentId })
    const start = text.indexOf(phrase)
    expect(start).toBeGreaterThanOrEqual(0)
    return handlers.createAnnotation({ documentId, kind: 'claim', start, end: start + phrase.length, color: '#228be6', note: '', tagIds: [], claim: { sourceId, partyIds: [partyId], issueId: congress.id, stance, reporting: 'direct-quote', statementDate: date, credibility: 2 } })
  }
  await claimOn(wire.id, 'We have agreed to support the holding of a congress', putin.id, russia.id, 'supports', '2017-11-22')
  await claimOn(astana.id, 'Russia, Iran and Turkey agreed', putin.id, russia.id, 'supports', '2017-12-22')
  await claimOn(wire.id, 'Opposition representatives', hariri.id, opposition.id, 'wary', '2017-11-22')

  await parley.open('#/positions')
  const matrix = page.getByRole('table', { name: 'Positions by issue and party' })
  const russiaCell = matrix.getByRole('button', { name: 'Russia on Sochi congress: supports, 2 claims' })
  await expect(russiaCell).toContainText('2 claims · 2 independent reports')
  await expect(russiaCell).toContainText('2017-11-22 – 2017-12-22')
  await expect(matrix.getByRole('button', { name: 'Syrian opposition on Sochi congress: wary, 1 claims' })).toContainText('Wary')
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.screenshot({ path: join('out', 'screenshots', `positions-${scheme}.png`) })
  }

  await russiaCell.click()
  const drawer = page.getByRole('dialog', { name: 'Russia on Sochi congress' })
  await expect(drawer.getByTestId('evidence-item')).toHaveCount(2)
  await expect(drawer.getByTestId('evidence-item').first()).toContainText('Gulf Observer')
  await drawer.getByText('“Russia, Iran and Turkey agreed”').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Astana sponsors set Sochi congress for late January')

  // Side by side: the two parties' statements in columns, in date order.
  await parley.open('#/positions?view=side-by-side')
  const russiaColumn = page.getByRole('region', { name: 'Russia statements' })
  await expect(russiaColumn.getByText(/^“/)).toHaveText(['“We have agreed to support the holding of a congress”', '“Russia, Iran and Turkey agreed”'])
  await expect(page.getByRole('region', { name: 'Syrian opposition statements' })).toContainText('Opposition representatives')
  await page.screenshot({ path: join('out', 'screenshots', 'positions-side-by-side.png') })

  // Coverage: which parties each outlet quotes, and whom it leaves out.
  await page.getByRole('tab', { name: 'Coverage' }).click()
  const coverage = page.getByRole('table', { name: 'Coverage by outlet' })
  await expect(coverage.getByRole('cell', { name: 'Gulf Observer, Syrian opposition: not quoted' })).toBeVisible()
  await expect(coverage.getByRole('cell', { name: 'Caspian Wire Service, Russia: supports' })).toBeVisible()
  expect(page.url()).toContain('view=coverage')

  // Timeline: Russia's statements as points over time; clicking one opens its passage.
  await page.getByRole('tab', { name: 'Timeline' }).click()
  const timeline = page.getByRole('figure', { name: "Russia's stance over time" })
  const points = timeline.locator('.recharts-scatter-symbol')
  await expect(points).toHaveCount(2)
  await page.screenshot({ path: join('out', 'screenshots', 'positions-timeline.png') })
  await points.last().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Astana sponsors set Sochi congress for late January')

  // Filters live in the URL: an outlet filter leaves one claim for Russia.
  await parley.open(`#/positions?outlet=${encodeURIComponent('Caspian Wire Service')}`)
  await expect(page.getByRole('button', { name: 'Russia on Sochi congress: supports, 1 claims' })).toBeVisible()
})

test('two outlets carrying one quote are linked as the same statement and counted as two reports', async ({ parley }) => {
  const { page, services } = parley
  const { handlers, store } = services
  const byFile = (name: string) => store.listDocuments().find((d) => d.original.name === name)!
  const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: [] })
  const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: ['Putin'], kind: 'person', partyIds: [russia.id], reliability: 'B' })
  const congress = await handlers.saveIssue({ id: null, title: 'Sochi congress', description: '' })
  const claimOn = async (file: string, phrase: string) => {
    const documentId = byFile(file).id
    const { text } = await handlers.getDocument({ id: documentId })
    const start = text.indexOf(phrase)
    expect(start).toBeGreaterThanOrEqual(0)
    return handlers.createAnnotation({ documentId, kind: 'claim', start, end: start + phrase.length, color: '#228be6', note: '', tagIds: [], claim: { sourceId: putin.id, partyIds: [russia.id], issueId: congress.id, stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 } })
  }
  await claimOn('01-sochi-summit-wire.txt', 'We have agreed to support the holding of a congress of national dialogue')
  await claimOn('02-broadcast-transcript.txt', 'We agreed to support the convening of a congress of national dialogue')

  await parley.open('#/positions')
  await page.getByRole('button', { name: 'Russia on Sochi congress: supports, 2 claims' }).click()
  const drawer = page.getByRole('dialog', { name: 'Russia on Sochi congress' })
  await expect(drawer.getByTestId('statement-reach')).toHaveText(['Carried by 1 independent outlet', 'Carried by 1 independent outlet'])
  await drawer.getByRole('button', { name: 'Same statement…' }).first().click()

  const modal = page.getByRole('dialog', { name: 'Same statement' })
  const suggestion = modal.getByTestId('statement-suggestion')
  await expect(suggestion).toHaveCount(1)
  await expect(suggestion).toContainText('% similar')
  await suggestion.getByRole('button', { name: 'Link as same statement' }).click()
  await expect(modal.getByTestId('statement-linked')).toHaveCount(1)
  await expect(modal.getByTestId('statement-summary')).toHaveText('Carried by 2 independent outlets · 2 linked claims')
  await page.screenshot({ path: join('out', 'screenshots', 'positions-same-statement.png') })
  // The evidence behind the modal follows the link.
  await expect(drawer.getByTestId('statement-reach')).toHaveText(['Carried by 2 independent outlets · 2 linked claims', 'Carried by 2 independent outlets · 2 linked claims'])

  await modal.getByTestId('statement-linked').getByRole('button', { name: 'Unlink' }).click()
  await expect(modal.getByTestId('statement-linked')).toHaveCount(0)
  await expect(modal.getByTestId('statement-suggestion')).toHaveCount(1)
  await expect(drawer.getByTestId('statement-reach')).toHaveText(['Carried by 1 independent outlet', 'Carried by 1 independent outlet'])
})

test('a matrix of many issues renders only the rows in view, and the last is reachable', async ({ parley }) => {
  const { page, services } = parley
  const { handlers, store } = services
  const wire = store.listDocuments().find((d) => d.original.name === '01-sochi-summit-wire.txt')!
  const russia = await handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: [] })
  const putin = await handlers.saveSource({ id: null, name: 'Vladimir Putin', aliases: [], kind: 'person', partyIds: [russia.id], reliability: 'B' })
  for (let i = 1; i <= 60; i++) {
    const issue = await handlers.saveIssue({ id: null, title: `Issue ${String(i).padStart(2, '0')}`, description: '' })
    await handlers.createAnnotation({ documentId: wire.id, kind: 'claim', start: i, end: i + 20, color: '#228be6', note: '', tagIds: [], claim: { sourceId: putin.id, partyIds: [russia.id], issueId: issue.id, stance: 'supports', reporting: 'direct-quote', statementDate: '2017-11-22', credibility: 2 } })
  }
  await parley.open('#/positions')
  const matrix = page.getByRole('table', { name: 'Positions by issue and party' })
  await expect(matrix.getByRole('rowheader', { name: 'Issue 01' })).toBeVisible()
  expect(await matrix.getByRole('rowheader').count()).toBeLessThan(30)
  await page.getByTestId('matrix-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight))
  await expect(matrix.getByRole('rowheader', { name: 'Issue 60' })).toBeVisible()
  await expect(matrix.getByRole('columnheader', { name: 'Russia' })).toBeVisible()
})
