// @vitest-environment node
// renderCard draws a card as the PNG link previews fetch: 1200×630, the size the page's tags announce.
import { expect, it } from 'vitest'
import { seedArticle } from '../../tests/fixtures/articles.ts'
import { indexArticle } from '../core/content/article-index.ts'
import { CARD_SIZE } from '../core/seo/page-meta.ts'
import { previewCard } from '../core/seo/preview-card.ts'
import { renderCard } from './preview-cards.tsx'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

it('draws a quote’s card as a 1200×630 PNG', async () => {
  const article = seedArticle()
  const png = await renderCard(previewCard(indexArticle(article), article.quotes[0]))
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  // The first chunk is IHDR: width and height, big-endian, right after its length and type.
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(CARD_SIZE)
  expect(CARD_SIZE).toEqual({ width: 1200, height: 630 })
})
