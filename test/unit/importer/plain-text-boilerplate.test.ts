import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { boilerplateReason } from '../../../electron/main/services/importer/boilerplate'
import { parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { pageFurnitureReason } from '../../../electron/main/services/importer/plain-text/page-furniture'
import { hardWrap } from '../../bench/plain-text/render-shapes'

// As the parser judges a line: page furniture first (whole-line matches), then content rules.
const reasonOf = (line: string) => pageFurnitureReason(line) ?? boilerplateReason(line)
const story = [
  'Syrian opposition unites behind single delegation for Geneva',
  'RIYADH - Syrian opposition groups meeting in the Saudi capital agreed on Thursday to send a single delegation to the next round of UN-backed talks in Geneva, ending months of wrangling over who speaks for the rebels.',
  'The new delegation will be led by Nasr al-Hariri, a cardiologist from Deraa who has taken part in earlier rounds of the negotiations.',
  'In a final statement, the participants said President Bashar al-Assad must leave power at the start of any political transition.',
]
const kept = (source: string) => parsePlainText(source).blocks.filter((b) => !b.removed).map((b) => b.text)
const removedReasons = (source: string) => parsePlainText(source).blocks.filter((b) => b.removed).map((b) => b.removed!.reason)

describe('boilerplate lines', () => {
  it.each([
    ["You've reached your limit of free articles this month.", 'paywall'],
    ['You have read all of your 5 free stories', 'paywall'],
    ['You’ve used your 3 free articles', 'paywall'],
    ['2 free articles left', 'paywall'],
    ['This article is for subscribers only', 'paywall'],
    ['Subscribe now to continue reading', 'paywall'],
    ['Subscribe to The Gulf Observer', 'paywall'],
    ['Become a member', 'paywall'],
    ['Start your free trial', 'paywall'],
    ['Get unlimited access', 'paywall'],
    ['Already subscribed? Log in', 'paywall'],
    ['Already a subscriber? Sign in', 'paywall'],
    ['Log in to continue reading', 'paywall'],
    ['Digital Basic ₹199/month', 'paywall'],
    ['Monthly Digital Rs 149/month', 'paywall'],
    ['Premium $4.99 per month', 'paywall'],
    ['Annual plan €49 a year', 'paywall'],
    ['Weekend print £2.50 per week', 'paywall'],
    ['Cancel anytime', 'paywall'],
    ['Disclaimer: This story has not been edited by Gulf Observer staff.', 'disclaimer'],
    ['(This story has not been edited by the Levant Herald staff and is auto-generated from a syndicated feed.)', 'disclaimer'],
    ['Share this article', 'share prompt'],
    ['Share on Facebook', 'share prompt'],
    ['Share via Email', 'share prompt'],
    ['Facebook', 'share prompt'],
    ['WhatsApp', 'share prompt'],
    ['Follow us on Twitter', 'share prompt'],
    ['We use cookies to improve your experience. Accept all cookies', 'cookie notice'],
    ['This site uses cookies to personalise content and ads.', 'cookie notice'],
    ['Sign up for our daily newsletter', 'newsletter prompt'],
    ['Get our Middle East newsletter', 'newsletter prompt'],
    ['Skip to main content', 'navigation'],
    ['Menu', 'navigation'],
    ['Sign in / Sign up', 'navigation'],
    ['5 min read', 'navigation'],
    ['World', 'navigation'],
    ['14 Comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['Join the conversation', 'comments'],
    ['3 hours ago', 'comments'],
    ['Reply', 'comments'],
    ['Sort by: Newest', 'comments'],
    ['Privacy Policy', 'page footer'],
    ['About us | Contact us | Advertise | Careers', 'page footer'],
    ['Terms of Use · Cookie Policy · Accessibility', 'page footer'],
    ['Related stories', 'related links'],
    ['Most read', 'related links'],
    ['Read more: Turkey warns over Kurdish role', 'related links'],
    ['© 2017 The Levant Herald. All rights reserved.', 'copyright'],
    ['Copyright 2017 Caspian Media Group', 'copyright'],
    ['All rights reserved.', 'copyright'],
    ['Advertisement', 'advertising'],
    ['Advertisement - Scroll to continue', 'advertising'],
    ['[]', 'transcript artefact'],
    ['(BEGIN VIDEO CLIP)', 'transcript artefact'],
    ['(COMMERCIAL BREAK)', 'transcript artefact'],
  ])('%j is %s', (line, reason) => {
    expect(reasonOf(line)).toBe(reason)
  })

  it.each([
    'The minister said Russia would subscribe to any agreement that preserved the ceasefire, provided the guarantors could verify compliance.',
    'Share prices in Istanbul fell after the minister spoke.',
    'Delegates joked that the only thing agreed in Geneva was the cookies served at the coffee break.',
    'Several comments by the envoy were later withdrawn.',
    'The menu of options before the guarantors has narrowed since the summer.',
    'Monitors say the fighting around Idlib has killed more than 200 people, a figure that could not be verified independently.',
  ])('keeps prose that merely mentions the words: %j', (line) => {
    expect(reasonOf(line)).toBeNull()
  })

  it('removes a paywall glued to a one-per-line story line by line, each restorable with its reason', () => {
    const source = [...story, 'Disclaimer: This story has not been edited by Gulf Observer staff.', "You've reached your limit of free articles this month.", 'Subscribe now', 'Already subscribed? Log in', 'Digital Basic ₹199/month', 'Ad-free reading', 'E-paper on any device'].join('\n')
    expect(kept(source)).toEqual(story.slice(1))
    expect(removedReasons(source)).toEqual(['disclaimer', 'paywall', 'paywall', 'paywall', 'paywall', 'paywall', 'paywall'])
  })

  it('finds a paywall sentence that a wrapper split over two lines', () => {
    const wrapped = [story[0]!, '', ...story.slice(1).flatMap((p) => [...hardWrap(p, 60), '']), ...hardWrap("You've reached your limit of free articles this month. Subscribe to keep reading.", 60)].join('\n')
    expect(kept(wrapped)).toEqual(story.slice(1))
  })

  it('never merges a paywall line into the wrapped paragraph above it', () => {
    const lines = hardWrap(story[1]!, 72)
    const source = [story[0]!, ...lines, 'Subscribe now to continue reading', 'Already subscribed? Log in'].join('\n')
    expect(kept(source)).toEqual([story[1]])
  })

  it('starts no paywall run at a "Subscribe" button above the article', () => {
    const source = ['Subscribe', ...story].join('\n')
    expect(parsePlainText(source).title).toBe(story[0])
    expect(kept(source)).toEqual(story.slice(1))
  })
})

describe('whole-page pastes', () => {
  it('keeps the article whole and removes the page around it, each part named', async () => {
    const parsed = parsePlainText(await readFile(resolve('test/fixtures/text/shapes/whole-page-paste.txt'), 'utf8'))
    const keptBlocks = parsed.blocks.filter((b) => !b.removed).map((b) => b.text)
    expect(keptBlocks).toHaveLength(5)
    expect(keptBlocks[0]).toMatch(/^GENEVA - The UN special envoy/)
    expect(keptBlocks.at(-1)).toMatch(/would not accept preconditions\.$/)
    const reasonFor = (text: string) => parsed.blocks.find((b) => b.text === text)?.removed?.reason
    expect(reasonFor('Skip to main content')).toBe('navigation')
    expect(reasonFor('Politics')).toBe('navigation')
    expect(reasonFor('Accept all cookies')).toBe('cookie notice')
    expect(reasonFor('Share on Twitter')).toBe('share prompt')
    expect(reasonFor('Advertisement')).toBe('advertising')
    expect(reasonFor('Astana guarantors extend de-escalation zones')).toBe('related links')
    expect(reasonFor('Death toll in Syria passes 340,000, monitor says')).toBe('related links')
    expect(reasonFor('Geneva has achieved nothing in five years. Why should this round be any different?')).toBe('comments')
    expect(reasonFor('samir_k')).toBe('comments')
    expect(reasonFor('Privacy Policy | Terms of Use | Cookie Policy')).toBe('page footer')
    expect(reasonFor('© 2017 The Levant Herald. All rights reserved.')).toBe('copyright')
    expect(parsed).toMatchObject({ title: 'UN envoy keeps Geneva at the centre as Sochi plans take shape', byline: 'Karim Haddad', publishedAt: '2017-11-28', outlet: 'The Levant Herald' })
  })

  it('trims nothing from an article alone, even one that opens with short lines and a list', () => {
    const source = ['Astana statement: the main points', 'By Aylin Demir', ...story.slice(1), '- a date for the congress', '- more observation posts', '- an exchange of detainees', 'The next round is expected in January.'].join('\n')
    const parsed = parsePlainText(source)
    expect(parsed.blocks.filter((b) => b.removed).map((b) => b.removed!.reason)).toEqual(['byline'])
    expect(parsed.blocks.filter((b) => !b.removed)).toHaveLength(7)
  })

  it('keeps comment-like prose inside an article that has no comment section', () => {
    const source = [...story, 'Reply from the government came two days later, in a statement read on state television.'].join('\n')
    expect(kept(source)).toEqual([...story.slice(1), 'Reply from the government came two days later, in a statement read on state television.'])
  })
})
