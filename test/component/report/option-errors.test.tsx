import { describe, expect, it } from 'vitest'
import { optionErrors } from '../../../renderer/src/features/report/option-errors'
import { ParleyIpcError } from '../../../renderer/src/ipc/parley-client'

describe('optionErrors', () => {
  it('puts main’s validation details beside the fields they name, in the analyst’s words', () => {
    const error = new ParleyIpcError({
      code: 'invalid-arguments',
      message: 'Invalid arguments for report:save-options.',
      details: ['options.title: Too small: expected string to have >=1 characters', 'options.scope.to: "from" must not be after "to"', 'options.date: Invalid ISO date', 'options.scope.issueIds: Too big'],
    })
    expect(optionErrors(error)).toEqual({
      fields: { title: 'Give the report a title (at most 300 characters).', 'scope.to': '“From” must not be after “To”.', date: 'Enter a real date as YYYY-MM-DD.' },
      other: ['options.scope.issueIds: Too big'],
    })
  })

  it('passes any other failure on as it came', () => {
    const error = new ParleyIpcError({ code: 'library-in-use', message: 'Another Parley has this library open.', details: ['/tmp/lib/library.lock'] })
    expect(optionErrors(error)).toEqual({ fields: {}, other: ['Another Parley has this library open.', '/tmp/lib/library.lock'] })
    expect(optionErrors(null)).toEqual({ fields: {}, other: [] })
  })
})
