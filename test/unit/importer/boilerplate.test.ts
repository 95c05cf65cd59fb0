import { describe, expect, it } from 'vitest'
import { classifyBoilerplate } from '../../../electron/main/services/importer/boilerplate'
import { prepareBlocks } from '../../../electron/main/services/importer/prepare-blocks'

const prose = 'Opposition representatives, who are meeting in Riyadh this week to form a unified delegation for the next Geneva round, were wary of the congress and its timing.'

describe('classifyBoilerplate', () => {
  it('removes a paywall glued to a wire story, with its plans and feature list', () => {
    const blocks = [
      prose,
      'Disclaimer: This story has not been edited by Northbridge Post staff and is published from a syndicated feed.',
      "You've reached your limit of free articles this month.",
      'Subscribe now to continue reading',
      'Already subscribed? Log in',
      'Digital Basic ₹199/month',
      'Premium $4.99 per month',
      'Ad-free reading',
      'Unlimited access to archives',
    ]
    expect(classifyBoilerplate(blocks).map((r) => r?.reason ?? null)).toEqual([null, 'disclaimer', 'paywall', 'paywall', 'paywall', 'paywall', 'paywall', 'paywall', 'paywall'])
  })

  it('ends a paywall run when prose resumes', () => {
    const reasons = classifyBoilerplate([prose, 'Subscribe now', 'Ad-free reading', prose]).map((r) => r?.reason ?? null)
    expect(reasons).toEqual([null, 'paywall', 'paywall', null])
  })

  it.each([
    ['[]', 'transcript artefact'],
    ['Advertisement', 'advertising'],
    ['Share this article', 'share prompt'],
    ['We use cookies to improve your experience. Accept all cookies', 'cookie notice'],
    ['Sign up for our daily newsletter', 'newsletter prompt'],
    ['Read more: Turkey warns over Kurdish role', 'related links'],
  ])('recognises %j as %s', (text, reason) => {
    expect(classifyBoilerplate([text])[0]).toEqual({ reason, by: 'importer' })
  })

  it('keeps prose that merely mentions subscriptions or cookies', () => {
    const mentions = [
      'The minister said Russia would subscribe to any agreement that preserved the ceasefire, provided the guarantors could verify compliance on the ground.',
      'Delegates joked that the only thing agreed in Geneva was the cookies served at the coffee break, as the eighth round ended without direct talks between the sides.',
    ]
    expect(classifyBoilerplate(mentions)).toEqual([null, null])
  })
})

describe('prepareBlocks', () => {
  it('normalises each block, drops empty ones and keeps removed ones marked', () => {
    const blocks = prepareBlocks([
      { kind: 'heading', text: '  Sochi  talks\r\n', page: 1 },
      { kind: 'paragraph', text: '   ', page: 1 },
      { kind: 'paragraph', text: 'First line\n\n\nsecond line', page: 2 },
      { kind: 'paragraph', text: 'Advertisement', page: 2 },
    ])
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Sochi  talks', page: 1, removed: null },
      { kind: 'paragraph', text: 'First line\nsecond line', page: 2, removed: null },
      { kind: 'paragraph', text: 'Advertisement', page: 2, removed: { reason: 'advertising', by: 'importer' } },
    ])
  })
})
