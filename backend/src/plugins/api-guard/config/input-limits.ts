import {
    getNullableType,
    GraphQLArgument,
    GraphQLInputType,
    isEnumType,
    isInputObjectType,
    isListType,
    isScalarType,
} from 'graphql';
import { inputRefusal } from '../errors';

/**
 * How long a text of our API may be, by what it holds. An identifier is typed or
 * scanned by people and compared by machines: invisible characters in it make two
 * codes that look the same differ (or a forged one pass for a real one).
 */
export type TextKind = 'IDENTIFIER' | 'SECRET' | 'TEXT' | 'LONG_TEXT';

export const TEXT_LIMITS: Record<TextKind, number> = {
    IDENTIFIER: 64,
    SECRET: 200,
    TEXT: 500,
    LONG_TEXT: 5000,
};

/** Lists longer than this are refused, except where a field says otherwise. */
export const DEFAULT_MAX_LIST_ITEMS = 5000;

/** Per-argument exceptions, `Type.field.arg` or `InputType.field`. */
const OVERRIDES: Record<string, { kind?: TextKind; maxItems?: number }> = {
    // The documented maximum of one voiding: a whole batch's codes, pasted or scanned.
    'Mutation.voidStamps.codes': { kind: 'IDENTIFIER', maxItems: 100_000 },
};

const IDENTIFIER_NAMES =
    /^(id|ids|code|codes|number|serial|fromSerial|toSerial|sku|token|channelToken|taxCode|phone|pin|managerPin|languageCode|currencyCode|kind|status|days|opens|closes|from|to|date|month|on|startsOn|endsOn|validFrom|validUntil|issuedOn|productionDate|expiryDate|soldAt|periodFrom|periodTo|clientSaleId)$|(Id|Ids|Code|Codes|Serial|Number|Token|Date|On)$/;
const SECRET_NAMES = /password|secret/i;
const LONG_TEXT_NAMES =
    /^(story|storyVi|storyEn|description|descriptionVi|descriptionEn|note|notes|reason|decisionNote|detail|details|comment|message|content|body|summary|evidence|remarks)$|(Note|Notes|Reason|Description|Story)$/;

export function textKindOf(path: string, name: string): TextKind {
    const override = OVERRIDES[path]?.kind;
    if (override) return override;
    if (SECRET_NAMES.test(name)) return 'SECRET';
    if (IDENTIFIER_NAMES.test(name)) return 'IDENTIFIER';
    if (LONG_TEXT_NAMES.test(name)) return 'LONG_TEXT';
    return 'TEXT';
}

// Zero-width characters, bidirectional controls, soft hyphen, word joiners, BOM, Mongolian vowel separator.
const INVISIBLE =
    /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0]/u;
// C0 and C1 controls; tab, line feed and carriage return are allowed except in identifiers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const ENTITY_ID = /^[1-9][0-9]{0,14}$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Checks every text and list of one operation's arguments against the limits, by the
 * argument types of the schema (so inline literals and variables are treated alike).
 * Throws the first refusal; the message names the argument path so a person can fix it.
 */
export function checkArguments(
    owner: string,
    argDefs: readonly GraphQLArgument[],
    args: Record<string, unknown>,
): void {
    for (const def of argDefs) {
        const value = args[def.name];
        if (value != null) checkValue(`${owner}.${def.name}`, def.name, def.name, def.type, value);
    }
}

function checkValue(
    rulePath: string,
    label: string,
    name: string,
    type: GraphQLInputType,
    value: unknown,
): void {
    const nullable = getNullableType(type) as GraphQLInputType;
    if (isListType(nullable)) {
        if (!Array.isArray(value)) return checkValue(rulePath, label, name, nullable.ofType, value);
        const maxItems = OVERRIDES[rulePath]?.maxItems ?? DEFAULT_MAX_LIST_ITEMS;
        if (value.length > maxItems) {
            throw inputRefusal(
                'OCOP_INPUT_TOO_MANY_ITEMS',
                `"${label}" có ${value.length} mục, tối đa ${maxItems}`,
                `"${label}" has ${value.length} items, at most ${maxItems}`,
            );
        }
        for (let i = 0; i < value.length; i++) {
            if (value[i] != null) checkValue(rulePath, `${label}[${i}]`, name, nullable.ofType, value[i]);
        }
        return;
    }
    if (isInputObjectType(nullable)) {
        if (typeof value !== 'object') return;
        const fields = nullable.getFields();
        for (const field of Object.values(fields)) {
            const v = (value as Record<string, unknown>)[field.name];
            if (v != null) {
                checkValue(
                    `${nullable.name}.${field.name}`,
                    `${label}.${field.name}`,
                    field.name,
                    field.type,
                    v,
                );
            }
        }
        return;
    }
    if (isEnumType(nullable) || !isScalarType(nullable)) return;
    // Vendure's id codec has already turned ids into numbers (1e+30 for thirty nines).
    if (nullable.name === 'ID' && (typeof value === 'number' || typeof value === 'string')) {
        checkId(label, value);
        return;
    }
    if (typeof value !== 'string') return;
    checkText(rulePath, label, name, value);
}

function checkId(label: string, id: number | string) {
    const value = String(id);
    if (!ENTITY_ID.test(value)) {
        // Entity ids are auto-increment numbers: anything else names no record (and would
        // reach the database as a number it cannot read).
        throw inputRefusal(
            'OCOP_INPUT_INVALID',
            `"${label}" không phải mã số hợp lệ: ${JSON.stringify(value.slice(0, 20))}`,
            `"${label}" is not a valid id: ${JSON.stringify(value.slice(0, 20))}`,
        );
    }
}

function checkText(rulePath: string, label: string, name: string, value: string) {
    const kind = textKindOf(rulePath, name);
    const max = TEXT_LIMITS[kind];
    if (value.length > max) {
        throw inputRefusal(
            'OCOP_INPUT_TOO_LONG',
            `"${label}" dài ${value.length} ký tự, tối đa ${max}`,
            `"${label}" is ${value.length} characters long, at most ${max}`,
        );
    }
    if (kind === 'IDENTIFIER' && INVISIBLE.test(value)) {
        throw inputRefusal(
            'OCOP_INPUT_INVISIBLE_CHARACTERS',
            `"${label}" chứa ký tự ẩn (khoảng trắng độ rộng 0 hoặc ký tự điều khiển hướng chữ), hãy gõ lại`,
            `"${label}" contains invisible characters (zero-width or bidirectional controls), type it again`,
        );
    }
    const control = kind === 'IDENTIFIER' ? CONTROL_IN_LINE : CONTROL;
    if (control.test(value) || LONE_SURROGATE.test(value)) {
        throw inputRefusal(
            'OCOP_INPUT_CONTROL_CHARACTERS',
            `"${label}" chứa ký tự điều khiển không hợp lệ`,
            `"${label}" contains control characters that are not allowed`,
        );
    }
}
