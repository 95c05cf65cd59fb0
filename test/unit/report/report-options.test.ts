import { describe, expect, it } from 'vitest'
import { defaultReportOptions, parseReportOptions, reportOptionsSchema } from '../../../shared/report/report-options'

const defaults = defaultReportOptions('2018-01-08')

describe('report options', () => {
  it('has valid defaults: everything in scope, every section on, annotated passages, A4', () => {
    expect(reportOptionsSchema.parse(defaults)).toEqual(defaults)
    expect(defaults.date).toBe('2018-01-08')
    expect(Object.values(defaults.sections).every((on) => on)).toBe(true)
    expect(defaults.scope).toEqual({ documentIds: [], issueIds: [], partyIds: [], tagIds: [], from: null, to: null })
    expect(defaults.documentText).toBe('annotated-passages')
    expect(defaults.pageSize).toBe('A4')
  })

  it('enforces its limits', () => {
    const invalid = (patch: object) => reportOptionsSchema.safeParse({ ...defaults, ...patch }).success
    expect(invalid({ title: '   ' })).toBe(false)
    expect(invalid({ title: 'x'.repeat(301) })).toBe(false)
    expect(invalid({ title: 'x'.repeat(300) })).toBe(true)
    expect(invalid({ author: 'x'.repeat(201) })).toBe(false)
    expect(invalid({ classification: 'x'.repeat(201) })).toBe(false)
    expect(invalid({ summary: 'x'.repeat(50001) })).toBe(false)
    expect(invalid({ date: '2018-13-40' })).toBe(false)
    expect(invalid({ date: '8 Jan 2018' })).toBe(false)
    expect(invalid({ pageSize: 'A3' })).toBe(false)
    expect(invalid({ documentText: 'everything' })).toBe(false)
    expect(invalid({ scope: { ...defaults.scope, from: '2018-02-01', to: '2018-01-01' } })).toBe(false)
    expect(invalid({ scope: { ...defaults.scope, from: '2018-01-01', to: '2018-01-01' } })).toBe(true)
    expect(invalid({ sections: { ...defaults.sections, toc: 'yes' } })).toBe(false)
  })

  it('salvages stored options field by field, keeping the valid choices', () => {
    const stored = {
      title: 'Weekly brief',
      pageSize: 'A3',
      classification: 42,
      sections: { toc: false, cover: 'yes' },
      scope: { issueIds: ['5b2a7c1e-9d4f-4e3a-8b6c-1f2e3d4c5b6a'], from: '2018-02-01', to: '2018-01-01', partyIds: 'all' },
    }
    const options = parseReportOptions(stored, '2018-01-08')
    expect(reportOptionsSchema.safeParse(options).success).toBe(true)
    expect(options.title).toBe('Weekly brief')
    expect(options.pageSize).toBe('A4')
    expect(options.classification).toBe('')
    expect(options.sections).toEqual({ ...defaults.sections, toc: false })
    expect(options.scope).toEqual({ ...defaults.scope, issueIds: ['5b2a7c1e-9d4f-4e3a-8b6c-1f2e3d4c5b6a'] })
    expect(parseReportOptions('garbage', '2018-01-08')).toEqual(defaults)
    expect(parseReportOptions({ ...defaults, title: 'Kept whole' }, '2019-01-01')).toEqual({ ...defaults, title: 'Kept whole' })
  })
})
