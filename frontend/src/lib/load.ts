import { ref, shallowRef, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { problemMessage, toProblem } from './problem'

export interface Answer<T> {
  data?: T
  error?: unknown
  response: Response
}

/**
 * Reads what a page shows (a record, a short list): the latest answer only, whatever order answers arrive in;
 * loading; "not found" for a 404; otherwise a failure in the reader's words. An unavailable service (503) or a rate
 * limit (429) never reaches here: the HTTP layer waits them out (lib/failures).
 *
 * @param errorKey the i18n key said when the server refuses without a sentence of its own
 */
export function useLoad<T>(fetch: () => Promise<Answer<T>>, errorKey = 'errors.unexpected') {
  const { t } = useI18n()
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const notFound = ref(false)
  const error = ref<string | null>(null)
  let latest = 0

  async function load(): Promise<T | null> {
    const request = ++latest
    loading.value = true
    error.value = null
    try {
      const answer = await fetch()
      if (request !== latest) return data.value
      notFound.value = answer.response.status === 404
      if (answer.data !== undefined) data.value = answer.data
      else if (!notFound.value) error.value = problemMessage(toProblem(answer.error, answer.response), t(errorKey))
    } catch {
      if (request === latest) error.value = t('errors.network')
    } finally {
      if (request === latest) loading.value = false
    }
    return data.value
  }

  return { data, loading, notFound, error, load }
}
