import { CRITERIA_VERSIONS } from './config/criteria-data';
import { maxScore, scoreSelfAssessment, ScoringError, starsFor } from './scoring';

const v148 = CRITERIA_VERSIONS.find(v => v.code === '148/2023')!;
const v1048 = CRITERIA_VERSIONS.find(v => v.code === '1048/2019')!;
const allCriteria = (v: typeof v148) => v.parts.flatMap(p => p.criteria);

describe('criteria versions as data', () => {
    it.each([
        ['1048/2019', { A: 35, B: 25, C: 40 }],
        ['148/2023', { A: 40, B: 25, C: 35 }],
    ])('%s has the decision’s part maximums, each the sum of its criteria', (code, maxima) => {
        const version = CRITERIA_VERSIONS.find(v => v.code === code)!;
        expect(Object.fromEntries(version.parts.map(p => [p.code, p.maxPoints]))).toEqual(maxima);
        for (const part of version.parts) {
            expect(part.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(part.maxPoints);
        }
        expect(maxScore(version)).toBe(100);
        const codes = allCriteria(version).map(c => c.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(allCriteria(version).filter(c => c.mandatory).length).toBeGreaterThanOrEqual(4);
    });
});

describe('starsFor', () => {
    it.each([
        [0, 1],
        [29, 1],
        [30, 2],
        [49, 2],
        [50, 3],
        [69, 3],
        [70, 4],
        [89, 4],
        [90, 5],
        [100, 5],
    ])('score %i gives %i★', (score, stars) => {
        expect(starsFor(v148, score, [])).toBe(stars);
        expect(starsFor(v1048, score, [])).toBe(stars);
    });

    it('gives 0★ when a mandatory criterion failed, whatever the score', () => {
        expect(starsFor(v148, 95, ['C5'])).toBe(0);
    });

    it.each([-1, 101, 55.5, NaN])('gives 0★ for a score off the scale (%p)', score => {
        expect(starsFor(v148, score, [])).toBe(0);
    });
});

describe('scoreSelfAssessment', () => {
    const full = (v: typeof v148) =>
        allCriteria(v).map(c => ({ criterionCode: c.code, points: c.maxPoints }));

    it('adds up parts and gives 5★ for full marks', () => {
        const result = scoreSelfAssessment(v148, full(v148));
        expect(result.partScores.map(p => [p.part, p.points, p.maxPoints])).toEqual([
            ['A', 40, 40],
            ['B', 25, 25],
            ['C', 35, 35],
        ]);
        expect(result).toMatchObject({ totalScore: 100, stars: 5, failedMandatory: [] });
    });

    it('fails the product on a mandatory criterion scored 0 even with a 4★ total', () => {
        const scores = full(v148).map(s => (s.criterionCode === 'C5' ? { ...s, points: 0 } : s));
        const result = scoreSelfAssessment(v148, scores);
        expect(result.totalScore).toBe(95);
        expect(result.failedMandatory).toEqual(['C5']);
        expect(result.stars).toBe(0);
    });

    it('counts a left-out mandatory criterion as failed', () => {
        const scores = full(v148).filter(s => s.criterionCode !== 'B5');
        expect(scoreSelfAssessment(v148, scores).failedMandatory).toEqual(['B5']);
    });

    it('rates a 3★ product with every mandatory criterion met', () => {
        const scores = allCriteria(v148).map(c => ({
            criterionCode: c.code,
            points: c.mandatory ? c.maxPoints : Math.floor(c.maxPoints / 2),
        }));
        const result = scoreSelfAssessment(v148, scores);
        expect(result.totalScore).toBeGreaterThanOrEqual(50);
        expect(result.totalScore).toBeLessThan(70);
        expect(result.stars).toBe(3);
    });

    it('rejects unknown criteria, points above the maximum, negative points and duplicates', () => {
        expect(() => scoreSelfAssessment(v148, [{ criterionCode: 'Z9', points: 1 }])).toThrow(ScoringError);
        expect(() => scoreSelfAssessment(v148, [{ criterionCode: 'A1', points: 6 }])).toThrow(/0 đến 5/);
        expect(() => scoreSelfAssessment(v148, [{ criterionCode: 'A1', points: -1 }])).toThrow(ScoringError);
        expect(() => scoreSelfAssessment(v148, [{ criterionCode: 'A1', points: 1.5 }])).toThrow(ScoringError);
        expect(() =>
            scoreSelfAssessment(v148, [
                { criterionCode: 'A1', points: 1 },
                { criterionCode: 'A1', points: 2 },
            ]),
        ).toThrow(/hai lần/);
    });
});
