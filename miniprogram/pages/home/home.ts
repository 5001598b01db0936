import { text } from '../../lib/copy';
import { pendingCount } from '../../services/chat-sender';
import { type AgentSettings, agentSettings, isElderMode, saveAgentSettings, setElderMode } from '../../services/settings';

Page({
  data: {
    elder: false,
    intro: '',
    pending: 0,
    agent: { enabled: false, name: '', forPerson: '' } as AgentSettings,
  },
  onShow() {
    const elder = isElderMode();
    this.setData({ elder, intro: text('homeIntro', elder), pending: pendingCount(), agent: agentSettings() });
  },
  startChat() {
    wx.navigateTo({ url: '/pages/chat/chat' });
  },
  openCases() {
    wx.navigateTo({ url: '/pages/cases/cases' });
  },
  openPrivacy() {
    wx.navigateTo({ url: '/pages/privacy/privacy' });
  },
  toggleElder(e: WechatMiniprogram.SwitchChange) {
    const elder = e.detail.value;
    setElderMode(elder);
    this.setData({ elder, intro: text('homeIntro', elder) });
  },
  toggleAgent(e: WechatMiniprogram.SwitchChange) {
    this.saveAgent({ ...this.data.agent, enabled: e.detail.value });
  },
  onAgentName(e: WechatMiniprogram.Input) {
    this.saveAgent({ ...this.data.agent, name: e.detail.value.trim() });
  },
  onAgentFor(e: WechatMiniprogram.Input) {
    this.saveAgent({ ...this.data.agent, forPerson: e.detail.value.trim() });
  },
  saveAgent(agent: AgentSettings) {
    saveAgentSettings(agent);
    this.setData({ agent });
  },
});
