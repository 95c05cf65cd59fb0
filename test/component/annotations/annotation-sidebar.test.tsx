import { describe, expect, it, vi } from 'vitest'
import { screen } from '@testing-library/react'
import { AnnotationSidebar } from '../../../renderer/src/features/annotations/AnnotationSidebar'
import type { RegistriesView } from '../../../shared/ipc/annotation-contract'
import type { Annotation } from '../../../shared/domain/annotation'
import { renderWithMantine } from '../render-with-mantine'

const registries: RegistriesView = { sources: [], parties: [], issues: [], tags: [], usage: { sources: {}, parties: {}, issues: {}, tags: {} } }
const handlers = { onSelect: vi.fn(), onChange: vi.fn(), onCreateTag: vi.fn(), onEditClaim: vi.fn(), onDelete: vi.fn() }

const highlight: Annotation = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'highlight',
  target: { documentId: 'd', textHash: 'a'.repeat(64), quote: { type: 'TextQuoteSelector', exact: 'the congress', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 12 } },
  color: '#fab005',
  note: '',
  tagIds: [],
  anchorStatus: 'anchored',
  createdAt: '2026-12-04T00:00:00.000Z',
  updatedAt: '2026-12-04T00:00:00.000Z',
}

describe('the annotation sidebar', () => {
  it('shows no filters and no "0 of 0" on a document without annotations, only how to start', () => {
    renderWithMantine(<AnnotationSidebar annotations={[]} registries={registries} selectedIds={[]} {...handlers} />)
    expect(screen.queryByRole('radiogroup', { name: 'Show' })).toBeNull()
    expect(screen.queryByLabelText('Filter by tag')).toBeNull()
    expect(screen.queryByText('0 of 0')).toBeNull()
    expect(screen.getByText(/press H to highlight, N for a note or C for a claim/)).toBeTruthy()
  })

  it('shows the count and the filters once there is an annotation', () => {
    renderWithMantine(<AnnotationSidebar annotations={[highlight]} registries={registries} selectedIds={[]} {...handlers} />)
    expect(screen.getByText('1 of 1')).toBeTruthy()
    expect(screen.getByRole('radiogroup', { name: 'Show' })).toBeTruthy()
  })
})
