export { type ChatLlm, type ChatMessage, type ChatRequest, createLlm, createOpenAiChat, LlmError } from './chat.js';
export { createOpenAiEmbedder } from './embeddings.js';
