// The speaker filter lives in the URL, so back, reload and a copied link all keep it.
import { useCallback, useMemo } from 'react'
import { useLocation } from 'wouter'
import { decodeSpeakerFilter, encodeSpeakerFilter } from '../core/links/speaker-filter.ts'
import { useRawSearch } from './use-raw-search.ts'

export function useSpeakerFilter(speakerIds: readonly string[]) {
  const search = useRawSearch()
  const [path, navigate] = useLocation()
  const filter = useMemo(() => decodeSpeakerFilter(search, speakerIds), [search, speakerIds])
  const setSpeakers = useCallback(
    (speakers: readonly string[]) =>
      navigate(path + encodeSpeakerFilter(search, speakers), { replace: true }),
    [navigate, path, search],
  )
  return { ...filter, setSpeakers }
}
