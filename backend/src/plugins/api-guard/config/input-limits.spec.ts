import { buildSchema } from 'graphql';
import { checkArguments, textKindOf } from './input-limits';

const schema = buildSchema(`
    input AppInput { legalName: String!, story: String, taxCode: String, tags: [String!] }
    type Query { a: Int }
    type Mutation {
        submit(input: AppInput!): Int
        voidStamps(codes: [String!]!, reason: String!): Int
        revoke(id: ID!, reason: String!): Int
    }
`);
const check = (field: string, args: Record<string, unknown>) => () =>
    checkArguments(`Mutation.${field}`, schema.getMutationType()!.getFields()[field].args, args);

describe('input limits', () => {
    it('knows identifiers, secrets, text and long text by name', () => {
        expect(textKindOf('X.certificateNumber', 'certificateNumber')).toBe('IDENTIFIER');
        expect(textKindOf('X.code', 'code')).toBe('IDENTIFIER');
        expect(textKindOf('X.password', 'password')).toBe('SECRET');
        expect(textKindOf('X.legalName', 'legalName')).toBe('TEXT');
        expect(textKindOf('X.reason', 'reason')).toBe('LONG_TEXT');
        expect(textKindOf('X.note', 'note')).toBe('LONG_TEXT');
    });

    it('refuses long text with the path of the argument, in both languages', () => {
        expect(check('submit', { input: { legalName: 'x'.repeat(501) } })).toThrow(
            'OCOP_INPUT_TOO_LONG: "input.legalName" dài 501 ký tự, tối đa 500 ("input.legalName" is 501 characters long, at most 500)',
        );
        expect(check('submit', { input: { legalName: 'ok', story: 's'.repeat(5000) } })).not.toThrow();
        expect(check('revoke', { id: '1', reason: 'r'.repeat(5001) })).toThrow(
            /OCOP_INPUT_TOO_LONG: "reason"/,
        );
    });

    it('refuses invisible characters in identifiers only, control characters everywhere', () => {
        expect(check('voidStamps', { codes: ['ABC\u200bD'], reason: 'x' })).toThrow(
            /OCOP_INPUT_INVISIBLE_CHARACTERS: "codes\[0\]"/,
        );
        expect(check('submit', { input: { legalName: 'Hà\u200bTĩnh' } })).not.toThrow();
        expect(check('submit', { input: { legalName: 'a\u0000b' } })).toThrow(
            /OCOP_INPUT_CONTROL_CHARACTERS/,
        );
        expect(check('submit', { input: { legalName: 'x', story: 'dòng 1\ndòng 2' } })).not.toThrow();
        expect(check('submit', { input: { legalName: 'x', taxCode: '300\n123' } })).toThrow(/CONTROL/);
    });

    it('refuses ids that are not record numbers', () => {
        expect(check('revoke', { id: '12', reason: 'x' })).not.toThrow();
        expect(check('revoke', { id: 12, reason: 'x' })).not.toThrow();
        for (const id of ['0', '-1', 'abc', '9'.repeat(30), '1.5', '', 1e30, -1, 1.5]) {
            expect(check('revoke', { id, reason: 'x' })).toThrow(
                /^OCOP_INPUT_INVALID: "id" không phải mã số hợp lệ/,
            );
        }
    });

    it('allows voidStamps its 100,000 codes and other lists 5,000 items', () => {
        const codes = Array.from({ length: 100_000 }, (_, i) => `C${i}`);
        expect(check('voidStamps', { codes, reason: 'x' })).not.toThrow();
        expect(check('voidStamps', { codes: [...codes, 'one more'], reason: 'x' })).toThrow(
            /OCOP_INPUT_TOO_MANY_ITEMS/,
        );
        expect(check('submit', { input: { legalName: 'x', tags: codes.slice(0, 5001) } })).toThrow(
            /OCOP_INPUT_TOO_MANY_ITEMS: "input.tags"/,
        );
    });
});
