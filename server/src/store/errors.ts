// Typed store errors: callers (API, ingestion, start-up) decide on a stable code, never on
// a driver's message text.

export type StoreErrorCode = 'STORE_UNAVAILABLE' | 'STORE_CONFLICT' | 'STORE_INVALID_INPUT' | 'STORE_FAILURE';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** The configured database cannot be reached (wrong address, down, bad credentials). */
export class StoreUnavailableError extends StoreError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The caller asked for something the store cannot do with that input. */
export class StoreInputError extends StoreError {
  constructor(message: string) {
    super('STORE_INVALID_INPUT', message);
    this.name = 'StoreInputError';
  }
}
