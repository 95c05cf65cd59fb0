import { ColorInput } from '@mantine/core'
import { registrySwatches } from './registry-colors'

/** The colour field of party and tag forms: hex, with the registry palette as swatches. */
export function ColorField({ value, error, onChange }: { value: string; error?: string; onChange: (value: string) => void }): React.JSX.Element {
  return <ColorInput label="Colour" format="hex" swatches={registrySwatches} swatchesPerRow={10} value={value} error={error} onChange={onChange} />
}
