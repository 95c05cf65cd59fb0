import { useState } from 'react'
import { ColorInput, TextInput } from '@mantine/core'
import { isHexColor, registrySwatches } from './registry-colors'

export interface NameAndColour {
  name: string
  color: string
  errors: { name?: string; color?: string }
  setName: (name: string) => void
  setColor: (color: string) => void
  /** Shows what is wrong; true when both are fine. */
  validate: () => boolean
  /** The values as saved: the name trimmed, the colour in lower case. */
  cleaned: () => { name: string; color: string }
}

/** The name and colour that party and tag forms share, with their checks; editing clears an error. */
export function useNameAndColour(initialName: string, initialColor: string): NameAndColour {
  const [name, setNameValue] = useState(initialName)
  const [color, setColorValue] = useState(initialColor)
  const [errors, setErrors] = useState<{ name?: string; color?: string }>({})
  return {
    name,
    color,
    errors,
    setName: (value) => {
      setNameValue(value)
      setErrors((e) => ({ ...e, name: undefined }))
    },
    setColor: (value) => {
      setColorValue(value)
      setErrors((e) => ({ ...e, color: undefined }))
    },
    validate: () => {
      const found = {
        name: name.trim() === '' ? 'A name is required.' : undefined,
        color: isHexColor(color) ? undefined : 'Choose a colour such as #1971c2.',
      }
      setErrors(found)
      return !found.name && !found.color
    },
    cleaned: () => ({ name: name.trim(), color: color.toLowerCase() }),
  }
}

/** Name first (focused when the form opens), then the colour: hex, with the registry palette as swatches. */
export function NameAndColourFields({ state, namePlaceholder }: { state: NameAndColour; namePlaceholder: string }): React.JSX.Element {
  return (
    <>
      <TextInput label="Name" required data-autofocus placeholder={namePlaceholder} value={state.name} error={state.errors.name} onChange={(event) => state.setName(event.currentTarget.value)} />
      <ColorInput label="Colour" format="hex" swatches={registrySwatches} swatchesPerRow={10} value={state.color} error={state.errors.color} onChange={state.setColor} />
    </>
  )
}
