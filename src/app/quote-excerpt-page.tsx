// The prerendered page of a quote in an article over a few thousand characters (FULL_QUOTE_PAGES_UP_TO): the
// quote in its paragraphs, speakers marked, and a link to the whole article. Each quote page carrying the whole
// text would grow with length times quotes (a three-hour hearing's 1,500 would make gigabytes); in the browser
// the app replaces this page with the whole article, opened on the quote.
import { spansByBlock } from '../core/anchoring/block-spans.ts'
import type { ArticleIndex } from '../core/content/article-index.ts'
import type { Quote } from '../core/content/article.ts'
import { articlePath } from '../core/links/article-paths.ts'
import { blockAttributes } from '../dom/block-elements.ts'
import { BlockText } from '../features/article/block-text.tsx'

export function QuoteExcerptPage({ index, quote }: { index: ArticleIndex; quote: Quote }) {
  const { article } = index
  // A quote over several paragraphs has one anchor in each, in reading order.
  const blocks = [...new Set(quote.anchors.map((anchor) => anchor.block))]
  const paragraphs = article.paragraphs.filter((paragraph) => blocks.includes(paragraph.id))
  const spans = spansByBlock(article)
  const speakerNames = new Map([...index.speakers].map(([id, speaker]) => [id, speaker.name]))
  return (
    <div className="mx-auto max-w-2xl px-4 pt-6 pb-12 sm:px-6">
      <article
        lang={article.language}
        dir={article.direction}
        aria-labelledby="article-headline"
        className="font-serif text-[1.1875rem] leading-[1.7]"
      >
        <p className="mb-3 font-sans text-sm tracking-wide text-ink-soft uppercase">
          {article.outlet.name} · a quote by {index.speakerOf(quote).name}
        </p>
        <h1 id="article-headline" className="mb-6 text-3xl leading-tight font-bold text-balance">
          {article.headline}
        </h1>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.id} {...blockAttributes(paragraph.id)} className="mb-5">
            <BlockText
              text={paragraph.text}
              spans={[
                ...(spans.get(paragraph.id) ?? []),
                ...quote.anchors
                  .filter((anchor) => anchor.block === paragraph.id)
                  .map((anchor) => ({ kind: 'passage' as const, ...anchor })),
              ]}
              speakerSlots={index.speakerSlots}
              speakerNames={speakerNames}
            />
          </p>
        ))}
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
