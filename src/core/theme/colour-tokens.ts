// The light scheme's page colours, for what is drawn outside the page (preview cards). The stylesheet's
// `--color-*` tokens are the source (src/styles.css); a contract test keeps these equal to them, as it does
// LIGHT_PALETTE (speaker-palette.ts) with `--palette-N`.

/** The light values of `--color-paper`, `--color-ink`, `--color-ink-soft` and `--color-accent`. */
export const LIGHT_COLOURS = {
  paper: '#fbfaf7',
  ink: '#1b1b1b',
  inkSoft: '#4a4a4a',
  accent: '#1d3b5c',
} as const
