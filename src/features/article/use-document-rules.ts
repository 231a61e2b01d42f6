// Style rules the page changes while it runs (the filter, the previewed quote), kept in a constructed style sheet
// adopted by the document: the object model, not a <style> element, so they apply under a Content-Security-Policy
// that allows no inline style. Where a browser cannot construct sheets (older engines, jsdom), a <style> element.
import { useLayoutEffect, useRef } from 'react'

interface RuleSheet {
  replace(rules: string): void
  remove(): void
}

function adoptedSheet(): RuleSheet {
  const sheet = new CSSStyleSheet()
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  return {
    replace: (rules) => sheet.replaceSync(rules),
    remove: () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)
    },
  }
}

function styleElement(): RuleSheet {
  const element = document.createElement('style')
  document.head.append(element)
  return {
    replace: (rules) => {
      element.textContent = rules
    },
    remove: () => element.remove(),
  }
}

function canAdopt(): boolean {
  try {
    return 'adoptedStyleSheets' in document && typeof new CSSStyleSheet().replaceSync === 'function'
  } catch {
    return false
  }
}

/** Applies `rules` to the document while the calling component is mounted, replacing them as they change. */
export function useDocumentRules(rules: string): void {
  const sheet = useRef<RuleSheet | null>(null)
  useLayoutEffect(() => {
    const created = canAdopt() ? adoptedSheet() : styleElement()
    sheet.current = created
    return () => {
      created.remove()
      sheet.current = null
    }
  }, [])
  useLayoutEffect(() => {
    sheet.current?.replace(rules)
  }, [rules])
}
