// The query string as the browser has it, still percent-encoded. wouter's useSearch runs it through decodeURI,
// which would turn an encoded "%25" back into a bare "%" and corrupt the words of a passage link.
import { useRouter } from 'wouter'

/** The raw query string, with its leading `?`, or '' when there is none; re-renders when it changes. */
export function useRawSearch(): string {
  const router = useRouter()
  const search = router.searchHook(router)
  return search === '' || search.startsWith('?') ? search : `?${search}`
}
