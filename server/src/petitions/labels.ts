import type { Level, RouteCode } from '../routing/types.js';
import type { PetitionStatus, StaffRole } from './types.js';

/** User-facing names for codes, shared by the citizen API, the console and the documents. */
export const STATUS_LABELS: Record<PetitionStatus, string> = {
  draft: '草稿',
  submitted: '已提交，待受理',
  accepted: '已受理',
  referred: '已转送',
  not_accepted: '不予受理',
  in_progress: '办理中',
  replied: '已答复',
  closed: '已办结',
  review_requested: '已申请复查',
};

export const ROUTE_LABELS: Record<RouteCode, string> = {
  emergency: '紧急求助（110/120/119）',
  judicial: '人民法院诉讼',
  labor_arbitration: '劳动人事争议仲裁',
  land_arbitration: '农村土地承包仲裁',
  admin_review: '行政复议',
  admin_procedure: '法定行政程序',
  law_enforcement: '行政执法投诉举报',
  discipline: '纪检监察机关',
  mediation: '人民调解',
  xinfang: '信访工作机构',
  suggestion: '建议意见研究',
};

export const LEVEL_LABELS: Record<Level, string> = {
  village: '村（社区）',
  town: '乡镇（街道）',
  county: '县（区）',
  city: '市',
  province: '省',
};

export const ROLE_LABELS: Record<StaffRole, string> = {
  clerk: '受理员',
  supervisor: '负责人',
  admin: '管理员',
  grid_worker: '网格员/代办员',
};

/** Audit actions as the timeline shows them. */
export const ACTION_LABELS: Record<string, string> = {
  submit: '提交信访事项',
  citizen_edit: '群众在提交前修改草稿',
  accept: '受理',
  refer: '转送有权处理的机关',
  not_accept: '不予受理',
  start: '开始办理',
  reply: '作出答复',
  close: '办结',
  request_review: '申请复查',
  edit: '修改事项信息',
  assign: '指定包案人',
  extend: '延长办理期限',
  rate: '评价',
  retention_purge: '按保存期限删除个人信息',
};
