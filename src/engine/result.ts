/**
 * The one shape every reader of outside input returns (saves, share codes and links, path
 * files, class sessions, vote counts): the value, or a problem a player or teacher can read.
 * Readers never throw at their caller.
 */
export interface Problem<K extends string = string> {
  /** What kind of problem, for code to branch on. */
  kind: K;
  /** One or two sentences for the player or the teacher. */
  message: string;
}

export type Result<T, P extends { message: string } = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <K extends string>(kind: K, message: string): { ok: false; problem: Problem<K> } => ({
  ok: false,
  problem: { kind, message },
});
