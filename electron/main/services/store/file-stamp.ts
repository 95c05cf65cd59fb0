/** A fixed-width UTC stamp for file names, so names sort by time: 20261204T011500123Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[-:]/g, '').replace('.', '')
