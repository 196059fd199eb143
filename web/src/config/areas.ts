// The areas of the app: one place for the path, the permission that opens it, its name and its menu test id.
// The layout builds the side menu from it and the workbench its cards, both filtered by me.permissions.
import type { Permission } from '../../../contracts/roles';
import type { Label } from '../lib/i18n';

export type AreaKey =
  | 'workbench'
  | 'cases'
  | 'procedures'
  | 'calendar'
  | 'agencies'
  | 'laws'
  | 'powers'
  | 'lawChanges'
  | 'benchmarks'
  | 'reviewCatalogues'
  | 'referralThresholds'
  | 'officers'
  | 'certificates'
  | 'training'
  | 'exams'
  | 'transfers'
  | 'annualFilings'
  | 'leaderRecords'
  | 'personnelIndicators'
  | 'documentTemplates'
  | 'accounts'
  | 'grants'
  | 'apiTokens'
  | 'securityPolicy'
  | 'accessLog'
  | 'profile';

/** Menu groups: the legal knowledge, the enforcement personnel, administration. */
export type AreaGroup = 'enforcement' | 'knowledge' | 'personnel' | 'admin';
export const AREA_GROUP_LABELS: Record<AreaGroup, Label> = {
  enforcement: { zh: '执法办案', en: 'Case handling' },
  knowledge: { zh: '法治基础', en: 'Legal knowledge' },
  personnel: { zh: '执法队伍', en: 'Enforcement personnel' },
  admin: { zh: '系统管理', en: 'Administration' },
};

export interface Area {
  key: AreaKey;
  /** The menu group it is listed under; none for the workbench and the user's own settings. */
  group?: AreaGroup;
  path: string;
  /** Needed to see the area; absent means every signed-in user. */
  permission?: Permission;
  label: Label;
  description: Label;
  testId: string;
}

export const AREAS: readonly Area[] = [
  {
    key: 'workbench',
    path: '/',
    label: { zh: '工作台', en: 'Workbench' },
    description: { zh: '本人单位、角色与可办事项', en: 'Your agency, roles and what you can do' },
    testId: 'menu-workbench',
  },
  {
    key: 'cases',
    group: 'enforcement',
    path: '/cases',
    permission: 'case.read',
    label: { zh: '案件办理', en: 'Cases' },
    description: {
      zh: '立案、调查、审核、告知、听证、决定、送达、执行、结案',
      en: 'Open, investigate, review, notify, hear, decide, serve, execute, close',
    },
    testId: 'menu-cases',
  },
  {
    key: 'procedures',
    group: 'enforcement',
    path: '/procedures',
    permission: 'case.read',
    label: { zh: '办案流程', en: 'Procedures' },
    description: {
      zh: '各类执法程序的环节、条件、文书与期限（流程图）',
      en: 'Each procedure’s steps, guards, documents and deadlines (diagram)',
    },
    testId: 'menu-procedures',
  },
  {
    key: 'calendar',
    group: 'enforcement',
    path: '/calendar',
    permission: 'agency.read',
    label: { zh: '工作日历与期限', en: 'Calendar and deadlines' },
    description: {
      zh: '法定节假日、调休与地方节日；法定期限规则与计算器',
      en: 'Public holidays, swapped working days, local holidays; deadline rules and calculator',
    },
    testId: 'menu-calendar',
  },
  {
    key: 'agencies',
    group: 'knowledge',
    path: '/agencies',
    permission: 'agency.read',
    label: { zh: '执法主体', en: 'Agencies' },
    description: { zh: '行政执法主体名录与层级', en: 'The enforcement agencies and their hierarchy' },
    testId: 'menu-agencies',
  },
  {
    key: 'laws',
    group: 'knowledge',
    path: '/laws',
    permission: 'law.read',
    label: { zh: '法律法规库', en: 'Law library' },
    description: { zh: '法律、法规、规章全文与条文检索', en: 'Full text of laws and regulations, searchable' },
    testId: 'menu-laws',
  },
  {
    key: 'powers',
    group: 'knowledge',
    path: '/powers',
    permission: 'power.read',
    label: { zh: '权责清单', en: 'Powers list' },
    description: {
      zh: '各单位行政职权、依据与责任；变更备案与历史版本',
      en: 'Each agency’s powers, basis and duties; filed changes and versions',
    },
    testId: 'menu-powers',
  },
  {
    key: 'benchmarks',
    group: 'knowledge',
    path: '/benchmarks',
    permission: 'benchmark.read',
    label: { zh: '裁量基准', en: 'Discretion benchmarks' },
    description: {
      zh: '行政处罚裁量档次、幅度与试算；不予处罚、首违不罚清单',
      en: 'Penalty levels, ranges and a calculator; the no-penalty lists',
    },
    testId: 'menu-benchmarks',
  },
  {
    key: 'lawChanges',
    group: 'knowledge',
    path: '/law-changes',
    permission: 'law_change.read',
    label: { zh: '立改废审查', en: 'Law-change review' },
    description: {
      zh: '法规修改、废止后逐项审查引用它的清单、基准和标准',
      en: 'Review what cites a law after it is amended or repealed',
    },
    testId: 'menu-law-changes',
  },
  {
    key: 'reviewCatalogues',
    group: 'knowledge',
    path: '/review-catalogues',
    permission: 'review_catalogue.read',
    label: { zh: '法制审核目录', en: 'Review catalogues' },
    description: {
      zh: '重大执法决定法制审核目录清单：版本、发布与试算',
      en: 'Which decisions are major and need legal review: versions, publication, trial',
    },
    testId: 'menu-review-catalogues',
  },
  {
    key: 'referralThresholds',
    group: 'knowledge',
    path: '/referral-thresholds',
    permission: 'referral_threshold.read',
    label: { zh: '涉嫌犯罪移送标准', en: 'Referral thresholds' },
    description: {
      zh: '行政执法与刑事司法衔接：各领域涉嫌犯罪的移送标准',
      en: 'When a case is a suspected crime to be referred to the police',
    },
    testId: 'menu-referral-thresholds',
  },
  {
    key: 'officers',
    group: 'personnel',
    path: '/officers',
    permission: 'personnel.read',
    label: { zh: '执法人员', en: 'Officers' },
    description: { zh: '执法人员信息、岗位、编制与执法领域', en: 'Officers, posts, establishment and domains' },
    testId: 'menu-officers',
  },
  {
    key: 'certificates',
    group: 'personnel',
    path: '/certificates',
    permission: 'personnel.read',
    label: { zh: '执法证件', en: 'Certificates' },
    description: {
      zh: '执法证申领、换发、暂扣、注销与到期预警',
      en: 'Issue, renew, suspend and revoke certificates; expiry alerts',
    },
    testId: 'menu-certificates',
  },
  {
    key: 'training',
    group: 'personnel',
    path: '/training',
    permission: 'personnel.read',
    label: { zh: '培训管理', en: 'Training' },
    description: {
      zh: '培训课程、参训记录、年度学时与培训计划',
      en: 'Courses, attendance, yearly hours and training plans',
    },
    testId: 'menu-training',
  },
  {
    key: 'exams',
    group: 'personnel',
    path: '/exams',
    permission: 'personnel.read',
    label: { zh: '执法考试', en: 'Exams' },
    description: { zh: '题库、组卷、在线考试与成绩统计', en: 'Question bank, papers, online exams and results' },
    testId: 'menu-exams',
  },
  {
    key: 'transfers',
    group: 'personnel',
    path: '/transfers',
    permission: 'personnel.read',
    label: { zh: '人员调动', en: 'Transfers' },
    description: {
      zh: '调动计划备案、一线力量核验与借调登记',
      en: 'Transfer plans, front-line strength and secondments',
    },
    testId: 'menu-transfers',
  },
  {
    key: 'annualFilings',
    group: 'personnel',
    path: '/annual-filings',
    permission: 'personnel.read',
    label: { zh: '年度备案', en: 'Annual filings' },
    description: { zh: '年度执法工作计划与培训计划备案', en: 'Annual enforcement and training plans filed' },
    testId: 'menu-annual-filings',
  },
  {
    key: 'leaderRecords',
    group: 'personnel',
    path: '/leader-records',
    permission: 'personnel.read',
    label: { zh: '领导学法与出庭', en: 'Leaders’ study and court' },
    description: { zh: '领导干部学法、负责人出庭应诉记录', en: 'Leading cadres’ law study and court appearances' },
    testId: 'menu-leader-records',
  },
  {
    key: 'personnelIndicators',
    group: 'personnel',
    path: '/personnel-indicators',
    permission: 'personnel.read',
    label: { zh: '队伍建设指标', en: 'Personnel indicators' },
    description: {
      zh: '各单位持证率、法制审核人员比例、学时达标率、考试通过率',
      en: 'Per-agency certificate, reviewer, training and exam figures',
    },
    testId: 'menu-personnel-indicators',
  },
  {
    key: 'documentTemplates',
    group: 'admin',
    path: '/document-templates',
    permission: 'document_template.write',
    label: { zh: '文书模板', en: 'Document templates' },
    description: {
      zh: '执法文书 .docx 模板：下载、替换与恢复默认',
      en: 'The .docx templates of case documents: download, replace, restore',
    },
    testId: 'menu-document-templates',
  },
  {
    key: 'accounts',
    group: 'admin',
    path: '/accounts',
    permission: 'account.read',
    label: { zh: '账号管理', en: 'Accounts' },
    description: {
      zh: '用户账号的开设、停用、解锁与重置密码',
      en: 'Create, disable, unlock accounts and reset passwords',
    },
    testId: 'menu-accounts',
  },
  {
    key: 'grants',
    group: 'admin',
    path: '/grants',
    permission: 'grant.read',
    label: { zh: '角色授权', en: 'Role grants' },
    description: { zh: '为账号授予角色及数据范围', en: 'Grant roles and data scopes to accounts' },
    testId: 'menu-grants',
  },
  {
    key: 'apiTokens',
    group: 'admin',
    path: '/api-tokens',
    permission: 'api_token.read',
    label: { zh: '接口令牌', en: 'API tokens' },
    description: { zh: '对接系统使用的接口访问令牌', en: 'Access tokens for connected systems' },
    testId: 'menu-api-tokens',
  },
  {
    key: 'securityPolicy',
    group: 'admin',
    path: '/security-policy',
    permission: 'security_policy.read',
    label: { zh: '安全策略', en: 'Security policy' },
    description: { zh: '口令、锁定、会话与双因素认证要求', en: 'Password, lockout, session and MFA rules' },
    testId: 'menu-security-policy',
  },
  {
    key: 'accessLog',
    group: 'admin',
    path: '/access-log',
    permission: 'access_log.read',
    label: { zh: '访问日志', en: 'Access log' },
    description: { zh: '审计全部访问与操作记录', en: 'Audit every access and operation' },
    testId: 'menu-access-log',
  },
  {
    key: 'profile',
    path: '/profile',
    label: { zh: '个人设置', en: 'My settings' },
    description: { zh: '修改密码、设置两步验证', en: 'Change password, set up two-step verification' },
    testId: 'menu-profile',
  },
];

export const visibleAreas = (permissions: readonly string[]): Area[] =>
  AREAS.filter((a) => !a.permission || permissions.includes(a.permission));
