import { ActionIcon, Blockquote, Box, Button, Group, Text, Title, Tooltip } from '@mantine/core'
import type { PlacedBlock } from '../../../../shared/domain/content'
import type { Annotation } from '../../../../shared/domain/annotation'
import { HideIcon } from '../../components/icons'
import { HighlightedText, type ProposalMark } from '../annotations/HighlightedText'
import classes from './reader.module.css'

export interface ReaderBlocksProps {
  blocks: readonly PlacedBlock[]
  showRemoved: boolean
  showPages: boolean
  onSetRemoved: (blockIndex: number, removed: boolean) => void
  annotations: readonly Annotation[]
  onSelectAnnotations: (ids: string[]) => void
  findRanges?: ReadonlyArray<{ start: number; end: number }>
  currentFind?: number
  proposals?: readonly ProposalMark[]
  onSelectProposal?: (key: string) => void
  selectedProposal?: string | null
}

interface KeptBlockProps {
  block: PlacedBlock
  annotations: readonly Annotation[]
  onSelectAnnotations: (ids: string[]) => void
  findRanges: ReadonlyArray<{ start: number; end: number }>
  currentFind: number
  proposals: readonly ProposalMark[]
  onSelectProposal?: (key: string) => void
  selectedProposal: string | null
}

function KeptBlock({ block, annotations, onSelectAnnotations, findRanges, currentFind, proposals, onSelectProposal, selectedProposal }: KeptBlockProps): React.JSX.Element {
  const offsets = { 'data-start': block.start, 'data-end': block.end, 'data-block': block.index }
  const inBlock = annotations.filter((a) => a.target.position.end > block.start! && a.target.position.start < block.end!)
  const findsInBlock = findRanges.some((r) => r.end > block.start! && r.start < block.end!)
  // A proposal is drawn in the block where it starts, clipped to it (multi-paragraph quotes too).
  const proposalsInBlock = proposals.filter((p) => p.end > block.start! && p.start < block.end!).map((p) => ({ ...p, start: Math.max(p.start, block.start!), end: Math.min(p.end, block.end!), speaker: p.start >= block.start! ? p.speaker : null }))
  const content =
    inBlock.length === 0 && !findsInBlock && proposalsInBlock.length === 0 ? (
      block.text
    ) : (
      <HighlightedText text={block.text} start={block.start!} annotations={inBlock} onSelect={onSelectAnnotations} findRanges={findRanges} currentFind={currentFind} proposals={proposalsInBlock} onSelectProposal={onSelectProposal} selectedProposal={selectedProposal} />
    )
  switch (block.kind) {
    case 'heading':
      return (
        <Title order={2} fz="1.25em" mt="1.4em" mb="0.6em" {...offsets}>
          {content}
        </Title>
      )
    case 'quote':
      return (
        <Blockquote p="sm" pl="md" my="1em" fz="inherit" {...offsets}>
          <span style={{ whiteSpace: 'pre-line' }}>{content}</span>
        </Blockquote>
      )
    case 'speech':
      return <SpeechBlock block={block} offsets={offsets} content={content} />
    case 'list-item':
      return (
        <span style={{ whiteSpace: 'pre-line' }} {...offsets}>
          {content}
        </span>
      )
    default:
      return (
        <Text component="p" inherit mb="1em" mt={0} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', hyphens: 'auto' }} {...offsets}>
          {content}
        </Text>
      )
  }
}

interface SpeechBlockProps {
  block: PlacedBlock
  offsets: Record<string, number | null>
  content: React.ReactNode
}

/**
 * A transcript's quoted speech with its speaker as a label beside it. The label is not part of
 * the reading text (it carries no offsets and cannot be selected), so anchors stay on the words.
 */
function SpeechBlock({ block, offsets, content }: SpeechBlockProps): React.JSX.Element {
  const speaker = block.speaker
  return (
    <div className={classes.speech} data-speech-block={block.index}>
      <div className={classes.speaker} aria-label={speaker ? `Spoken by ${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : 'Speaker unknown'}>
        <Text component="span" size="sm" fw={700} display="block" lh={1.3}>
          {speaker?.name ?? 'Unknown speaker'}
        </Text>
        {speaker?.role ? (
          <Text component="span" size="xs" c="dimmed" display="block" lh={1.3}>
            {speaker.role}
          </Text>
        ) : null}
      </div>
      <Text component="p" inherit m={0} className={classes.spoken} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} {...offsets}>
        {content}
      </Text>
    </div>
  )
}

function RemovedBlock({ block, onRestore }: { block: PlacedBlock; onRestore: () => void }): React.JSX.Element {
  return (
    <div className={classes.removed} data-removed-block={block.index} aria-label={`Removed text: ${block.removed!.reason}`}>
      <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
        <Text size="xs" fw={600} tt="uppercase" c="dimmed">
          Removed: {block.removed!.reason}
          {block.removed!.by === 'analyst' ? ' (by you)' : ''}
        </Text>
        <Button size="compact-xs" variant="light" onClick={onRestore}>
          Restore
        </Button>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {block.text}
      </Text>
    </div>
  )
}

type Group = { list: boolean; blocks: PlacedBlock[] }

/** Consecutive list items render as one list; everything else one element per block. */
function groupLists(blocks: readonly PlacedBlock[]): Group[] {
  const groups: Group[] = []
  for (const block of blocks) {
    const list = block.kind === 'list-item' && !block.removed
    const last = groups[groups.length - 1]
    if (list && last?.list) last.blocks.push(block)
    else groups.push({ list, blocks: [block] })
  }
  return groups
}

/** The document's blocks for reading; removed ones appear, restorable, only when asked for. */
export function ReaderBlocks({ blocks, showRemoved, showPages, onSetRemoved, annotations, onSelectAnnotations, findRanges = [], currentFind = -1, proposals = [], onSelectProposal, selectedProposal = null }: ReaderBlocksProps): React.JSX.Element {
  const visible = blocks.filter((block) => showRemoved || !block.removed)
  let lastPage: number | null = null
  const pageMarker = (block: PlacedBlock) => {
    if (!showPages || block.page === null || block.page === lastPage) return null
    lastPage = block.page
    return (
      <div className={classes.pageMarker} aria-label={`Page ${block.page}`}>
        p. {block.page}
      </div>
    )
  }
  const renderBlock = (block: PlacedBlock) =>
    block.removed ? (
      <RemovedBlock key={block.index} block={block} onRestore={() => onSetRemoved(block.index, false)} />
    ) : (
      <Box key={block.index} component={block.kind === 'list-item' ? 'li' : 'div'} className={classes.block} mb={block.kind === 'list-item' ? '0.4em' : undefined}>
        <KeptBlock block={block} annotations={annotations} onSelectAnnotations={onSelectAnnotations} findRanges={findRanges} currentFind={currentFind} proposals={proposals} onSelectProposal={onSelectProposal} selectedProposal={selectedProposal} />
        <Tooltip label="Mark as boilerplate" position="right" openDelay={300}>
          <ActionIcon className={classes.blockAction} variant="subtle" color="gray" size="sm" aria-label="Mark as boilerplate" onClick={() => onSetRemoved(block.index, true)}>
            <HideIcon size={14} />
          </ActionIcon>
        </Tooltip>
      </Box>
    )
  return (
    <>
      {groupLists(visible).map((group) => {
        const markers = group.blocks.map(pageMarker)
        if (!group.list) return [markers[0], renderBlock(group.blocks[0]!)]
        return [
          markers[0],
          <Box component="ul" key={`list-${group.blocks[0]!.index}`} pl="1.2em" mb="1em">
            {group.blocks.map(renderBlock)}
          </Box>,
        ]
      })}
    </>
  )
}
