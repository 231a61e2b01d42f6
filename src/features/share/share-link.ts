// Sending a link or a text from the reader's device: the native share sheet on touch screens, the clipboard
// elsewhere. Callers say what happened, visibly and in a live region; see ShareStatus.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/**
 * True where the native share sheet is the natural way to send a link: the Web Share API exists and the
 * primary pointer is touch (phones, tablets). Desktop browsers that have the API too get the clipboard,
 * which is what "Copy link" promises there.
 */
export function canUseShareSheet(): boolean {
  return typeof navigator.share === 'function' && window.matchMedia?.('(pointer: coarse)').matches === true
}

/** Opens the share sheet where it fits, and copies the link everywhere else or when the sheet fails. */
export async function shareLink(data: { url: string; title: string; text: string }): Promise<ShareOutcome> {
  if (canUseShareSheet()) {
    try {
      await navigator.share(data)
      return 'shared'
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled'
      // Otherwise (not allowed here, say) fall back to the clipboard.
    }
  }
  return copyText(data.url)
}

/** Copies plain text to the clipboard; 'failed' where the browser refuses (an insecure page, a denied permission). */
export async function copyText(text: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(text)
    return 'copied'
  } catch {
    return 'failed'
  }
}
