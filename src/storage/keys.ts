/** Where the game's records live in localStorage (a module of its own: the page's first script reads it without the engine). */
export const AUTOSAVE_KEY = 'october-paths:autosave';
/** The classroom session (facilitator mode). */
export const SESSION_KEY = 'october-paths:class-session';
