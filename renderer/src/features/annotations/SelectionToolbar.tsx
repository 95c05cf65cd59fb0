import { useLayoutEffect } from 'react'
import { Button, Group, Kbd, Paper } from '@mantine/core'
import type { TextSelection } from './use-text-selection'

export interface SelectionToolbarProps {
  selection: TextSelection
  onHighlight: () => void
  onNote: () => void
  onClaim: () => void
}

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** Floats above a selection in the reader: Highlight (H), Note (N), Claim (C). */
export function SelectionToolbar({ selection, onHighlight, onNote, onClaim }: SelectionToolbarProps): React.JSX.Element {
  // A layout effect: the keys work from the moment the toolbar is painted.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const action = { h: onHighlight, n: onNote, c: onClaim }[event.key.toLowerCase()]
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onHighlight, onNote, onClaim])

  const width = 300
  const above = selection.rect.top > 70
  const top = above ? selection.rect.top - 48 : selection.rect.bottom + 8
  const left = Math.min(Math.max(8, selection.rect.left + selection.rect.width / 2 - width / 2), window.innerWidth - width - 8)
  const button = (label: string, key: string, action: () => void) => (
    <Button size="compact-sm" variant="subtle" onMouseDown={(event) => event.preventDefault()} onClick={action} rightSection={<Kbd size="xs">{key}</Kbd>}>
      {label}
    </Button>
  )
  return (
    <Paper role="toolbar" aria-label="Annotate selection" shadow="md" withBorder p={4} style={{ position: 'fixed', top, left, width, zIndex: 200 }}>
      <Group gap={4} justify="center" wrap="nowrap">
        {button('Highlight', 'H', onHighlight)}
        {button('Note', 'N', onNote)}
        {button('Claim', 'C', onClaim)}
      </Group>
    </Paper>
  )
}
