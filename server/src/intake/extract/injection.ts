// Clauses that try to instruct the system (prompt injection) or look like SQL/markup are data we drop
// before routing and summarising, so they can never change the route.
const INSTRUCTION = [
  /(忽略|无视|忘记|忘掉|不要理会|ignore|disregard|forget)[^。]{0,20}(指令|指示|提示|规则|设定|要求|instructions?|prompts?|rules?)/i,
  /(你现在是|你是一个|扮演|假装你|system\s*prompt|系统提示|developer\s*mode|jailbreak)/i,
  /(把|将|请)?[^。，]{0,12}(路线|路由|route|类别|分类|类型|优先级|级别|状态)[^。，]{0,6}(设为|改为|改成|设置为|标为|标记为|定为|set\s+to)/i,
  /(标为|标记为|设为|定为|列为)(紧急|加急|特急|最高优先)/,
  /\b(drop|delete|insert|update|select|truncate|alter)\s+(table|from|into|\*)/i,
  /^\s*--|<\/?\s*(script|iframe|img|svg|style)/i,
];

const TAG = /<[^>]{1,200}>/g;

/** Removes markup tags (kept as plain text otherwise) and drops instruction-like clauses. */
export function stripInjection(text: string): { text: string; injected: boolean } {
  const untagged = text.replace(TAG, ' ');
  const clauses = untagged.split(/(?<=[，。！？；,;!?\n])|(?=;)/);
  const kept = clauses.filter((c) => !INSTRUCTION.some((re) => re.test(c)));
  return { text: kept.join('').replace(/^[;；\s]+|[;；\s]+$/g, '').replace(/\s+/g, ' ').trim(), injected: kept.length !== clauses.length || untagged !== text };
}
