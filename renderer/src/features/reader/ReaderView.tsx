import { Badge, Box, Divider, Group, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import type { ParleyDocument } from '../../../../shared/domain/document'
import { splitParagraphs } from '../../../../shared/text/normalise'
import { readingFontFamily } from '../../app/theme'
import { formatCount, formatPublished } from '../library/format'

const formatLabels: Record<ParleyDocument['format'], string> = {
  txt: 'Plain text',
  md: 'Markdown',
  html: 'Web page',
  pdf: 'PDF',
  docx: 'Word',
  paste: 'Pasted',
}

export interface ReaderViewProps {
  document: ParleyDocument
  text: string
}

/**
 * An article for reading: its metadata, then its paragraphs in a serif at about 70 characters a
 * line. Each paragraph carries its offsets in the normalised text, for anchoring annotations.
 */
export function ReaderView({ document, text }: ReaderViewProps): React.JSX.Element {
  const paragraphs = useMemo(() => splitParagraphs(text), [text])
  const facts = [document.outlet, document.byline ? `By ${document.byline}` : null, formatPublished(document.publishedAt) === '—' ? null : formatPublished(document.publishedAt)].filter(
    (fact): fact is string => Boolean(fact),
  )
  return (
    <Box component="article" maw="70ch" mx="auto" pb="xl" lang={document.language ?? undefined} aria-labelledby="reader-title">
      <Title id="reader-title" order={1} fz={{ base: 26, sm: 32 }} lh={1.2} mb="sm">
        {document.title}
      </Title>
      <Group gap="xs" mb={6} data-testid="reader-metadata">
        {facts.length > 0 ? (
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No outlet, author or date recorded
          </Text>
        )}
      </Group>
      <Group gap={6} mb="md">
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
      <Divider mb="lg" />
      <Box ff={readingFontFamily} fz={{ base: 17, sm: 19 }} lh={1.65} data-testid="reader-text">
        {paragraphs.map((paragraph) => (
          <Text
            key={paragraph.start}
            component="p"
            inherit
            mb="1em"
            mt={0}
            style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', hyphens: 'auto' }}
            data-start={paragraph.start}
            data-end={paragraph.end}
          >
            {paragraph.text}
          </Text>
        ))}
      </Box>
      <Divider my="lg" />
      <Text size="xs" c="dimmed">
        Imported {new Date(document.importedAt).toLocaleString()} from {document.original.name}
      </Text>
    </Box>
  )
}
