import { z } from 'zod';

const zhCN = z.locales.zhCN().localeError;
const hasChinese = /[\u4e00-\u9fff]/;

/**
 * A Chinese message for a validation issue: the schema's own message when it is Chinese, else
 * zod's Chinese locale text (without the "received …" part: the input is no longer on the issue).
 */
export function chineseIssueMessage(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '格式错误';
  if (hasChinese.test(issue.message)) return issue.message;
  const localized = zhCN?.(issue as never);
  const text = typeof localized === 'string' ? localized : localized?.message;
  return text ? text.replace(/，实际接收.*$/, '') : '格式错误';
}
