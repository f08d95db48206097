import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHydrated } from './useHydrated';

/**
 * Copies a value to the clipboard. Rendered only once the page runs JavaScript (without it
 * the value is still there to select by hand); the result is announced politely.
 */
export function CopyButton({ value, field }: { value: string; field: string }) {
    const { t } = useTranslation('order');
    const ready = useHydrated();
    const [copied, setCopied] = useState(false);
    useEffect(() => {
        if (!copied) return;
        const timer = setTimeout(() => setCopied(false), 2500);
        return () => clearTimeout(timer);
    }, [copied]);
    if (!ready) return null;
    async function copy() {
        try {
            await navigator.clipboard.writeText(value);
        } catch {
            // Older browsers or an insecure origin: select a hidden copy and use execCommand.
            const area = document.createElement('textarea');
            area.value = value;
            area.setAttribute('readonly', '');
            area.style.position = 'fixed';
            area.style.opacity = '0';
            document.body.appendChild(area);
            area.select();
            document.execCommand('copy');
            area.remove();
        }
        setCopied(true);
    }
    return (
        <>
            <button
                type="button"
                className="copy-button"
                onClick={copy}
                aria-label={t('vietqr.copyLabel', { field })}
            >
                {copied ? t('vietqr.copied') : t('vietqr.copy')}
            </button>
            <span className="sr-only" aria-live="polite">
                {copied ? t('vietqr.copied') : ''}
            </span>
        </>
    );
}
