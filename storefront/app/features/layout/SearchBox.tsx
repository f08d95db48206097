import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Form, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pathFor, type Lang } from '../../i18n/paths';

export interface Suggestion {
    slug: string;
    name: string;
}

/**
 * The header search: a plain GET form to the catalogue (works without JavaScript) that,
 * once hydrated, suggests products while typing (ARIA 1.2 combobox with a listbox popup:
 * arrows move, Enter opens, Escape closes). Suggestions come from the storefront's own
 * `/api/suggest`, never from the Shop API directly.
 */
export function SearchBox({ lang }: { lang: Lang }) {
    const { t } = useTranslation();
    const [params] = useSearchParams();
    const navigate = useNavigate();
    const id = useId();
    const listId = `${id}-list`;
    const q = params.get('q') ?? '';
    const [value, setValue] = useState(q);
    // Another search (a link, the back button) shows its words in the box.
    const [shownQ, setShownQ] = useState(q);
    if (q !== shownQ) {
        setShownQ(q);
        setValue(q);
    }
    const [items, setItems] = useState<Suggestion[]>([]);
    const [open, setOpen] = useState(false);
    const [active, setActive] = useState(-1);
    const request = useRef<AbortController | null>(null);

    useEffect(() => {
        const term = value.trim();
        if (term.length < 2) return;
        const timer = setTimeout(() => {
            request.current?.abort();
            const controller = new AbortController();
            request.current = controller;
            fetch(`/api/suggest?lang=${lang}&q=${encodeURIComponent(term)}`, { signal: controller.signal })
                .then(r => (r.ok ? (r.json() as Promise<{ items: Suggestion[] }>) : { items: [] }))
                .then(r => {
                    setItems(r.items);
                    setActive(-1);
                })
                .catch(() => undefined);
        }, 150);
        return () => clearTimeout(timer);
    }, [value, lang]);

    const shown = value.trim().length < 2 ? [] : items;
    const expanded = open && shown.length > 0;
    const go = (s: Suggestion) => {
        setOpen(false);
        void navigate(pathFor(lang, 'products', s.slug));
    };
    const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive(i => (shown.length ? (i + 1) % shown.length : -1));
        } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            setActive(i => (shown.length ? (i <= 0 ? shown.length - 1 : i - 1) : -1));
        } else if (e.key === 'Enter' && expanded && active >= 0) {
            e.preventDefault();
            go(shown[active]);
        } else if (e.key === 'Escape') {
            if (expanded) setOpen(false);
            else setValue('');
        }
    };

    return (
        <Form method="get" action={pathFor(lang, 'products')} role="search" className="search">
            <label htmlFor={`${id}-q`} className="sr-only">
                {t('searchLabel')}
            </label>
            <div className="search-field">
                <input
                    id={`${id}-q`}
                    name="q"
                    type="search"
                    value={value}
                    placeholder={t('searchPlaceholder')}
                    autoComplete="off"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded={expanded}
                    aria-controls={listId}
                    aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
                    onChange={e => {
                        setValue(e.target.value);
                        setOpen(true);
                    }}
                    onKeyDown={onKeyDown}
                    onBlur={() => setOpen(false)}
                    onFocus={() => setOpen(true)}
                />
                <ul
                    id={listId}
                    role="listbox"
                    aria-label={t('suggestions')}
                    className="suggest"
                    hidden={!expanded}
                >
                    {shown.map((s, i) => (
                        <li
                            key={s.slug}
                            id={`${listId}-${i}`}
                            role="option"
                            aria-selected={i === active}
                            onMouseDown={e => {
                                e.preventDefault();
                                go(s);
                            }}
                        >
                            {s.name}
                        </li>
                    ))}
                </ul>
            </div>
            <button type="submit">{t('searchButton')}</button>
            <p className="sr-only" aria-live="polite">
                {expanded ? t('suggestionsCount', { count: shown.length }) : ''}
            </p>
        </Form>
    );
}
