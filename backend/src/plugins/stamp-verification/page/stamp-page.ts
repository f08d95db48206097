import { StampVerification, StampVerificationResult } from '../types';

/**
 * The public stamp page: plain server-rendered HTML, no script, inline CSS,
 * a few kilobytes. A consumer on a cheap phone with a weak signal reads the
 * verdict first, in colour and words, then the product facts.
 */

export type PageLanguage = 'vi' | 'en';

interface PageText {
    brand: string;
    subtitle: string;
    switchTo: string;
    switchLang: PageLanguage;
    headline: Record<StampVerificationResult, string>;
    advice: Record<StampVerificationResult, string>;
    product: string;
    imageAlt: (name: string) => string;
    starsLabel: (n: number) => string;
    producer: string;
    address: string;
    certificate: string;
    validUntil: string;
    certExpired: string;
    certRevoked: string;
    lot: string;
    produced: string;
    expires: string;
    serial: string;
    code: string;
    sale: string;
    soldOn: (date: string, where: string) => string;
    notSold: string;
    online: string;
    checks: string;
    checksValue: (n: number) => string;
    checkAnother: string;
    codeLabel: string;
    check: string;
    footer: string;
    tooMany: string;
    tooManyAdvice: (s: number) => string;
    formTitle: string;
}

const TEXT: Record<PageLanguage, PageText> = {
    vi: {
        brand: 'OCOP Hà Tĩnh',
        subtitle: 'Kiểm tra tem truy xuất nguồn gốc',
        switchTo: 'English',
        switchLang: 'en',
        headline: {
            GENUINE: 'Tem chính hãng',
            SUSPICIOUS: 'Cảnh báo: tem đáng ngờ',
            VOID: 'Tem đã bị hủy',
            UNKNOWN: 'Không tìm thấy mã tem',
        },
        advice: {
            GENUINE:
                'Tem do Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh phát hành. Hãy đối chiếu thông tin dưới đây với sản phẩm trên tay bạn.',
            SUSPICIOUS:
                'Tem này đã được kiểm tra từ nhiều thiết bị khác nhau hoặc bị dùng lại cho một lần bán khác, nên có thể đã bị sao chép. Đối chiếu kỹ sản phẩm; nếu thông tin không khớp, đừng mua, giữ lại hóa đơn và báo cho nơi bán cùng Văn phòng Điều phối nông thôn mới tỉnh.',
            VOID: 'Tem này đã bị thu hồi và không còn giá trị. Đừng mua sản phẩm mang tem này; hãy báo cho nơi bán.',
            UNKNOWN:
                'Hãy kiểm tra lại mã in trên tem (17 ký tự). Nếu mã đúng mà vẫn không tìm thấy, sản phẩm có thể không phải hàng OCOP chính hãng.',
        },
        product: 'Sản phẩm',
        imageAlt: name => `Ảnh sản phẩm ${name}`,
        starsLabel: n => `${n} trên 5 sao OCOP`,
        producer: 'Chủ thể sản xuất',
        address: 'Địa chỉ',
        certificate: 'Giấy chứng nhận OCOP',
        validUntil: 'Hiệu lực đến',
        certExpired: 'đã hết hiệu lực',
        certRevoked: 'đã bị thu hồi',
        lot: 'Số lô',
        produced: 'Ngày sản xuất',
        expires: 'Hạn sử dụng',
        serial: 'Số sê-ri tem',
        code: 'Mã tem',
        sale: 'Tình trạng bán',
        soldOn: (date, where) => `Đã bán ngày ${date} tại ${where}`,
        notSold: 'Chưa bán',
        online: 'Trực tuyến',
        checks: 'Số lần kiểm tra',
        checksValue: n => `${n} lần`,
        checkAnother: 'Kiểm tra mã khác',
        codeLabel: 'Mã tem (17 ký tự)',
        check: 'Kiểm tra',
        footer: 'Hệ thống tem truy xuất sản phẩm OCOP tỉnh Hà Tĩnh. Mỗi lượt kiểm tra đều được ghi lại.',
        tooMany: 'Quá nhiều lượt kiểm tra',
        tooManyAdvice: s =>
            `Bạn đã kiểm tra quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${s} giây.`,
        formTitle: 'Nhập mã in trên tem',
    },
    en: {
        brand: 'OCOP Hà Tĩnh',
        subtitle: 'Traceability stamp check',
        switchTo: 'Tiếng Việt',
        switchLang: 'vi',
        headline: {
            GENUINE: 'Genuine stamp',
            SUSPICIOUS: 'Warning: suspicious stamp',
            VOID: 'This stamp is void',
            UNKNOWN: 'Stamp code not found',
        },
        advice: {
            GENUINE:
                'Issued by the Hà Tĩnh New-Rural Coordination Office. Compare the details below with the product in your hand.',
            SUSPICIOUS:
                'This stamp has been checked from many different devices or reused for another sale, so it may have been copied. Inspect the product carefully; if the details do not match, do not buy it, keep your receipt and tell the seller and the provincial Coordination Office.',
            VOID: 'This stamp has been withdrawn and is no longer valid. Do not buy a product carrying it; please tell the seller.',
            UNKNOWN:
                'Check the code printed on the stamp (17 characters). If it is right and still not found, the product may not be a genuine OCOP product.',
        },
        product: 'Product',
        imageAlt: name => `Photo of ${name}`,
        starsLabel: n => `${n} of 5 OCOP stars`,
        producer: 'Producer',
        address: 'Address',
        certificate: 'OCOP certificate',
        validUntil: 'Valid until',
        certExpired: 'expired',
        certRevoked: 'revoked',
        lot: 'Lot',
        produced: 'Production date',
        expires: 'Expiry date',
        serial: 'Stamp serial',
        code: 'Stamp code',
        sale: 'Sale',
        soldOn: (date, where) => `Sold on ${date} at ${where}`,
        notSold: 'Not sold yet',
        online: 'Online',
        checks: 'Times checked',
        checksValue: n => `${n}`,
        checkAnother: 'Check another code',
        codeLabel: 'Stamp code (17 characters)',
        check: 'Check',
        footer: 'Hà Tĩnh OCOP product traceability system. Every check is recorded.',
        tooMany: 'Too many checks',
        tooManyAdvice: s =>
            `You have checked too many times in a short while. Please try again in ${s} seconds.`,
        formTitle: 'Enter the code printed on the stamp',
    },
};

const CSS =
    '*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2937;background:#f3f4f6}' +
    'header{background:#14532d;color:#fff;padding:12px 16px;display:flex;justify-content:space-between;align-items:center;gap:8px}' +
    'header p{margin:0;font-size:13px;opacity:.9}header strong{display:block;font-size:17px;letter-spacing:.02em}' +
    'header a{color:#fff;font-size:14px;border:1px solid rgba(255,255,255,.6);border-radius:16px;padding:4px 12px;text-decoration:none;white-space:nowrap}' +
    'main{max-width:560px;margin:0 auto;padding:12px}' +
    '.verdict{border-radius:12px;padding:16px 18px;color:#fff;margin-bottom:12px}' +
    '.verdict h1{margin:0 0 6px;font-size:24px;line-height:1.25}.verdict p{margin:0;font-size:15px}' +
    '.GENUINE{background:#15803d}.SUSPICIOUS{background:#c2410c}.VOID{background:#b91c1c}.UNKNOWN{background:#4b5563}' +
    '.card{background:#fff;border-radius:12px;padding:16px;margin-bottom:12px;box-shadow:0 1px 2px rgba(0,0,0,.06)}' +
    '.product{display:flex;gap:14px;align-items:center}.product img{width:96px;height:96px;object-fit:cover;border-radius:8px;background:#e5e7eb;flex:none}' +
    '.product h2{margin:0;font-size:19px;line-height:1.3}.product p{margin:2px 0 0;color:#4b5563;font-size:14px}' +
    '.stars{color:#b45309;font-size:20px;letter-spacing:2px;margin-top:4px}' +
    'dl{margin:0}dl div{display:flex;justify-content:space-between;gap:12px;padding:9px 0;border-top:1px solid #e5e7eb}dl div:first-child{border-top:0}' +
    'dt{color:#4b5563;font-size:14px;flex:none;max-width:45%}dd{margin:0;text-align:right;font-weight:600;overflow-wrap:anywhere}' +
    '.warn{color:#b91c1c}h2.t{font-size:16px;margin:0 0 8px}' +
    'form{display:flex;gap:8px;flex-wrap:wrap}label{display:block;width:100%;font-size:14px;color:#4b5563}' +
    'input{flex:1;min-width:0;font:inherit;padding:10px;border:1px solid #9ca3af;border-radius:8px;text-transform:uppercase}' +
    'button{font:inherit;font-weight:600;padding:10px 18px;border:0;border-radius:8px;background:#14532d;color:#fff}' +
    'footer{max-width:560px;margin:0 auto;padding:4px 16px 24px;font-size:13px;color:#6b7280}';

const ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
    return String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);
}

/** yyyy-MM-dd → dd/MM/yyyy */
function isoDate(value: string | null): string {
    const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
    return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

const vietnamTime = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
});

/** A moment as dd/MM/yyyy HH:mm, Vietnam time. */
function vietnamDateTime(value: Date): string {
    const p = Object.fromEntries(vietnamTime.formatToParts(value).map(x => [x.type, x.value]));
    return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** 17 characters in groups of 4 as printed: 7Q2M-0XK4-D9ZR-B1TCX */
function groupedCode(code: string): string {
    return code.length === 17
        ? `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}-${code.slice(12)}`
        : code;
}

function row(label: string, value: string, raw = false): string {
    return value ? `<div><dt>${label}</dt><dd>${raw ? value : escapeHtml(value)}</dd></div>` : '';
}

function layout(lang: PageLanguage, title: string, body: string, formAction: string, t: PageText): string {
    return (
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
        `<meta name="theme-color" content="#14532d"><title>${escapeHtml(title)} · ${t.brand}</title><style>${CSS}</style></head><body>` +
        `<header><div><strong>${t.brand}</strong><p>${t.subtitle}</p></div>` +
        `<a href="?lang=${t.switchLang}" hreflang="${t.switchLang}" lang="${t.switchLang}">${t.switchTo}</a></header>` +
        `<main>${body}<section class="card" aria-labelledby="f"><h2 class="t" id="f">${t.checkAnother}</h2>` +
        `<form action="${escapeHtml(formAction)}" method="get"><label for="c">${t.codeLabel}</label>` +
        `<input id="c" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="40" required>` +
        (lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '') +
        `<button type="submit">${t.check}</button></form></section></main>` +
        `<footer><p>${t.footer}</p></footer></body></html>`
    );
}

export interface StampPageInput {
    lang: PageLanguage;
    /** What the client asked for, shown back for UNKNOWN so a typo is visible. */
    code: string;
    formAction: string;
}

export function renderStampPage(v: StampVerification, input: StampPageInput): string {
    const t = TEXT[input.lang];
    const headline = t.headline[v.result];
    let body = `<section class="verdict ${v.result}" aria-labelledby="r"><h1 id="r">${headline}</h1><p>${t.advice[v.result]}</p></section>`;
    if (v.result === 'UNKNOWN') {
        body += `<section class="card"><dl>${row(t.code, groupedCode(input.code.slice(0, 40)))}</dl></section>`;
        return layout(input.lang, headline, body, input.formAction, t);
    }
    const name = v.productName ?? '';
    const image = v.productImageUrl
        ? `<img src="${escapeHtml(withPreset(v.productImageUrl))}" alt="${escapeHtml(t.imageAlt(name))}" width="96" height="96">`
        : '';
    const stars =
        v.stars != null && v.stars > 0
            ? `<div class="stars" role="img" aria-label="${t.starsLabel(v.stars)}">${'★'.repeat(v.stars)}${'☆'.repeat(Math.max(0, 5 - v.stars))}</div>`
            : '';
    // "Mật ong … chai 500 ml" under "Mật ong …": show just "chai 500 ml".
    const variantLine =
        v.variantName && v.variantName !== name
            ? v.variantName.startsWith(name)
                ? v.variantName.slice(name.length).trim()
                : v.variantName
            : '';
    body +=
        `<section class="card product" aria-label="${t.product}">${image}<div><h2>${escapeHtml(name)}</h2>` +
        (variantLine ? `<p>${escapeHtml(variantLine)}</p>` : '') +
        `${stars}</div></section>`;
    const certStatus =
        v.certificateStatus === 'EXPIRED'
            ? t.certExpired
            : v.certificateStatus === 'REVOKED'
              ? t.certRevoked
              : '';
    const validity = v.certificateValidUntil
        ? escapeHtml(isoDate(v.certificateValidUntil)) +
          (certStatus ? ` <span class="warn">(${certStatus})</span>` : '')
        : '';
    const where = v.soldChannel === 'ONLINE' ? t.online : (v.soldWhere ?? t.online);
    const sale = v.soldAt ? t.soldOn(vietnamDateTime(new Date(v.soldAt)), where) : t.notSold;
    body +=
        `<section class="card" aria-label="${t.product}"><dl>` +
        row(t.producer, v.producerName ?? '') +
        row(t.address, v.producerAddress ?? '') +
        row(t.certificate, v.certificateNumber ?? '') +
        row(t.validUntil, validity, true) +
        row(t.lot, v.lotCode ?? '') +
        row(t.produced, isoDate(v.productionDate)) +
        row(t.expires, isoDate(v.expiryDate)) +
        row(t.sale, sale) +
        row(t.serial, v.serial ?? '') +
        row(t.checks, t.checksValue(v.checkCount)) +
        `</dl></section>`;
    return layout(input.lang, headline, body, input.formAction, t);
}

/** The page with no code yet: just the form. */
export function renderStampFormPage(lang: PageLanguage, formAction: string): string {
    const t = TEXT[lang];
    return layout(lang, t.subtitle, `<h1 class="verdict UNKNOWN">${t.formTitle}</h1>`, formAction, t);
}

export function renderTooManyChecksPage(
    lang: PageLanguage,
    retryAfterSeconds: number,
    formAction: string,
): string {
    const t = TEXT[lang];
    const body = `<section class="verdict UNKNOWN" aria-labelledby="r"><h1 id="r">${t.tooMany}</h1><p>${t.tooManyAdvice(retryAfterSeconds)}</p></section>`;
    return layout(lang, t.tooMany, body, formAction, t);
}

/** A small rendition from the asset server rather than the full-size preview. */
function withPreset(url: string): string {
    return url.includes('?') ? url : `${url}?preset=small`;
}
