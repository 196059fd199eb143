// DEMO DATA: a small powers list for 香格里拉市市场监督管理局 and for 建塘镇 (items delegated to it by city
// departments, and one of its own), to show the list, its history, delegation and the filing inbox. Every item
// is marked 演示数据 and must be confirmed by the agency before any real use. The articles cited were checked
// against the statute texts in shared/data/laws; 广告法 and 土地管理法 are not in that library, so those items
// stay flagged 依据未关联 until the laws are imported.
import type { PowerContentInput } from '../../../../contracts/power';

export const DEMO_MARK = '演示数据，请本单位核实后使用';

const LICENCE_DUTY =
  '1.受理责任：公示应当提交的材料，一次性告知需补正的全部内容，依法受理或者不予受理；2.审查责任：审查申请材料，必要时进行现场核查；3.决定责任：在法定期限内作出准予或者不予许可的决定，不予许可的说明理由并告知权利；4.送达责任：制发许可证件并送达；5.事后监管责任：对被许可人从事许可事项的活动进行监督检查；6.其他法律法规规章规定应履行的责任。';
const LICENCE_ACCOUNTABILITY =
  '因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：1.对符合法定条件的申请不予受理、不予许可或者不在法定期限内作出决定的；2.对不符合法定条件的申请准予许可或者超越法定职权作出准予许可决定的；3.在许可过程中索取或者收受他人财物或者谋取其他利益的；4.其他违反法律法规规章规定的行为。（《中华人民共和国行政许可法》第七十二条至第七十四条）';
const PENALTY_DUTY =
  '1.立案责任：发现涉嫌违法行为，予以审查，决定是否立案；2.调查取证责任：全面、客观、公正地调查，收集证据，执法人员不少于两人并出示执法证件；3.审查责任：对案件事实、证据、依据、程序和裁量进行审查；重大执法决定进行法制审核；4.告知责任：作出决定前告知拟作出的处罚内容及事实、理由、依据和当事人依法享有的陈述、申辩、听证等权利；5.决定责任：依法作出处罚决定；6.送达责任：在法定期限内送达处罚决定书；7.执行责任：监督当事人履行处罚决定；8.其他法律法规规章规定应履行的责任。';
const PENALTY_ACCOUNTABILITY =
  '因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：1.没有法定依据或者擅自改变处罚种类、幅度的；2.违反法定程序的；3.对应当予以制止和处罚的违法行为不予制止、处罚的；4.应当移送司法机关追究刑事责任而不移送，以行政处罚代替刑事处罚的；5.在执法中索取或者收受他人财物、谋取其他利益的；6.其他违反法律法规规章规定的行为。（《中华人民共和国行政处罚法》第七十六条至第八十三条）';
const INSPECTION_DUTY =
  '1.检查责任：按照“双随机、一公开”要求制定并实施检查计划，执法人员不少于两人并出示执法证件；2.处置责任：对检查中发现的违法行为依法处理，涉嫌犯罪的依法移送；3.公示责任：依法公示检查结果；4.其他法律法规规章规定应履行的责任。';
const INSPECTION_ACCOUNTABILITY =
  '因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：1.应当检查而未检查或者检查中发现违法行为不依法处理的；2.重复检查、随意检查，干扰正常生产经营的；3.在检查中索取或者收受他人财物、谋取其他利益的；4.其他违反法律法规规章规定的行为。';

type DemoItem = Omit<PowerContentInput, 'delegatedFromAgencyId' | 'delegatedToTownshipIds'> & {
  /** Agency names (resolved when seeding). */
  delegatedFrom?: string;
  delegatedTo?: string[];
};

export const SCJG_ITEMS: DemoItem[] = [
  {
    code: 'SCJG-XK-001',
    name: '食品经营许可',
    category: 'licence',
    basisText: '《中华人民共和国食品安全法》第三十五条第一款',
    duty: LICENCE_DUTY,
    accountability: LICENCE_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-CF-001',
    name: '对未取得食品生产经营许可从事食品生产经营活动的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国食品安全法》第一百二十二条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-CF-002',
    name: '对生产经营不符合食品安全标准的食品等违法行为的行政处罚',
    category: 'penalty',
    subItems: [
      { code: 'SCJG-CF-002-01', name: '对生产经营致病性微生物、农药残留等超过食品安全标准限量的食品的处罚' },
      { code: 'SCJG-CF-002-02', name: '对生产经营超范围、超限量使用食品添加剂的食品的处罚' },
    ],
    basisText: '《中华人民共和国食品安全法》第一百二十四条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-CF-003',
    name: '对食品生产经营者未按规定查验进货、记录等违法行为的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国食品安全法》第一百二十六条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county_township',
    delegatedTo: ['香格里拉市建塘镇人民政府'],
    remarks: '对辖区内小餐饮、食品销售者的处罚下放建塘镇行使',
  },
  {
    code: 'SCJG-CF-004',
    name: '对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国产品质量法》第四十九条',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-CF-005',
    name: '对在产品中掺杂、掺假，以假充真，以次充好，或者以不合格产品冒充合格产品的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国产品质量法》第五十条',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-CF-006',
    name: '对发布虚假广告的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国广告法》第五十五条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-QZ-001',
    name: '查封、扣押不符合食品安全标准或者有证据证明存在安全隐患以及用于违法生产经营的食品等',
    category: 'coercion',
    basisText: '《中华人民共和国食品安全法》第一百一十条第（四）项',
    duty: '1.审批责任：实施前向行政机关负责人报告并经批准；2.实施责任：两名以上执法人员实施，出示执法证件，通知当事人到场，告知理由、依据和权利，听取陈述申辩，制作现场笔录；3.期限责任：查封、扣押期限不超过三十日，情况复杂的经批准可以延长，但延长期限不超过三十日；4.其他法律法规规章规定应履行的责任。（《中华人民共和国行政强制法》第十八条、第二十五条）',
    accountability:
      '因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：1.没有法律、法规依据实施强制措施的；2.改变强制措施的对象、条件、方式的；3.违反法定程序实施强制措施的；4.扩大查封、扣押范围或者使用、损毁查封、扣押财物的；5.其他违反法律法规规章规定的行为。（《中华人民共和国行政强制法》第六十一条至第六十四条）',
    level: 'county',
  },
  {
    code: 'SCJG-JC-001',
    name: '食品生产经营监督检查',
    category: 'inspection',
    basisText: '《中华人民共和国食品安全法》第一百一十条',
    duty: INSPECTION_DUTY,
    accountability: INSPECTION_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-JC-002',
    name: '产品质量监督抽查',
    category: 'inspection',
    basisText: '《中华人民共和国产品质量法》第十五条',
    duty: INSPECTION_DUTY,
    accountability: INSPECTION_ACCOUNTABILITY,
    level: 'county',
  },
  {
    code: 'SCJG-JL-001',
    name: '对举报食品安全违法行为查证属实的举报人给予奖励',
    category: 'reward',
    basisText: '《中华人民共和国食品安全法》第一百一十五条第一款',
    duty: '1.受理责任：公布举报方式，受理举报；2.核实责任：对举报事项调查核实；3.奖励责任：对查证属实的举报按规定给予奖励；4.保密责任：对举报人信息予以保密。',
    accountability:
      '因不履行或者不正确履行行政职责，有下列情形之一的，行政机关及其工作人员应当承担相应责任：1.对查证属实的举报不按规定给予奖励的；2.泄露举报人信息的；3.其他违反法律法规规章规定的行为。',
    level: 'county',
  },
];

export const JIANTANG_ITEMS: DemoItem[] = [
  {
    code: 'JTZ-CF-001',
    name: '对食品生产经营者未按规定查验进货、记录等违法行为的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国食品安全法》第一百二十六条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'township',
    delegatedFrom: '香格里拉市市场监督管理局',
    remarks: '限辖区内小餐饮、食品销售者',
  },
  {
    code: 'JTZ-CF-002',
    name: '对在幼林地砍柴、毁苗、放牧造成林木毁坏的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国森林法》第七十四条第二款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'township',
    delegatedFrom: '香格里拉市林业和草原局',
  },
  {
    code: 'JTZ-CF-003',
    name: '对非法开垦草原的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国草原法》第六十六条',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'township',
    delegatedFrom: '香格里拉市林业和草原局',
  },
  {
    code: 'JTZ-CF-004',
    name: '对农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅的行政处罚',
    category: 'penalty',
    basisText: '《中华人民共和国土地管理法》第七十八条第一款',
    duty: PENALTY_DUTY,
    accountability: PENALTY_ACCOUNTABILITY,
    level: 'township',
    delegatedFrom: '香格里拉市自然资源局',
  },
  {
    code: 'JTZ-JC-001',
    name: '对本行政区域内生产经营单位安全生产状况的监督检查',
    category: 'inspection',
    basisText: '《中华人民共和国安全生产法》第九条第二款',
    duty: INSPECTION_DUTY,
    accountability: INSPECTION_ACCOUNTABILITY,
    level: 'township',
  },
];

/** A later change (law change) to one item, so that the demo shows a history with two versions. */
export const SCJG_MODIFICATION = {
  code: 'SCJG-CF-001',
  reasonText: '依据食品安全法（2021年修正）调整实施依据表述，增列子项',
  patch: {
    subItems: [
      { code: 'SCJG-CF-001-01', name: '对未取得食品生产经营许可从事食品生产经营活动的处罚' },
      { code: 'SCJG-CF-001-02', name: '对明知从事无证生产经营活动仍为其提供生产经营场所或者其他条件的处罚' },
    ],
    basisText: '《中华人民共和国食品安全法》第一百二十二条',
  },
};

/** A change waiting in the justice bureau's inbox (待备案). */
export const SCJG_PENDING: DemoItem = {
  code: 'SCJG-CF-007',
  name: '对食品生产经营者安排未取得健康证明的人员从事接触直接入口食品工作的行政处罚',
  category: 'penalty',
  basisText: '《中华人民共和国食品安全法》第一百二十六条第一款第（六）项',
  duty: PENALTY_DUTY,
  accountability: PENALTY_ACCOUNTABILITY,
  level: 'county',
};
