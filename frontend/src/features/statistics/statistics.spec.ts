import { describe, expect, it } from 'vitest'
import type { BeneficiaryCell, BeneficiaryStatistics, Dimension } from '@/api/types'
import { barSeries, growth, isRounded, previousSchoolYear } from './statistics'

const label = (dimension: Dimension, cell: BeneficiaryCell) =>
  dimension === 'CENTRE' ? `centre ${cell.centreId}` : String(dimension === 'PROGRAMME' ? cell.programme : cell.sex)

function statistics(groupBy: Dimension[], cells: BeneficiaryCell[]): BeneficiaryStatistics {
  return {
    schoolYear: '2025/2026',
    directorates: ['LAA'],
    groupBy,
    minimumCount: 5,
    roundedTo: 5,
    hiddenCells: null,
    total: 185,
    cells,
  }
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

  it('is made from the figures as sent, rounded ones included', () => {
    // 187 and 88 learners, rounded to 5: the change shown is the one between 185 and 90.
    expect(growth(185, 90)).toBeCloseTo(95 / 90)
  })

  it('compares with the school year before', () => {
    expect(previousSchoolYear('2025/2026')).toBe('2024/2025')
    expect(previousSchoolYear(undefined)).toBe('')
  })
})

describe('the bars of the chart', () => {
  it('count every listed group by the first dimension, stacked by the second', () => {
    const series = barSeries(
      statistics(
        ['PROGRAMME', 'SEX'],
        [
          { programme: 'E2C_NG', sex: 'F', count: 90 },
          { programme: 'E2C_NG', sex: 'M', count: 97 },
          { programme: 'NFE_BASIC', sex: 'F', count: 10 },
          { programme: 'NFE_BASIC', sex: 'M', count: 5 },
          // The boys in at-risk support are too few to be listed: no bar part for them.
          { programme: 'AT_RISK_SUPPORT', sex: 'F', count: 15 },
        ],
      ),
      label,
      'all',
    )
    expect(series.labels).toEqual(['E2C_NG', 'NFE_BASIC', 'AT_RISK_SUPPORT'])
    expect(series.stacks).toEqual([
      { label: 'F', counts: [90, 10, 15] },
      { label: 'M', counts: [97, 5, null] },
    ])
    expect(series).not.toHaveProperty('leftOut')
  })

  it('add up the dimensions after the second, and tell values apart by what the API sent', () => {
    const series = barSeries(
      statistics(
        ['CENTRE', 'SEX', 'AGE'],
        [
          { centreId: 5, sex: 'F', age: 15, count: 20 },
          { centreId: 5, sex: 'F', age: 16, count: 22 },
          { centreId: 6, sex: 'F', age: 16, count: 8 },
        ],
      ),
      label,
      'all',
    )
    expect(series.labels).toEqual(['centre 5', 'centre 6'])
    expect(series.stacks).toEqual([{ label: 'F', counts: [42, 8] }])
  })

  it('make a single stack without a second dimension, and none without any', () => {
    const one = barSeries(statistics(['PROGRAMME'], [{ programme: 'E2C_NG', count: 187 }]), label, 'all')
    expect(one.stacks).toEqual([{ label: 'all', counts: [187] }])
    expect(barSeries(statistics([], []), label, 'all')).toEqual({ labels: [], stacks: [] })
  })
})

describe('rounding', () => {
  it('makes the counts approximate when they are rounded to more than 1', () => {
    expect(isRounded(statistics(['PROGRAMME'], []))).toBe(true)
    expect(isRounded({ ...statistics(['PROGRAMME'], []), roundedTo: 1 })).toBe(false)
    expect(isRounded({ ...statistics(['PROGRAMME'], []), roundedTo: undefined })).toBe(false)
    expect(isRounded(null)).toBe(false)
  })
})
