import type { ComponentProps } from 'react'

/** A small sample of how a speaker is marked in the text: the same colour and underline pattern. */
export function SpeakerSwatch({
  palette,
  className,
  ...props
}: ComponentProps<'span'> & { palette: number }) {
  return <span aria-hidden="true" className={`swatch speaker-${palette} ${className ?? ''}`} {...props} />
}
