// The two Vite builds of the site: the client bundle, and the same app for Node (src/entry-server.tsx) that the
// prerender step renders pages with. They run in a child process: the bundler keeps about 500 MB it never gives
// back, and rendering the pages and cards after it would add to that in the same process.
import { fork } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { InlineConfig } from 'vite'
import type { SiteConfigOptions } from './site-config.ts'

export interface BundleOptions extends SiteConfigOptions {
  /** Where the server bundle is written. */
  ssrDir: string
}

/** What the bundling process used: its peak memory (resident set, bytes) and its processor time (seconds). */
export interface BundlingCost {
  peakMemory: number
  cpuSeconds: number
}

/** Builds both bundles in a child process. */
export function buildBundlesApart(options: BundleOptions): Promise<BundlingCost> {
  return new Promise((resolve, reject) => {
    // tsx is named, not inherited: the parent may be tsx's own process or a test runner's.
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(options)], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: 'inherit',
    })
    let cost: BundlingCost = { peakMemory: 0, cpuSeconds: 0 }
    child.on('message', (message: BundlingCost) => (cost = message))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0
        ? resolve(cost)
        : reject(new Error(`Bundling the site failed (exit code ${code}); see above`)),
    )
  })
}

/**
 * The client bundle into `outDir` and the server bundle into `ssrDir`, both production builds. Vite takes
 * "production" only from process.env.NODE_ENV (its `isProduction`: React's production JSX and build, minified
 * CSS), not from `mode`: the child process is started with it. The server bundle carries its own copy of React
 * and the libraries around it, with NODE_ENV compiled in, so importing it needs no environment.
 */
async function buildBundles({ contentDir, outDir, ssrDir }: BundleOptions): Promise<void> {
  // Imported here, in the child: loaded in the parent, the bundler alone would hold 200 MB there.
  const { build, mergeConfig } = await import('vite')
  const { siteConfig } = await import('./site-config.ts')
  const config = (overrides: InlineConfig) =>
    mergeConfig(siteConfig({ contentDir, outDir }), {
      configFile: false,
      mode: 'production',
      logLevel: 'warn',
      ...overrides,
    } satisfies InlineConfig)
  await build(config({ build: { emptyOutDir: true } }))
  await build(
    config({
      build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, copyPublicDir: false },
      ssr: { noExternal: true },
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    }),
  )
}

/** This process's peak memory and processor time so far. */
export function processCost(): BundlingCost {
  const usage = process.resourceUsage()
  return { peakMemory: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.env.NODE_ENV !== 'production') throw new Error('Bundle with NODE_ENV=production')
  await buildBundles(JSON.parse(process.argv[2]!) as BundleOptions)
  // The bundler may leave handles open; the parent needs only the answer, then the process ends.
  process.send?.(processCost() satisfies BundlingCost, () => process.exit(0))
}
