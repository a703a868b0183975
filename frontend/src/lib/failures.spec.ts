import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, reactive } from 'vue'
import { json, problem } from '@/test/app'
import { keepDrafts, resilience, retryAfterMs, service, useDraft } from './failures'

const unavailable = () => problem(503, { title: 'Service unavailable' }, { 'Retry-After': '2' })

function answering(...answers: Response[]) {
  const sent: Request[] = []
  const send = vi.fn(async (request: Request) => {
    sent.push(request)
    return answers.shift() ?? json({})
  })
  return { send, sent, middleware: resilience(send) }
}

async function through(middleware: ReturnType<typeof resilience>, request: Request, response: Response) {
  return middleware.onResponse!({ request, response, options: {} as never, schemaPath: '', params: {}, id: '' })
}

describe('a service that fails for a while', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    Object.assign(service, { unavailable: false, back: false, throttledUntil: 0, retryAt: 0 })
  })
  afterEach(() => vi.useRealTimers())

  it('asks again for a read as Retry-After says, says it is unavailable meanwhile, and that it is back', async () => {
    const { middleware, sent } = answering(unavailable(), json({ ok: 1 }))
    const answer = through(middleware, new Request('http://localhost/api/v1/learners'), unavailable())
    await vi.advanceTimersByTimeAsync(0)
    expect(service.unavailable).toBe(true)
    expect(service.retryAt - Date.now()).toBe(2000)
    await vi.advanceTimersByTimeAsync(2000)
    expect(sent).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2000)
    const final = (await answer) as Response
    expect(final.status).toBe(200)
    expect(sent).toHaveLength(2)
    expect(service.unavailable).toBe(false)
    expect(service.back).toBe(true)
    await vi.advanceTimersByTimeAsync(6000)
    expect(service.back).toBe(false)
  })

  it('never sends a write again: it may have been saved, and its problem says so', async () => {
    const { middleware, sent } = answering()
    const final = (await through(
      middleware,
      new Request('http://localhost/api/v1/learners', { method: 'POST', body: '{}' }),
      unavailable(),
    )) as Response
    expect(final.status).toBe(503)
    expect(sent).toHaveLength(0)
    expect(service.unavailable).toBe(true)
  })

  it('waits out a rate limit before reading again', async () => {
    const limited = () => problem(429, { title: 'Too many requests' }, { 'Retry-After': '3' })
    const { middleware, sent } = answering(json({ ok: 1 }))
    const answer = through(middleware, new Request('http://localhost/api/v1/centres'), limited())
    await vi.advanceTimersByTimeAsync(0)
    expect(service.throttledUntil - Date.now()).toBe(3000)
    await vi.advanceTimersByTimeAsync(3000)
    expect(((await answer) as Response).status).toBe(200)
    expect(sent).toHaveLength(1)
  })

  it('reads Retry-After within bounds', () => {
    const withHeader = (value: string) => new Response(null, { status: 503, headers: { 'Retry-After': value } })
    expect(retryAfterMs(withHeader('7'))).toBe(7000)
    expect(retryAfterMs(withHeader('3600'))).toBe(30000)
    expect(retryAfterMs(withHeader('soon'))).toBe(5000)
  })
})

describe('what a person typed, through a new login', () => {
  it('is kept when the session ends and put back once the form has filled itself', () => {
    sessionStorage.clear()
    const Form = defineComponent({
      setup() {
        const values = reactive({ nameAr: '', phone: '' })
        const draft = useDraft('association', values)
        return { values, draft }
      },
      render: () => h('form'),
    })
    const before = mount(Form)
    Object.assign(before.vm.values, { nameAr: 'جمعية الأمل', phone: '0528' })
    keepDrafts()
    before.unmount()

    const after = mount(Form)
    after.vm.values.nameAr = 'from the server'
    after.vm.draft.restore()
    expect(after.vm.values).toEqual({ nameAr: 'جمعية الأمل', phone: '0528' })
    expect(service.restored).toBe(true)
    // once only
    after.vm.values.nameAr = 'changed'
    after.vm.draft.restore()
    expect(after.vm.values.nameAr).toBe('changed')
    after.unmount()
  })
})
