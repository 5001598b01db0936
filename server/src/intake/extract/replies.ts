const UNKNOWN = /^(我)?(也)?(不知道|不清楚|不记得|记不清|记不得|忘了|忘记了|说不清|不晓得|不太清楚|不好说|没数|不确定)/;
const DECLINE = /^(不想|不方便|不愿意?|不用|不要|不给|不留|算了|跳过|保密|没有电话|没手机|没有手机)/;
// Declining in the middle of a sentence, always about what was asked: 电话也不留了, 不敢说名字.
const DECLINE_INSIDE = /(名字|姓名|电话|号码|手机|联系方式)[^，。,]{0,3}(不|没法|不能|不想|不敢)(说|留|讲|给|告诉|透露)|(不想|不敢|不愿意?|不方便)(说|留|讲|给|告诉|透露)(名字|姓名|电话|号码|手机)/;
const CORRECTION = /(^|[，。,\s])(不对|不是的|错了|说错了|写错了|搞错了|更正|纠正|改一下|改成|应该是|重新说)/;
// "Nothing more" (to 还有别的吗 or 找过哪里): never an account of the matter.
const NOTHING_MORE = /^(没有|没了|没有了|没别的了?|没啥了?|没什么了?|就这些了?|就这样吧?|没有别的了?)[。！!，,]?$/;
const AFFIRM = /^(对|对的|是的|是|没错|没问题|好的?|可以|行|确认|嗯|确定)[。！!，,]?$/;

/** "不知道" and the like: the slot is accepted as unknown and the dialogue moves on. */
export const isUnknownAnswer = (text: string) => UNKNOWN.test(text.trim());
/** "不方便留" and the like: the citizen declines to give this. */
export const isDeclined = (text: string) => DECLINE.test(text.trim()) || DECLINE_INSIDE.test(text);
/** "不对，电话是…": newer values replace older ones. */
export const isCorrection = (text: string) => CORRECTION.test(text);
export const isAffirmation = (text: string) => AFFIRM.test(text.trim());
export const isNothingMore = (text: string) => NOTHING_MORE.test(text.trim());
