/** Moved to src/build/forkIndex.ts (build-time tools have their own room); kept for older imports. */
export * from '../build/forkIndex';
