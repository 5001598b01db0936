import { spokenDigitsToArabic } from './numerals.js';

export type PhoneFinding = { phone: string } | { invalid: string };

const MOBILE = /^1[3-9]\d{9}$/;
const PHONE_CONTEXT = /电话|手机|号码|联系|打我|call|tel/i;
/** A message that is nothing but a digit run starting with 1 can only be a phone number, whatever was asked. */
const BARE_PHONE_TRY = /^1\d{6,12}$/;
const CORRECTION = /(打|说|写|输|记|按)错|不对|更正|改成|应该是|重新说/;

function spokenRunsOnly(text: string): string {
  // Only long runs are phone digits; 一天两百五 must stay words.
  return text.replace(/[零〇一幺二两三四五六七八九]{5,}/g, (run) => spokenDigitsToArabic(run));
}

/**
 * Finds a mainland mobile number. A digit string that looks meant as a phone (5–13 digits with a
 * phone word nearby, any when the bot just asked for the phone, or a message that is only a number
 * starting with 1) but is not valid is reported, so the caller asks again instead of accepting it silently.
 */
export function extractPhone(text: string, expectingPhone: boolean): PhoneFinding | null {
  const view = spokenRunsOnly(text)
    .replace(/(\d)[\s\-－—.·]+(?=\d)/g, '$1')
    .replace(/(?:\+|(?<!\d))86(?=1[3-9]\d{9}(?!\d))/g, '');
  const runs = view.match(/\d+/g) ?? [];
  const mobiles = runs.filter((run) => MOBILE.test(run));
  // "13638546017……打错了，是13638546071": the number after a correction replaces the one before it.
  const mobile = CORRECTION.test(text) ? mobiles.at(-1) : mobiles[0];
  if (mobile) return { phone: mobile };
  if (!expectingPhone && !PHONE_CONTEXT.test(text) && !BARE_PHONE_TRY.test(view.trim())) return null;
  const suspect = runs.find((run) => run.length >= 5 && run.length <= 13);
  return suspect ? { invalid: suspect } : null;
}
