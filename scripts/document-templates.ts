// Builds the default case-document templates (server/templates/documents/<kind>.docx) with the `docx` package.
// Run: npx tsx scripts/document-templates.ts   (re-runnable; the files are committed).
// Layout after GB/T 9704-2012 and the national 行政执法文书 formats: A4, margins 37/35/28/26 mm, the agency's
// name and the document title centred, the number right-aligned, body 仿宋_GB2312 三号 (16 pt) on a 28 pt grid,
// 黑体 for section headings, bordered tables for forms, records and receipts. Placeholders are docxtemplater tags
// ({case.cause}, loops {#parties}…{/parties}); the fields are listed in contracts/document.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { DOCUMENT_KINDS, DOCUMENT_TITLES, type DocumentKind } from '../contracts/document';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'server/templates/documents');

// ---- Units and fonts ----------------------------------------------------------------------------------------
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const PAGE = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FANGSONG = '仿宋_GB2312';
const HEITI = '黑体';
const SONG = '宋体';
const SIZE_BODY = 32; // 三号, half-points
const SIZE_TITLE = 44; // 二号
const SIZE_TABLE = 24; // 小四
const LINE_BODY = 560; // 28 pt exact (22 lines a page)

const font = (name: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: name, cs: name });

interface RunOpts {
  font?: string;
  size?: number;
  bold?: boolean;
  underline?: boolean;
}
const run = (text: string, o: RunOpts = {}) =>
  new TextRun({
    text,
    font: font(o.font ?? FANGSONG),
    size: o.size ?? SIZE_BODY,
    bold: o.bold,
    underline: o.underline ? {} : undefined,
  });

type Runs = string | TextRun[];
interface ParaOpts extends RunOpts {
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  indent?: boolean;
  before?: number;
  after?: number;
  line?: number;
  hanging?: number;
  keepNext?: boolean;
}
/** How each paragraph was made, so that the one before the seal can be re-made to keep with it. */
const made = new WeakMap<Paragraph, [Runs, ParaOpts]>();
const SEAL_START = new WeakSet<Paragraph>();

const para = (content: Runs, o: ParaOpts = {}) => {
  const p = makePara(content, o);
  made.set(p, [content, o]);
  return p;
};
const makePara = (content: Runs, o: ParaOpts) =>
  new Paragraph({
    children: typeof content === 'string' ? [run(content, o)] : content,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    indent: o.indent ? { firstLine: 640 } : o.hanging ? { left: o.hanging, hanging: o.hanging } : undefined,
    spacing: {
      before: o.before ?? 0,
      after: o.after ?? 0,
      line: o.line ?? LINE_BODY,
      lineRule: LineRuleType.EXACT,
    },
    keepNext: o.keepNext,
  });

/** A body paragraph, first line indented two characters. */
const body = (content: Runs) => para(content, { indent: true });
/** A labelled line: 黑体 label, 仿宋 value (当事人：…). */
const labelled = (label: string, value: string, o: ParaOpts = {}) => para([run(label, { font: HEITI }), run(value)], o);
/** A section heading inside the body (一、违法事实). */
const heading = (text: string) => para([run(text, { font: HEITI })], { indent: true });

// ---- Blocks shared by the kinds ----------------------------------------------------------------------------------

/** The agency's name and the document title, centred; then the number, right-aligned. */
const masthead = (title: string, opts: { number?: boolean } = {}) => [
  para([run('{agency.name}', { font: SONG, size: SIZE_TITLE, bold: true })], {
    align: AlignmentType.CENTER,
    line: 720,
  }),
  para([run(title, { font: SONG, size: SIZE_TITLE, bold: true })], {
    align: AlignmentType.CENTER,
    line: 720,
    after: opts.number === false ? 280 : 0,
  }),
  ...(opts.number === false
    ? []
    : [para('{document.number}', { align: AlignmentType.RIGHT, before: 120, after: 280 })]),
];

/** The addressee line of a notice: 香格里拉市某某餐饮有限公司： */
const addressee = () => para('{#parties}{name}{/parties}：', { align: AlignmentType.LEFT });

/** The parties as a decision describes them (处罚法 59(一)). */
const partyBlock = () => [
  para('{#parties}', { align: AlignmentType.LEFT }),
  labelled('当事人：', '{name}'),
  labelled('{idLabel}：', '{idNumber}'),
  para('{#legalRepresentative}', { align: AlignmentType.LEFT }),
  labelled('法定代表人（负责人）：', '{legalRepresentative}'),
  para('{/legalRepresentative}', { align: AlignmentType.LEFT }),
  labelled('住所（住址）：', '{address}'),
  para('{/parties}', { align: AlignmentType.LEFT }),
];

/**
 * The agency's seal block at the bottom right: name, （印章）, date. Kept on one page with the paragraph before it
 * (GB/T 9704 7.3.5.4: a seal never stands alone on a page).
 */
const sealBlock = () => {
  const start = para('', { before: 280, keepNext: true });
  SEAL_START.add(start);
  return [
    start,
    para('{agency.name}', { align: AlignmentType.RIGHT, keepNext: true }),
    para('（印章）', { align: AlignmentType.RIGHT, keepNext: true }),
    para('{document.date}', { align: AlignmentType.RIGHT }),
  ];
};

/** Re-makes the paragraph before each seal block with keep-with-next. */
function keepWithSeal(blocks: Block[]): Block[] {
  return blocks.map((b, i) => {
    const next = blocks[i + 1];
    if (!(b instanceof Paragraph) || !(next instanceof Paragraph) || !SEAL_START.has(next)) return b;
    const args = made.get(b);
    return args ? makePara(args[0], { ...args[1], keepNext: true }) : b;
  });
}

const contactLine = () =>
  para('（联系地址：{agency.address}　联系电话：{agency.phone}）', { before: 280, align: AlignmentType.LEFT });

/** The officers and their certificate numbers (处罚法 42, 55: 出示执法证件). */
const officersLine = (label = '执法人员') =>
  labelled(`${label}：`, '{#officers}{name}（执法证号：{certificateNumber}）　{/officers}');

/** Signature lines of a record (笔录): the party and the officers sign every page. */
const recordSignatures = (partyLabel = '当事人') => [
  para('', { before: 280 }),
  para(partyLabel + '签名（盖章）：　　　　　　　　　　　年　　月　　日', { align: AlignmentType.LEFT }),
  para('执法人员签名：　　　　　　　　　　　　　　年　　月　　日', { align: AlignmentType.LEFT }),
  para('执法证号：{#officers}{certificateNumber}　{/officers}', { align: AlignmentType.LEFT }),
];

const copiesNote = (text = '本文书一式两份，一份送达当事人，一份存档。') =>
  para([run(text, { font: SONG, size: 24 })], { before: 280, line: 400, align: AlignmentType.LEFT });

// ---- Tables -------------------------------------------------------------------------------------------------------
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

interface CellSpec {
  text: Runs;
  span?: number;
  label?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Extra paragraphs below the text (signature and date lines). */
  tail?: string[];
}
const cellParagraph = (content: Runs, o: { label?: boolean; align?: ParaOpts['align'] } = {}) =>
  para(typeof content === 'string' ? [run(content, { size: SIZE_TABLE, font: o.label ? HEITI : FANGSONG })] : content, {
    line: 360,
    align: o.align ?? (o.label ? AlignmentType.CENTER : AlignmentType.LEFT),
  });

function table(widthsMm: number[], rows: { cells: CellSpec[]; minHeightMm?: number }[]) {
  const total = widthsMm.reduce((a, b) => a + b, 0);
  const widths = widthsMm.map((w) => Math.round((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: rows.map((r) => {
      let col = 0;
      return new TableRow({
        height: { value: mm(r.minHeightMm ?? 9), rule: HeightRule.ATLEAST },
        children: r.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            verticalAlign: c.tail ? VerticalAlign.TOP : VerticalAlign.CENTER,
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: [
              cellParagraph(c.text, { label: c.label, align: c.align }),
              ...(c.tail ?? []).map((t) => cellParagraph(t, { align: AlignmentType.RIGHT })),
            ],
          });
        }),
      });
    }),
  });
}
const L = (text: string, span = 1): CellSpec => ({ text, span, label: true });
const V = (text: string, span = 1, tail?: string[]): CellSpec => ({ text, span, tail });
const SIGN = (who: string) => [who + '：　　　　　　　', '年　　月　　日'];

/** The parties as rows of a form. */
const partyRows = (): { cells: CellSpec[] }[] => [
  { cells: [L('当事人'), V('{#parties}{name}（{typeLabel}）{/parties}', 3)] },
  { cells: [L('证件名称及号码'), V('{#parties}{idLabel}：{idNumber}　{/parties}', 3)] },
  {
    cells: [
      L('法定代表人（负责人）'),
      V('{#parties}{legalRepresentative}{/parties}'),
      L('联系电话'),
      V('{#parties}{phone}{/parties}'),
    ],
  },
  { cells: [L('住所（住址）'), V('{#parties}{address}{/parties}', 3)] },
];

/** Items sealed, seized or preserved: one row per item (the loop repeats the row). */
const itemsTable = () =>
  table(
    [14, 60, 36, 24, 22],
    [
      { cells: [L('序号'), L('名称'), L('规格'), L('数量'), L('备注')] },
      { cells: [V('{#items}{$index}'), V('{name}'), V('{spec}'), V('{quantity}'), V('{note}{/items}')] },
    ],
  );

// ---- The kinds ----------------------------------------------------------------------------------------------------

type Block = Paragraph | Table;

const penaltyRightsText =
  '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。' +
  '你（单位）可以自收到本告知书之日起{extra.statementDays}内向本局提出陈述、申辩，逾期未提出的，视为放弃此权利。';

const hearingRightText =
  '根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有权要求举行听证。' +
  '要求听证的，应当在收到本告知书之日起{extra.hearingDays}内提出；逾期未提出的，视为放弃此权利。';

const remedyText =
  '当事人对本决定不服的，可以自收到本决定书之日起六十日内向{remedy.reviewBody}申请行政复议；' +
  '也可以自收到本决定书之日起六个月内依法向{remedy.court}提起行政诉讼。';

const TEMPLATES: Record<DocumentKind, () => Block[]> = {
  case_opening_approval: () => [
    ...masthead(DOCUMENT_TITLES.case_opening_approval),
    table(
      [34, 50, 30, 42],
      [
        { cells: [L('案件来源'), V('{case.sourceLabel}'), L('受案日期'), V('{case.openedOn}')] },
        { cells: [L('案由'), V('{case.cause}', 3)] },
        ...partyRows(),
        { cells: [L('案件线索及立案理由'), V('{extra.clueSummary}', 3)], minHeightMm: 30 },
        { cells: [L('立案依据'), V('{case.articlesViolated}', 3)], minHeightMm: 14 },
        {
          cells: [
            L('承办人意见'),
            V('{extra.handlerOpinion}', 3, ['承办人：{#officers}{name}　{/officers}', '年　　月　　日']),
          ],
          minHeightMm: 20,
        },
        { cells: [L('承办机构负责人意见'), V('{extra.departmentOpinion}', 3, SIGN('签名'))], minHeightMm: 20 },
        { cells: [L('机关负责人意见'), V('{extra.leaderOpinion}', 3, SIGN('签名'))], minHeightMm: 20 },
      ],
    ),
  ],

  inspection_record: () => [
    ...masthead(DOCUMENT_TITLES.inspection_record),
    table(
      [30, 48, 30, 48],
      [
        { cells: [L('检查时间'), V('{extra.startTime}至{extra.endTime}', 3)] },
        { cells: [L('检查地点'), V('{extra.place}', 3)] },
        ...partyRows(),
        { cells: [L('执法人员及执法证号'), V('{#officers}{name}（{certificateNumber}）　{/officers}', 3)] },
        { cells: [L('在场人员'), V('{extra.present}', 3)] },
      ],
    ),
    para('', { line: 280 }),
    body('我们是{agency.name}的执法人员，已出示执法证件。现依法进行现场检查，请予配合。'),
    heading('检查情况：'),
    body('{extra.content}'),
    body('以上笔录已经当事人核对（已向当事人宣读），与事实相符。'),
    ...recordSignatures(),
  ],

  inquiry_record: () => [
    ...masthead(DOCUMENT_TITLES.inquiry_record),
    table(
      [30, 48, 30, 48],
      [
        { cells: [L('询问时间'), V('{extra.startTime}至{extra.endTime}', 3)] },
        { cells: [L('询问地点'), V('{extra.place}', 3)] },
        { cells: [L('被询问人'), V('{extra.interviewee}'), L('与案件关系'), V('{extra.relation}')] },
        { cells: [L('身份证件号码'), V('{extra.intervieweeId}', 3)] },
        { cells: [L('询问人及执法证号'), V('{#officers}{name}（{certificateNumber}）　{/officers}', 3)] },
      ],
    ),
    para('', { line: 280 }),
    body(
      '问：我们是{agency.name}的执法人员，这是我们的执法证件（出示）。现依法就{case.cause}一事向你了解情况，' +
        '你应当如实回答，不得作伪证或者隐匿证据，否则要承担法律责任。你有权申请执法人员回避，你是否申请回避？',
    ),
    body('{extra.content}'),
    body('以上笔录已经被询问人核对（已向被询问人宣读），与所述相符。'),
    ...recordSignatures('被询问人'),
  ],

  preservation_notice: () => [
    ...masthead(DOCUMENT_TITLES.preservation_notice),
    addressee(),
    body(
      '因你（单位）涉嫌{case.cause}，{extra.reason}在证据可能灭失或者以后难以取得的情况下，经本局负责人批准，' +
        '根据《中华人民共和国行政处罚法》第五十六条的规定，本局决定对你（单位）的下列物品予以先行登记保存（详见下表）。',
    ),
    body('保存地点：{extra.storagePlace}。保存期限：{extra.period}。'),
    body('在保存期间，你（单位）不得损毁、销毁或者转移被保存的物品。本局将在七日内对先行登记保存的证据作出处理决定。'),
    itemsTable(),
    officersLine(),
    ...sealBlock(),
    para('当事人签名（盖章）：　　　　　　　　年　　月　　日', { before: 280, align: AlignmentType.LEFT }),
    copiesNote(),
  ],

  preservation_decision: () => [
    ...masthead(DOCUMENT_TITLES.preservation_decision),
    addressee(),
    body(
      '本局于{case.openedOn}对你（单位）的有关物品采取了先行登记保存措施。根据《中华人民共和国行政处罚法》' +
        '第五十六条的规定，现对先行登记保存的物品作出如下处理决定：',
    ),
    body('{extra.decision}'),
    itemsTable(),
    body(remedyText),
    ...sealBlock(),
    copiesNote(),
  ],

  penalty_prior_notice: () => [
    ...masthead(DOCUMENT_TITLES.penalty_prior_notice),
    addressee(),
    body('本局于{case.openedOn}对你（单位）{case.cause}一案立案调查，现已调查终结。'),
    heading('一、违法事实及证据'),
    body('经查，{case.facts}'),
    body('上述事实，有下列证据证明：'),
    para('{#case.evidence}', { align: AlignmentType.LEFT }),
    body('{$index}. {name}{#description}，{description}{/description}；'),
    para('{/case.evidence}', { align: AlignmentType.LEFT }),
    heading('二、拟作出行政处罚的理由、依据和内容'),
    body(
      '本局认为，你（单位）的上述行为违反了{case.articlesViolated}的规定。依据{case.articlesApplied}的规定，' +
        '{#case.discretion}参照本局行政处罚裁量基准，你（单位）的违法行为属于{level}情形：{reason}。{/case.discretion}' +
        '本局拟对你（单位）作出如下行政处罚：{case.penalty.summaryText}',
    ),
    heading('三、你（单位）享有的权利'),
    body(penaltyRightsText),
    para('{#extra.hearingDays}', { align: AlignmentType.LEFT }),
    body(hearingRightText),
    para('{/extra.hearingDays}', { align: AlignmentType.LEFT }),
    body(
      '你（单位）陈述、申辩或者要求听证的，可以到本局当面提出，也可以书面提出。本局不因你（单位）陈述、申辩而给予更重的处罚。',
    ),
    ...sealBlock(),
    contactLine(),
    copiesNote(),
  ],

  hearing_notice: () => [
    ...masthead(DOCUMENT_TITLES.hearing_notice),
    addressee(),
    body(
      '根据你（单位）于{hearing.requestedOn}提出的听证申请，本局决定于{hearing.date}{hearing.time}在{hearing.place}' +
        '就{case.cause}一案{extra.caseSummary}举行听证，本次听证不公开举行（涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外，其余公开举行）。',
    ),
    body('听证主持人：{hearing.host}；记录员：{hearing.clerk}。'),
    body(
      '根据《中华人民共和国行政处罚法》第六十四条的规定，你（单位）认为主持人与本案有直接利害关系的，有权申请回避。' +
        '你（单位）可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当在听证前提交授权委托书。' +
        '请携带身份证明及有关证据材料按时参加听证；无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本局终止听证。',
    ),
    ...sealBlock(),
    contactLine(),
    copiesNote(),
  ],

  hearing_record: () => [
    ...masthead(DOCUMENT_TITLES.hearing_record),
    table(
      [30, 48, 30, 48],
      [
        { cells: [L('案由'), V('{case.cause}', 3)] },
        { cells: [L('听证时间'), V('{hearing.date}{extra.startTime}至{extra.endTime}', 3)] },
        { cells: [L('听证地点'), V('{hearing.place}', 3)] },
        { cells: [L('听证主持人'), V('{hearing.host}'), L('记录员'), V('{hearing.clerk}')] },
        ...partyRows(),
        { cells: [L('案件调查人员'), V('{#officers}{name}（{certificateNumber}）　{/officers}', 3)] },
        { cells: [L('其他参加人员'), V('{hearing.participants}', 3)] },
      ],
    ),
    para('', { line: 280 }),
    heading('听证经过：'),
    body('{hearing.summary}{extra.content}'),
    body('以上笔录已经听证参加人核对，与事实相符。'),
    para('', { before: 280 }),
    para('当事人（代理人）签名：　　　　　　　　年　　月　　日', { align: AlignmentType.LEFT }),
    para('案件调查人员签名：　　　　　　　　　　年　　月　　日', { align: AlignmentType.LEFT }),
    para('听证主持人签名：　　　　　记录员签名：　　　　　', { align: AlignmentType.LEFT }),
  ],

  legal_review_opinion: () => [
    ...masthead(DOCUMENT_TITLES.legal_review_opinion),
    table(
      [34, 50, 30, 42],
      [
        { cells: [L('案件名称'), V('{case.title}', 3)] },
        { cells: [L('案件编号'), V('{case.number}'), L('送审日期'), V('{extra.submittedOn}')] },
        ...partyRows(),
        { cells: [L('承办人员'), V('{#officers}{name}（{certificateNumber}）　{/officers}', 3)] },
        { cells: [L('审核事项'), V('{extra.matters}', 3)], minHeightMm: 14 },
        {
          cells: [L('拟处理意见'), V('依据{case.articlesApplied}，拟作出：{case.penalty.summaryText}', 3)],
          minHeightMm: 20,
        },
        {
          cells: [L('审核意见'), V('{reviewer.opinion}', 3, ['审核人员：{reviewer.name}', '{reviewer.date}'])],
          minHeightMm: 50,
        },
        { cells: [L('审核结论'), V('{reviewer.outcomeLabel}', 3)] },
      ],
    ),
    para(
      [
        run(
          '审核依据：《中华人民共和国行政处罚法》第五十八条；审核内容包括执法主体、管辖、程序、事实、证据、适用法律、裁量基准和文书。',
          { size: 24 },
        ),
      ],
      { before: 200, line: 400 },
    ),
  ],

  collective_discussion_record: () => [
    ...masthead(DOCUMENT_TITLES.collective_discussion_record),
    table(
      [30, 48, 30, 48],
      [
        { cells: [L('案件名称'), V('{case.title}', 3)] },
        { cells: [L('讨论时间'), V('{discussion.date}'), L('地点'), V('{discussion.place}')] },
        { cells: [L('主持人'), V('{discussion.host}'), L('记录人'), V('{discussion.recorder}')] },
        { cells: [L('出席人员'), V('{discussion.attendees}', 3)], minHeightMm: 14 },
        { cells: [L('汇报人'), V('{#officers}{name}　{/officers}', 3)] },
      ],
    ),
    para('', { line: 280 }),
    heading('案件基本情况及拟处理意见：'),
    body('{case.facts}'),
    body('拟依据{case.articlesApplied}，作出：{case.penalty.summaryText}'),
    heading('讨论情况：'),
    body('{discussion.summary}'),
    heading('讨论决定：'),
    body('{discussion.conclusion}'),
    body(
      '（依据《中华人民共和国行政处罚法》第五十七条第二款，对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。）',
    ),
    para('', { before: 280 }),
    para('出席人员签名：', { align: AlignmentType.LEFT }),
    para('主持人签名：　　　　　　　　记录人签名：　　　　　　　　', { align: AlignmentType.LEFT, before: 560 }),
  ],

  penalty_decision: () => [
    ...masthead(DOCUMENT_TITLES.penalty_decision),
    ...partyBlock(),
    para('', { line: 280 }),
    body(
      '当事人{case.cause}一案，本局于{case.openedOn}立案调查。本局于{extra.noticeDate}向当事人送达了《行政处罚事先告知书》，' +
        '告知当事人拟作出行政处罚的内容及事实、理由、依据，以及当事人依法享有的陈述、申辩和要求听证的权利。{extra.statementHandling}',
    ),
    heading('一、违法事实'),
    body('经查，{case.facts}'),
    heading('二、证据'),
    body('上述事实，有下列证据证明：'),
    para('{#case.evidence}', { align: AlignmentType.LEFT }),
    body('{$index}. {name}{#description}，{description}{/description}；'),
    para('{/case.evidence}', { align: AlignmentType.LEFT }),
    heading('三、处罚的理由和依据'),
    body('本局认为，当事人的上述行为违反了{case.articlesViolated}的规定，构成{case.cause}的违法行为。'),
    para('{#case.discretion}', { align: AlignmentType.LEFT }),
    body('根据本局行政处罚裁量基准，当事人的违法行为属于{level}情形。理由如下：{reason}。'),
    para('{/case.discretion}', { align: AlignmentType.LEFT }),
    body('依据{case.articlesApplied}的规定，本局决定对当事人作出如下行政处罚：'),
    heading('四、行政处罚的内容'),
    body('{case.penalty.summaryText}'),
    heading('五、履行方式和期限'),
    body(
      '当事人应当{case.paymentDeadlineText}，持本决定书到{payment.place}缴纳罚款' +
        '（收款单位：{payment.payee}；开户银行：{payment.bank}；账号：{payment.account}）。' +
        '根据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，' +
        '加处罚款的数额不超过罚款的数额。',
    ),
    heading('六、救济途径和期限'),
    body(
      remedyText +
        '申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。' +
        '当事人逾期不申请行政复议、不提起行政诉讼，又不履行本行政处罚决定的，本局将依法申请人民法院强制执行。',
    ),
    ...sealBlock(),
    copiesNote('本文书一式三份，一份送达当事人，一份存档，一份交缴款机构。'),
  ],

  summary_penalty_decision: () => [
    ...masthead(DOCUMENT_TITLES.summary_penalty_decision),
    ...partyBlock(),
    para('', { line: 280 }),
    body(
      '当事人于{extra.time}在{extra.place}，{case.facts}。上述行为违反了{case.articlesViolated}的规定。' +
        '执法人员已告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有陈述、申辩的权利；' +
        '当事人{extra.statement}。依据{case.articlesApplied}和《中华人民共和国行政处罚法》第五十一条的规定，当场作出如下行政处罚：',
    ),
    body('{case.penalty.summaryText}'),
    body(
      '当事人应当{case.paymentDeadlineText}到{payment.place}缴纳罚款（符合《中华人民共和国行政处罚法》第六十八条规定的，可当场收缴）。' +
        '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额。',
    ),
    body(remedyText),
    officersLine(),
    para('当事人签名：　　　　　　　　　　　　年　　月　　日', { before: 280, align: AlignmentType.LEFT }),
    ...sealBlock(),
    copiesNote(
      '本决定书当场交付当事人，并于作出后二日内报所属行政机关备案（《中华人民共和国行政处罚法》第五十二条）。',
    ),
  ],

  service_receipt: () => [
    ...masthead(DOCUMENT_TITLES.service_receipt),
    table(
      [40, 116],
      [
        { cells: [L('送达文书名称'), V('{service.documentTitle}')], minHeightMm: 12 },
        { cells: [L('送达文书文号'), V('{service.documentNumber}')], minHeightMm: 12 },
        { cells: [L('受送达人'), V('{#parties}{name}{/parties}')], minHeightMm: 12 },
        { cells: [L('送达地点'), V('{service.place}')], minHeightMm: 12 },
        { cells: [L('送达方式'), V('{service.methodLabel}')], minHeightMm: 12 },
        { cells: [L('送达日期'), V('{service.date}')], minHeightMm: 12 },
        {
          cells: [L('受送达人签名或者盖章'), V('{service.recipient}', 1, SIGN('签收人'))],
          minHeightMm: 24,
        },
        { cells: [L('送达人签名'), V('{extra.server}', 1, ['年　　月　　日'])], minHeightMm: 20 },
        { cells: [L('见证人签名'), V('', 1, ['年　　月　　日'])], minHeightMm: 20 },
        { cells: [L('备注'), V('{extra.note}')], minHeightMm: 14 },
      ],
    ),
    para(
      [
        run(
          '说明：受送达人拒绝签收的，送达人可以邀请有关基层组织或者所在单位的代表到场，说明情况，在送达回证上记明拒收事由和日期，' +
            '由送达人、见证人签名或者盖章，把文书留在受送达人的住所，即视为送达（《中华人民共和国民事诉讼法》第八十九条，' +
            '《中华人民共和国行政处罚法》第六十一条）。',
          { size: 21 },
        ),
      ],
      { before: 120, line: 320 },
    ),
  ],

  payment_demand: () => [
    ...masthead(DOCUMENT_TITLES.payment_demand),
    addressee(),
    body(
      '本局于{case.decisionDate}对你（单位）作出{extra.decisionNumber}《行政处罚决定书》，决定：{case.penalty.summaryText}' +
        '该决定书已依法送达。你（单位）至今未履行缴纳罚款的义务。',
    ),
    body(
      '根据《中华人民共和国行政强制法》第三十五条、第四十五条和《中华人民共和国行政处罚法》第七十二条的规定，' +
        '本局催告你（单位）自收到本催告书之日起{extra.dueDays}内履行下列义务：缴纳罚款{extra.fineOutstanding}，' +
        '加处罚款{extra.surcharge}（每日按罚款数额的百分之三计算，不超过罚款数额）。',
    ),
    body(
      '你（单位）收到本催告书后有权进行陈述和申辩（《中华人民共和国行政强制法》第三十六条）。' +
        '逾期仍不履行的，本局将依法申请人民法院强制执行。',
    ),
    ...sealBlock(),
    contactLine(),
    copiesNote(),
  ],

  enforcement_application: () => [
    ...masthead(DOCUMENT_TITLES.enforcement_application),
    labelled('申请人：', '{agency.name}'),
    labelled('地址：', '{agency.address}'),
    ...partyBlock(),
    para('', { line: 280 }),
    labelled('申请执行事项：', '{extra.executionItems}'),
    heading('事实和理由：'),
    body(
      '申请人于{case.decisionDate}对被申请人作出{extra.decisionNumber}《行政处罚决定书》，决定：{case.penalty.summaryText}' +
        '该决定书已依法送达。被申请人在法定期限内未申请行政复议或者提起行政诉讼，又不履行。{extra.performance}',
    ),
    body(
      '申请人已于{extra.demandDate}依法催告，被申请人收到催告书十日后仍未履行。根据《中华人民共和国行政强制法》' +
        '第五十三条、第五十四条、第五十五条的规定，特申请贵院强制执行。',
    ),
    body('此致'),
    para('{extra.court}', { align: AlignmentType.LEFT }),
    para('附：行政决定书及作出决定的事实、理由和依据；当事人的意见及催告情况；申请强制执行标的情况。', { before: 280 }),
    ...sealBlock(),
    para('行政机关负责人签名：　　　　　　　', { align: AlignmentType.RIGHT }),
  ],

  case_closing_report: () => [
    ...masthead(DOCUMENT_TITLES.case_closing_report),
    table(
      [34, 50, 30, 42],
      [
        { cells: [L('案件名称'), V('{case.title}', 3)] },
        { cells: [L('案件编号'), V('{case.number}'), L('立案日期'), V('{case.openedOn}')] },
        ...partyRows(),
        { cells: [L('处罚决定书文号'), V('{extra.decisionNumber}'), L('决定日期'), V('{case.decisionDate}')] },
        { cells: [L('处罚内容'), V('{case.penalty.summaryText}', 3)], minHeightMm: 14 },
        { cells: [L('执行情况'), V('{extra.execution}{case.closingSummary}', 3)], minHeightMm: 24 },
        { cells: [L('结案理由'), V('{extra.closingReason}', 3)], minHeightMm: 14 },
        {
          cells: [L('承办人意见'), V('', 3, ['承办人：{#officers}{name}　{/officers}', '年　　月　　日'])],
          minHeightMm: 24,
        },
        { cells: [L('承办机构负责人意见'), V('', 3, SIGN('签名'))], minHeightMm: 24 },
        { cells: [L('机关负责人审批意见'), V('', 3, SIGN('签名'))], minHeightMm: 24 },
      ],
    ),
  ],

  licence_acceptance_notice: () => [
    ...masthead(DOCUMENT_TITLES.licence_acceptance_notice),
    addressee(),
    body(
      '你（单位）于{extra.applicationDate}提出的{extra.item}行政许可申请，申请材料齐全、符合法定形式。' +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理。',
    ),
    body(
      '本机关将依照《中华人民共和国行政许可法》第四十二条的规定，自受理之日起二十日内作出行政许可决定（{extra.dueDate}前）；' +
        '二十日内不能作出决定的，经本机关负责人批准，可以延长十日，并将延长期限的理由告知你（单位）。' +
        '依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内。',
    ),
    ...sealBlock(),
    contactLine(),
  ],

  licence_supplement_notice: () => [
    ...masthead(DOCUMENT_TITLES.licence_supplement_notice),
    addressee(),
    body(
      '你（单位）于{extra.applicationDate}提出的{extra.item}行政许可申请，经审查，申请材料不齐全（不符合法定形式）。' +
        '根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，请你（单位）补正下列材料：',
    ),
    body('{extra.materials}'),
    body(
      '补正的申请材料齐全、符合法定形式的，本机关将予以受理。自你（单位）补正全部材料之日起，本机关依法开始计算审查期限。',
    ),
    ...sealBlock(),
    contactLine(),
  ],

  licence_extension_notice: () => [
    ...masthead(DOCUMENT_TITLES.licence_extension_notice),
    addressee(),
    body(
      '你（单位）于{extra.applicationDate}提出的{extra.item}行政许可申请，本机关已依法受理。因{extra.reason}，' +
        '二十日内不能作出决定。根据《中华人民共和国行政许可法》第四十二条第一款的规定，经本机关负责人批准，' +
        '审查期限延长十日，本机关将于{extra.newDueDate}前作出行政许可决定。',
    ),
    body('特此告知。'),
    ...sealBlock(),
    contactLine(),
  ],

  licence_decision: () => [
    ...masthead(DOCUMENT_TITLES.licence_decision),
    addressee(),
    body('你（单位）于{extra.applicationDate}提出的{extra.item}行政许可申请，本机关已依法受理并进行了审查。'),
    para('{#extra.granted}', { align: AlignmentType.LEFT }),
    body(
      '经审查，你（单位）的申请符合法定条件、标准。根据《中华人民共和国行政许可法》第三十八条第一款的规定，' +
        '本机关决定准予行政许可：{extra.content}。有效期限：{extra.validity}。',
    ),
    body(
      '本机关将自作出决定之日起十日内向你（单位）颁发、送达行政许可证件（《中华人民共和国行政许可法》第四十四条）。',
    ),
    para('{/extra.granted}', { align: AlignmentType.LEFT }),
    para('{^extra.granted}', { align: AlignmentType.LEFT }),
    body(
      '经审查，你（单位）的申请不符合法定条件、标准，理由如下：{extra.refusalReason}。根据《中华人民共和国行政许可法》' +
        '第三十八条第二款的规定，本机关决定不予行政许可。',
    ),
    para('{/extra.granted}', { align: AlignmentType.LEFT }),
    body(remedyText.replace('当事人', '你（单位）')),
    ...sealBlock(),
  ],

  coercion_decision: () => [
    ...masthead(DOCUMENT_TITLES.coercion_decision),
    ...partyBlock(),
    para('', { line: 280 }),
    body('（一）理由：{extra.reason}'),
    body('（二）依据：{extra.basis}'),
    body('（三）本机关决定对下列场所、设施或者财物予以{extra.measure}（见清单）：'),
    itemsTable(),
    body('（四）{extra.measure}的地点：{extra.place}。'),
    body(
      '（五）{extra.measure}的期限：{extra.period}。根据《中华人民共和国行政强制法》第二十五条的规定，查封、扣押的期限不得超过三十日；' +
        '情况复杂的，经本机关负责人批准，可以延长，但延长期限不得超过三十日。',
    ),
    body(
      '（六）当事人对本决定不服的，可以自收到本决定书之日起六十日内向{remedy.reviewBody}申请行政复议，' +
        '也可以自收到本决定书之日起六个月内依法向{remedy.court}提起行政诉讼。',
    ),
    body('对被{extra.measure}的场所、设施或者财物，当事人不得擅自启封、转移、损毁或者隐匿。'),
    body('（本决定书依据《中华人民共和国行政强制法》第二十四条制作，应当场交付当事人。）'),
    ...sealBlock(),
    para('当事人签名（盖章）：　　　　　　　　年　　月　　日', { before: 280, align: AlignmentType.LEFT }),
  ],

  coercion_record: () => [
    ...masthead(DOCUMENT_TITLES.coercion_record),
    table(
      [30, 48, 30, 48],
      [
        { cells: [L('实施时间'), V('{extra.startTime}至{extra.endTime}', 3)] },
        { cells: [L('实施地点'), V('{extra.place}', 3)] },
        ...partyRows(),
        { cells: [L('执法人员及执法证号'), V('{#officers}{name}（{certificateNumber}）　{/officers}', 3)] },
      ],
    ),
    para('', { line: 280 }),
    body(
      '执法人员出示执法证件，通知当事人到场，当场告知当事人采取{extra.measure}的理由、依据以及当事人依法享有的权利、救济途径，' +
        '听取了当事人的陈述和申辩（《中华人民共和国行政强制法》第十八条）。',
    ),
    heading('现场情况：'),
    body('{extra.content}'),
    itemsTable(),
    body('当事人拒绝签名或者不到场的，由见证人和执法人员在笔录上签名或者盖章。'),
    ...recordSignatures(),
    para('见证人签名：　　　　　　　　　　　　　年　　月　　日', { align: AlignmentType.LEFT }),
  ],

  coercion_extension_notice: () => [
    ...masthead(DOCUMENT_TITLES.coercion_extension_notice),
    addressee(),
    body(
      '本机关于{case.openedOn}以{extra.originalNumber}《查封（扣押）决定书》对你（单位）的有关场所、设施或者财物实施了{extra.measure}。' +
        '因{extra.reason}，情况复杂，经本机关负责人批准，根据《中华人民共和国行政强制法》第二十五条的规定，' +
        '决定将{extra.measure}期限延长{extra.newPeriod}。',
    ),
    body(remedyText.replace('本决定书', '本通知书').replace('当事人', '你（单位）')),
    ...sealBlock(),
  ],

  coercion_release_decision: () => [
    ...masthead(DOCUMENT_TITLES.coercion_release_decision),
    addressee(),
    body(
      '本机关以{extra.originalNumber}《查封（扣押）决定书》对你（单位）的有关场所、设施或者财物实施了{extra.measure}。' +
        '因{extra.reason}，根据《中华人民共和国行政强制法》第二十八条的规定，本机关决定解除{extra.measure}，' +
        '立即退还下列财物（已将鲜活物品或者其他不易保管的财物拍卖或者变卖的，退还拍卖或者变卖所得款项）：',
    ),
    itemsTable(),
    ...sealBlock(),
    para('当事人签收：　　　　　　　　　　　　年　　月　　日', { before: 280, align: AlignmentType.LEFT }),
  ],

  freeze_decision: () => [
    ...masthead(DOCUMENT_TITLES.freeze_decision),
    ...partyBlock(),
    para('', { line: 280 }),
    body('（一）理由：{extra.reason}'),
    body('（二）依据：{extra.basis}'),
    body('（三）冻结的存款、汇款的数额：{extra.amount}（金融机构：{extra.bank}；账户：{extra.account}）。'),
    body(
      '（四）冻结的期限：{extra.period}。根据《中华人民共和国行政强制法》第三十二条的规定，自冻结之日起三十日内，本机关应当作出处理决定或者解除冻结；' +
        '情况复杂的，经本机关负责人批准，可以延长，但延长期限不得超过三十日。',
    ),
    body(
      '（五）当事人对本决定不服的，可以自收到本决定书之日起六十日内向{remedy.reviewBody}申请行政复议，' +
        '也可以自收到本决定书之日起六个月内依法向{remedy.court}提起行政诉讼。',
    ),
    body('（本决定书依据《中华人民共和国行政强制法》第三十一条制作，应当在三日内交付当事人。）'),
    ...sealBlock(),
  ],

  freeze_release_decision: () => [
    ...masthead(DOCUMENT_TITLES.freeze_release_decision),
    addressee(),
    body(
      '本机关以{extra.originalNumber}《冻结决定书》冻结了你（单位）的存款、汇款。因{extra.reason}，' +
        '根据《中华人民共和国行政强制法》第三十三条的规定，本机关决定解除冻结，解除冻结数额：{extra.amount}。',
    ),
    ...sealBlock(),
  ],

  inspection_result: () => [
    ...masthead(DOCUMENT_TITLES.inspection_result),
    addressee(),
    body('本局执法人员于{case.openedOn}依法对你（单位）位于{extra.place}的场所进行了行政检查。现将检查结果告知如下：'),
    body('{extra.result}'),
    para('{#extra.requirement}', { align: AlignmentType.LEFT }),
    body('整改要求：{extra.requirement}'),
    para('{/extra.requirement}', { align: AlignmentType.LEFT }),
    officersLine(),
    ...sealBlock(),
    contactLine(),
  ],

  general_decision: () => [
    ...masthead(DOCUMENT_TITLES.general_decision),
    ...partyBlock(),
    para('', { line: 280 }),
    body('关于{extra.subject}一事，本机关经审查，依据{extra.basis}的规定，决定如下：'),
    body('{extra.content}'),
    body(remedyText),
    ...sealBlock(),
  ],
};

function footer(kind: DocumentKind) {
  const isRecord = /_record$|service_receipt|approval|closing_report|legal_review/.test(kind);
  const children = isRecord
    ? [
        run('第 ', { size: 24 }),
        new TextRun({ children: [PageNumber.CURRENT], size: 24 }),
        run(' 页　共 ', { size: 24 }),
        new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 24 }),
        run(' 页', { size: 24 }),
      ]
    : [
        run('— ', { font: SONG, size: 28 }),
        new TextRun({ children: [PageNumber.CURRENT], size: 28, font: font(SONG) }),
        run(' —', { font: SONG, size: 28 }),
      ];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

export async function buildTemplate(kind: DocumentKind): Promise<Buffer> {
  const doc = new Document({
    creator: 'xzzf',
    title: DOCUMENT_TITLES[kind],
    // Multi-line fields (questions and answers) become line breaks: a justified line ending in one is not stretched.
    compatibility: { doNotExpandShiftReturn: true },
    styles: {
      default: {
        document: { run: { font: font(FANGSONG), size: SIZE_BODY } },
      },
    },
    sections: [
      {
        properties: { page: { size: PAGE, margin: { ...MARGIN, header: mm(15), footer: mm(20) } } },
        footers: { default: footer(kind) },
        children: keepWithSeal(TEMPLATES[kind]()),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(outDir, { recursive: true });
  for (const kind of DOCUMENT_KINDS) {
    const bytes = await buildTemplate(kind);
    writeFileSync(join(outDir, `${kind}.docx`), bytes);
  }
  console.log(`${DOCUMENT_KINDS.length} templates written to ${outDir}`);
}
