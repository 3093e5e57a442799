/** Earlier scans kept per record; the oldest are dropped past this to bound a record's size. */
export const MAX_HISTORY = 50;
