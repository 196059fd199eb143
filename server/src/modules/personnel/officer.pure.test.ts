import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidResidentId, residentIdCheckChar } from '../../../../contracts/identifiers';
import { residentIdProblem, sexOfResidentId } from '../../../../contracts/officer';
import { AppError } from '../../platform/errors';
import { SHANGRI_LA_AGENCIES } from '../seed/shangri-la.data';
import { demoResidentId, generateDemoOfficers, prng } from './officer.demo-data';
import { checkIdentity, classifyOfficerSearch } from './officer.service';

const NOW = new Date('2026-06-01T00:00:00Z');
const birth = fc
  .date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2008-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const fieldsOf = (f: () => unknown): Record<string, unknown> => {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e.fields;
    throw e;
  }
  return {};
};

describe('checkIdentity (GB 11643)', () => {
  it('accepts any generated ID and derives the sex and birth date it encodes', () => {
    fc.assert(
      fc.property(fc.integer(), birth, fc.constantFrom('male', 'female' as const), (seed, date, sex) => {
        const id = demoResidentId(prng(seed), date, sex);
        expect(isValidResidentId(id, NOW)).toBe(true);
        expect(checkIdentity({ residentId: id }, NOW)).toEqual({ residentId: id, sex, birthDate: date });
      }),
    );
  });

  it('refuses every wrong check character, and a sex or birth date that disagrees', () => {
    fc.assert(
      fc.property(fc.integer(), birth, fc.constantFrom(...'0123456789X'), (seed, date, c) => {
        const id = demoResidentId(prng(seed), date, 'female');
        const mutated = id.slice(0, 17) + c;
        const fields = fieldsOf(() => checkIdentity({ residentId: mutated }, NOW));
        if (c === residentIdCheckChar(id.slice(0, 17))) expect(fields).toEqual({});
        else expect(fields).toEqual({ residentId: { key: 'resident_id_check_char' } });
        expect(Object.keys(fieldsOf(() => checkIdentity({ residentId: id, sex: 'male' }, NOW)))).toEqual(['sex']);
      }),
    );
  });

  it('names the first problem: format, region, birth date, check character', () => {
    expect(residentIdProblem('53340119850312001', NOW)).toBe('format');
    expect(residentIdProblem('99340119850312001X', NOW)).toBe('region');
    const future = '533401' + '20270101' + '001';
    expect(residentIdProblem(future + residentIdCheckChar(future), NOW)).toBe('birth_date');
    const feb30 = '533401' + '19850230' + '001';
    expect(residentIdProblem(feb30 + residentIdCheckChar(feb30), NOW)).toBe('birth_date');
    expect(sexOfResidentId('533401198503120011')).toBe('male');
    expect(sexOfResidentId('533401198503120021')).toBe('female');
  });

  it('reads a lower-case x and spaces as the canonical ID', () => {
    const first17 = '53342119900101002';
    const check = residentIdCheckChar(first17)!;
    const id = first17 + check;
    expect(
      checkIdentity({ residentId: ` ${id.toLowerCase().slice(0, 6)} ${id.toLowerCase().slice(6)}` }, NOW).residentId,
    ).toBe(id);
  });
});

describe('classifyOfficerSearch', () => {
  it('treats a whole ID as an ID and anything else as text', () => {
    expect(classifyOfficerSearch('533401198503120011')).toEqual({ residentId: '533401198503120011' });
    expect(classifyOfficerSearch('53340119850312001x')).toEqual({ residentId: '53340119850312001X' });
    expect(classifyOfficerSearch(' 扎西 ')).toEqual({ text: '扎西' });
    expect(classifyOfficerSearch('001X')).toEqual({ text: '001X' });
    expect(classifyOfficerSearch('')).toEqual({});
  });
});

describe('the demo officers', () => {
  const agencies = SHANGRI_LA_AGENCIES.map((a) => ({ key: a.key, kind: a.kind }));
  const all = generateDemoOfficers(agencies);

  it('are about 1,000, the same every time, with unique valid IDs consistent with sex and birth date', () => {
    expect(all.length).toBeGreaterThan(900);
    expect(all.length).toBeLessThan(1150);
    expect(generateDemoOfficers(agencies)).toEqual(all);
    expect(new Set(all.map((o) => o.residentId)).size).toBe(all.length);
    expect(new Set(all.map((o) => o.phone)).size).toBe(all.length);
    for (const o of all) {
      expect(isValidResidentId(o.residentId, NOW), o.residentId).toBe(true);
      expect(sexOfResidentId(o.residentId)).toBe(o.sex);
      expect(o.residentId.slice(6, 14)).toBe(o.birthDate.replaceAll('-', ''));
      const year = Number(o.birthDate.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(1964);
      expect(year).toBeLessThanOrEqual(2001);
      expect(o.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(o.name.length).toBeGreaterThanOrEqual(2);
      if (o.status === 'retired') expect(year).toBeLessThanOrEqual(o.sex === 'male' ? 1966 : 1971);
    }
  });

  it('put 10–25 in each township squad and more in the big departments', () => {
    const count = (key: string) => all.filter((o) => o.agencyKey === key).length;
    for (const a of SHANGRI_LA_AGENCIES.filter((x) => x.kind === 'squad')) {
      expect(count(a.key)).toBeGreaterThanOrEqual(10);
      expect(count(a.key)).toBeLessThanOrEqual(25);
    }
    expect(count('scjg')).toBeGreaterThan(80);
    expect(count('gaj')).toBeGreaterThan(90);
    expect(count('cgj')).toBeGreaterThan(60);
    expect(all.filter((o) => o.agencyKey === 'scjg').every((o) => o.domains.includes('market_regulation'))).toBe(true);
    expect(all.filter((o) => o.agencyKey.endsWith('_squad')).every((o) => o.domains.includes('comprehensive'))).toBe(
      true,
    );
  });

  it('have a realistic spread of reviewers, qualifications, staffing and statuses', () => {
    const share = (f: (o: (typeof all)[number]) => boolean) => all.filter(f).length / all.length;
    expect(share((o) => o.legalReviewer)).toBeGreaterThan(0.04);
    expect(share((o) => o.legalReviewer)).toBeLessThan(0.09);
    expect(share((o) => o.legalQualification)).toBeGreaterThan(0.08);
    expect(share((o) => o.legalQualification)).toBeLessThan(0.16);
    const reviewers = all.filter((o) => o.legalReviewer);
    expect(reviewers.filter((o) => o.legalQualification).length / reviewers.length).toBeGreaterThan(0.5);
    expect(share((o) => o.status === 'in_post')).toBeGreaterThan(0.9);
    expect(share((o) => o.status === 'in_post')).toBeLessThan(0.96);
    expect(new Set(all.map((o) => o.status)).size).toBe(5);
    expect(
      share((o) => o.staffingType === 'administrative' || o.staffingType === 'civil_service_managed'),
    ).toBeGreaterThan(0.85);
    expect(all.some((o) => /^(扎西|格桑|此里|鲁茸)/.test(o.name))).toBe(true);
    expect(all.some((o) => o.name.startsWith('和'))).toBe(true);
  });
});
