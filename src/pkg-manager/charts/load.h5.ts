import { VChart } from './vchart'

/** H5: VChart is part of the dashboard's own chunk. */
export function loadVChart(): Promise<typeof VChart> {
  return Promise.resolve(VChart)
}
