/**
 * The most bytes an upload may carry before the core looks at it. The core's
 * own cap (MAX_UPLOAD_BYTES, 5 MB) answers in each contract's envelope; this
 * only bounds memory.
 */
export const UPLOAD_HARD_LIMIT_BYTES = 16 * 1024 * 1024;
