import { describe, expect, it } from 'vitest'
import type { BeneficiaryCell, BeneficiaryStatistics, Dimension } from '@/api/types'
import { barSeries, growth, previousSchoolYear } from './statistics'

const label = (dimension: Dimension, cell: BeneficiaryCell) =>
  dimension === 'CENTRE' ? `centre ${cell.centreId}` : String(dimension === 'PROGRAMME' ? cell.programme : cell.sex)

function statistics(groupBy: Dimension[], cells: BeneficiaryCell[]): BeneficiaryStatistics {
  return { schoolYear: '2025/2026', directorates: ['LAA'], groupBy, minimumCount: 5, total: 187, cells }
}

describe('growth on the previous year', () => {
  it('is the change as a ratio when both years are known', () => {
    expect(growth(187, 88)).toBeCloseTo(1.125)
    expect(growth(40, 50)).toBeCloseTo(-0.2)
  })

  it('is unknown when either year is hidden or unknown, or the year before had nobody', () => {
    expect(growth(187, null)).toBeNull()
    expect(growth(undefined, 88)).toBeNull()
    expect(growth(12, 0)).toBeNull()
  })

  it('compares with the school year before', () => {
    expect(previousSchoolYear('2025/2026')).toBe('2024/2025')
    expect(previousSchoolYear(undefined)).toBe('')
  })
})

describe('the bars of the chart', () => {
  it('count by the first dimension, stacked by the second, leaving hidden counts out', () => {
    const series = barSeries(
      statistics(
        ['PROGRAMME', 'SEX'],
        [
          { programme: 'E2C_NG', sex: 'F', count: 90, suppressed: false },
          { programme: 'E2C_NG', sex: 'M', count: 97, suppressed: false },
          { programme: 'NFE_BASIC', sex: 'F', count: 12, suppressed: false },
          { programme: 'NFE_BASIC', sex: 'M', count: null as unknown as number, suppressed: true },
        ],
      ),
      label,
      'all',
    )
    expect(series.labels).toEqual(['E2C_NG', 'NFE_BASIC'])
    expect(series.stacks).toEqual([
      { label: 'F', counts: [90, 12] },
      { label: 'M', counts: [97, null] },
    ])
    expect(series.leftOut).toBe(1)
  })

  it('add up the dimensions after the second, and tell values apart by what the API sent', () => {
    const series = barSeries(
      statistics(
        ['CENTRE', 'SEX', 'AGE'],
        [
          { centreId: 5, sex: 'F', age: 15, count: 20, suppressed: false },
          { centreId: 5, sex: 'F', age: 16, count: 22, suppressed: false },
          { centreId: 6, sex: 'F', age: 16, count: 8, suppressed: false },
        ],
      ),
      label,
      'all',
    )
    expect(series.labels).toEqual(['centre 5', 'centre 6'])
    expect(series.stacks).toEqual([{ label: 'F', counts: [42, 8] }])
  })

  it('make a single stack without a second dimension, and none without any', () => {
    const one = barSeries(statistics(['PROGRAMME'], [{ programme: 'E2C_NG', count: 187, suppressed: false }]), label, 'all')
    expect(one.stacks).toEqual([{ label: 'all', counts: [187] }])
    expect(barSeries(statistics([], []), label, 'all')).toEqual({ labels: [], stacks: [], leftOut: 0 })
  })
})
