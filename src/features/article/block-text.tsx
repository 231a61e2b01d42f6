// Renders one block of the article from its segment tree: mentions, quotes and the highlighted passage.
import { memo, useMemo } from 'react'
import { segmentBlock, type Segment, type Span } from '../../core/anchoring/segment-block.ts'

interface BlockTextProps {
  text: string
  spans: readonly Span[]
  speakerSlots: ReadonlyMap<string, number>
  speakerNames: ReadonlyMap<string, string>
}

/** The text of a block with its spans as elements; memoized, since filtering is done by CSS, not re-rendering. */
export const BlockText = memo(function BlockText({
  text,
  spans,
  speakerSlots,
  speakerNames,
}: BlockTextProps) {
  const segments = useMemo(() => segmentBlock(text, spans), [text, spans])
  return <>{segments.map((segment) => renderSegment(segment, speakerSlots, speakerNames))}</>
})

function renderSegment(
  segment: Segment,
  slots: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
): React.ReactNode {
  if (segment.kind === 'text') return segment.text
  const children = segment.children.map((child) => renderSegment(child, slots, names))
  const { span } = segment
  const key = `${span.kind}${segment.start}-${segment.end}`
  switch (span.kind) {
    case 'mention':
      return (
        <span
          key={key}
          data-speaker={span.speaker}
          className={`mention speaker-${slots.get(span.speaker) ?? 0}`}
          title={names.get(span.speaker)}
        >
          {children}
        </span>
      )
    case 'quote':
      return (
        <span
          key={key}
          data-quote={span.quote}
          data-quote-speaker={span.speaker}
          className={`quote quote-${span.speech ?? 'direct'} speaker-${slots.get(span.speaker) ?? 0}`}
        >
          {children}
        </span>
      )
    case 'passage': {
      // The first piece takes focus when the passage is opened, so screen readers start reading there.
      const first = segment.start === span.start
      return (
        <mark
          key={key}
          className="passage"
          data-passage-start={first ? '' : undefined}
          tabIndex={first ? -1 : undefined}
        >
          {children}
        </mark>
      )
    }
  }
}
