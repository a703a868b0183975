import { computed, nextTick, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { SessionEnded, useDraft } from './failures'
import { fieldErrors, isStaleVersion, problemMessage, toProblem, type FieldErrors, type Problem } from './problem'

/**
 * What a form shows of an API problem: each field's message beside the field, the rest above
 * the form, and an offer to reload when someone else changed the record meanwhile.
 *
 * @param idPrefix the prefix of the inputs' ids (FormField's `id-prefix`)
 * @param fields the names of the fields the form shows, in the order a person reads them
 */
export function useFormProblems(
  idPrefix: string,
  fields: () => readonly string[],
  options: {
    /** The form's values, kept through a new login when the session ends (and put back after). */
    draft?: Record<string, unknown>
  } = {},
) {
  const { t } = useI18n()
  const draft = options.draft ? useDraft(idPrefix, options.draft) : { restore: () => {} }
  const errors = ref<FieldErrors>({})
  const formError = ref<string | null>(null)
  const staleVersion = ref(false)

  /** Messages about fields the form does not show: listed with the form's error. */
  const commonMessages = computed(() =>
    Object.entries(errors.value)
      .filter(([field]) => !fields().includes(field))
      .map(([, message]) => message),
  )

  function clear(): void {
    errors.value = {}
    formError.value = null
    staleVersion.value = false
  }

  async function focusFirstInvalidField(): Promise<void> {
    await nextTick()
    const field = fields().find((name) => errors.value[name])
    if (field) document.getElementById(`${idPrefix}-${field}`)?.focus()
  }

  /** Field errors found before calling the server. */
  function invalid(byField: FieldErrors): void {
    errors.value = byField
    void focusFirstInvalidField()
  }

  function show(problem: Problem, options: { canBeStale?: boolean } = {}): void {
    if (options.canBeStale !== false && isStaleVersion(problem)) {
      staleVersion.value = true
      return
    }
    const byField = fieldErrors(problem)
    if (Object.keys(byField).length > 0) {
      errors.value = byField
      formError.value = t('errors.invalid')
      void focusFirstInvalidField()
      return
    }
    formError.value = sentenceFor(problem)
  }

  function sentenceFor(problem: Problem): string {
    if (problem.status === 403) return t('errors.forbidden')
    if (problem.status === 404) return t('errors.notFound')
    return problemMessage(problem, t('errors.unexpected'))
  }

  function network(): void {
    formError.value = t('errors.network')
  }

  /**
   * One save of the form: the old messages cleared, the fields checked before calling the server,
   * one request at a time. A success goes to `saved`; a refusal is shown beside its fields, unless
   * `refused` handles that problem itself (and answers true); a lost network is said above the form.
   */
  async function submit<T>(options: {
    saving: Ref<boolean>
    check: () => boolean
    send: () => Promise<{ data?: T; error?: unknown; response: Response }>
    saved: (data: T | undefined) => Promise<void> | void
    canBeStale: boolean
    refused?: (problem: Problem) => boolean
  }): Promise<void> {
    if (options.saving.value) return
    clear()
    if (!options.check()) return
    options.saving.value = true
    try {
      const { data, error, response } = await options.send()
      if (response.ok) {
        await options.saved(data)
        return
      }
      const problem = toProblem(error, response)
      if (!options.refused?.(problem)) show(problem, { canBeStale: options.canBeStale })
    } catch (failure) {
      if (failure instanceof SessionEnded) formError.value = t('failures.sessionEndedForm')
      else network()
    } finally {
      options.saving.value = false
    }
  }

  return {
    errors,
    formError,
    staleVersion,
    commonMessages,
    clear,
    show,
    invalid,
    network,
    sentenceFor,
    submit,
    /** Puts back what the person typed before logging in again, if anything was kept. */
    restoreDraft: draft.restore,
  }
}
