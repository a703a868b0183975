// PrimeVue renders dialogs and overlays at the end of <body>, outside the mounted wrapper.
import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'

export function inBody(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
}

/** The PrimeVue component instance (Select, SelectButton…) carrying a data-testid. */
export function componentByTestId(wrapper: VueWrapper, component: Component, testId: string): VueWrapper {
  const found = wrapper.findAllComponents(component as never).find((c) => c.attributes('data-testid') === testId) as
    VueWrapper | undefined
  if (!found) throw new Error(`no component with data-testid="${testId}"`)
  return found
}

/** Sets an input's value as typing would, wherever it is rendered. */
export function typeInto(element: Element | null, value: string): void {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error('not an input')
  }
  element.value = value
  element.dispatchEvent(new Event('input', { bubbles: true }))
}
