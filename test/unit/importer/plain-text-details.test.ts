import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../../../electron/main/services/importer/parse-plain-text'
import { readDateline, readSignOff } from '../../../electron/main/services/importer/text-metadata'
import { readBylineLine, readReportsFrom } from '../../../electron/main/services/importer/plain-text/bylines'
import { readDateLine } from '../../../electron/main/services/importer/plain-text/date-lines'
import { findDate } from '../../../electron/main/services/importer/plain-text/dates'
import { outletFromCopyright, outletFromDisclaimer, outletFromSubscription } from '../../../electron/main/services/importer/plain-text/outlets'

const body = 'The guarantors said the four de-escalation zones remained in force and that the ceasefire monitoring centre would be strengthened in the coming weeks.'
const closing = 'Diplomats expect the next round of talks before the end of the year, though no date has been announced by the host country.'

describe('datelines', () => {
  it.each([
    ['SOCHI, Russia, Nov 22 (Caspian Wire Service) - The leaders', 'Caspian Wire Service', '2017-11-22'],
    ['Sochi, Russia, Nov 22 (Caspian Wire Service) - The leaders', 'Caspian Wire Service', '2017-11-22'],
    ['GENEVA, Dec. 14, 2017 (Meridian) — Talks ended.', 'Meridian', '2017-12-14'],
    ['ASTANA, 2017-11-30 - Delegations met', null, '2017-11-30'],
    ['Beirut, 22 November 2017 — Lebanese officials said', null, '2017-11-22'],
    ['MOSCOW (Levant Wire Agency) - The Kremlin said', 'Levant Wire Agency', null],
    ['WASHINGTON (AP) — The State Department said', 'AP', null],
  ])('%j gives outlet %j and date %j', (opening, outlet, date) => {
    expect(readDateline(opening, `${opening} In 2017.`)).toEqual({ outlet, date, dateWithoutYear: null })
  })

  it.each(['RIYADH - Syrian opposition groups met.', 'Russia, Iran and Turkey have thrown their weight behind the plan (again) - and more.', 'The talks - which began on Monday - ended.'])('finds no outlet or date in %j', (opening) => {
    expect(readDateline(opening, opening)).toBeNull()
  })

  it('says the year is missing when the text does not settle it', () => {
    expect(readDateline('MOSCOW, Nov 30 (Agency) - Text from 2016 and 2017.', 'from 2016 and 2017')).toEqual({ outlet: 'Agency', date: null, dateWithoutYear: 'Nov 30', monthDay: { month: 11, day: 30 } })
  })
})

describe('sign-offs', () => {
  it.each([
    ['ELENA MARKOVA SOCHI The leaders left with an agreement. EM, CHANNEL SEVEN WORLD, SOCHI.', [], 'Channel Seven World', 'Elena Markova'],
    ['The leaders left with an agreement. EM, Channel Seven World, Sochi.', ['Elena Markova'], 'Channel Seven World', 'Elena Markova'],
    ['KH, Levant Television, Sochi.', ['Karim Haddad'], 'Levant Television', 'Karim Haddad'],
    ['Closing words from Geneva. SDM, BBC NEWS, GENEVA.', ['Staffan de Mistura'], 'BBC News', 'Staffan de Mistura'],
    ['JOHN SMITH LONDON Closing words. EM, WORLD NEWS, LONDON.', ['Jane Doe'], 'World News', null],
  ])('%j gives outlet %j and correspondent %j', (text, reporters, outlet, byline) => {
    expect(readSignOff(text, reporters)).toMatchObject({ outlet, byline })
  })

  it.each(['He said the talks would go on, in Geneva, next week.', 'The statement was signed by Russia, Iran, Turkey.', 'Talks resume in Geneva. UN, Geneva.'])('reads no sign-off in %j', (text) => {
    expect(readSignOff(text)).toBeNull()
  })
})

describe('bylines and reporters', () => {
  it.each([
    ['By Hanna Lindqvist', 'Hanna Lindqvist'],
    ['BY ELENA MARKOVA', 'Elena Markova'],
    ['by Karim Haddad and Aylin Demir', 'Karim Haddad and Aylin Demir'],
    ['By Karim Haddad, Beirut correspondent', 'Karim Haddad'],
    ['By Karim Haddad | Levant Herald', 'Karim Haddad'],
    ['By JANE DOE NOV. 22, 2017', 'Jane Doe'],
    ['BYLINE: Andrew Marsh', 'Andrew Marsh'],
    ['Written by Nasr al-Hariri', 'Nasr al-Hariri'],
    ['Reporting by Elena Markova; Editing by the Moscow desk', 'Elena Markova'],
    ['By the way, the talks ended without a statement.', null],
    ['Byzantine rules govern the seating of delegations.', null],
  ])('%j names %j', (line, names) => {
    expect(readBylineLine(line)).toBe(names)
  })

  it.each([
    ['Elena Markova reports from Sochi.', 'Elena Markova', 'Sochi'],
    ['Our correspondent Jane Doe reports from Moscow', 'Jane Doe', 'Moscow'],
    ['Correspondent Jan de Vries, reporting from The Hague, said the court would rule.', 'Jan de Vries', 'The Hague'],
    ["The BBC's Jon Hale reports from Washington.", 'Jon Hale', 'Washington'],
    ['Karim Haddad reports from the Black Sea coast.', 'Karim Haddad', 'Black Sea'],
    ['He reports from Geneva.', null, null],
  ])('%j: reporter %j in %j', (text, name, place) => {
    expect(readReportsFrom(text)).toEqual(name ? { name, place } : null)
  })

  it('takes the byline from a "By" line and keeps that line out of the reading text', () => {
    const parsed = parsePlainText(['Opposition unites in Riyadh', 'By Hanna Lindqvist', body, closing].join('\n'))
    expect(parsed.byline).toBe('Hanna Lindqvist')
    expect(parsed.blocks.map((b) => b.removed?.reason ?? null)).toEqual(['byline', null, null])
  })

  it('takes the byline from "Our correspondent … reports from …" when there is no "By" line', () => {
    expect(parsePlainText(['Sochi readies for congress', `${body} Our correspondent Jane Doe reports from Moscow.`, closing].join('\n')).byline).toBe('Jane Doe')
  })

  it('leaves a credit line at the end in the text, and reads the reporter from it', () => {
    const parsed = parsePlainText(['Kremlin says objections will not block congress', body, closing, 'Reporting by Elena Markova; Editing by the Moscow desk'].join('\n'))
    expect(parsed.byline).toBe('Elena Markova')
    expect(parsed.blocks.filter((b) => b.removed)).toEqual([])
  })
})

describe('the outlet, from what the text says of itself', () => {
  it.each([
    [outletFromDisclaimer, 'Disclaimer: This story has not been edited by Northbridge Post staff and is published from a syndicated feed.', 'Northbridge Post'],
    [outletFromDisclaimer, '(This story has not been edited by the Gulf Observer staff and is auto-generated from a syndicated feed.)', 'Gulf Observer'],
    [outletFromDisclaimer, 'The views expressed are those of the author and do not reflect the views of Meridian Daily.', 'Meridian Daily'],
    [outletFromCopyright, '© 2017 Meridian Daily. All rights reserved.', 'Meridian Daily'],
    [outletFromCopyright, '(c) 2016-2017 The Levant Herald', 'The Levant Herald'],
    [outletFromCopyright, 'Copyright 2017 Caspian Media Group Ltd', 'Caspian Media Group'],
    [outletFromCopyright, 'Copyright © 2024 All rights reserved', null],
    [outletFromSubscription, 'Subscribe to The Gulf Observer', 'The Gulf Observer'],
    [outletFromSubscription, 'Subscribe to Meridian Daily for unlimited access', 'Meridian Daily'],
    [outletFromSubscription, 'Subscribe to our newsletter', null],
    [outletFromSubscription, 'Subscribe now to continue reading', null],
  ])('%o reads %j as %j', (read, text, outlet) => {
    expect(read(text)).toBe(outlet)
  })

  it.each([
    ['a disclaimer', 'Disclaimer: This story has not been edited by Gulf Observer staff.', 'Gulf Observer'],
    ['a copyright line', '© 2017 The Levant Herald. All rights reserved.', 'The Levant Herald'],
    ['the subscription prompt', 'Subscribe to The Northbridge Post', 'The Northbridge Post'],
  ])('names the outlet from %s when no dateline or sign-off does', (_name, line, outlet) => {
    expect(parsePlainText(['Guarantors extend zones', body, closing, line].join('\n')).outlet).toBe(outlet)
  })

  it('prefers the wire agency of the dateline to the site named in the disclaimer', () => {
    const parsed = parsePlainText(['Guarantors extend zones', `ASTANA, Dec 22 (Levant Wire Agency) - ${body}`, closing, 'Disclaimer: This story has not been edited by Gulf Observer staff.', '© 2017 Gulf Observer'].join('\n'))
    expect(parsed).toMatchObject({ outlet: 'Levant Wire Agency', publishedAt: '2017-12-22' })
  })
})

describe('publication dates', () => {
  it.each([
    ['Nov 22, 2017', '2017-11-22'],
    ['Nov. 22, 2017', '2017-11-22'],
    ['November 22, 2017', '2017-11-22'],
    ['22 November 2017', '2017-11-22'],
    ['22 Nov 2017', '2017-11-22'],
    ['2017-11-22', '2017-11-22'],
    ['2017-11-22T10:41:00Z', '2017-11-22'],
    ['Wednesday, November 22, 2017 10:41 AM', '2017-11-22'],
    ['Wed 22 Nov 2017 10.41 GMT', '2017-11-22'],
    ['Published: 2017-11-22', '2017-11-22'],
    ['Updated November 23, 2017 at 9:15 a.m. ET', '2017-11-23'],
    ['Posted on Nov. 22, 2017 by Jane Doe', '2017-11-22'],
    ['January 11, 2010 Monday', '2010-01-11'],
    ['22.11.2017 | 10:41', '2017-11-22'],
    ['11/22/2017', '2017-11-22'],
    ['22/11/2017', '2017-11-22'],
    ['Le 22 novembre 2017 à 10h41', '2017-11-22'],
    ['22 de noviembre de 2017', '2017-11-22'],
    ['22. November 2017', '2017-11-22'],
  ])('%j is a date line for %s', (line, date) => {
    expect(readDateLine(line)).toBe(date)
  })

  it.each(['The talks on November 22, 2017 ended without agreement.', '05/06/2017', 'February 30, 2017', 'Issue 2017'])('%j is no date line', (line) => {
    expect(readDateLine(line)).toBeNull()
  })

  it('finds the first date written out in a sentence, in any form', () => {
    expect(findDate('The statement, dated 2017-12-22, followed talks on Dec 21, 2017.')).toMatchObject({ date: '2017-12-22' })
    expect(findDate('Talks began on 21 December 2017 and ended on 2017-12-22.')).toMatchObject({ date: '2017-12-21' })
  })

  it('reads the date line under the headline and keeps it out of the reading text', () => {
    const parsed = parsePlainText(['Opposition unites in Riyadh', 'Nov. 24, 2017', body, closing].join('\n'))
    expect(parsed.publishedAt).toBe('2017-11-24')
    expect(parsed.blocks[0]!.removed).toEqual({ reason: 'date line', by: 'importer' })
    expect(parsed.warnings).toEqual([])
  })

  it('says when no date can be found, so the analyst can set it', () => {
    const parsed = parsePlainText(['Opposition unites in Riyadh', body, closing].join('\n'))
    expect(parsed.publishedAt).toBeNull()
    expect(parsed.warnings[0]).toMatch(/^No publication date found/)
  })

  it('says when the dateline has no year, with the same opening words', () => {
    const parsed = parsePlainText(['Opposition unites in Riyadh', `MOSCOW, Nov 30 (Agency) - ${body} In 2016 and 2017 alike.`, closing].join('\n'))
    expect(parsed.warnings[0]).toMatch(/^No publication date found: the dateline gives Nov 30 but no year/)
  })
})
