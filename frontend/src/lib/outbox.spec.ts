import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, json, problem } from '@/test/app'
import { discard, flushOutbox, loadOutbox, outbox, resetOutboxForTests, retry, sendOrQueue } from './outbox'

function online(value: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(value)
}

const stop = {
  method: 'PUT' as const,
  path: '/api/v1/caravans/1/stops/2',
  body: { status: 'DONE' },
  label: 'Stop',
  kind: 'stop',
}
const child = (name: string) => ({
  method: 'POST' as const,
  path: '/api/v1/cases',
  body: { lastNameAr: name },
  label: name,
  kind: 'case',
})

describe('the outbox of writes made in the field', () => {
  beforeEach(async () => {
    await resetOutboxForTests()
  })
  afterEach(async () => {
    await resetOutboxForTests()
  })

  it('sends a write at once when the network allows, with an Idempotency-Key', async () => {
    online(true)
    const api = fakeApi({ 'POST /api/v1/cases': () => json({ id: 7 }, 201) })
    const sent = await sendOrQueue(child('سلمى'))
    expect(sent).toEqual({ queued: false, answer: { id: 7 } })
    expect(api.requests[0]?.headers.get('Idempotency-Key')).toMatch(/^"[0-9a-f-]{36}"$/)
    expect(outbox.items).toHaveLength(0)
  })

  it('keeps writes made offline in IndexedDB and sends them in order, each once, when the network returns', async () => {
    online(false)
    const api = fakeApi({
      'PUT /api/v1/caravans/1/stops/2': () => json({ id: 2 }),
      'POST /api/v1/cases': () => json({ id: 9 }, 201),
    })
    await sendOrQueue(stop)
    await sendOrQueue(child('هند'))
    await sendOrQueue(child('ليلى'))
    expect(outbox.items.map((i) => i.state)).toEqual(['waiting', 'waiting', 'waiting'])
    expect(api.requests).toHaveLength(0)

    // a page opened again finds the same queue
    outbox.items = []
    await loadOutbox()
    expect(outbox.items.map((i) => i.label)).toEqual(['Stop', 'هند', 'ليلى'])

    online(true)
    await flushOutbox()
    expect(api.bodies).toEqual([{ status: 'DONE' }, { lastNameAr: 'هند' }, { lastNameAr: 'ليلى' }])
    expect(outbox.items).toHaveLength(0)
  })

  it('queues a write whose answer was lost with the key it was sent with, and sends that key again', async () => {
    online(true)
    let calls = 0
    const api = fakeApi({
      'POST /api/v1/cases': () => {
        calls++
        if (calls === 1) throw new TypeError('Failed to fetch')
        return json({ id: 11 }, 201)
      },
    })
    const sent = await sendOrQueue(child('نور'))
    expect(sent.queued).toBe(true)
    await flushOutbox()
    const keys = api.requests.map((r) => r.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
    expect(outbox.items).toHaveLength(0)
  })

  it('pauses on an ended session and keeps the queue', async () => {
    online(true)
    fakeApi({ 'POST /api/v1/cases': () => problem(401, { title: 'Authentication required' }) })
    await sendOrQueue(child('زينب'))
    expect(outbox.items.map((i) => i.state)).toEqual(['session'])
    await loadOutbox()
    expect(outbox.items).toHaveLength(1)
  })

  it('marks a stale version as a conflict, keeps going with the next, and lets the person settle it', async () => {
    online(false)
    const api = fakeApi({
      'PUT /api/v1/caravans/1/stops/2': () =>
        problem(409, { title: 'Changed by someone else', errors: [{ field: 'version', message: 'stale' }] }),
      'POST /api/v1/cases': () => json({ id: 3 }, 201),
    })
    await sendOrQueue(stop)
    await sendOrQueue(child('مريم'))
    online(true)
    await flushOutbox()
    expect(outbox.items).toHaveLength(1)
    expect(outbox.items[0]?.state).toBe('conflict')
    expect(outbox.items[0]?.problem?.status).toBe(409)
    expect(api.requests).toHaveLength(2)

    await retry(outbox.items[0]?.key ?? '', { status: 'DONE', version: 4 })
    await flushOutbox()
    expect(api.bodies.at(-1)).toEqual({ status: 'DONE', version: 4 })
    await discard(outbox.items[0]?.key ?? '')
  })

  it('hands a refusal of a write sent at once back to the form', async () => {
    online(true)
    fakeApi({ 'POST /api/v1/cases': () => problem(400, { title: 'Invalid input', errors: [{ field: 'sex' }] }) })
    await expect(sendOrQueue(child('سعاد'))).rejects.toMatchObject({ status: 400 })
    expect(outbox.items).toHaveLength(0)
  })
})
