import { describe, expect, it, vi } from 'vitest'
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LibraryTable } from '../../renderer/src/features/library/LibraryTable'
import type { SortKey, SortState } from '../../renderer/src/features/library/sort-documents'
import type { ParleyDocument } from '../../shared/domain/document'
import { makeDocument, makeManyDocuments } from './fixtures'
import { renderWithMantine } from './render-with-mantine'
import { stubLibraryViewport } from './viewport'

const ROW_HEIGHT = 44
const VIEWPORT_HEIGHT = 440

const formatDate = (y: number, m: number, d: number): string =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))

function threeDocuments(): ParleyDocument[] {
  return [
    makeDocument({
      id: 'ceasefire-doha',
      title: 'Ceasefire talks resume in Doha',
      outlet: 'The Levant Ledger',
      byline: 'Mira Haddad',
      publishedAt: '2017-11-22',
      wordCount: 12345,
    }),
    makeDocument({
      id: 'sanctions relief/2024 #2',
      title: 'Sanctions relief on the table',
      outlet: null,
      publishedAt: null,
      wordCount: 987,
    }),
    makeDocument({
      id: 'border-notes',
      title: 'Notes from the border crossing',
      outlet: 'Gulf Monitor',
      publishedAt: '2024-03-05T08:00:00Z',
      wordCount: 0,
    }),
  ]
}

function renderTable(documents: readonly ParleyDocument[], sort: SortState = { key: 'title', direction: 'asc' }, onSortChange = vi.fn<(key: SortKey) => void>()) {
  const result = renderWithMantine(<LibraryTable documents={documents} sort={sort} onSortChange={onSortChange} />)
  return { ...result, onSortChange }
}

const rowTitles = (): string[] => screen.queryAllByTestId('library-row').map((row) => within(row).getByRole('link').textContent ?? '')

describe('LibraryTable in a zero-height container (happy-dom does no layout)', () => {
  // Documents why the other tests stub the viewport: the virtualiser sizes its window from the
  // scroll element's clientHeight, which happy-dom reports as 0, and then renders no row at all.
  it('renders no rows when the scroll container has no height', () => {
    renderTable(threeDocuments())
    expect(screen.getByTestId('library-scroll').clientHeight).toBe(0)
    expect(screen.queryAllByTestId('library-row')).toHaveLength(0)
    // The header is not virtualised and is still there.
    expect(screen.getByRole('button', { name: 'Sort by title' })).toBeTruthy()
  })
})

describe('LibraryTable', () => {
  stubLibraryViewport(VIEWPORT_HEIGHT)

  it('renders one row per document, in the order given', () => {
    const documents = threeDocuments()
    renderTable(documents)
    expect(screen.getAllByTestId('library-row')).toHaveLength(3)
    expect(rowTitles()).toEqual(documents.map((d) => d.title))
  })

  it('numbers rows for assistive technology, counting the header row', () => {
    renderTable(threeDocuments())
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('4')
    expect(screen.getAllByTestId('library-row').map((row) => row.getAttribute('aria-rowindex'))).toEqual(['2', '3', '4'])
  })

  it('links each title to its reader route, encoding the id', () => {
    renderTable(threeDocuments())
    expect(screen.getByRole('link', { name: 'Ceasefire talks resume in Doha' }).getAttribute('href')).toBe('#/documents/ceasefire-doha')
    expect(screen.getByRole('link', { name: 'Notes from the border crossing' }).getAttribute('href')).toBe('#/documents/border-notes')
    expect(screen.getByRole('link', { name: 'Sanctions relief on the table' }).getAttribute('href')).toBe(
      '#/documents/sanctions%20relief%2F2024%20%232',
    )
  })

  it('shows outlet, formatted date and formatted word count in each row', () => {
    renderTable(threeDocuments())
    const [ceasefire, sanctions, border] = screen.getAllByTestId('library-row').map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
    expect(ceasefire).toEqual(['Ceasefire talks resume in Doha', 'The Levant Ledger', formatDate(2017, 11, 22), (12345).toLocaleString()])
    expect(sanctions).toEqual(['Sanctions relief on the table', '—', '—', '987'])
    // A full timestamp is shown as its calendar date.
    expect(border).toEqual(['Notes from the border crossing', 'Gulf Monitor', formatDate(2024, 3, 5), '0'])
  })

  it('groups thousands in word counts rather than printing the raw number', () => {
    renderTable(threeDocuments())
    const words = within(screen.getAllByTestId('library-row')[0]!).getAllByRole('cell')[3]!
    expect(words.textContent).toBe(new Intl.NumberFormat().format(12345))
    expect(words.textContent).not.toBe('12345')
  })

  it.each<[string, SortKey]>([
    ['Sort by title', 'title'],
    ['Sort by outlet', 'outlet'],
    ['Sort by date', 'publishedAt'],
    ['Sort by words', 'wordCount'],
  ])('clicking "%s" asks for a sort by %s', async (label, key) => {
    const user = userEvent.setup()
    const { onSortChange } = renderTable(threeDocuments())
    await user.click(screen.getByRole('button', { name: label }))
    expect(onSortChange).toHaveBeenCalledTimes(1)
    expect(onSortChange).toHaveBeenCalledWith(key)
  })

  it('marks only the sorted column with aria-sort, ascending or descending', () => {
    const headerSort = (): Record<string, string | null> =>
      Object.fromEntries(
        ['title', 'outlet', 'date', 'words'].map((name) => [
          name,
          screen.getByRole('button', { name: `Sort by ${name}` }).closest('th')!.getAttribute('aria-sort'),
        ]),
      )
    const documents = threeDocuments()
    const { rerender } = renderTable(documents, { key: 'wordCount', direction: 'asc' })
    expect(headerSort()).toEqual({ title: 'none', outlet: 'none', date: 'none', words: 'ascending' })

    rerender(<LibraryTable documents={documents} sort={{ key: 'publishedAt', direction: 'desc' }} onSortChange={() => {}} />)
    expect(headerSort()).toEqual({ title: 'none', outlet: 'none', date: 'descending', words: 'none' })
  })

  it('exposes the sorted state on the column header role', () => {
    renderTable(threeDocuments(), { key: 'outlet', direction: 'desc' })
    const headers = screen.getAllByRole('columnheader')
    expect(headers).toHaveLength(4)
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual(['none', 'descending', 'none', 'none'])
  })
})

describe('LibraryTable virtualisation', () => {
  stubLibraryViewport(VIEWPORT_HEIGHT)

  it('keeps far fewer than 5,000 rows in the DOM for 5,000 documents', () => {
    const documents = makeManyDocuments(5000)
    renderTable(documents, { key: 'wordCount', direction: 'asc' })
    const rows = screen.getAllByTestId('library-row')
    // A 440px viewport holds 10 rows of 44px; the rest is overscan.
    expect(rows.length).toBeGreaterThanOrEqual(VIEWPORT_HEIGHT / ROW_HEIGHT)
    expect(rows.length).toBeLessThan(50)
    expect(rowTitles()[0]).toBe('Bulk article 0')
    // The table still announces all rows, and a spacer keeps the scroll height of all 5,000.
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('5001')
    const spacer = screen.getByTestId('library-scroll').querySelector<HTMLTableRowElement>('tbody > tr[aria-hidden="true"]:last-child')
    expect(spacer).not.toBeNull()
    expect(parseFloat(spacer!.style.height)).toBe((5000 - rows.length) * ROW_HEIGHT)
  })

  it('renders the rows around the scroll position after scrolling', () => {
    const documents = makeManyDocuments(5000)
    renderTable(documents, { key: 'wordCount', direction: 'asc' })
    const scroller = screen.getByTestId('library-scroll')
    act(() => {
      scroller.scrollTop = 2000 * ROW_HEIGHT
      fireEvent.scroll(scroller)
    })
    const titles = rowTitles()
    expect(titles.length).toBeLessThan(50)
    expect(titles).toContain('Bulk article 2000')
    expect(titles).not.toContain('Bulk article 0')
    const indexes = screen.getAllByTestId('library-row').map((row) => Number(row.getAttribute('aria-rowindex')))
    expect(indexes).toContain(2002)
  })
})
