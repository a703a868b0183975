import type { Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useFormProblems } from '@/lib/forms'
import { problemMessage, type Problem } from '@/lib/problem'

/**
 * A request a card or a page makes without a form (an agreement's centres, a tranche marked unpaid, the signed PDF,
 * a webhook resent or disabled): one request at a time and a lost network said, as a form's save, but with no field
 * to show a refusal beside, the card says it in one sentence, in the server's own words.
 */
export function useCardAction() {
  const { t } = useI18n()
  const { formError, submit } = useFormProblems('card', () => [])

  function run<T>(options: {
    busy: Ref<boolean>
    check?: () => boolean
    send: () => Promise<{ data?: T; error?: unknown; response: Response }>
    done: (data: T | undefined) => Promise<void> | void
    /** Sees a refusal first; a sentence it returns is said instead of the server's. */
    refused?: (problem: Problem) => string | void
  }): Promise<void> {
    return submit({
      saving: options.busy,
      check: options.check ?? (() => true),
      send: options.send,
      saved: options.done,
      canBeStale: false,
      refused: (problem) => {
        formError.value = options.refused?.(problem) || problemMessage(problem, t('errors.unexpected'))
        return true
      },
    })
  }

  return { error: formError, run }
}
