import { describe, expect, it, vi } from 'vitest'
import userEvent from '@testing-library/user-event'
import { screen, within } from '@testing-library/react'
import { ReaderView } from '../../renderer/src/features/reader/ReaderView'
import type { ParleyDocument } from '../../shared/domain/document'
import { blocksFromText, composeText, type ContentBlock } from '../../shared/domain/content'
import type { DocumentView } from '../../shared/ipc/contract'
import { makeDocument } from './fixtures'
import { renderWithMantine } from './render-with-mantine'

const formatDate = (y: number, m: number, d: number): string =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))

const paragraphs = [
  'Negotiators met in Doha on Tuesday for a third round of talks.',
  'The mediator said progress was “slow but real”.\nA second line stays in the same paragraph.',
  'No date was set for the next round.',
]
const articleText = paragraphs.join('\n\n')

function article(overrides: Partial<ParleyDocument> = {}): ParleyDocument {
  return makeDocument({
    id: 'doha-talks',
    title: 'Ceasefire talks resume in Doha',
    outlet: 'The Levant Ledger',
    byline: 'Mira Haddad',
    publishedAt: '2017-11-22',
    language: 'en-GB',
    format: 'md',
    wordCount: 1234,
    original: { name: 'doha-talks.md', extension: 'md', sizeBytes: 2048 },
    ...overrides,
  })
}

function renderReader(document: ParleyDocument, text: string, { blocks, showRemoved = false, sameStory = [] }: { blocks?: ContentBlock[]; showRemoved?: boolean; sameStory?: DocumentView['sameStory'] } = {}) {
  const composed = composeText(blocks ?? blocksFromText(text))
  const view: DocumentView = { document, text: composed.text, blocks: composed.placed, sameStory }
  const handlers = { onShowRemovedChange: vi.fn(), onSetBlockRemoved: vi.fn(), onEditDetails: vi.fn(), onReplaceWithNewerVersion: vi.fn(), onReread: vi.fn(), onExportMarkdown: vi.fn() }
  return { ...renderWithMantine(<ReaderView view={view} annotations={[]} onSelectAnnotations={vi.fn()} showRemoved={showRemoved} {...handlers} />), ...handlers }
}

const renderedParagraphs = (): HTMLParagraphElement[] => Array.from(screen.getByTestId('reader-text').querySelectorAll('p'))

describe('ReaderView', () => {
  it('shows the title as the page heading, labelling the article', () => {
    renderReader(article(), articleText)
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).toBe('Ceasefire talks resume in Doha')
    expect(screen.getByRole('article', { name: 'Ceasefire talks resume in Doha' }).getAttribute('lang')).toBe('en-GB')
  })

  it('shows outlet, byline and date on one metadata line', () => {
    renderReader(article(), articleText)
    expect(screen.getByTestId('reader-metadata').textContent).toBe(`The Levant Ledger · By Mira Haddad · ${formatDate(2017, 11, 22)}`)
  })

  it('leaves out the facts it does not have', () => {
    renderReader(article({ byline: null, publishedAt: '2024-03-05T08:00:00Z' }), articleText)
    expect(screen.getByTestId('reader-metadata').textContent).toBe(`The Levant Ledger · ${formatDate(2024, 3, 5)}`)
  })

  it('says so when no outlet, author or date is recorded', () => {
    renderReader(article({ outlet: null, byline: null, publishedAt: null }), articleText)
    expect(screen.getByTestId('reader-metadata').textContent).toBe('No outlet, author or date recordedAdd the publication date')
  })

  it('puts the date one click away when the document has none, and only then', () => {
    const { onEditDetails, unmount } = renderReader(article({ publishedAt: null }), articleText)
    screen.getByRole('button', { name: 'Add the publication date' }).click()
    expect(onEditDetails).toHaveBeenCalledOnce()
    unmount()
    renderReader(article(), articleText)
    expect(screen.queryByRole('button', { name: 'Add the publication date' })).toBeNull()
  })

  it('shows word count, format and language as badges, and where it was imported from', () => {
    renderReader(article(), articleText)
    expect(screen.getByText(`${(1234).toLocaleString()} words`)).toBeTruthy()
    expect(screen.getByText('Markdown')).toBeTruthy()
    expect(screen.getByText('en-GB')).toBeTruthy()
    expect(screen.getByText(/from doha-talks\.md$/)).toBeTruthy()
  })

  it('renders one <p> per paragraph, carrying its offsets in the text', () => {
    renderReader(article(), articleText)
    const rendered = renderedParagraphs()
    expect(rendered).toHaveLength(3)

    let expectedStart = 0
    rendered.forEach((p, index) => {
      const expectedEnd = expectedStart + paragraphs[index]!.length
      expect(p.textContent).toBe(paragraphs[index])
      expect(p.dataset.start).toBe(String(expectedStart))
      expect(p.dataset.end).toBe(String(expectedEnd))
      // The offsets address the paragraph within the full text, for anchoring annotations.
      expect(articleText.slice(Number(p.dataset.start), Number(p.dataset.end))).toBe(p.textContent)
      expectedStart = expectedEnd + 2
    })
    expect(rendered.map((p) => [p.dataset.start, p.dataset.end])).toEqual([
      ['0', '62'],
      ['64', '154'],
      ['156', '191'],
    ])
  })

  it('shows a transcript speaker as a label beside the spoken words, outside the anchored text', () => {
    const blocks: ContentBlock[] = [
      { kind: 'paragraph', text: 'The Russian leader spoke after the talks.', page: null, removed: null },
      { kind: 'speech', text: 'We agreed to support the convening of a congress.', page: null, removed: null, speaker: { name: 'Vladimir Putin', role: 'Russian President' } },
      { kind: 'speech', text: 'We will not take part.', page: null, removed: null, speaker: { name: 'Nasr al-Hariri', role: null } },
    ]
    const { text } = composeText(blocks)
    renderReader(article(), text, { blocks })
    const label = screen.getByLabelText('Spoken by Vladimir Putin, Russian President')
    expect(label.textContent).toBe('Vladimir PutinRussian President')
    expect(screen.getByLabelText('Spoken by Nasr al-Hariri').textContent).toBe('Nasr al-Hariri')
    const spoken = renderedParagraphs()[1]!
    expect(spoken.textContent).toBe('We agreed to support the convening of a congress.')
    expect(text.slice(Number(spoken.dataset.start), Number(spoken.dataset.end))).toBe(spoken.textContent)
    // The label sits beside the words, never inside the element that carries text offsets.
    expect(label.closest('[data-start]')).toBeNull()
    expect(label.parentElement).toBe(spoken.parentElement)
  })

  it('shows HTML in the text, title and metadata literally, creating no elements from it', () => {
    const hostileTitle = 'Statement <script>window.__titleRan = true</script>'
    const hostileParagraph = 'Quoted markup: <img src=x onerror=alert(1)> and <script>window.__textRan = true</script>'
    const hostileOutlet = '<b>Bold Outlet</b>'
    const { container } = renderReader(article({ title: hostileTitle, outlet: hostileOutlet, byline: '<a href="https://evil.example">x</a>' }), `${hostileParagraph}\n\nSecond paragraph.`)

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(hostileTitle)
    expect(renderedParagraphs()[0]!.textContent).toBe(hostileParagraph)
    expect(screen.getByTestId('reader-metadata').textContent).toContain('<b>Bold Outlet</b> · By <a href="https://evil.example">x</a>')

    const article_ = screen.getByRole('article')
    expect(article_.querySelector('img')).toBeNull()
    expect(article_.querySelector('script')).toBeNull()
    expect(article_.querySelector('b')).toBeNull()
    expect(article_.querySelector('a')).toBeNull()
    expect(container.querySelector('img, script')).toBeNull()
    expect((window as unknown as Record<string, unknown>).__titleRan).toBeUndefined()
    expect((window as unknown as Record<string, unknown>).__textRan).toBeUndefined()
  })

  it('keeps a heading and renders no paragraphs for empty text', () => {
    renderReader(article(), '')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ceasefire talks resume in Doha')
    expect(within(screen.getByTestId('reader-text')).queryAllByText(/./)).toHaveLength(0)
    expect(renderedParagraphs()).toHaveLength(0)
  })
})

const block = (text: string, kind: ContentBlock['kind'] = 'paragraph', removed: ContentBlock['removed'] = null, page: number | null = null): ContentBlock => ({ kind, text, page, removed })

describe('ReaderView blocks', () => {
  const structured = [
    block('Geneva remains the venue', 'heading'),
    block('The envoy said the talks would resume.'),
    block('“We missed a golden opportunity.”', 'quote'),
    block('First point', 'list-item'),
    block('Second point', 'list-item'),
    block('Subscribe now', 'paragraph', { reason: 'paywall', by: 'importer' }),
  ]

  it('renders headings, quotes and lists as such, each with its offsets', () => {
    renderReader(article(), '', { blocks: structured })
    const text = screen.getByTestId('reader-text')
    expect(within(text).getByRole('heading', { level: 2 }).textContent).toBe('Geneva remains the venue')
    expect(text.querySelector('blockquote')?.textContent).toContain('golden opportunity')
    expect(within(text).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['First point', 'Second point'])
    const composed = composeText(structured).text
    for (const element of Array.from(text.querySelectorAll<HTMLElement>('[data-start]'))) {
      expect(composed.slice(Number(element.dataset.start), Number(element.dataset.end))).toBe(element.textContent)
    }
  })

  it('hides removed text until asked, then shows it with its reason and a Restore button', async () => {
    const user = userEvent.setup()
    const hidden = renderReader(article(), '', { blocks: structured })
    expect(screen.queryByText('Subscribe now')).toBeNull()
    await user.click(screen.getByRole('switch', { name: 'Show removed text (1)' }))
    expect(hidden.onShowRemovedChange).toHaveBeenCalledWith(true)
    hidden.unmount()

    const shown = renderReader(article(), '', { blocks: structured, showRemoved: true })
    expect(screen.getByText('Subscribe now')).toBeTruthy()
    expect(screen.getByText('Removed: paywall')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Restore' }))
    expect(shown.onSetBlockRemoved).toHaveBeenCalledWith(5, false)
  })

  it('lets the analyst mark any kept block as boilerplate', async () => {
    const user = userEvent.setup()
    const { onSetBlockRemoved } = renderReader(article(), '', { blocks: structured })
    const buttons = screen.getAllByRole('button', { name: 'Mark as boilerplate' })
    expect(buttons).toHaveLength(5)
    await user.click(buttons[1]!)
    expect(onSetBlockRemoved).toHaveBeenCalledWith(1, true)
  })

  it('has no removed-text switch when nothing was removed', () => {
    renderReader(article(), articleText)
    expect(screen.queryByRole('switch')).toBeNull()
  })

  it('names the other documents that carry the same story, as links', () => {
    renderReader(article(), articleText, { sameStory: [{ id: 'reprint', title: 'Leaders back congress', outlet: 'Northbridge Post' }] })
    const note = screen.getByTestId('same-story')
    expect(note.textContent).toContain('Same story as “Leaders back congress” (Northbridge Post)')
    expect(within(note).getByRole('link').getAttribute('href')).toBe('#/documents/reprint')
  })

  it('marks page changes in a PDF, so a citation can give the page', () => {
    renderReader(article({ format: 'pdf' }), '', { blocks: [block('Page one text.', 'paragraph', null, 1), block('More on one.', 'paragraph', null, 1), block('Page two text.', 'paragraph', null, 2)] })
    expect(screen.getAllByLabelText(/^Page \d$/).map((marker) => marker.textContent)).toEqual(['p. 1', 'p. 2'])
  })

  it('opens the details editor', async () => {
    const user = userEvent.setup()
    const { onEditDetails } = renderReader(article(), articleText)
    await user.click(screen.getByRole('button', { name: 'Edit details' }))
    expect(onEditDetails).toHaveBeenCalled()
  })
})
