import { useCallback, useMemo } from 'react'
import { AppShell, Badge, Burger, Button, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core'
import { usePalette } from './use-palette'
import { useDisclosure } from '@mantine/hooks'
import { useHashRoute, hrefFor, type RegistryPage } from './use-hash-route'
import { IssuesPage, PartiesPage, SourcesPage, TagsPage } from '../features/registries'
import { ColorSchemeControl } from './ColorSchemeControl'
import { ArticleIcon, LibraryIcon } from '../components/icons'
import { useDocuments } from '../features/library/use-documents'
import { LibraryPage } from '../features/library/LibraryPage'
import { useImporter, type ImportReport } from '../features/import/use-importer'
import { useDateFixes } from '../features/import/use-date-fixes'
import { ImportResultsModal } from '../features/import/ImportResultsModal'
import { ImportMenu } from '../features/import/ImportMenu'
import { DropOverlay } from '../features/import/DropOverlay'
import { useDropAndPaste } from '../features/import/use-drop-and-paste'
import { ReviewQueuePage } from '../features/proposals/ReviewQueuePage'
import { ReaderPage } from '../features/reader/ReaderPage'
import { useRecentDocuments } from '../features/reader/use-recent-documents'
import { useLibraryNotices } from '../features/notices/use-library-notices'
import { useUndoRedo } from '../features/annotations/use-undo-redo'
import { useAnnotationTransfer } from '../features/annotations/use-annotation-transfer'
import { AnnotationsMenu } from '../features/annotations/AnnotationsMenu'
import { UnplacedModal } from '../features/annotations/UnplacedModal'
import { useUnplaced } from '../features/annotations/use-unplaced'
import { SearchPalette } from '../features/search/SearchPalette'
import { SearchPage } from '../features/search/SearchPage'
import { PositionsPage } from '../features/positions/PositionsPage'
import { noFilters } from '../features/positions/position-filters-url'
import { ReportPage } from '../features/report/ReportPage'
import type { AnnotationExportFormat } from '../../../shared/ipc/contract'

const registryLinks: Array<{ page: RegistryPage; label: string }> = [
  { page: 'sources', label: 'Sources' },
  { page: 'parties', label: 'Parties' },
  { page: 'issues', label: 'Issues' },
  { page: 'tags', label: 'Tags' },
]

function registryPage(page: (typeof registryLinks)[number]['page']): React.JSX.Element {
  if (page === 'sources') return <SourcesPage />
  if (page === 'parties') return <PartiesPage />
  if (page === 'issues') return <IssuesPage />
  return <TagsPage />
}

/** The application frame: header, navigation, and the page the hash route names. */
export function Workbench(): React.JSX.Element {
  const [route, navigate] = useHashRoute()
  const [navOpened, { toggle: toggleNav }] = useDisclosure()
  const documents = useDocuments()
  const recent = useRecentDocuments(route, documents.data)
  const { reload: reloadDocuments } = documents
  const onImportFinished = useCallback(
    (report: ImportReport) => {
      reloadDocuments()
      const [only] = report.results
      // A single import opens the new document (or the one it duplicates).
      // An export's many articles stay in the library list.
      if (report.results.length === 1 && only?.documentId && only.status !== 'failed' && !only.articles) navigate({ page: 'reader', documentId: only.documentId })
    },
    [reloadDocuments, navigate],
  )
  const importer = useImporter({ onFinished: onImportFinished, onImported: reloadDocuments })
  const dateFixes = useDateFixes(reloadDocuments)
  const dragging = useDropAndPaste({ onFiles: importer.importFiles, onPaste: importer.importPasted })
  useLibraryNotices()
  const history = useUndoRedo()
  const unplaced = useUnplaced()
  const transfer = useAnnotationTransfer(unplaced.open)
  const paletteActions = useMemo(
    () => ({
      navigate,
      importFrom: (kind: 'files' | 'folder') => void importer.importFromDialog(kind),
      exportAnnotations: (format: AnnotationExportFormat) => void transfer.exportAnnotations(format, null),
      undo: () => void history.undo(),
      redo: () => void history.redo(),
    }),
    [navigate, importer, transfer, history],
  )
  const palette = usePalette(paletteActions)

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={3} style={{ letterSpacing: '-0.01em' }}>
              Parley
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button variant="default" size="sm" onClick={palette.openPalette} rightSection={<Kbd size="xs">Ctrl K</Kbd>} aria-label="Search the library">
              Search
            </Button>
            <AnnotationsMenu
              onExport={(format) => void transfer.exportAnnotations(format, null)}
              onImport={() => void transfer.importAnnotations().then(() => unplaced.reload())}
              onImportQda={() => void transfer.importQdaProject().then(() => { reloadDocuments(); return unplaced.reload() })}
              unplacedCount={unplaced.items.length}
              onShowUnplaced={unplaced.open}
              onUndo={() => void history.undo()}
              onRedo={() => void history.redo()}
            />
            <ImportMenu onImport={importer.importFromDialog} running={importer.running} />
            <ColorSchemeControl />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <NavLink
          href={hrefFor({ page: 'library' })}
          label="Library"
          leftSection={<LibraryIcon size={18} />}
          rightSection={documents.data ? <Badge size="sm" variant="light">{documents.data.length.toLocaleString()}</Badge> : null}
          active={route.page === 'library'}
        />
        <NavLink href={hrefFor({ page: 'positions', filters: noFilters })} label="Positions" active={route.page === 'positions'} />
        <NavLink href={hrefFor({ page: 'review' })} label="Proposed claims" active={route.page === 'review'} />
        <NavLink href={hrefFor({ page: 'report' })} label="Report" active={route.page === 'report'} />
        <NavLink href={hrefFor({ page: 'search', query: route.page === 'search' ? route.query : '' })} label="Search" active={route.page === 'search'} />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
          Registries
        </Text>
        {registryLinks.map((link) => (
          <NavLink key={link.page} href={hrefFor({ page: link.page })} label={link.label} active={route.page === link.page} />
        ))}
        {recent.length > 0 && (
          <>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
              Recently read
            </Text>
            <ScrollArea type="auto" style={{ flex: 1 }}>
              {recent.map((document) => (
                <NavLink
                  key={document.id}
                  href={hrefFor({ page: 'reader', documentId: document.id })}
                  label={document.title}
                  description={document.outlet ?? undefined}
                  leftSection={<ArticleIcon size={16} />}
                  active={route.page === 'reader' && route.documentId === document.id}
                  styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
                />
              ))}
            </ScrollArea>
          </>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        {route.page === 'library' ? (
          <LibraryPage documents={documents} onImport={() => void importer.importFromDialog('files')} importing={importer.running} />
        ) : route.page === 'reader' ? (
          <ReaderPage key={route.documentId} documentId={route.documentId} find={route.find} annotationId={route.annotationId} onDocumentChanged={reloadDocuments} />
        ) : route.page === 'positions' ? (
          <PositionsPage route={route} onRouteChange={navigate} />
        ) : route.page === 'report' ? (
          <ReportPage documents={documents} />
        ) : route.page === 'search' ? (
          <SearchPage key={route.query} initialQuery={route.query} />
        ) : route.page === 'review' ? (
          <ReviewQueuePage documents={documents.data ?? []} />
        ) : (
          registryPage(route.page)
        )}
      </AppShell.Main>

      <ImportResultsModal report={importer.report} onClose={() => { importer.dismissReport(); dateFixes.forget() }} datesSet={dateFixes.datesSet} onSetDates={dateFixes.setDates} />
      <UnplacedModal opened={unplaced.opened} onClose={unplaced.close} items={unplaced.items} documents={documents.data ?? []} onAssign={unplaced.assign} onDiscard={(id) => void unplaced.discard(id)} />
      {dragging && <DropOverlay />}
      <SearchPalette navigate={navigate} commands={palette.commands} recent={recent} />
    </AppShell>
  )
}
