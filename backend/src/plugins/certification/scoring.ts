import type { CriteriaPart, StarBand } from './entities/criteria-version.entity';

/** What scoring needs of a criteria version: its parts (criteria and maximums) and star bands. */
export interface ScoringVersion {
    parts: CriteriaPart[];
    starBands: StarBand[];
}

export interface CriterionPoints {
    criterionCode: string;
    points: number;
}

export interface PartScore {
    part: string;
    name: string;
    points: number;
    maxPoints: number;
}

export interface SelfAssessmentScore {
    partScores: PartScore[];
    totalScore: number;
    stars: number;
    failedMandatory: string[];
}

/** Input that cannot be scored (unknown criterion, points out of range); the message is for the user. */
export class ScoringError extends Error {
    readonly name = 'ScoringError';
}

export function maxScore(version: Pick<ScoringVersion, 'parts'>): number {
    return version.parts.reduce((sum, part) => sum + part.maxPoints, 0);
}

/**
 * The stars a total score earns under a criteria version: the highest band
 * whose minimum the score reaches. 0 when a mandatory criterion failed (the
 * product fails whatever its total) or when the score is not a whole number
 * on the version's scale.
 */
export function starsFor(version: ScoringVersion, score: number, failedMandatory: string[]): number {
    if (failedMandatory.length > 0) return 0;
    if (!Number.isInteger(score) || score < 0 || score > maxScore(version)) return 0;
    let stars = 0;
    for (const band of [...version.starBands].sort((a, b) => a.minScore - b.minScore)) {
        if (score >= band.minScore) stars = band.stars;
    }
    return stars;
}

/**
 * Scores a self-assessment part by part. A criterion left out counts as 0
 * points, so an unscored mandatory criterion fails like a failed one.
 */
export function scoreSelfAssessment(version: ScoringVersion, scores: CriterionPoints[]): SelfAssessmentScore {
    const criteria = new Map(version.parts.flatMap(part => part.criteria.map(c => [c.code, c] as const)));
    const points = new Map<string, number>();
    for (const { criterionCode, points: p } of scores) {
        const criterion = criteria.get(criterionCode);
        if (!criterion) {
            throw new ScoringError(
                `Tiêu chí "${criterionCode}" không có trong bộ tiêu chí (unknown criterion)`,
            );
        }
        if (points.has(criterionCode)) {
            throw new ScoringError(`Tiêu chí "${criterionCode}" được chấm hai lần (criterion scored twice)`);
        }
        if (!Number.isInteger(p) || p < 0 || p > criterion.maxPoints) {
            throw new ScoringError(
                `Điểm tiêu chí "${criterionCode}" phải từ 0 đến ${criterion.maxPoints} (points must be 0..${criterion.maxPoints})`,
            );
        }
        points.set(criterionCode, p);
    }
    const partScores = version.parts.map(part => ({
        part: part.code,
        name: part.name,
        points: part.criteria.reduce((sum, c) => sum + (points.get(c.code) ?? 0), 0),
        maxPoints: part.maxPoints,
    }));
    const failedMandatory = version.parts.flatMap(part =>
        part.criteria.filter(c => c.mandatory && !points.get(c.code)).map(c => c.code),
    );
    const totalScore = partScores.reduce((sum, p) => sum + p.points, 0);
    return { partScores, totalScore, stars: starsFor(version, totalScore, failedMandatory), failedMandatory };
}
