import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { reactive } from 'vue'
import { accessToken } from './auth'
import { SessionEnded } from './failures'
import { currentLocale } from './locale'
import { isProblem, type Problem } from './problem'

/**
 * Writes made in the field with a weak network. A write that cannot reach the server (offline, or its answer was
 * lost) waits in IndexedDB and is sent again, in the order it was made, when the network returns — always with the
 * Idempotency-Key it was first sent with, so a write the server already did is answered again and never done twice.
 * A session that ended meanwhile pauses the queue (the person logs in again; nothing is lost); an answer that
 * refuses the write (a stale version, a rule) stays in the queue, marked, for the person to see and settle.
 */

export type OutboxState = 'waiting' | 'sending' | 'session' | 'conflict' | 'refused'

export interface OutboxItem {
  /** Also the Idempotency-Key the write is sent with, every time. */
  key: string
  method: 'POST' | 'PUT'
  path: string
  body: unknown
  /** What the person recognises the write by ("Stop: Hay Al Wahda", "Child: Salma …"). */
  label: string
  /** Which kind of write: lists of that kind refresh once it is done. */
  kind: string
  /** The page where the person settles it if the server refuses it (the record's form). */
  page?: string
  createdAt: number
  state: OutboxState
  problem?: Problem
}

interface OutboxDb extends DBSchema {
  writes: { key: string; value: OutboxItem; indexes: { byCreated: number } }
}

const DB_NAME = 'forsa-outbox'

let db: Promise<IDBPDatabase<OutboxDb>> | undefined

function database(): Promise<IDBPDatabase<OutboxDb>> {
  db ??= openDB<OutboxDb>(DB_NAME, 1, {
    upgrade(store) {
      store.createObjectStore('writes', { keyPath: 'key' }).createIndex('byCreated', 'createdAt')
    },
  })
  return db
}

/** What the badge and the list show: every write still in the queue, oldest first. */
export const outbox = reactive({
  items: [] as OutboxItem[],
  flushing: false,
})

type Done = (item: OutboxItem, answer: unknown) => void
const listeners = new Set<Done>()

/** Called when a queued write is done by the server (a list refreshes, a page shows the new record). */
export function onOutboxDone(listener: Done): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export async function loadOutbox(): Promise<void> {
  const all = await (await database()).getAllFromIndex('writes', 'byCreated')
  // a write left "sending" by a closed page is sent again with its key: the server answers it once
  outbox.items = all.map((item) => (item.state === 'sending' ? { ...item, state: 'waiting' } : item))
}

async function save(item: OutboxItem): Promise<void> {
  await (await database()).put('writes', JSON.parse(JSON.stringify(item)) as OutboxItem)
  const index = outbox.items.findIndex((i) => i.key === item.key)
  if (index >= 0) outbox.items.splice(index, 1, item)
  else outbox.items.push(item)
}

export async function discard(key: string): Promise<void> {
  await (await database()).delete('writes', key)
  outbox.items = outbox.items.filter((i) => i.key !== key)
}

/** Puts a refused or conflicting write back in line, as it is or with a corrected body (a new key: a new request). */
export async function retry(key: string, body?: unknown): Promise<void> {
  const item = outbox.items.find((i) => i.key === key)
  if (!item) return
  if (body === undefined) {
    await save({ ...item, state: 'waiting', problem: undefined })
  } else {
    await discard(key)
    await save({ ...item, key: newKey(), body, state: 'waiting', problem: undefined })
  }
  await flushOutbox()
}

export function waitingCount(): number {
  return outbox.items.length
}

let lastCreated = 0

/** Strictly increasing on this device, so writes made in the same millisecond keep their order. */
function nextCreated(): number {
  lastCreated = Math.max(Date.now(), lastCreated + 1, ...outbox.items.map((i) => i.createdAt + 1))
  return lastCreated
}

function newKey(): string {
  return crypto.randomUUID()
}

export type Sent = { queued: true; item: OutboxItem } | { queued: false; answer: unknown }

/**
 * Sends a write now if the network allows, else queues it. A write that fails on the way (no network, answer lost)
 * is queued with the key it was sent with. A refusal of the server comes back as a thrown Problem, as the
 * forms expect; while older writes still wait, a new one queues behind them to keep their order.
 */
export async function sendOrQueue(
  write: Pick<OutboxItem, 'method' | 'path' | 'body' | 'label' | 'kind' | 'page'>,
): Promise<Sent> {
  const item: OutboxItem = { ...write, key: newKey(), createdAt: nextCreated(), state: 'waiting' }
  if (!navigator.onLine || outbox.items.some((i) => i.state === 'waiting' || i.state === 'sending')) {
    await save(item)
    await flushOutbox()
    return { queued: true, item }
  }
  const result = await send(item)
  if (result.kind === 'done') return { queued: false, answer: result.answer }
  if (result.kind === 'refused') throw result.problem
  await save({ ...item, state: result.kind === 'session' ? 'session' : 'waiting' })
  return { queued: true, item }
}

/**
 * A form's write through the outbox, answered in the shape the forms' submit expects: the server's answer when it
 * went at once, a 202 without data when it waits in the queue (the form says so), the server's refusal otherwise.
 */
export async function outboxSend<T>(
  write: Pick<OutboxItem, 'method' | 'path' | 'body' | 'label' | 'kind' | 'page'>,
): Promise<{ data?: T; error?: unknown; response: Response }> {
  try {
    const sent = await sendOrQueue(write)
    if (sent.queued) return { response: new Response(null, { status: 202 }) }
    return { data: sent.answer as T, response: new Response(null, { status: 200 }) }
  } catch (problem) {
    const status = (problem as Problem).status ?? 400
    return { error: problem, response: new Response(null, { status }) }
  }
}

type Outcome =
  | { kind: 'done'; answer: unknown }
  | { kind: 'network' }
  | { kind: 'session' }
  | { kind: 'refused'; problem: Problem; conflict: boolean }

async function send(item: OutboxItem): Promise<Outcome> {
  let token: string | undefined
  try {
    token = await accessToken()
  } catch (error) {
    if (error instanceof SessionEnded) return { kind: 'session' }
    return { kind: 'network' }
  }
  let response: Response
  try {
    response = await globalThis.fetch(
      new Request(item.path, {
        method: item.method,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json, application/problem+json',
          'Accept-Language': currentLocale.value,
          'Idempotency-Key': `"${item.key}"`,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(item.body),
      }),
    )
  } catch {
    return { kind: 'network' }
  }
  if (response.status === 401) return { kind: 'session' }
  // the server or the network failed on the way (a proxy's 502, a database restarting): try again later
  if (response.status >= 500 || (response.status === 409 && response.headers.get('Retry-After'))) {
    return { kind: 'network' }
  }
  const answer: unknown = await response.json().catch(() => undefined)
  if (response.ok) return { kind: 'done', answer }
  const problem: Problem = isProblem(answer) ? answer : { title: response.statusText, status: response.status }
  // a stale version is a conflict the person settles field by field; any other refusal is shown as it is
  const stale = response.status === 409 && (problem.errors ?? []).some((e) => e.field === 'version')
  return { kind: 'refused', problem, conflict: stale }
}

/** Sends the waiting writes in order; stops at the first that cannot go yet (the network, the session). */
export async function flushOutbox(): Promise<void> {
  if (outbox.flushing || !navigator.onLine) return
  outbox.flushing = true
  try {
    for (const item of [...outbox.items]) {
      if (item.state !== 'waiting') continue
      await save({ ...item, state: 'sending' })
      const result = await send(item)
      if (result.kind === 'done') {
        await discard(item.key)
        listeners.forEach((listener) => listener(item, result.answer))
        continue
      }
      if (result.kind === 'refused') {
        await save({ ...item, state: result.conflict ? 'conflict' : 'refused', problem: result.problem })
        continue
      }
      await save({ ...item, state: result.kind === 'session' ? 'session' : 'waiting' })
      break
    }
  } finally {
    outbox.flushing = false
  }
}

/** After a new login: the writes paused for the session go again. */
export async function resumeAfterLogin(): Promise<void> {
  for (const item of outbox.items.filter((i) => i.state === 'session')) {
    await save({ ...item, state: 'waiting' })
  }
  await flushOutbox()
}

let started = false

/** Loads the queue and sends it whenever the network comes back (and every 20 s while writes wait). */
export async function startOutbox(): Promise<void> {
  if (started) return
  started = true
  await loadOutbox()
  window.addEventListener('online', () => void flushOutbox())
  setInterval(() => {
    if (outbox.items.some((i) => i.state === 'waiting')) void flushOutbox()
  }, 20_000)
  await resumeAfterLogin()
}

/** For tests: a fresh, empty queue. */
export async function resetOutboxForTests(): Promise<void> {
  if (db) (await db).close()
  db = undefined
  started = false
  outbox.items = []
  outbox.flushing = false
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME)
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
}
