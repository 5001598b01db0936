/** Shapes of the 说事 citizen API (server zod schemas are the source; see /api/openapi.json). */
export type Slot = 'facts' | 'when' | 'location' | 'name' | 'phone' | 'request' | 'previous' | 'people' | 'amount';

export interface Draft {
  kind: string;
  topic: string;
  route: string;
  alternatives: { route: string; basis?: unknown }[];
  level: string;
  body: string;
  division: string | null;
  name: string | null;
  phone: string | null;
  people: number | null;
  amount: number | null;
  previous: string[];
  agent: { name: string | null; forPerson: string | null } | null;
  anonymous: boolean;
  urgent?: boolean;
  summary: string;
  request: string | null;
}

export interface Citation {
  doc: string;
  article: string | null;
  text: string;
}

export interface ChatReply {
  sessionId: string;
  mode: 'intake' | 'ask';
  reply: string;
  awaiting: Slot | null;
  draft: Draft | null;
  emergency: { hotline: string; message: string } | null;
  citations: Citation[];
}

export interface ClientConfig {
  wechatLogin: boolean;
  subscribeTemplateIds: string[];
  speech: boolean;
  attachments?: boolean;
}

export interface SubmitResult {
  receiptNo: string;
  status: string;
  due: string | null;
}

export type Rating = '满意' | '基本满意' | '不满意';

export interface TimelineEntry {
  at: string;
  action: string;
  label: string;
  status: string | null;
}

export interface CitizenPetition {
  receiptNo: string;
  status: string;
  statusLabel: string;
  topic: string;
  routeLabel: string;
  body: string;
  summary: string;
  request: string | null;
  submittedAt: string | null;
  due: { accept: string | null; resolve: string | null };
  reply: string | null;
  reason: string | null;
  rating: Rating | null;
  timeline?: TimelineEntry[];
}

/** A failed call: `network` means the request never got an answer (retry later, keep the text). */
export interface ApiError {
  kind: 'network' | 'http';
  status: number;
  code: string;
  message: string;
}
