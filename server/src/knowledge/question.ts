import { z } from 'zod';

export const MAX_QUESTION_CHARS = 2000;

/** A citizen's free-text question: readable text with at least one letter or Chinese character. */
export const QuestionText = z
  .string({ message: '请输入您想问的问题。' })
  .trim()
  .min(1, '问题不能为空，请写下您想问的事情。')
  .max(MAX_QUESTION_CHARS, `问题太长了（超过 ${MAX_QUESTION_CHARS} 字），请精简后再问。`)
  .refine((s) => !/(?![\n\r\t])\p{Cc}|\uFFFD/u.test(s), '问题里有无法识别的字符，请用文字重新输入。')
  .refine((s) => /[\p{Script=Han}\p{L}]/u.test(s), '没有看到文字内容，请用文字描述您的问题。');
