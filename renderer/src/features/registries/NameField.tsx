import { TextInput } from '@mantine/core'

/** The name field every registry form opens with; typing clears its error. */
export function NameField({ placeholder, value, error, onChange }: { placeholder: string; value: string; error?: string; onChange: (value: string) => void }): React.JSX.Element {
  return <TextInput label="Name" required data-autofocus placeholder={placeholder} value={value} error={error} onChange={(event) => onChange(event.currentTarget.value)} />
}
