import { describe, expect, it } from 'vitest'
import { isWellFormedXml } from '../../../electron/main/services/importer/formats/xml-well-formed'

describe('the well-formedness check before mammoth', () => {
  it.each([
    ['<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>Sochi</w:t></w:r></w:p></w:body></w:document>', true],
    ['<a><!-- <b> --><![CDATA[</a>]]><c x="1 > 2"/></a>', true],
    ['<a><b></a></b>', false],
    ['<a><b>', false],
    ['<a></a><b></b>', false],
    ['<a></a></a>', false],
    ['<a x="unclosed></a>', false],
    ['<a><<b></b></a>', false],
    ['', false],
  ])('%s → %s', (xml, expected) => {
    expect(isWellFormedXml(xml)).toBe(expected)
  })
})
