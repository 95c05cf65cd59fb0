import { useCallback, useMemo, useState } from 'react'
import { useMantineColorScheme } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { spotlight } from '@mantine/spotlight'
import type { PaletteCommand } from '../features/search/palette-commands'
import { noFilters } from '../features/positions/position-filters-url'
import type { Route } from './use-hash-route'
import { currentNewClaim } from './selection-command'
import type { AnnotationExportFormat } from '../../../shared/ipc/contract'

export interface PaletteActions {
  navigate: (route: Route) => void
  importFrom: (kind: 'files' | 'folder') => void
  exportAnnotations: (format: AnnotationExportFormat) => void
  undo: () => void
  redo: () => void
}

/**
 * The palette's commands and how it opens. It opens from Ctrl/Cmd+K (also inside text fields) and
 * the header button; "new claim from the selection" is offered when text was selected as it opened.
 */
export function usePalette(actions: PaletteActions): { commands: PaletteCommand[]; openPalette: () => void } {
  const { setColorScheme } = useMantineColorScheme()
  const [newClaim, setNewClaim] = useState<(() => void) | null>(null)
  const openPalette = useCallback(() => {
    const start = currentNewClaim()
    setNewClaim(() => start)
    spotlight.open()
  }, [])
  useHotkeys([['mod+K', openPalette]], [])

  const commands = useMemo((): PaletteCommand[] => {
    const go = (id: string, label: string, route: Route, description: string, keywords: string[] = []): PaletteCommand => ({ id, label, description, keywords, run: () => actions.navigate(route) })
    return [
      ...(newClaim ? [{ id: 'new-claim', label: 'New claim from the selection', description: 'Tag the selected passage with who said it, for which party, on which issue', keywords: ['annotate', 'attribute'], run: newClaim }] : []),
      go('library', 'Go to Library', { page: 'library' }, 'Every article, sortable and filterable', ['articles', 'documents']),
      go('positions', 'Go to Positions', { page: 'positions', filters: noFilters }, 'Issues by parties: what each side said', ['matrix', 'stances']),
      go('report', 'Export the report…', { page: 'report' }, 'Build a brief and save it as PDF, HTML or Markdown', ['pdf', 'brief', 'go']),
      go('search', 'Go to Search', { page: 'search', query: '' }, 'The full search page, with counts by type, outlet, party and issue'),
      { id: 'import-files', label: 'Import files…', description: 'Web pages, PDFs, Word, text or Markdown; news-database exports', keywords: ['add', 'open'], run: () => actions.importFrom('files') },
      { id: 'import-folder', label: 'Import a folder…', description: 'Every article in a folder and its subfolders', keywords: ['add', 'directory'], run: () => actions.importFrom('folder') },
      go('sources', 'Go to Sources', { page: 'sources' }, 'Who said it: people, bodies, documents', ['registry']),
      go('parties', 'Go to Parties', { page: 'parties' }, 'The sides whose positions are compared', ['registry']),
      go('issues', 'Go to Issues', { page: 'issues' }, 'The questions positions are about', ['registry']),
      go('tags', 'Go to Tags', { page: 'tags' }, 'The codebook', ['registry', 'codes']),
      { id: 'theme-dark', label: 'Switch to the dark theme', description: 'Light text on a dark background', keywords: ['night', 'colour', 'color'], run: () => setColorScheme('dark') },
      { id: 'theme-light', label: 'Switch to the light theme', description: 'Dark text on a light background', keywords: ['day', 'colour', 'color'], run: () => setColorScheme('light') },
      { id: 'theme-auto', label: 'Follow the system theme', description: 'Light or dark as the operating system is set', keywords: ['theme', 'colour', 'color', 'auto'], run: () => setColorScheme('auto') },
      { id: 'export-w3c', label: 'Export annotations as W3C JSON-LD…', description: 'Every highlight, note and claim, for other tools or another library', keywords: ['save'], run: () => actions.exportAnnotations('w3c') },
      { id: 'export-qdpx', label: 'Export a REFI-QDA project (.qdpx)…', description: 'Documents, codes and coded passages for QualCoder, NVivo, MAXQDA or ATLAS.ti', keywords: ['save', 'qda', 'refi', 'nvivo', 'maxqda', 'atlas'], run: () => actions.exportAnnotations('qdpx') },
      { id: 'export-csv', label: 'Export claims as CSV…', description: 'One row per claim, for a spreadsheet', keywords: ['save', 'spreadsheet'], run: () => actions.exportAnnotations('csv') },
      { id: 'undo', label: 'Undo', description: 'Undo the last annotation or registry change (Ctrl/Cmd+Z)', keywords: [], run: actions.undo },
      { id: 'redo', label: 'Redo', description: 'Redo what was undone (Ctrl/Cmd+Shift+Z)', keywords: [], run: actions.redo },
    ]
  }, [actions, newClaim, setColorScheme])
  return { commands, openPalette }
}
