import { computed } from 'vue'
import type { CommuneView } from '@/api/types'
import { currentUser } from '@/lib/auth'
import { api } from '@/lib/http'
import { useLoad } from '@/lib/load'
import { currentLocale } from '@/lib/locale'

/** The communes of the signed-in person's directorate, and their names in the current language. */
export function useCommunes() {
  const directorate = currentUser.value?.directorate
  const list = useLoad(() =>
    api.GET('/api/v1/directorates/{code}/communes', { params: { path: { code: directorate ?? '' } } }),
  )
  const communes = computed<CommuneView[]>(() => list.data.value?.items ?? [])
  const failed = computed(() => !!list.error.value || list.notFound.value)

  function labelOf(commune: CommuneView): string {
    const arabic = commune.nameAr ?? ''
    const french = commune.nameFr ?? ''
    return (currentLocale.value === 'ar' ? arabic || french : french || arabic) || (commune.code ?? '')
  }

  /** The commune's name, or its code when the list is not (yet) there. */
  function communeName(code: string | null | undefined): string {
    if (!code) return ''
    const commune = communes.value.find((c) => c.code === code)
    return commune ? labelOf(commune) : code
  }

  const options = computed(() => communes.value.map((c) => ({ code: c.code, label: labelOf(c) })))

  // Whoever belongs to no directorate has no communes to read.
  if (directorate) void list.load()
  return { communes, options, failed, communeName }
}
