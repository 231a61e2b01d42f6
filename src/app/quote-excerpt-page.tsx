// The prerendered page of a quote in a very long article: the quote in its paragraph, speakers marked, and a
// link to the whole article. Writing the whole of a three-hour hearing into each of its 1,500 quote pages would
// make gigabytes; in the browser the app replaces this page with the whole article, opened on the quote.
import { spansByBlock } from '../core/anchoring/block-spans.ts'
import type { Article, Quote } from '../core/content/article.ts'
import { articlePath } from '../core/links/article-paths.ts'
import { speakerPaletteSlots } from '../core/speakers/speaker-palette.ts'
import { BlockText } from '../features/article/block-text.tsx'

export function QuoteExcerptPage({ article, quote }: { article: Article; quote: Quote }) {
  const block = quote.anchor.block
  const paragraph = article.paragraphs.find((candidate) => candidate.id === block)
  const speaker = article.speakers.find((candidate) => candidate.id === quote.speaker)
  const spans = [...(spansByBlock(article).get(block) ?? []), { kind: 'passage' as const, ...quote.anchor }]
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6 pb-12 sm:px-6">
      <article
        lang={article.language}
        dir={article.direction}
        aria-labelledby="article-headline"
        className="font-serif text-[1.1875rem] leading-[1.7]"
      >
        <p className="mb-3 font-sans text-sm tracking-wide text-ink-soft uppercase">
          {article.outlet.name} · a quote by {speaker?.name ?? quote.speaker}
        </p>
        <h1 id="article-headline" className="mb-6 text-3xl leading-tight font-bold text-balance">
          {article.headline}
        </h1>
        {paragraph && (
          <p data-block={block} className="mb-5">
            <BlockText
              text={paragraph.text}
              spans={spans}
              speakerSlots={speakerPaletteSlots(article.speakers)}
              speakerNames={new Map(article.speakers.map((entry) => [entry.id, entry.name]))}
            />
          </p>
        )}
      </article>
      <a
        href={articlePath(article.slug)}
        className="font-sans font-semibold text-accent underline underline-offset-2"
      >
        Read the whole article
      </a>
    </div>
  )
}
