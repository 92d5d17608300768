import { randomBytes } from 'node:crypto';

export const DEFAULT_IDLE_TIMEOUT_MS = 24 * 60 * 60 * 1000;

export interface Session {
  readonly id: string;
  readonly userName: string;
  lastUsedMs: number;
  idleTimeoutMs: number;
}

/** OneView login sessions: 48-character tokens, 24 h idle timeout by default. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly now: () => number) {}

  create(userName: string): Session {
    const id = randomBytes(36).toString('base64url').slice(0, 48);
    const session: Session = { id, userName, lastUsedMs: this.now(), idleTimeoutMs: DEFAULT_IDLE_TIMEOUT_MS };
    this.sessions.set(id, session);
    return session;
  }

  /** The live session for a token, or null when unknown or idle for too long (then it is dropped). */
  find(token: string | undefined): Session | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    if (this.now() - s.lastUsedMs > s.idleTimeoutMs) {
      this.sessions.delete(token);
      return null;
    }
    return s;
  }

  /** Marks a session as used now (every authenticated request does). */
  use(session: Session): void {
    session.lastUsedMs = this.now();
  }

  delete(token: string): boolean {
    return this.sessions.delete(token);
  }

  expireAll(): number {
    const n = this.sessions.size;
    this.sessions.clear();
    return n;
  }

  count(): number {
    return this.sessions.size;
  }
}
