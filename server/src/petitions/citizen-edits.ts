import { z } from 'zod';
import { isValidPhone, normalizePhone } from '../privacy/index.js';
import type { Petition, SessionDraft } from './types.js';

type Draft = SessionDraft['draft'];

/** A cleared text box arrives as '' or null; both mean "remove it". */
const clearable = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/**
 * What the citizen corrected on the 确认 page. A field left out is unchanged, null clears it.
 * Phones are normalised here, so the stored draft and the audit log see the same 11 digits.
 */
export const CitizenEdits = z.object({
  summary: z.string().trim().min(1, '事项摘要不能为空，请简单写几句发生了什么。').max(200, '事项摘要最多200字，请精简后再提交。').optional(),
  request: clearable(500, '诉求最多500字，请精简后再提交。'),
  name: clearable(40, '姓名最多40个字。'),
  phone: clearable(30, '手机号码不正确，请填写11位手机号码。')
    .transform((v) => (v ? normalizePhone(v) : v))
    // isValidPhone also takes landlines (they start with 0); the 确认 page asks for a mobile.
    .refine((v) => !v || (v.startsWith('1') && isValidPhone(v)), '手机号码不正确，请填写11位手机号码（如 139 1234 5678）。'),
});
export type CitizenEdits = z.infer<typeof CitizenEdits>;

/** 代办 as the submitting client declares it; the villager's consent is required, not just recorded. */
export const AgentDeclaration = z.object({
  name: z.string().trim().max(40).nullable(),
  forPerson: z.string().trim().min(1, '请填写替谁反映。').max(40),
  consent: z.literal(true, { message: '代办须取得当事人本人同意，请勾选“当事人已同意由我代为反映”。' }),
});
export type AgentDeclaration = z.infer<typeof AgentDeclaration>;

const EDITABLE = ['summary', 'request', 'name', 'phone'] as const;

export interface EditedDraft {
  draft: Draft;
  /** The fields the citizen changed, as the bot had them and as submitted; empty when nothing changed. */
  before: Partial<Petition>;
  after: Partial<Petition>;
}

/** Applies the citizen's corrections to the bot draft and reports what changed, for the audit log. */
export function applyCitizenEdits(draft: Draft, edits: CitizenEdits | undefined): EditedDraft {
  const next: Draft = { ...draft };
  const before: Partial<Petition> = {};
  const after: Partial<Petition> = {};
  for (const field of EDITABLE) {
    const value = edits?.[field];
    if (value === undefined || value === (draft[field] ?? null)) continue;
    if (field === 'summary') next.summary = value ?? draft.summary;
    else next[field] = value;
    Object.assign(before, { [field]: draft[field] ?? null });
    Object.assign(after, { [field]: next[field] });
  }
  return { draft: next, before, after };
}
