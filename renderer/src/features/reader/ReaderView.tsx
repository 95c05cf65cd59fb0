import { Alert, Anchor, Badge, Box, Button, Divider, Group, Switch, Text, Title } from '@mantine/core'
import type { ParleyDocument } from '../../../../shared/domain/document'
import type { Annotation } from '../../../../shared/domain/annotation'
import type { DocumentView } from '../../../../shared/ipc/contract'
import { readingFontFamily } from '../../app/theme'
import { hrefFor } from '../../app/use-hash-route'
import { formatCount, formatPublished } from '../library/format'
import { ReaderBlocks } from './ReaderBlocks'
import { DocumentTextMenu } from './DocumentTextMenu'
import type { ProposalMark } from '../annotations/HighlightedText'

const formatLabels: Record<ParleyDocument['format'], string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word',
  paste: 'Pasted',
}

export interface ReaderViewProps {
  view: DocumentView
  annotations: readonly Annotation[]
  onSelectAnnotations: (ids: string[]) => void
  /** The element holding the reading text, where selections are made. */
  textRef?: React.Ref<HTMLDivElement>
  showRemoved: boolean
  onShowRemovedChange: (show: boolean) => void
  onSetBlockRemoved: (blockIndex: number, removed: boolean) => void
  onEditDetails: () => void
  onReplaceWithNewerVersion: () => void
  /** Re-read the document from its kept original with today's importer. */
  onReread: () => void
  onExportMarkdown: () => void
  findRanges?: ReadonlyArray<{ start: number; end: number }>
  currentFind?: number
  proposals?: readonly ProposalMark[]
  onSelectProposal?: (key: string) => void
  selectedProposal?: string | null
  /** The proposals bar under the metadata: count, show/hide, notice. */
  proposalsBar?: React.ReactNode
}

/**
 * An article for reading: its metadata, then its blocks in a serif at about 70 characters a
 * line. Each block carries its offsets in the normalised text, for anchoring annotations.
 */
export function ReaderView({ view, annotations, onSelectAnnotations, textRef, showRemoved, onShowRemovedChange, onSetBlockRemoved, onEditDetails, onReplaceWithNewerVersion, onReread, onExportMarkdown, findRanges, currentFind, proposals, onSelectProposal, selectedProposal, proposalsBar }: ReaderViewProps): React.JSX.Element {
  const { document, blocks, sameStory } = view
  const removedCount = blocks.filter((block) => block.removed).length
  const published = formatPublished(document.publishedAt)
  const facts = [document.outlet, document.byline ? `By ${document.byline}` : null, published === '—' ? null : published].filter((fact): fact is string => Boolean(fact))
  return (
    <Box component="article" maw="70ch" mx="auto" pb="xl" lang={document.language ?? undefined} aria-labelledby="reader-title">
      <Title id="reader-title" order={1} fz={{ base: 26, sm: 32 }} lh={1.2} mb="sm">
        {document.title}
      </Title>
      <Group gap="xs" mb={6} data-testid="reader-metadata">
        <Text size="sm" c="dimmed">
          {facts.length > 0 ? facts.join(' · ') : 'No outlet, author or date recorded'}
        </Text>
        {/* Claims are dated by their document: a missing date is one click from being set. */}
        {!document.publishedAt && (
          <Button size="compact-xs" variant="light" color="orange" onClick={onEditDetails}>
            Add the publication date
          </Button>
        )}
      </Group>
      <Group gap={6} mb="md" justify="space-between">
        <Group gap={6}>
          <Badge variant="light" color="gray" size="sm">
            {formatCount(document.wordCount)} words
          </Badge>
          <Badge variant="light" color="gray" size="sm">
            {formatLabels[document.format]}
          </Badge>
          {document.language && (
            <Badge variant="light" color="gray" size="sm">
              {document.language}
            </Badge>
          )}
        </Group>
        <Group gap="md">
          {removedCount > 0 && (
            <Switch size="xs" label={`Show removed text (${removedCount})`} checked={showRemoved} onChange={(event) => onShowRemovedChange(event.currentTarget.checked)} />
          )}
          <Button size="compact-sm" variant="subtle" onClick={onEditDetails}>
            Edit details
          </Button>
          <DocumentTextMenu onReread={onReread} onReplaceWithNewerVersion={onReplaceWithNewerVersion} onExportMarkdown={onExportMarkdown} />
        </Group>
      </Group>
      {sameStory.length > 0 && (
        <Alert variant="light" color="blue" mb="md" p="xs" data-testid="same-story">
          <Text size="sm">
            Same story as{' '}
            {sameStory.map((other, i) => (
              <span key={other.id}>
                {i > 0 && ', '}
                <Anchor href={hrefFor({ page: 'reader', documentId: other.id })}>“{other.title}”</Anchor>
                {other.outlet ? ` (${other.outlet})` : ''}
              </span>
            ))}
            : reprints count as one report, not as corroboration.
          </Text>
        </Alert>
      )}
      {proposalsBar}
      <Divider mb="lg" />
      <Box ref={textRef} ff={readingFontFamily} fz={{ base: 17, sm: 19 }} lh={1.65} data-testid="reader-text">
        <ReaderBlocks blocks={blocks} showRemoved={showRemoved} showPages={document.format === 'pdf'} onSetRemoved={onSetBlockRemoved} annotations={annotations} onSelectAnnotations={onSelectAnnotations} findRanges={findRanges} currentFind={currentFind} proposals={proposals} onSelectProposal={onSelectProposal} selectedProposal={selectedProposal} />
      </Box>
      <Divider my="lg" />
      <Text size="xs" c="dimmed">
        Imported {new Date(document.importedAt).toLocaleString()} from {document.original.name}
      </Text>
    </Box>
  )
}
