import OpenAI from 'openai';
import type { Config } from '../config.js';
import { maskPersonalData } from '../privacy/index.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  /** Ask the service for a JSON object (response_format json_object). */
  json?: boolean;
  maxTokens?: number;
}

/** An OpenAI-compatible chat model. Personal data is masked before anything leaves the process. */
export interface ChatLlm {
  readonly model: string;
  complete(request: ChatRequest): Promise<string>;
}

export class LlmError extends Error {}

/** The real client: one place for timeout, retries and token budget. */
export function createOpenAiChat(options: {
  baseURL: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  maxTokens: number;
  fetch?: typeof fetch;
}): ChatLlm {
  const client = new OpenAI({
    baseURL: options.baseURL,
    apiKey: options.apiKey ?? 'none',
    timeout: options.timeoutMs,
    maxRetries: 1,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    model: options.model,
    async complete(request) {
      try {
        const res = await client.chat.completions.create({
          model: options.model,
          messages: request.messages.map((m) => ({ role: m.role, content: maskPersonalData(m.content) })),
          max_tokens: Math.min(request.maxTokens ?? options.maxTokens, options.maxTokens),
          temperature: 0,
          ...(request.json ? { response_format: { type: 'json_object' as const } } : {}),
        });
        const content = res.choices[0]?.message?.content;
        if (typeof content !== 'string' || content.trim() === '') throw new LlmError('empty completion');
        return content;
      } catch (err) {
        if (err instanceof LlmError) throw err;
        throw new LlmError(`LLM request failed: ${(err as Error).message}`);
      }
    },
  };
}

/** The configured chat model, or null when LLM_* is unset (offline mode). */
export function createLlm(config: Config): ChatLlm | null {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return null;
  return createOpenAiChat({
    baseURL: config.LLM_BASE_URL,
    apiKey: config.LLM_API_KEY,
    model: config.LLM_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxTokens: config.LLM_MAX_TOKENS,
  });
}
