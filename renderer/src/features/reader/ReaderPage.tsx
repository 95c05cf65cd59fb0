import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useHotkeys } from '@mantine/hooks'
import { findMatchRanges } from '../../../../shared/text/find-matches'
import { FindBar } from './FindBar'
import { Anchor, Box, Group, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { DocumentDetailsInput } from '../../../../shared/ipc/contract'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { BackIcon } from '../../components/icons'
import { hrefFor } from '../../app/use-hash-route'
import { announceLibraryChange } from '../../app/library-changes'
import { callParley, toParleyIpcError } from '../../ipc/parley-client'
import { useRegistries } from '../registries/use-registries'
import { changeRegistry } from '../registries/registry-actions'
import { useAnnotations } from '../annotations/use-annotations'
import { useAnnotationActions } from '../annotations/use-annotation-actions'
import { useClaimFormActions } from '../annotations/use-claim-form-actions'
import { useTextSelection } from '../annotations/use-text-selection'
import { SelectionToolbar } from '../annotations/SelectionToolbar'
import { AnnotationSidebar } from '../annotations/AnnotationSidebar'
import { ClaimDialog, type ClaimTarget } from '../annotations/ClaimDialog'
import { flashAnnotation } from '../annotations/flash-annotation'
import { DEFAULT_HIGHLIGHT, partyPalette } from '../annotations/colors'
import { useDocument } from './use-document'
import { ReaderView } from './ReaderView'
import { DocumentDetailsModal } from './DocumentDetailsModal'
import { RereadModal } from './RereadModal'
import { useReread } from './use-reread'
import { offerNewClaim } from '../../app/selection-command'
import { useAnnotationTransfer } from '../annotations/use-annotation-transfer'
import { useReaderProposals } from '../proposals/use-reader-proposals'
import { ProposalsBar } from '../proposals/ProposalsBar'
import { ProposalCard } from '../proposals/ProposalCard'

/** The reader: the article, its annotations beside it, and the tools to make more. */
export interface ReaderPageProps {
  documentId: string
  /** Words to highlight, from a search. */
  find?: string[]
  /** An annotation to select and show, from a search. */
  annotationId?: string
  onDocumentChanged: () => void
}

export function ReaderPage({ documentId, find, annotationId, onDocumentChanged }: ReaderPageProps): React.JSX.Element {
  const query = useDocument(documentId)
  const transfer = useAnnotationTransfer()
  const annotations = useAnnotations(documentId)
  const registries = useRegistries()
  const actions = useAnnotationActions(documentId)
  const claimFormActions = useClaimFormActions(registries.data)
  const textRef = useRef<HTMLDivElement>(null)
  const [selectedIds, setSelectedIds] = useState<string[]>([])
  const [claimTarget, setClaimTarget] = useState<ClaimTarget | null>(null)
  const proposals = useReaderProposals(documentId, registries.data, (target) => setClaimTarget(target))
  const [showRemoved, setShowRemoved] = useState(false)
  const [editing, setEditing] = useState(false)
  const [findTerms, setFindTerms] = useState(find ?? [])
  const findRanges = useMemo(() => findMatchRanges(query.data?.text ?? '', findTerms), [query.data?.text, findTerms])
  const [currentFind, setCurrentFind] = useState(0)
  const [selection, clearSelection] = useTextSelection(textRef, query.data?.text ?? '', [annotations.data, proposals.marks, findRanges, showRemoved])
  const moveFind = (step: 1 | -1) => setCurrentFind((i) => (findRanges.length === 0 ? 0 : (i + step + findRanges.length) % findRanges.length))
  useHotkeys([
    ['F3', () => moveFind(1)],
    ['shift+F3', () => moveFind(-1)],
  ])
  useEffect(() => {
    textRef.current?.querySelector(`mark[data-find="${currentFind}"]`)?.scrollIntoView({ block: 'center' })
  }, [currentFind, findRanges])
  useEffect(() => {
    // Opened from a search on an annotation: select it and bring it into view.
    if (!annotationId || !annotations.data?.some((a) => a.id === annotationId)) return
    setSelectedIds([annotationId])
    flashAnnotation(textRef.current, annotationId)
  }, [annotationId, annotations.data])

  const createMark = async (kind: 'highlight' | 'note') => {
    if (!selection) return
    const { start, end } = selection
    clearSelection()
    const created = await actions.create({ kind, start, end, color: kind === 'note' ? '#be4bdb' : DEFAULT_HIGHLIGHT, note: '', tagIds: [], claim: null })
    if (typeof created !== 'string') setSelectedIds([created.id])
  }

  // The command palette offers "new claim from the selection" while text is selected.
  // A layout effect, so the command is there as soon as the selection toolbar is.
  useLayoutEffect(() => {
    const text = query.data?.text
    offerNewClaim(selection && text ? () => setClaimTarget({ mode: 'create', start: selection.start, end: selection.end, quote: text.slice(selection.start, selection.end) }) : null)
    return () => offerNewClaim(null)
  }, [selection, query.data])

  const startClaim = () => {
    if (!selection || !query.data) return
    setClaimTarget({ mode: 'create', start: selection.start, end: selection.end, quote: query.data.text.slice(selection.start, selection.end) })
    clearSelection()
  }

  const setBlockRemoved = async (blockIndex: number, removed: boolean) => {
    try {
      query.replace(await callParley('setBlockRemoved', { documentId, blockIndex, removed }))
      onDocumentChanged()
      announceLibraryChange({ documentIds: [documentId] })
      notifications.show({ color: 'teal', title: removed ? 'Marked as boilerplate' : 'Restored', message: removed ? 'The block is out of the text; “Show removed text” brings it back.' : 'The block is back in the text.', autoClose: 3000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the text', message: toParleyIpcError(error).message, autoClose: false })
    }
  }

  const reread = useReread(documentId, (view) => {
    query.replace(view)
    onDocumentChanged()
    announceLibraryChange({ documentIds: [documentId] })
  })

  const replaceWithNewerVersion = async () => {
    try {
      const view = await callParley('replaceWithNewerVersion', { documentId })
      if (!view) return
      query.replace(view)
      onDocumentChanged()
      announceLibraryChange({ documentIds: [documentId] })
      notifications.show({ color: 'teal', title: 'Text replaced', message: 'Annotations were placed again on the new text; any that moved are marked “needs review”, any that could not be found are listed as unanchored.', autoClose: 8000 })
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not replace the text', message: toParleyIpcError(error).message, autoClose: false })
    }
  }

  const saveDetails = async (details: DocumentDetailsInput) => {
    try {
      const document = await callParley('updateDocumentDetails', { documentId, details })
      if (query.data) query.replace({ ...query.data, document })
      onDocumentChanged()
      return null
    } catch (error) {
      return toParleyIpcError(error)
    }
  }

  const selectInSidebar = (annotation: Annotation) => {
    setSelectedIds([annotation.id])
    flashAnnotation(textRef.current, annotation.id)
  }

  const createTag = async (name: string) => {
    const count = registries.data?.tags.length ?? 0
    return (await changeRegistry('saveTag', { id: null, name, color: partyPalette[count % partyPalette.length]!, parentId: null }, 'Could not create the tag'))?.id ?? null
  }

  const list = annotations.data ?? []
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Anchor href={hrefFor({ page: 'library' })} size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <BackIcon size={16} /> Library
        </Anchor>
        {findTerms.length > 0 && <FindBar terms={findTerms} count={findRanges.length} current={currentFind} onMove={moveFind} onClose={() => setFindTerms([])} />}
      </Group>
      {query.status === 'error' && !query.data ? (
        <ErrorState error={query.error} onRetry={query.reload} />
      ) : query.data ? (
        <Group align="flex-start" wrap="nowrap" gap="xl">
          <Box style={{ flex: 1, minWidth: 0 }}>
            <ReaderView
              view={query.data}
              annotations={list}
              onSelectAnnotations={setSelectedIds}
              textRef={textRef}
              showRemoved={showRemoved}
              onShowRemovedChange={setShowRemoved}
              onSetBlockRemoved={(index, removed) => void setBlockRemoved(index, removed)}
              onEditDetails={() => setEditing(true)}
              onReplaceWithNewerVersion={() => void replaceWithNewerVersion()}
              onReread={reread.ask}
              onExportMarkdown={() => void transfer.exportAnnotations('md', documentId)}
              findRanges={findRanges}
              currentFind={currentFind}
              proposals={proposals.marks}
              onSelectProposal={proposals.select}
              selectedProposal={proposals.selected?.key ?? null}
              proposalsBar={<ProposalsBar documentId={documentId} proposals={proposals.data} error={proposals.error} shown={proposals.shown} onShownChange={proposals.setShown} />}
            />
          </Box>
          {registries.data && (
            <Box w={340} visibleFrom="md" style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 56px) + 16px)', height: 'calc(100dvh - var(--app-shell-header-height, 56px) - 32px)', flexShrink: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
              {proposals.selected && (
                <Box style={{ flexShrink: 0 }}>
                  <ProposalCard proposal={proposals.selected} registries={registries.data} onAccept={() => void proposals.accept(proposals.selected!)} onEdit={() => proposals.edit(proposals.selected!, query.data!.text)} onDismiss={() => void proposals.dismiss(proposals.selected!)} onClose={() => proposals.select(null)} selected />
                </Box>
              )}
              <Box style={{ flex: 1, minHeight: 0 }}>
              <AnnotationSidebar
                annotations={list}
                registries={registries.data}
                selectedIds={selectedIds}
                onSelect={selectInSidebar}
                onChange={(annotation, changes) => void actions.update(annotation, changes)}
                onCreateTag={createTag}
                onEditClaim={(annotation) => annotation.kind === 'claim' && setClaimTarget({ mode: 'edit', annotation })}
                onDelete={(annotation) => void actions.remove(annotation)}
              />
              </Box>
            </Box>
          )}
          <RereadModal opened={reread.confirming} title={query.data.document.title} fileName={query.data.document.original.name} busy={reread.busy} onConfirm={() => void reread.reread()} onClose={reread.cancel} />
          {selection && <SelectionToolbar selection={selection} onHighlight={() => void createMark('highlight')} onNote={() => void createMark('note')} onClaim={startClaim} />}
          {claimTarget && registries.data && (
            <ClaimDialog
              target={claimTarget}
              document={query.data.document}
              registries={registries.data}
              formActions={claimFormActions}
              annotationActions={actions}
              onDone={(saved) => {
                setClaimTarget(null)
                proposals.editDone()
                if (saved) setSelectedIds([saved.id])
              }}
              initialDraft={proposals.editing?.draft}
              proposedSource={proposals.editing?.proposedSource}
            />
          )}
          {editing && <DocumentDetailsModal document={query.data.document} opened onClose={() => setEditing(false)} onSave={saveDetails} />}
        </Group>
      ) : (
        <LoadingState label="Opening the article…" />
      )}
    </Stack>
  )
}
