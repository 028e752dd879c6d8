/**
 * The access token lives only in memory; the refresh token only in the API's httpOnly cookie. A reload asks
 * `/auth/refresh` for a new access token, so a session survives reloads without a script ever reading a secret.
 */
export interface AccessGrant {
  accessToken: string;
  expiresAt: string;
}

export type SessionEnd = 'SIGNED_OUT' | 'EXPIRED';

type Listener = () => void;

const REFRESH_HEADERS = { 'concord-refresh': '1' };
/** Renew this long before the access token lapses, so a request in flight never carries a dead one. */
const RENEW_AHEAD_MS = 30_000;

class SessionStore {
  private grant: AccessGrant | null = null;
  private ended: SessionEnd | null = null;
  private renewal: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<AccessGrant | null> | null = null;
  private readonly listeners = new Set<Listener>();

  get token(): string | null {
    return this.grant?.accessToken ?? null;
  }

  get endReason(): SessionEnd | null {
    return this.ended;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  signedIn(grant: AccessGrant): void {
    this.ended = null;
    this.set(grant);
  }

  /** One refresh at a time: concurrent callers share it. Null when the session is over. */
  refresh(): Promise<AccessGrant | null> {
    this.refreshing ??= this.requestRefresh().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async signOut(): Promise<void> {
    await fetch('/auth/sign-out', { method: 'POST', headers: REFRESH_HEADERS, credentials: 'same-origin' }).catch(() => undefined);
    this.end('SIGNED_OUT');
  }

  end(reason: SessionEnd): void {
    this.ended = this.grant || reason === 'SIGNED_OUT' ? reason : this.ended;
    this.set(null);
  }

  private async requestRefresh(): Promise<AccessGrant | null> {
    const response = await fetch('/auth/refresh', { method: 'POST', headers: REFRESH_HEADERS, credentials: 'same-origin' }).catch(() => null);
    if (!response?.ok) {
      this.end('EXPIRED');
      return null;
    }
    const grant = (await response.json()) as AccessGrant;
    this.set(grant);
    return grant;
  }

  private set(grant: AccessGrant | null): void {
    this.grant = grant;
    clearTimeout(this.renewal);
    if (grant) {
      const delay = Math.max(new Date(grant.expiresAt).getTime() - Date.now() - RENEW_AHEAD_MS, 1000);
      this.renewal = setTimeout(() => void this.refresh(), delay);
    }
    this.listeners.forEach((listener) => listener());
  }
}

export const sessionStore = new SessionStore();
