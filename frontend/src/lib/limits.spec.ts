import { describe, expect, it } from 'vitest'
import { megabytes, overLimit, setUploadLimits, uploadLimits } from './limits'

describe('upload limits', () => {
  it('are the server’s, and refuse nothing here while unknown', () => {
    setUploadLimits(undefined)
    expect(overLimit(500 * 1024 * 1024, uploadLimits.maxImportBytes)).toBe(false)
    setUploadLimits({ maxDocumentBytes: 5 * 1024 * 1024, maxImportBytes: 64 * 1024 * 1024 })
    expect(overLimit(5 * 1024 * 1024 + 1, uploadLimits.maxDocumentBytes)).toBe(true)
    expect(overLimit(5 * 1024 * 1024, uploadLimits.maxDocumentBytes)).toBe(false)
    expect(megabytes(uploadLimits.maxDocumentBytes)).toBe(5)
    setUploadLimits({ maxDocumentBytes: 10 * 1024 * 1024, maxImportBytes: 64 * 1024 * 1024 })
  })
})
