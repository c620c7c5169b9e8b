/** Moved to src/build/compileStory.ts (build-time tools have their own room); kept for older imports. */
export * from '../build/compileStory';
