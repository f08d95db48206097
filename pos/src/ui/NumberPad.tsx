import { useTranslation } from 'react-i18next';

/** A big on-screen keypad for PINs and amounts: thumb-sized keys, no system keyboard popping up. */
export function NumberPad({ onKey, testId }: { onKey: (key: string) => void; testId?: string }) {
    const { t } = useTranslation();
    const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'];
    return (
        <div className="numpad" data-testid={testId}>
            {keys.map(k => (
                <button
                    key={k}
                    type="button"
                    className="numpad-key"
                    aria-label={k === '⌫' ? t('common.backspace') : k === 'C' ? t('common.clear') : k}
                    onClick={() => onKey(k)}
                >
                    {k}
                </button>
            ))}
        </div>
    );
}

export function applyPadKey(value: string, key: string, maxLength = 12): string {
    if (key === 'C') return '';
    if (key === '⌫') return value.slice(0, -1);
    return value.length >= maxLength ? value : value + key;
}
