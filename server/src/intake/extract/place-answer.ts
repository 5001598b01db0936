import type { Extraction } from './index.js';

// Levels a Chinese place name ends in (省 … 村组), per the administrative-division naming of GB/T 2260.
const LEVEL = '(?:省|自治区|市|自治州|州|盟|县|区|旗|镇|乡|街道|社区|村|屯|寨|组)';
const PLACE_ONLY = new RegExp(
  `^(?:就|是|在|就在|我们?(?:这里|那里|这边)?(?:是|在)?)?(?:[\\u4e00-\\u9fff]{1,10}?${LEVEL})+(?:的|这边|那边|这里|那里|这块|一带)?$`,
);
// Names that end in a level, whatever words they contain (不拉村, 打鼓镇): not actions.
const PLACE_NAMES = new RegExp(`[\\u4e00-\\u9fff]{1,4}?${LEVEL}`, 'g');
// Words of what happened (owing, working, hitting…): a "where" answer does not say them.
const ACTION = /欠|干了|干活|打工|打了|拿|给|跑|做|被|把|占|拆|骂|偷|卖|买|借|扣|发工资|赔|告|找|说|要|没有|不/;
// Beyond this a reply to "where" is an account, not a place (县乡村 names together rarely exceed it).
const PLACE_MAX_CHARS = 16;

const compact = (text: string) => text.replace(/[\s，。、；！？,.;!?'"]+/g, '');

/** The message is nothing but a place name: 上栗县金山镇, 就在白沙村那边. */
export function isPlaceOnly(text: string): boolean {
  const said = compact(text);
  return said.length <= PLACE_MAX_CHARS * 2 && PLACE_ONLY.test(said) && !ACTION.test(said.replace(PLACE_NAMES, ''));
}

/**
 * Could answer "这件事发生在哪里": a place name, or a short phrase without figures or actions (村东头的砖厂).
 * "我们八个人在镇上干了半年，欠了十二万" is an account of the matter instead.
 */
export function couldBePlace(text: string, found: Extraction): boolean {
  if (found.unknown || found.declined || isPlaceOnly(text)) return true;
  if (found.amount || found.people !== undefined || found.when || found.previous || found.request || found.phone || found.name) return false;
  const said = compact(text);
  return said.length <= PLACE_MAX_CHARS && !ACTION.test(said);
}
