import { useState } from 'react'
import { Alert, Button, Group, NumberInput, Popover, Stack, Text, TextInput } from '@mantine/core'
import { countOf } from '../../../../shared/text/plural'
import { datesForYear, monthDayText, type DatelessDocument } from './date-fix-model'

type SetDates = (dates: Array<{ documentId: string; publishedAt: string }>) => Promise<boolean>

/**
 * Above the results when documents came with a day but no year (a wire dateline such as "Nov
 * 22"): one year dates them all. A day that year lacks (29 Feb) is named, not set.
 */
export function SetYearForAll({ documents, onSetDates }: { documents: readonly DatelessDocument[]; onSetDates: SetDates }): React.JSX.Element | null {
  const [year, setYear] = useState<number | string>('')
  const [refused, setRefused] = useState<string | null>(null)
  const withDay = documents.filter((d) => d.monthDay)
  if (withDay.length === 0) return null
  const example = monthDayText(withDay[0]!.monthDay!)
  const apply = async () => {
    if (typeof year !== 'number') return
    const { dates, impossible } = datesForYear(withDay, year)
    setRefused(impossible.length > 0 ? `${year} has no ${impossible.map((d) => monthDayText(d.monthDay!)).join(', ')}: ${countOf(impossible.length, 'document')} left without a date.` : null)
    if (dates.length > 0) await onSetDates(dates)
  }
  return (
    <Alert color="orange" variant="light" p="xs" data-testid="set-year-for-all">
      <Group gap="sm" wrap="nowrap" align="flex-end">
        <Text size="sm" style={{ flex: 1 }}>
          {countOf(withDay.length, 'document')} {withDay.length === 1 ? 'gives' : 'give'} a day but no year (such as {example}). Set the year for all of them:
        </Text>
        <NumberInput size="xs" w={96} aria-label="Year" placeholder="Year" min={1900} max={2100} allowDecimal={false} value={year} onChange={setYear} onKeyDown={(e) => e.key === 'Enter' && void apply()} />
        <Button size="xs" disabled={typeof year !== 'number' || year < 1900 || year > 2100} onClick={() => void apply()}>
          Set the year
        </Button>
      </Group>
      {refused && (
        <Text size="xs" c="red" mt={4}>
          {refused}
        </Text>
      )}
    </Alert>
  )
}

/** One click from a "No publication date found" warning to the date, in place. */
export function SetDateButton({ document, onSetDates }: { document: DatelessDocument; onSetDates: SetDates }): React.JSX.Element {
  const [opened, setOpened] = useState(false)
  const [value, setValue] = useState('')
  const save = async () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return
    if (await onSetDates([{ documentId: document.documentId, publishedAt: value }])) setOpened(false)
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" withArrow trapFocus>
      <Popover.Target>
        <Button size="compact-xs" variant="light" color="orange" onClick={() => setOpened((o) => !o)} aria-label={`Set the date of ${document.title}`}>
          Set date
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput
            type="date"
            size="xs"
            label="Published on"
            description={document.monthDay ? `The dateline gives ${monthDayText(document.monthDay)}.` : undefined}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && void save()}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button size="compact-xs" disabled={!/^\d{4}-\d{2}-\d{2}$/.test(value)} onClick={() => void save()}>
              Save
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  )
}
