import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

// Function words and boilerplate that carry no meaning for retrieval.
const STOP_WORDS = new Set(
  '的 了 和 与 及 或 是 在 有 对 为 以 于 由 把 被 等 之 其 这 那 个 吗 呢 吧 啊 呀 么 什么 怎么 怎么办 如何 哪里 哪些 可以 能 能不能 会 会不会 要 还 都 也 就 又 并 我 我们 你 你们 他 她 他们 她们 它 自己 应当 应该 规定 本 条 款 项 一 二 三 四 五 六 七 八 九 十 没有 不 吗 一个 多少 多长 时间 现在 已经 一直 给 让 跟 向 从 到 上 下 里 中'.split(
    ' ',
  ),
);

export interface Tokenizer {
  /** Meaningful tokens of normalised text: words in search mode, no stop words or punctuation. */
  tokens(text: string): string[];
}

/** jieba with its default dictionary plus the project's legal terms (knowledge/userdict.txt and the glossary). */
export function createTokenizer(knowledgeDir: string, extraTerms: string[] = []): Tokenizer {
  const jieba = Jieba.withDict(dict);
  const own = readFileSync(join(knowledgeDir, 'userdict.txt'), 'utf8');
  const glossary = extraTerms.map((t) => `${t} 2000 n`).join('\n');
  jieba.loadDict(Buffer.from(`${own}\n${glossary}\n`, 'utf8'));
  return {
    tokens(text) {
      return jieba
        .cutForSearch(text, true)
        .map((t) => t.trim())
        .filter((t) => t.length > 0 && !STOP_WORDS.has(t) && /[\p{L}\p{N}]/u.test(t));
    },
  };
}
