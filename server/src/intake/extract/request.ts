const REQUEST = /(?:我们?|就|只|还)?(?:想要|希望|要求|请求|恳请|想让|想把|想申请|想请|就想|只想|盼着|请帮|请求帮)([^，。！？；!?;]{2,40})/;
const NOT_REQUEST = /^(反映|提个?|提一?下|问|咨询|举报|投诉|了解|说|知道)/;

/** What the citizen wants done (诉求), when stated: 我想要回补偿款 → 要回补偿款. */
export function extractRequest(text: string): string | null {
  const m = REQUEST.exec(text);
  const wanted = m?.[1]?.trim();
  if (!wanted || NOT_REQUEST.test(wanted)) return null;
  return (m?.[0] ?? wanted).replace(/^(我们?|就|只|还)/, '').trim();
}
