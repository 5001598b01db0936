import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | null = null;
const loaded = () => (jieba ??= Jieba.withDict(dict));

/** Chinese word segmentation (jieba, its own dictionary loaded once on first use). */
export function segment(text: string): string[] {
  return loaded().cut(text, false);
}

/** Parts of speech that carry what a message is about: nouns, verbs, adjectives, places, idioms, sounds (轰的一声). */
const CONTENT = /^(n|v|a|s|i|l|j|o)/;

/** The message's content words (no pronouns, adverbs, numbers, particles), for a rationale a citizen can read. */
export function contentWords(text: string): string[] {
  return loaded()
    .tag(text, false)
    .filter((t) => CONTENT.test(t.tag))
    .map((t) => t.word);
}
