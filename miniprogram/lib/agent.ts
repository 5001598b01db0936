/**
 * In 代办 mode the first message of a matter says who files for whom, in words the intake already
 * understands, so the draft records the agent and the person it belongs to.
 */
export function agentPreamble(agent: { enabled: boolean; name: string; forPerson: string }): string {
  if (!agent.enabled || !agent.forPerson) return '';
  return agent.name ? `我是网格员${agent.name}，替${agent.forPerson}反映：` : `我是网格员，替${agent.forPerson}反映：`;
}
