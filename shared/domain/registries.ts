import { z } from 'zod'

const idSchema = z.string().min(1).max(100)
const nameSchema = z.string().trim().min(1).max(300)
const aliasesSchema = z.array(nameSchema).max(100)
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour such as #1c7ed6')

/** NATO / Admiralty source reliability: A completely reliable … E unreliable, F cannot be judged. */
export const reliabilitySchema = z.enum(['A', 'B', 'C', 'D', 'E', 'F'])
export type Reliability = z.infer<typeof reliabilitySchema>

/** A side whose stated positions are compared: Russia, Syrian opposition, UN … */
export const partySchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: colorSchema,
  aliases: aliasesSchema,
})
export type Party = z.infer<typeof partySchema>

export const sourceKindSchema = z.enum(['person', 'organisation', 'document'])

/** Who made a statement: a person, a body, or a document. */
export const sourceSchema = z.object({
  id: idSchema,
  name: nameSchema,
  aliases: aliasesSchema,
  kind: sourceKindSchema,
  partyIds: z.array(idSchema).max(50),
  reliability: reliabilitySchema,
})
export type Source = z.infer<typeof sourceSchema>

/** The question a position is about: "Sochi congress", "Kurdish participation" … */
export const issueSchema = z.object({
  id: idSchema,
  title: nameSchema,
  description: z.string().max(5000),
  /** Words an analyst expects in statements on this issue ("congress", "Sochi"); used to propose the issue of a claim. */
  keywords: z.array(nameSchema).max(200).optional(),
})
export type Issue = z.infer<typeof issueSchema>

/** A code in the analyst's hierarchical codebook. */
export const tagSchema = z.object({
  id: idSchema,
  name: nameSchema,
  color: colorSchema,
  parentId: idSchema.nullable(),
})
export type Tag = z.infer<typeof tagSchema>
