export { type ChatLlm, type ChatMessage, type ChatRequest, createLlm, createOpenAiChat, LlmError } from './chat.js';
export { type Embedder, l2normalize } from './embedder.js';
export { createOpenAiEmbedder } from './embeddings.js';
