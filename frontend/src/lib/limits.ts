import { reactive } from 'vue'
import type { ClientConfig } from '@/api/types'

/**
 * The largest files this deployment accepts, as the server says (GET /api/v1/config): the SPA refuses a larger file
 * before sending it, with the same figure. Zero until known, and then nothing is refused here (the server decides).
 */
export const uploadLimits = reactive({ maxDocumentBytes: 0, maxImportBytes: 0 })

export function setUploadLimits(limits: ClientConfig['limits']): void {
  uploadLimits.maxDocumentBytes = limits?.maxDocumentBytes ?? 0
  uploadLimits.maxImportBytes = limits?.maxImportBytes ?? 0
}

/** Whether a file is over a limit that is known. */
export function overLimit(size: number, limit: number): boolean {
  return limit > 0 && size > limit
}

/** A limit in whole megabytes, as the messages say it. */
export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024))
}
