import { useState } from 'react'
import { Blockquote, Button, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core'
import type { Claim } from '../../../../shared/domain/annotation'
import type { Reliability } from '../../../../shared/domain/registries'
import type { RegistriesView } from '../../../../shared/ipc/annotation-contract'
import { RegistryMultiPicker, RegistryPicker } from './registry-picker'
import { credibilityLabels, reportingLabels, stanceLabels } from './claim-vocabulary'
import { reliabilityOptions } from '../registries/reliability'

export interface ClaimDraft {
  sourceId: string | null
  partyIds: string[]
  issueId: string | null
  stance: Claim['stance']
  reporting: Claim['reporting']
  statementDate: string
  credibility: number
  note: string
}

export interface ClaimFormActions {
  createSource: (name: string) => Promise<string | null>
  createParty: (name: string) => Promise<string | null>
  createIssue: (title: string) => Promise<string | null>
  setSourceReliability: (sourceId: string, reliability: Reliability) => Promise<void>
}

export interface ClaimFormProps {
  quote: string
  initial: ClaimDraft
  registries: RegistriesView
  actions: ClaimFormActions
  onCancel: () => void
  /** Resolves with an error message to show, or null when saved. */
  onSave: (draft: ClaimDraft) => Promise<string | null>
  title: string
  /** A source Parley proposed that the registry lacks: one click adds it and picks it. */
  proposedSource?: { label: string; create: () => Promise<string | null> }
}

/** The claim form: who said it, for which parties, on which issue, with what stance and grades. */
export function ClaimForm({ quote, initial, registries, actions, onCancel, onSave, title, proposedSource }: ClaimFormProps): React.JSX.Element {
  const [draft, setDraft] = useState(initial)
  const [partiesChosen, setPartiesChosen] = useState(initial.partyIds.length > 0)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const source = registries.sources.find((s) => s.id === draft.sourceId)

  const chooseSource = (id: string | null) => {
    const chosen = registries.sources.find((s) => s.id === id)
    // Parties follow the source's affiliation until the analyst picks them by hand.
    setDraft((d) => ({ ...d, sourceId: id, partyIds: partiesChosen || !chosen ? d.partyIds : chosen.partyIds }))
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    const problems: Record<string, string> = {}
    if (!draft.sourceId) problems.source = 'Who said it?'
    if (draft.partyIds.length === 0) problems.parties = 'Which party does the source speak for?'
    if (!draft.issueId) problems.issue = 'What is the claim about?'
    if (draft.statementDate && !/^\d{4}-\d{2}-\d{2}$/.test(draft.statementDate)) problems.statementDate = 'Dates are written YYYY-MM-DD.'
    setErrors(problems)
    if (Object.keys(problems).length > 0) return
    setSaving(true)
    const failure = await onSave(draft)
    setSaving(false)
    if (failure) setErrors({ form: failure })
  }

  return (
    <Modal opened onClose={onCancel} title={title} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          <Blockquote p="xs" pl="md" fz="sm" style={{ maxHeight: 120, overflow: 'auto', whiteSpace: 'pre-line' }}>
            {quote}
          </Blockquote>
          <Group grow align="flex-start">
            <RegistryPicker
              label="Source"
              placeholder="Who said it: Putin, the Kremlin…"
              required
              items={registries.sources.map((s) => ({ id: s.id, label: s.name, aliases: s.aliases }))}
              value={draft.sourceId}
              onChange={chooseSource}
              onCreate={actions.createSource}
              error={errors.source}
            />
            <Select
              label="Source reliability"
              disabled={!source}
              data={reliabilityOptions}
              value={source?.reliability ?? null}
              onChange={(value) => source && value && void actions.setSourceReliability(source.id, value as Reliability)}
              allowDeselect={false}
            />
          </Group>
          {proposedSource && !draft.sourceId && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                Parley proposes a source the registry does not have:
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={async () => {
                  const id = await proposedSource.create()
                  if (id) setDraft((d) => ({ ...d, sourceId: id }))
                }}
              >
                Add “{proposedSource.label}”
              </Button>
            </Group>
          )}
          <RegistryMultiPicker
            label="Speaks for"
            placeholder="Parties"
            required
            items={registries.parties.map((p) => ({ id: p.id, label: p.name, aliases: p.aliases }))}
            value={draft.partyIds}
            onChange={(ids) => {
              setPartiesChosen(true)
              set('partyIds', ids)
            }}
            onCreate={actions.createParty}
            error={errors.parties}
          />
          <RegistryPicker
            label="Issue"
            placeholder="Sochi congress, Kurdish participation…"
            required
            items={registries.issues.map((i) => ({ id: i.id, label: i.title, aliases: [] }))}
            value={draft.issueId}
            onChange={(id) => set('issueId', id)}
            onCreate={actions.createIssue}
            error={errors.issue}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Stance
            </Text>
            <SegmentedControl fullWidth size="xs" value={draft.stance} onChange={(v) => set('stance', v as Claim['stance'])} data={Object.entries(stanceLabels).map(([value, label]) => ({ value, label }))} aria-label="Stance" />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Reported as
            </Text>
            <SegmentedControl fullWidth size="xs" value={draft.reporting} onChange={(v) => set('reporting', v as Claim['reporting'])} data={Object.entries(reportingLabels).map(([value, label]) => ({ value, label }))} aria-label="Reported as" />
          </div>
          <Group grow align="flex-start">
            <TextInput label="Statement date" placeholder="YYYY-MM-DD" value={draft.statementDate} onChange={(e) => set('statementDate', e.currentTarget.value)} error={errors.statementDate} />
            <Select
              label="Information credibility"
              data={Object.entries(credibilityLabels).map(([value, label]) => ({ value, label }))}
              value={String(draft.credibility)}
              onChange={(v) => v && set('credibility', Number(v))}
              allowDeselect={false}
            />
          </Group>
          <Textarea label="Note" placeholder="Context, caveats (Markdown)" rows={3} value={draft.note} onChange={(e) => set('note', e.currentTarget.value)} />
          {errors.form && (
            <Text c="red" size="sm" role="alert">
              {errors.form}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              Save claim
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
