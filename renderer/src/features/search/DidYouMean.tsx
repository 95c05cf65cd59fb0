import { Anchor, Text } from '@mantine/core'

/** “Did you mean …?” under a query with a word the library does not hold as typed; a click searches that. */
export function DidYouMean({ suggestion, onChoose }: { suggestion: string | null | undefined; onChoose: (query: string) => void }): React.JSX.Element | null {
  if (!suggestion) return null
  return (
    <Text size="sm" data-testid="did-you-mean">
      Did you mean{' '}
      <Anchor component="button" type="button" fw={600} fz="sm" onClick={() => onChoose(suggestion)}>
        {suggestion}
      </Anchor>
      ?
    </Text>
  )
}
