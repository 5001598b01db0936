/** User-facing text; 长辈模式 uses fewer, plainer words. */
const TEXT = {
  homeIntro: {
    normal: '遇到烦心事、难办事，跟我说说。我会问几个问题，帮您整理成信访事项，告诉您该找哪个部门、多久有答复。',
    elder: '有事，跟我说。',
  },
  chatPlaceholder: { normal: '说说发生了什么事，在哪里……', elder: '在这里说' },
  send: { normal: '发送', elder: '发送' },
  queued: { normal: '网络不太好，消息已保存，恢复后自动发送', elder: '没网，等会儿自动发' },
  confirmLead: { normal: '请核对下面的内容，可以直接修改。确认无误后提交。', elder: '看看对不对，对了就提交。' },
  consent: { normal: '我确认以上内容属实，同意提交给有关部门处理', elder: '内容属实，同意提交' },
  agentConsent: { normal: '当事人已同意由我代为反映', elder: '当事人同意我代办' },
  submitted: { normal: '已提交，请记好受理编号', elder: '交上去了' },
} as const;

export type TextKey = keyof typeof TEXT;

export function text(key: TextKey, elder: boolean): string {
  return TEXT[key][elder ? 'elder' : 'normal'];
}
