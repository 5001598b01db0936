import type { ApiError, Draft } from '../../lib/api-types';
import { text } from '../../lib/copy';
import { normalisePhone } from '../../lib/phone';
import { submitPetition } from '../../services/api';
import { chatState, startOver } from '../../services/chat-sender';
import { clientConfig } from '../../services/session';
import { type AgentSettings, agentSettings, isElderMode } from '../../services/settings';

type Editable = 'summary' | 'request' | 'name' | 'phone';

/** One key per chat session, reused across retries, so a double tap or a lost answer never files twice. */
function idempotencyKey(sessionId: string): string {
  const storageKey = `submitKey.${sessionId}`;
  const saved: unknown = wx.getStorageSync(storageKey);
  if (typeof saved === 'string' && saved) return saved;
  const key = `${sessionId}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  wx.setStorageSync(storageKey, key);
  return key;
}

/**
 * Who files for whom: the grid worker's 代办 mode, or else what the chat understood ("替王大伯反映").
 * Either way the server refuses a 代办 without the villager's consent, so the page asks for it.
 */
function agentFor(draft: Draft | null): AgentSettings {
  const settings = agentSettings();
  if (settings.enabled || !draft?.agent?.forPerson) return settings;
  return { enabled: true, name: draft.agent.name ?? '', forPerson: draft.agent.forPerson };
}

/** Subscribe prompts must come from a tap; a refusal never blocks submitting. */
async function askForStatusNotices(): Promise<void> {
  const ids = await clientConfig()
    .then((c) => c.subscribeTemplateIds)
    .catch(() => [] as string[]);
  if (ids.length === 0) return;
  await new Promise<void>((resolve) => {
    wx.requestSubscribeMessage({ tmplIds: ids.slice(0, 3), complete: () => resolve() });
  });
}

Page({
  data: {
    elder: false,
    lead: '',
    consentText: '',
    agentConsentText: '',
    draft: null as Draft | null,
    summary: '',
    request: '',
    name: '',
    phone: '',
    phoneError: '',
    consent: false,
    agentConsent: false,
    agent: { enabled: false, name: '', forPerson: '' } as AgentSettings,
    canSubmit: false,
    submitting: false,
    error: '',
  },
  onShow() {
    const elder = isElderMode();
    const { draft } = chatState();
    this.setData({
      elder,
      lead: text('confirmLead', elder),
      consentText: text('consent', elder),
      agentConsentText: text('agentConsent', elder),
      agent: agentFor(draft),
      draft,
      summary: draft?.summary ?? '',
      request: draft?.request ?? '',
      name: draft?.name ?? '',
      phone: draft?.phone ?? '',
    });
    this.refresh();
  },
  onEdit(e: WechatMiniprogram.Input) {
    const field = (e.currentTarget.dataset as { field: Editable }).field;
    this.setData({ [field]: e.detail.value });
    this.refresh();
  },
  toggleConsent() {
    this.setData({ consent: !this.data.consent });
    this.refresh();
  },
  toggleAgentConsent() {
    this.setData({ agentConsent: !this.data.agentConsent });
    this.refresh();
  },
  refresh() {
    const { phone, consent, agent, agentConsent, summary, draft } = this.data;
    const phoneError = phone && !normalisePhone(phone) ? '手机号好像不对，请检查（11 位数字）' : '';
    const agentOk = !agent.enabled || (agentConsent && agent.forPerson !== '');
    this.setData({ phoneError, canSubmit: draft !== null && consent && agentOk && !phoneError && summary.trim() !== '' });
  },
  async submit() {
    const { sessionId } = chatState();
    if (!this.data.canSubmit || !sessionId) return;
    this.setData({ submitting: true, error: '' });
    await askForStatusNotices();
    const { summary, request, name, phone, agent, agentConsent } = this.data;
    try {
      const result = await submitPetition({
        sessionId,
        idempotencyKey: idempotencyKey(sessionId),
        consent: true,
        edits: { summary: summary.trim(), request: request.trim() || null, name: name.trim() || null, phone: normalisePhone(phone) },
        agent: agent.enabled ? { name: agent.name || null, forPerson: agent.forPerson, consent: agentConsent } : null,
      });
      wx.removeStorageSync(`submitKey.${sessionId}`);
      startOver();
      wx.showToast({ title: text('submitted', this.data.elder), icon: 'success' });
      wx.redirectTo({ url: `/pages/cases/cases?receiptNo=${encodeURIComponent(result.receiptNo)}&new=1` });
    } catch (e) {
      const err = e as ApiError;
      // The key is kept: tapping 提交 again cannot file the matter twice.
      this.setData({ error: err.kind === 'network' ? '网络不太好，内容已保存，请稍后再点提交。' : err.message });
    } finally {
      this.setData({ submitting: false });
    }
  },
});
