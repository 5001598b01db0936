import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { PROCEDURE_DEADLINES, localDate } from './deadlines.js';
import { ROUTE_LABELS } from './labels.js';
import type { Petition } from './types.js';

export type NoticeKind = 'accept' | 'not_accept' | 'refer';

export const NOTICE_TITLES: Record<NoticeKind, string> = {
  accept: '信访事项受理告知书',
  not_accept: '信访事项不予受理告知书',
  refer: '信访事项转送告知书',
};

/** Which notice fits the petition's decision, or null before a decision. */
export function noticeKindFor(p: Petition): NoticeKind | null {
  if (p.referredTo) return 'refer';
  if (p.decisionReason && p.status !== 'accepted') return 'not_accept';
  return p.resolveDue ? 'accept' : null;
}

const cn = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};
const cite = (articles: readonly { article: string }[]) => `《信访工作条例》${articles.map((a) => a.article).join('、')}`;

function bodyText(kind: NoticeKind, p: Petition): string[] {
  const received = p.submittedAt ? cn(localDate(p.submittedAt)) : '';
  const opening = `你于${received}提出的关于“${p.summary}”的信访事项（编号 ${p.receiptNo}）已收悉。`;
  if (kind === 'accept') {
    return [
      `${opening}经审查，该事项属于本机关职权范围，根据${cite(PROCEDURE_DEADLINES.accept.basis)}的规定，决定予以受理。`,
      `本机关将自受理之日起${PROCEDURE_DEADLINES.resolve.days}日内办结（${cite(PROCEDURE_DEADLINES.resolve.basis)}），办理期限至${p.resolveDue ? cn(p.resolveDue) : '—'}；情况复杂的，经负责人批准可以延长，延长期限不超过${PROCEDURE_DEADLINES.extension.days}日，并告知延期理由。`,
      `你对处理意见不服的，可以自收到书面答复之日起${PROCEDURE_DEADLINES.review.days}日内请求上一级机关、单位复查（${cite(PROCEDURE_DEADLINES.review.basis)}）。`,
    ];
  }
  if (kind === 'refer') {
    return [
      `${opening}根据${cite(PROCEDURE_DEADLINES.accept.basis)}的规定，该事项已转送${p.referredTo}依法处理，请与该机关、单位联系了解办理情况。`,
    ];
  }
  const routes = p.alternatives.map(
    (a) => `${ROUTE_LABELS[a.route]}：${a.body}（依据：${a.basis.map((b) => `《${b.doc}》${b.article}`).join('、')}）`,
  );
  return [
    `${opening}经审查，决定不予受理。理由：${p.decisionReason ?? ''}`,
    ...(routes.length ? ['根据《信访工作条例》第三十一条的规定，你可以通过以下途径依法反映和解决：', ...routes] : []),
  ];
}

/** The written notice (告知书) for a decided petition, as a .docx file. */
export async function renderNotice(kind: NoticeKind, p: Petition, issuer: string, today: Date): Promise<Buffer> {
  const para = (text: string, opts: { bold?: boolean; align?: 'center' | 'right'; size?: number } = {}) =>
    new Paragraph({
      alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : undefined,
      spacing: { after: 200, line: 360 },
      indent: opts.align ? undefined : { firstLine: 480 },
      children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 24, font: 'SimSun' })],
    });
  const citations = p.citations.filter((c) => c.article).map((c) => `《${c.doc}》${c.article}`);
  const doc = new Document({
    creator: issuer,
    title: NOTICE_TITLES[kind],
    sections: [
      {
        children: [
          para(NOTICE_TITLES[kind], { bold: true, align: 'center', size: 36 }),
          para(`编号：${p.receiptNo}`, { align: 'right' }),
          new Paragraph({ children: [new TextRun({ text: `${p.anonymous ? '信访人' : (p.name ?? '信访人')}：`, size: 24, font: 'SimSun' })] }),
          ...bodyText(kind, p).map((t) => para(t)),
          ...(citations.length ? [para(`相关依据：${[...new Set(citations)].join('；')}。`)] : []),
          para('（以上期限按自然日计算，自收到之日的次日起算。）'),
          para(issuer, { align: 'right' }),
          para(cn(localDate(today)), { align: 'right' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
