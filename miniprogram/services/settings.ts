/** Preferences kept on the phone: 长辈模式 and 代办 (a grid worker filing for someone else). */
export interface AgentSettings {
  enabled: boolean;
  name: string;
  forPerson: string;
}

export function isElderMode(): boolean {
  return wx.getStorageSync('elderMode') === true;
}

export function setElderMode(on: boolean): void {
  wx.setStorageSync('elderMode', on);
}

export function agentSettings(): AgentSettings {
  const saved = wx.getStorageSync('agent') as Partial<AgentSettings> | '';
  return { enabled: false, name: '', forPerson: '', ...(saved || {}) };
}

export function saveAgentSettings(settings: AgentSettings): void {
  wx.setStorageSync('agent', settings);
}
