import { extractName, hasSurname, isPlausibleName } from './names.js';

export interface AgentFinding {
  /** The grid worker / 代办员 filing. */
  name: string | null;
  /** The person the matter belongs to. */
  forPerson: string | null;
}

const AGENT_ROLE = /(网格员|代办员|信访代办员|代理人|村干部|村委会?委员|志愿者|社工)/;
const FOR_PERSON = /(?:帮|替|代|为)(?:我们?|本)?(?:村里?|组里?|社区)?(?:的)?(?:五保户|低保户|孤寡老人|老人|残疾人|村民|乡亲|邻居)?([\u4e00-\u9fff]{2,4}?)(?:奶奶|爷爷|大爷|大妈|大娘|婆婆|阿姨|叔叔|老人家|老人|他|她)?(?:反映|说|问|申请|投诉|提|写|办|登记)/;
const AGENT_NAME = new RegExp(`${AGENT_ROLE.source}([\\u4e00-\\u9fff]{2,3})(?=[，。,、\\s]|$|替|帮|代)`);
const AGENT_NAME_SELF = new RegExp(`我是(?:[^，。]{0,10}的)?${AGENT_ROLE.source}([\\u4e00-\\u9fff]{2,3})?`);

/**
 * Someone filing for another person (代办): a role word (网格员…) and/or "帮/替 X 反映".
 * Returns null when the citizen speaks for themselves.
 */
export function extractAgent(text: string): AgentFinding | null {
  const forMatch = FOR_PERSON.exec(text)?.[1];
  const forPerson = forMatch && isPlausibleName(forMatch) && hasSurname(forMatch) ? forMatch : null;
  const roleMentioned = AGENT_ROLE.test(text);
  if (!forPerson && !roleMentioned) return null;
  if (!forPerson && !/我是|本人是|作为/.test(text) && !AGENT_NAME.test(text)) return null;
  const named = AGENT_NAME.exec(text)?.[2] ?? AGENT_NAME_SELF.exec(text)?.[2] ?? null;
  const agentName = named && isPlausibleName(named) ? named : extractName(text.replace(FOR_PERSON, ''), false);
  return { name: agentName && agentName !== forPerson ? agentName : null, forPerson };
}
