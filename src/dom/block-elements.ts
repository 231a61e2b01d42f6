// Ties a rendered element to the article block it shows. The attribute is named here and nowhere else: the
// article renders with `blockAttributes`, and other code finds blocks through this module, never by selector.

/** The attribute whose value is the id of the block (headline, summary or paragraph) an element renders. */
export const BLOCK_ATTRIBUTE = 'data-block'

const BLOCK_SELECTOR = `[${BLOCK_ATTRIBUTE}]`

/** The props that mark an element as rendering a block; spread them on the element. */
export function blockAttributes(block: string): { [BLOCK_ATTRIBUTE]: string } {
  return { [BLOCK_ATTRIBUTE]: block }
}

/** Every block element under `root`, in document order. */
export function blockElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCK_SELECTOR)]
}

/**
 * The attribute of a box that holds several blocks and that the browser may leave unlaid-out while it is far from
 * the screen (a deferred chunk of the text, decision 012).
 */
export const DEFERRED_BOX_ATTRIBUTE = 'data-deferred-box'

/** The props that mark an element as a deferred box of blocks; spread them on the element. */
export function deferredBoxAttributes(): { [DEFERRED_BOX_ATTRIBUTE]: string } {
  return { [DEFERRED_BOX_ATTRIBUTE]: '' }
}

/**
 * The element whose box stands for a block's place on the page at no cost: the deferred box that holds it, or the
 * block itself. Measuring a block inside a box the browser has skipped makes it lay out the whole box.
 */
export function standInOf(block: Element): Element {
  return block.closest(`[${DEFERRED_BOX_ATTRIBUTE}]`) ?? block
}

/** The id of the block an element renders, or null if it renders none. */
export function blockOfElement(element: Element): string | null {
  return element.getAttribute(BLOCK_ATTRIBUTE)
}

/** The block element under `root` that holds `node` (or is it), or null if the node is in no block there. */
export function enclosingBlockElement(root: Node, node: Node): Element | null {
  let block: Element | null = null
  // One climb to the root both finds the innermost block and proves it is under the root, not elsewhere on the page.
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at === root) return block
    // nodeType rather than instanceof: the node may come from another window (an editor's iframe).
    if (!block && at.nodeType === at.ELEMENT_NODE && (at as Element).hasAttribute(BLOCK_ATTRIBUTE))
      block = at as Element
  }
  return null
}
