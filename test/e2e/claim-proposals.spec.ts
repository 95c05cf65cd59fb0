import { join } from 'node:path'
import { test, expect, sampleLibraryDir } from './harness/fixtures'

const screenshotDir = join('out', 'screenshots')

test.describe('with the sample analysis', () => {
  test.use({ seedSampleAnalysis: true })

  test('the reader underlines proposed claims with their speaker; accepting one makes a claim, undo brings the proposal back', async ({ parley }) => {
    const { page, services } = parley
    const article = services.store.listDocuments().find((d) => d.original.name.includes('turkey'))!
    await parley.open(`#/documents/${article.id}`)
    await expect(page.getByTestId('proposals-bar')).toContainText(/Show \d+ proposed claims?/)
    const before = Number((await page.getByTestId('proposals-bar').textContent())!.match(/Show (\d+)/)![1])
    // The speaker is drawn beside the words, not inserted into the text.
    const cavusoglu = page.locator('[data-speaker="Mevlut Cavusoglu"]').filter({ hasText: 'position had been made clear' })
    await expect(cavusoglu).toBeVisible()
    await expect(page.getByTestId('reader-text')).not.toContainText('Mevlut CavusogluTurkey')
    await cavusoglu.click()
    const card = page.locator('[data-proposal-card]')
    await expect(card).toContainText('Mevlut Cavusoglu')
    await expect(card).toContainText('For: Turkey')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(screenshotDir, `reader-proposals-${scheme}.png`) })
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await card.getByRole('button', { name: 'Accept' }).click()
    // (The transcript's acceptance may still be on screen: the newest notice is this one.)
    await expect(page.getByText('1 claim accepted').last()).toBeVisible()
    await expect(page.getByTestId('proposals-bar')).toContainText(`Show ${before - 1} proposed claim`)
    const claims = (await services.store.annotations.list(article.id)).filter((a) => a.kind === 'claim')
    const made = claims.find((c) => c.target.quote.exact.includes('position had been made clear'))
    expect(made?.kind === 'claim' && services.store.data.sources.find((s) => s.id === made.sourceId)?.name).toBe('Mevlut Cavusoglu')
    await page.keyboard.press('Control+z')
    await expect(page.getByTestId('proposals-bar')).toContainText(`Show ${before} proposed claims`)
  })

  test('edit before accepting: every field is in the claim form, a proposed new source is one click', async ({ parley }) => {
    const { page, services } = parley
    const article = services.store.listDocuments().find((d) => d.original.name.includes('turkey'))!
    await parley.open(`#/documents/${article.id}`)
    await page.locator('[data-speaker="Dmitry Peskov"]').first().click()
    const card = page.locator('[data-proposal-card]')
    await expect(card).toContainText('Dmitry Peskov (new)')
    await card.getByRole('button', { name: 'Edit…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Accept proposed claim' })
    await dialog.getByRole('button', { name: /Add “Dmitry Peskov/ }).click()
    await dialog.getByLabel('Speaks for').click()
    await page.getByRole('option', { name: 'Russia' }).click()
    await dialog.getByRole('button', { name: /Save/ }).click()
    await expect(dialog).toBeHidden()
    expect(services.store.data.sources.some((s) => s.name === 'Dmitry Peskov')).toBe(true)
    const claims = (await services.store.annotations.list(article.id)).filter((a) => a.kind === 'claim')
    expect(claims.some((c) => c.target.quote.exact.startsWith('that Moscow understood') || c.target.quote.exact.startsWith('Moscow understood'))).toBe(true)
  })

  test('the review queue: analyse, dismiss and undo from the keyboard, accept all from a speaker', async ({ parley }) => {
    const { page, services } = parley
    await parley.open('#/review')
    await expect(page.getByText('No document has been analysed yet')).toBeVisible()
    await page.getByRole('button', { name: /Analyse 5 more documents/ }).click()
    await expect(page.getByTestId('review-queue')).toBeVisible()
    const waiting = async () => Number((await page.getByText(/proposals? waiting in/).textContent())!.match(/(\d+) proposals?/)![1])
    const total = await waiting()
    expect(total).toBeGreaterThan(10)
    await page.keyboard.press('j')
    await page.keyboard.press('d')
    await expect(page.getByText(`${total - 1} proposals waiting`)).toBeVisible()
    await page.keyboard.press('Control+z')
    await expect(page.getByText(`${total} proposals waiting`)).toBeVisible()
    await page.locator('label', { hasText: 'By speaker' }).click()
    const group = page.locator('[data-queue-group="Staffan de Mistura"]')
    await expect(group).toBeVisible()
    const inGroup = Number((await group.textContent())!.match(/\((\d+)\)/)![1])
    await group.getByRole('button', { name: 'Accept all from this speaker' }).click()
    await expect(page.getByText(new RegExp(`^${inGroup} claims? accepted$`))).toBeVisible()
    const deMistura = services.store.data.sources.find((s) => s.name === 'Staffan de Mistura')!
    const all = [...(await services.store.annotations.loadAll()).values()].flat()
    const accepted = all.filter((a) => a.kind === 'claim' && a.sourceId === deMistura.id && a.createdAt > '2020')
    expect(accepted.length).toBeGreaterThanOrEqual(inGroup)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(screenshotDir, `review-queue-${scheme}.png`) })
    }
  })
})

test.describe('a long queue', () => {
  test.use({ seedSamples: false })

test('a queue of 600 proposals stays virtualised and follows the keyboard', async ({ parley }) => {
  const { page, services } = parley
  const speakers = ['Amira Haddad', 'Lev Petrov', 'Selin Kaya', 'Omar Nasser', 'Hana Sato', 'Ivan Orlov']
  for (let file = 0; file < 3; file++) {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `“Statement ${file * 200 + i} on the Geneva talks stands as it was given,” said ${speakers[i % speakers.length]}.`)
    const text = `Delegates speak at length\n\n${paragraphs.join('\n\n')}\n`
    await services.handlers.importDroppedFile({ name: `statements-${file}.txt`, dataBase64: Buffer.from(text).toString('base64') })
  }
  await parley.open('#/review')
  await expect(page.getByText(/not analysed yet|proposals? waiting/)).toBeVisible()
  const analyse = page.getByRole('button', { name: /Analyse \d+ more documents?/ })
  if (await analyse.isVisible()) await analyse.click()
  await expect(page.getByText(/^600 proposals waiting in 3 documents/)).toBeVisible()
  const queue = page.getByTestId('review-queue')
  for (let i = 0; i < 40; i++) await page.keyboard.press('j')
  await expect(queue.locator('[data-proposal-card]')).toBeVisible()
  // Only the rows near the view are in the page, however long the queue.
  expect(await queue.locator('[data-queue-proposal]').count()).toBeLessThan(60)
  const current = await queue.locator('[data-proposal-card]').textContent()
  await page.keyboard.press('k')
  await expect(queue.locator('[data-proposal-card]')).not.toHaveText(current!)
  // No party or issue yet: A opens the form rather than accepting half a claim.
  await page.keyboard.press('a')
  await expect(page.getByRole('dialog', { name: 'Accept proposed claim' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('d')
  await expect(page.getByText(/^599 proposals waiting/)).toBeVisible()
})
})

test.describe('a new analyst', () => {
  test.use({ seedSamples: false })

  test('imports a wire story and a transcript; the proposals have the right speakers, and accepting them fills the right matrix cells', async ({ parley }) => {
    const { page, services } = parley
    // The analyst's own registries: two parties and an issue with its keywords.
    await services.handlers.saveParty({ id: null, name: 'Russia', color: '#c92a2a', aliases: ['Moscow', 'Kremlin'] })
    await services.handlers.saveParty({ id: null, name: 'Syrian opposition', color: '#2f9e44', aliases: ['HNC'] })
    await services.handlers.saveIssue({ id: null, title: 'Sochi congress', description: '', keywords: ['Sochi', 'congress', 'national dialogue'] })
    await parley.open()
    parley.setDialogFiles([join(sampleLibraryDir, '01-sochi-summit-wire.txt'), join(sampleLibraryDir, '02-broadcast-transcript.txt')])
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    await page.getByRole('menuitem', { name: 'Files…' }).click()
    const report = page.getByRole('dialog', { name: 'Import results' })
    await expect(report).toContainText('2 imported')
    await page.keyboard.press('Escape')
    await expect(report).toBeHidden()

    const transcript = services.store.listDocuments().find((d) => d.original.name.includes('transcript'))!
    await parley.open(`#/documents/${transcript.id}`)
    for (const speaker of ['Vladimir Putin', 'Nasr al-Hariri', 'Staffan de Mistura']) await expect(page.getByLabel(`Spoken by ${speaker}`, { exact: false })).toBeVisible()
    // The speech blocks are proposals too, underlined without a second speaker label.
    const putinSpeech = page.locator('[data-speech-block]').filter({ has: page.getByLabel(/^Spoken by Vladimir Putin/) }).locator('[data-proposal-keys]').first()
    await expect(putinSpeech).not.toHaveAttribute('data-speaker')
    await putinSpeech.click()
    const card = page.locator('[data-proposal-card]')
    await expect(card).toContainText('Transcript speech')
    await expect(card).toContainText('Vladimir Putin (new)')
    await expect(card).toContainText('For: Russia')
    await expect(card).toContainText('Issue: Sochi congress')
    await expect(card).toContainText('Supports')
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(screenshotDir, `new-analyst-transcript-${scheme}.png`) })
    }
    await page.emulateMedia({ colorScheme: 'light' })
    await card.getByRole('button', { name: 'Accept' }).click()
    await expect(page.getByText('1 new source added to the registry.', { exact: false })).toBeVisible()

    const wire = services.store.listDocuments().find((d) => d.original.name.includes('wire'))!
    await parley.open(`#/documents/${wire.id}`)
    const quote = page.locator('[data-speaker="Vladimir Putin"]').filter({ hasText: 'We have agreed to support' })
    await quote.click()
    await expect(card).toContainText('Source: Vladimir Putin ·')
    await card.getByRole('button', { name: 'Accept' }).click()
    // (The transcript's acceptance may still be on screen: the newest notice is this one.)
    await expect(page.getByText('1 claim accepted').last()).toBeVisible()
    await page.screenshot({ path: join(screenshotDir, 'new-analyst-wire-light.png') })
    // Where the words leave a stance open, Putin's accepted claims on the issue now settle it, and the card says so.
    const led = (await services.handlers.listDocumentProposals({ documentId: wire.id })).proposals.find((p) => p.stanceRecord)
    expect(led).toBeDefined()
    await page.locator(`[data-proposal-keys~="${led!.key}"]`).first().click()
    await expect(card.locator(`[data-stance-from="${led!.stanceRecord!.by}-record"]`)).toHaveText(new RegExp(`· ${led!.stanceRecord!.by}'s record`))
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(screenshotDir, `new-analyst-stance-record-${scheme}.png`) })
    }
    await page.emulateMedia({ colorScheme: 'light' })

    await parley.open('#/positions')
    const matrix = page.getByRole('table', { name: 'Positions by issue and party' })
    await expect(matrix.getByRole('button', { name: 'Russia on Sochi congress: supports, 2 claims' })).toBeVisible()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(screenshotDir, `new-analyst-matrix-${scheme}.png`) })
    }
  })
})
