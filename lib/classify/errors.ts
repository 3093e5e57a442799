/** One error type for every remote classifier, with a message a user can act on. */
export type ProviderErrorKind = 'auth' | 'credits' | 'too-long' | 'rate-limit' | 'unavailable' | 'invalid-answer' | 'network' | 'timeout';

export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly retryAfterMs?: number,
    /** The HTTP status that caused it, when there was one. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  get retryable(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'unavailable' || this.kind === 'network' || this.kind === 'timeout';
  }
}

/** Turns an HTTP failure into a plain message, naming the provider. */
export function errorForStatus(provider: string, status: number, retryAfter?: string | null): ProviderError {
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) * 1000 : undefined;
  if (status === 401 || status === 403) return new ProviderError('auth', `${provider} refused the API key: check it in Assay's settings.`, undefined, status);
  if (status === 402) return new ProviderError('credits', `${provider} says the account is out of credits.`, undefined, status);
  if (status === 413) return new ProviderError('too-long', `${provider} says the text is too long.`, undefined, status);
  if (status === 429) return new ProviderError('rate-limit', `${provider} asks to slow down; Assay will retry.`, seconds, status);
  if (status >= 500) return new ProviderError('unavailable', `${provider} is down or overloaded (HTTP ${status}).`, seconds, status);
  return new ProviderError('invalid-answer', `${provider} answered HTTP ${status}.`, undefined, status);
}
