import { resolve } from 'node:path';
import { type Glossary, loadGlossary } from './glossary.js';
import { createTokenizer, type Tokenizer } from './tokenize.js';

export interface TextTools {
  glossary: Glossary;
  tokenizer: Tokenizer;
}

const loaded = new Map<string, TextTools>();

/**
 * The glossary and the jieba tokenizer (with its dictionary) of a knowledge folder, loaded once per
 * process: the embedder, ingest and search all need the same pair, and loading jieba is the slow part.
 */
export function textToolsFor(knowledgeDir: string): TextTools {
  const key = resolve(knowledgeDir);
  let tools = loaded.get(key);
  if (!tools) {
    const glossary = loadGlossary(knowledgeDir);
    tools = { glossary, tokenizer: createTokenizer(knowledgeDir, glossary.terms()) };
    loaded.set(key, tools);
  }
  return tools;
}
