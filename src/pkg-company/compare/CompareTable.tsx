import { useState } from 'react'
import { View } from '@tarojs/components'
import type { CompanyRow } from '@/services/company'
import { COLUMNS, sortRows } from './format'

/** Focusable, so a keyboard can scroll the figures sideways too (H5); Taro's View has no typed tabIndex, WeChat ignores it. */
const KEYBOARD = { tabIndex: 0 } as object

interface Props {
  rows: CompanyRow[]
  /** The company's figures as a row (合计), when the function gives them. */
  total?: Partial<CompanyRow>
  /** Opens one estate's dashboard. */
  onOpen: (row: CompanyRow) => void
}

/**
 * Issue 16: the estates side by side — households, complaints, per 100 households, dispatch and
 * handling on time, satisfaction, reopen rate, open overdue — scrolling sideways on a phone, the
 * estate's name kept at the left. Tapping a heading sorts by it (highest first); tapping a row
 * opens that estate's dashboard.
 */
export default function CompareTable({ rows, total, onOpen }: Props) {
  const [sortBy, setSortBy] = useState<keyof CompanyRow>()
  const sorted = sortRows(rows, sortBy)
  return (
    <View className='compare-table' {...KEYBOARD} aria-label='各小区指标，可左右滑动'>
      <View className='compare-table__inner' role='table' aria-label='各小区投诉指标对比'>
        <View className='compare-row compare-row--head' role='row'>
          <View className='compare-cell compare-cell--name' role='columnheader'>
            小区
          </View>
          {COLUMNS.map((c) => (
            <View
              key={c.key}
              className={`compare-cell compare-head-${c.key} ${sortBy === c.key ? 'is-sorted' : ''}`}
              role='columnheader'
              aria-sort={sortBy === c.key ? 'descending' : 'none'}
              onClick={() => setSortBy(sortBy === c.key ? undefined : c.key)}
            >
              {c.title}
              {sortBy === c.key ? ' ↓' : ''}
            </View>
          ))}
        </View>
        {sorted.map((r) => (
          <View key={r.estate} className={`compare-row compare-estate-${r.estate}`} role='row' onClick={() => onOpen(r)}>
            <View className='compare-cell compare-cell--name' role='rowheader'>
              {r.name}
            </View>
            {COLUMNS.map((c) => (
              <View key={c.key} className={`compare-cell compare-${c.key}`} role='cell'>
                {c.text(r)}
              </View>
            ))}
          </View>
        ))}
        {total && (
          <View className='compare-row compare-row--total' role='row'>
            <View className='compare-cell compare-cell--name' role='rowheader'>
              合计
            </View>
            {COLUMNS.map((c) => (
              <View key={c.key} className={`compare-cell compare-total-${c.key}`} role='cell'>
                {c.text(total)}
              </View>
            ))}
          </View>
        )}
      </View>
    </View>
  )
}
