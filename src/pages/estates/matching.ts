import type { EstateView } from '@/services/estates'

/** Estates whose name or address contains the words typed (spaces separate words; all must match). */
export function matching(estates: EstateView[], query: string): EstateView[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  return estates.filter((e) => words.every((w) => `${e.name} ${e.address ?? ''}`.toLowerCase().includes(w)))
}
