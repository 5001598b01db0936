export { type ContentVerdict, contentFlags } from './content-check.js';
export { enqueueOutbox } from './outbox.js';
export { createOutboxWorker, type OutboxHandler, type OutboxWorker, PermanentFailure } from './outbox-worker.js';
export { registerWechatRoutes } from './routes.js';
export { enqueueStatusNotice, STATUS_NOTICE_KIND } from './subscribe.js';
export { createHttpWechatApi } from './http-api.js';
export type { WechatApi } from './types.js';
export { createWechat, type Wechat } from './wechat.js';
