// Common single-character surnames (from the traditional 《百家姓》 and everyday usage) and compound ones.
const SURNAMES = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '慕容', '司徒', '皇甫', '令狐', '东方', '西门', '尉迟', '公孙', '长孙', '宇文'];
const ROLE_WORDS = /(员|长|书记|主任|干部|老师|师傅|村民|农民|群众|居民|老板|工人|网格|代办|本人|自己|村|镇|县|乡|组|的)$/;
const NOT_NAMES = /^(不知道|不清楚|不想|不方便|不愿意|没有|不用|算了|匿名|保密|你好|您好|谢谢|好的|是的|对的|不对|他|她|你|我|俺)/;
// "我是她儿子" says who the citizen is to someone, not their name.
const RELATIONS = /(儿子|女儿|闺女|老伴|媳妇|孙子|孙女|外孙|侄子|侄女|家属|亲戚|邻居|爱人|丈夫|妻子|老公|老婆|妈妈|爸爸|母亲|父亲)$/;
const KINSHIP = /^(.)(大爷|大娘|大妈|大姐|大哥|大叔|大婶|奶奶|爷爷|阿姨|叔叔|老汉|老太|师傅|某|先生|女士|老师)$/;

export function hasSurname(name: string): boolean {
  return SURNAMES.has(name[0] ?? '') || COMPOUND_SURNAMES.some((s) => name.startsWith(s));
}

/** A plausible personal name: 2–4 Han characters, not a role word or a refusal; 黄大姐 and 王某 count. */
export function isPlausibleName(name: string): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(name) || NOT_NAMES.test(name)) return false;
  if (KINSHIP.test(name)) return hasSurname(name);
  return !ROLE_WORDS.test(name) && !RELATIONS.test(name);
}

// 俺 is the northern 我.
const SELF_PATTERNS: RegExp[] = [
  /(?:我|俺)(?:的)?(?:名字|姓名)?(?:叫|是)(?:做)?([\u4e00-\u9fff]{2,4}?)(?=[，。,.!！\s]|$|电话|手机|，)/,
  /(?:我的名字|我的姓名|名字|姓名)(?:是|叫|：|:)\s*([\u4e00-\u9fff]{2,4}?)(?=[，。,.!！\s]|$|电话|手机)/,
  /(?:我|俺)是[^，。,]{0,24}的([\u4e00-\u9fff]{2,3})(?=[，。,.!！\s]|$|电话|手机)/,
  /本人([\u4e00-\u9fff]{2,3})(?=[，。,.!！\s]|$)/,
];
// "姓李，叫李四" answers the name question with the full name after 叫.
const CALLED = /(?:^|[，,。\s])(?:我|俺)?叫([\u4e00-\u9fff]{2,4}?)(?=[，。,.!！\s]|$)/;
const SURNAME_ONLY = /(?:^|我|俺|本人)姓([\u4e00-\u9fff])(?![\u4e00-\u9fff]{2})/;
// "我姓王" gives the citizen's own surname (包工头姓刘 does not).
const OWN_SURNAME = /(我|俺|本人)姓/;
// "我姓余，余桂香", "我姓韦，就写韦秀兰吧": the full name that repeats the surname just given.
const SURNAME_THEN_NAME = /姓([\u4e00-\u9fff])[，,\s]*(?:就)?(?:叫|是|写|填)?(?:成)?(\1[\u4e00-\u9fff]{1,2}?)(?=吧|[，。,.!！\s]|$)/;

/**
 * The citizen's own name. Third parties (包工头姓刘) are ignored: only first-person patterns count,
 * unless the bot just asked for the name, when a bare answer (张海, 姓王 → 王某) is taken.
 */
export function extractName(text: string, expectingName: boolean): string | null {
  for (const re of SELF_PATTERNS) {
    const candidate = re.exec(text)?.[1];
    if (candidate && isPlausibleName(candidate) && (re !== SELF_PATTERNS[0] || !/^是/.test(candidate))) {
      if (re === SELF_PATTERNS[2] && !hasSurname(candidate)) continue;
      return candidate;
    }
  }
  const repeated = SURNAME_THEN_NAME.exec(text)?.[2];
  if (repeated && isPlausibleName(repeated) && (expectingName || OWN_SURNAME.test(text))) return repeated;
  const called = expectingName || /(我|俺)是[^，。]{0,8}[，,]\s*叫/.test(text) ? CALLED.exec(text)?.[1] : undefined;
  if (called && isPlausibleName(called)) return called;
  const surname = SURNAME_ONLY.exec(text)?.[1];
  if (surname && hasSurname(surname) && (expectingName || OWN_SURNAME.test(text))) return `${surname}某`;
  if (!expectingName) return null;
  const bare = text.replace(/^(我叫|俺叫|我是|俺是|叫|名字是|姓名是?|就叫)/, '').replace(/[，。,.!！\s]+$/, '').trim();
  return isPlausibleName(bare) ? bare : null;
}

const ANONYMOUS = /(匿名|(名字|姓名)(就|也)?不(说|留|讲)|怕.{0,4}(报复|打击报复)|不想留(名|姓名|名字)|不留(名|姓名|名字)|不愿(意)?(透露|留|说)(姓名|名字)|不方便留(名|姓名|名字)|名字(就)?不(留|说)了|不想说(名字|姓名)|保密)/;

/** The citizen does not want to give a name (a 检举控告 may be anonymous). */
export function wantsAnonymity(text: string): boolean {
  return ANONYMOUS.test(text);
}
