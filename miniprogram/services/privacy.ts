type Resolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void;

let pending: Resolve | null = null;

/**
 * WeChat asks for privacy consent the first time a protected API (recorder, album…) is used; we
 * show our 隐私 page and answer WeChat from its buttons. Needs base library ≥ 2.32.3.
 */
export function onNeedPrivacy(): void {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  wx.onNeedPrivacyAuthorization((resolve) => {
    pending = resolve as unknown as Resolve; // the typings call it GeneralCallbackResult
    wx.navigateTo({ url: '/pages/privacy/privacy?ask=1' });
  });
}

export function answerPrivacy(agreed: boolean): void {
  pending?.(agreed ? { event: 'agree', buttonId: 'agree-btn' } : { event: 'disagree' });
  pending = null;
}
