// Greetings, intent phrases and self-introductions carry no facts of the matter.
const FILLER: RegExp[] = [
  /^(你好|您好|喂|哈喽|在吗|请问)[，。,!！\s]*/g,
  /(我|我们)?(想|要|来|需要)?([帮替代][^，。]{0,12}?)?(反映|举报|投诉|控告|检举|说|咨询|提)(一下|一个|个)?(事情?|问题|情况|建议|意见)?[，。,!！]?/g,
  // Why someone else files (代办) and the consent to it say nothing about the matter.
  /(他|她|本人|老人)?[^，。,]{0,6}(不会用手机|不会打字|不识字|眼睛不好|腿脚不好|年纪大了?|行动不便)[，。,]?/g,
  /(本人|他|她|老人)?(都)?同意(了)?(我)?[帮替代](他|她)?(报|反映|登记|办)的?[，。,]?/g,
  /我是[^，。,]{0,16}(的|网格员|代办员)([\u4e00-\u9fff]{2,3})?[，。,]?/g,
  /我叫[\u4e00-\u9fff]{2,4}[，。,]?/g,
  /(电话|手机)(号码?)?(是|：|:)?\s*[\d\s-]{7,}[，。,]?/g,
  /[\d\s-]{7,}/g,
];

/** The part of a message that says what happened (used to judge whether facts were given). */
export function factualPart(text: string): string {
  let rest = text;
  for (const re of FILLER) rest = rest.replace(re, '');
  return rest.replace(/[，。,.!！?？\s'"]+/g, '');
}

/** Enough words about what happened that asking "发生了什么" would repeat the citizen. */
export function saysWhatHappened(text: string, minChars: number): boolean {
  return factualPart(text).length >= minChars;
}
