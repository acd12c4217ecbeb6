// Errors from the plain HTTP endpoints (exports, upload, health) in the same shape and with
// the same codes as GraphQL errors, so a client handles both alike.
import type { Response } from 'express';

export function sendError(response: Response, status: number, code: string, message: string): void {
  response.status(status).json({ errors: [{ message, extensions: { code } }] });
}
