import type { ApiError, ChatReply, CitizenPetition, Rating, SubmitResult } from '../lib/api-types';
import { rawRequest } from './http';
import { currentToken, ensureLogin, forgetToken } from './session';

/** Calls that need a citizen identity; an expired token is replaced once. */
async function withLogin<T>(call: (token: string) => Promise<T>): Promise<T> {
  try {
    return await call(await ensureLogin());
  } catch (err) {
    if ((err as ApiError).status !== 401) throw err;
    forgetToken();
    return call(await ensureLogin());
  }
}

/**
 * Chatting needs no login, but a logged-in citizen's text can go through WeChat's content check, so
 * log in when possible and chat anyway when login fails.
 */
export async function sendChat(sessionId: string | null, text: string): Promise<ChatReply> {
  const token = await ensureLogin().catch(() => currentToken());
  return rawRequest<ChatReply>('POST', '/api/chat', sessionId ? { sessionId, text } : { text }, token);
}

/** POST /api/petitions: edits left out stay as drafted, null clears; 代办 needs the villager's consent. */
export interface SubmitInput {
  sessionId: string;
  idempotencyKey: string;
  consent: true;
  edits: { summary?: string; request?: string | null; name?: string | null; phone?: string | null };
  agent: { name: string | null; forPerson: string; consent: boolean } | null;
}

export function submitPetition(input: SubmitInput): Promise<SubmitResult> {
  return withLogin((t) => rawRequest<SubmitResult>('POST', '/api/petitions', input, t));
}

export function myPetitions(): Promise<{ items: CitizenPetition[] }> {
  return withLogin((t) => rawRequest('GET', '/api/petitions/mine', undefined, t));
}

export function petitionDetail(receiptNo: string): Promise<CitizenPetition> {
  return withLogin((t) => rawRequest('GET', `/api/petitions/${encodeURIComponent(receiptNo)}`, undefined, t));
}

export function ratePetition(receiptNo: string, rating: Rating): Promise<unknown> {
  return withLogin((t) => rawRequest('POST', `/api/petitions/${encodeURIComponent(receiptNo)}/rating`, { rating }, t));
}
