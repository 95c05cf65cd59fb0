import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { ReaderView } from '../../renderer/src/features/reader/ReaderView'
import type { ParleyDocument } from '../../shared/domain/document'
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

const renderedParagraphs = (): HTMLParagraphElement[] => Array.from(screen.getByTestId('reader-text').querySelectorAll('p'))

describe('ReaderView', () => {
  it('shows the title as the page heading, labelling the article', () => {
    renderWithMantine(<ReaderView document={article()} text={articleText} />)
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading.textContent).toBe('Ceasefire talks resume in Doha')
    expect(screen.getByRole('article', { name: 'Ceasefire talks resume in Doha' }).getAttribute('lang')).toBe('en-GB')
  })

  it('shows outlet, byline and date on one metadata line', () => {
    renderWithMantine(<ReaderView document={article()} text={articleText} />)
    expect(screen.getByTestId('reader-metadata').textContent).toBe(`The Levant Ledger · By Mira Haddad · ${formatDate(2017, 11, 22)}`)
  })

  it('leaves out the facts it does not have', () => {
    renderWithMantine(<ReaderView document={article({ byline: null, publishedAt: '2024-03-05T08:00:00Z' })} text={articleText} />)
    expect(screen.getByTestId('reader-metadata').textContent).toBe(`The Levant Ledger · ${formatDate(2024, 3, 5)}`)
  })

  it('says so when no outlet, author or date is recorded', () => {
    renderWithMantine(<ReaderView document={article({ outlet: null, byline: null, publishedAt: null })} text={articleText} />)
    expect(screen.getByTestId('reader-metadata').textContent).toBe('No outlet, author or date recorded')
  })

  it('shows word count, format and language as badges, and where it was imported from', () => {
    renderWithMantine(<ReaderView document={article()} text={articleText} />)
    expect(screen.getByText(`${(1234).toLocaleString()} words`)).toBeTruthy()
    expect(screen.getByText('Markdown')).toBeTruthy()
    expect(screen.getByText('en-GB')).toBeTruthy()
    expect(screen.getByText(/from doha-talks\.md$/)).toBeTruthy()
  })

  it('renders one <p> per paragraph, carrying its offsets in the text', () => {
    renderWithMantine(<ReaderView document={article()} text={articleText} />)
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

  it('shows HTML in the text, title and metadata literally, creating no elements from it', () => {
    const hostileTitle = 'Statement <script>window.__titleRan = true</script>'
    const hostileParagraph = 'Quoted markup: <img src=x onerror=alert(1)> and <script>window.__textRan = true</script>'
    const hostileOutlet = '<b>Bold Outlet</b>'
    const { container } = renderWithMantine(
      <ReaderView document={article({ title: hostileTitle, outlet: hostileOutlet, byline: '<a href="https://evil.example">x</a>' })} text={`${hostileParagraph}\n\nSecond paragraph.`} />,
    )

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
    renderWithMantine(<ReaderView document={article()} text="" />)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ceasefire talks resume in Doha')
    expect(within(screen.getByTestId('reader-text')).queryAllByText(/./)).toHaveLength(0)
    expect(renderedParagraphs()).toHaveLength(0)
  })
})
