import { describe, it, expect } from 'vitest';
import { AGENCY_KINDS, LEGAL_STATUSES, legalOfficeContact } from '../../../../contracts/agency';
import { explainUscc, isValidUscc } from '../../../../contracts/identifiers';
import { SHANGRI_LA_AGENCIES, type SeedAgency } from './shangri-la.data';

const byKey = new Map(SHANGRI_LA_AGENCIES.map((a) => [a.key, a]));
const byName = new Map(SHANGRI_LA_AGENCIES.map((a) => [a.name, a]));

const TOWNSHIPS = [
  '建塘镇',
  '小中甸镇',
  '虎跳峡镇',
  '金江镇',
  '上江乡',
  '五境乡',
  '洛吉乡',
  '尼西乡',
  '格咱乡',
  '东旺乡',
  '三坝纳西族乡',
];

const DEPARTMENTS = [
  '香格里拉市司法局',
  '香格里拉市市场监督管理局',
  '香格里拉市自然资源局',
  '迪庆藏族自治州生态环境局香格里拉分局',
  '香格里拉市交通运输局',
  '香格里拉市农业农村局',
  '香格里拉市文化和旅游局',
  '香格里拉市林业和草原局',
  '香格里拉市住房和城乡建设局',
  '香格里拉市卫生健康局',
  '香格里拉市应急管理局',
  '香格里拉市水务局',
  '香格里拉市城市管理综合行政执法局',
  '香格里拉市教育体育局',
  '香格里拉市人力资源和社会保障局',
  '香格里拉市民族宗教事务局',
  '香格里拉市公安局',
  '香格里拉市消防救援大队',
  '香格里拉市发展和改革局',
  '香格里拉市财政局',
  '香格里拉市统计局',
  '香格里拉市医疗保障局',
  '香格里拉市民政局',
  '香格里拉市退役军人事务局',
  '国家税务总局香格里拉市税务局',
  '香格里拉市烟草专卖局',
  '香格里拉市气象局',
];

function unique<T>(values: T[]): boolean {
  return new Set(values).size === values.length;
}

describe('SHANGRI_LA_AGENCIES', () => {
  it('keeps the keys other seed files rely on', () => {
    expect(byKey.get('sfj')).toMatchObject({ name: '香格里拉市司法局', kind: 'justice_bureau', parentKey: null });
    expect(byKey.get('scjg')).toMatchObject({ name: '香格里拉市市场监督管理局', kind: 'city_department' });
    expect(byKey.get('jiantang')).toMatchObject({ name: '香格里拉市建塘镇人民政府', kind: 'township_government' });
    expect(byKey.get('jiantang_squad')).toMatchObject({
      name: '建塘镇综合行政执法队',
      kind: 'squad',
      legalStatus: 'internal_unit',
      uscc: null,
      parentKey: 'jiantang',
    });
  });

  it('has exactly one justice bureau', () => {
    expect(SHANGRI_LA_AGENCIES.filter((a) => a.kind === 'justice_bureau').map((a) => a.key)).toEqual(['sfj']);
  });

  it('has unique keys, names and USCCs', () => {
    expect(unique(SHANGRI_LA_AGENCIES.map((a) => a.key))).toBe(true);
    expect(unique(SHANGRI_LA_AGENCIES.map((a) => a.name))).toBe(true);
    const usccs = SHANGRI_LA_AGENCIES.flatMap((a) => (a.uscc ? [a.uscc] : []));
    expect(unique(usccs)).toBe(true);
  });

  it('uses short ASCII keys', () => {
    for (const a of SHANGRI_LA_AGENCIES) expect(a.key, a.name).toMatch(/^[a-z][a-z0-9_]{1,29}$/);
  });

  it('gives every body that acts in its own name a valid USCC, and none to internal units', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      if (a.legalStatus === 'internal_unit') {
        expect(a.uscc, a.name).toBeNull();
      } else {
        expect(a.uscc, a.name).not.toBeNull();
        expect(explainUscc(a.uscc!), `${a.name} ${a.uscc}`).toBeNull();
      }
    }
  });

  it('codes government bodies as category 11 in the Shangri-La or Diqing region', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      if (!a.uscc) continue;
      expect(isValidUscc(a.uscc)).toBe(true);
      expect(a.uscc.slice(0, 2), a.name).toBe('11');
      expect(['533401', '533400'], a.name).toContain(a.uscc.slice(2, 8));
    }
    expect(byKey.get('sthj')!.uscc!.slice(2, 8)).toBe('533400');
    expect(byKey.get('scjg')!.uscc!.slice(2, 8)).toBe('533401');
  });

  it('only uses kinds and legal statuses the agency contract knows', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      expect(AGENCY_KINDS, a.name).toContain(a.kind);
      expect(LEGAL_STATUSES, a.name).toContain(a.legalStatus);
    }
  });

  it('points every parentKey at an existing body, without cycles', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      if (a.parentKey === null) continue;
      expect(byKey.has(a.parentKey), `${a.key} → ${a.parentKey}`).toBe(true);
      expect(a.parentKey).not.toBe(a.key);
    }
    for (const a of SHANGRI_LA_AGENCIES) {
      const seen = new Set<string>();
      let current: SeedAgency | undefined = a;
      while (current?.parentKey) {
        expect(seen.has(current.key), `cycle through ${current.key}`).toBe(false);
        seen.add(current.key);
        current = byKey.get(current.parentKey);
      }
    }
  });

  it('lists the parent before its children, so seeding in order can resolve parents', () => {
    const position = new Map(SHANGRI_LA_AGENCIES.map((a, i) => [a.key, i]));
    for (const a of SHANGRI_LA_AGENCIES) {
      if (a.parentKey) expect(position.get(a.parentKey)!).toBeLessThan(position.get(a.key)!);
    }
  });

  it('has exactly the 11 townships, each with one squad under it', () => {
    const townships = SHANGRI_LA_AGENCIES.filter((a) => a.kind === 'township_government');
    expect(townships.map((t) => t.name).sort()).toEqual(TOWNSHIPS.map((t) => `香格里拉市${t}人民政府`).sort());
    for (const township of townships) {
      expect(township.parentKey).toBeNull();
      expect(township.legalStatus).toBe('administrative_organ');
      const squads = SHANGRI_LA_AGENCIES.filter((a) => a.parentKey === township.key);
      expect(squads, township.name).toHaveLength(1);
      const [squad] = squads;
      expect(squad.kind).toBe('squad');
      expect(squad.legalStatus).toBe('internal_unit');
      expect(squad.key).toBe(`${township.key}_squad`);
      expect(squad.name).toBe(township.name.replace(/^香格里拉市/, '').replace(/人民政府$/, '') + '综合行政执法队');
    }
  });

  it('hangs every squad under a township and nothing else under anything', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      if (a.kind === 'squad') expect(byKey.get(a.parentKey!)?.kind).toBe('township_government');
      else expect(a.parentKey, a.name).toBeNull();
    }
  });

  it.each(DEPARTMENTS)('includes %s', (name) => {
    const agency = byName.get(name);
    expect(agency).toBeDefined();
    expect(agency!.parentKey).toBeNull();
  });

  it('classifies the vertically managed and authorised bodies', () => {
    expect(byName.get('迪庆藏族自治州生态环境局香格里拉分局')!.kind).toBe('vertical_branch');
    expect(byName.get('国家税务总局香格里拉市税务局')!.kind).toBe('vertical_branch');
    expect(byName.get('香格里拉市烟草专卖局')!.kind).toBe('vertical_branch');
    expect(byName.get('香格里拉市气象局')!.kind).toBe('vertical_branch');
    expect(byName.get('香格里拉市消防救援大队')!.legalStatus).toBe('authorised');
    expect(byName.has('香格里拉市审计局')).toBe(false);
  });

  it('gives every non-squad body a legal-office contact the contract accepts', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      if (a.kind === 'squad') {
        expect(a.legalOffice, a.name).toBeNull();
        continue;
      }
      expect(a.legalOffice, a.name).not.toBeNull();
      expect(legalOfficeContact.safeParse(a.legalOffice).success, a.name).toBe(true);
      expect(a.legalOffice!.phone).toMatch(/^0887-\d{7}$/);
    }
  });

  it('keeps names and short names within the contract limits', () => {
    for (const a of SHANGRI_LA_AGENCIES) {
      expect(a.name.length).toBeGreaterThanOrEqual(2);
      expect(a.name.length).toBeLessThanOrEqual(100);
      expect(a.shortName.length).toBeGreaterThanOrEqual(1);
      expect(a.shortName.length).toBeLessThanOrEqual(30);
    }
  });
});
