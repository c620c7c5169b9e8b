/** Moved to src/storage/library.ts (persistence has its own room); kept so older imports still work. */
export * from '../../storage/library';
