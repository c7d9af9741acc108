/**
 * The handling-time histogram's extent (H4, S1), in a module of its own: the pipelines count with it
 * and the figures and sheets read with it, and the pipelines import the hotline's counters, which
 * import the figures — kept here, the constant is defined before any of them reads it, whichever
 * module a function's bundle loads first.
 */

/** Handling times of 0…HIST_MAX working days are counted one by one; longer ones (beyond the 15-working-day extension cap of H4-2 anyway) together. */
export const HIST_MAX = 20
