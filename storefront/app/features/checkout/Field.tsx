import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
    id: string;
    label: string;
    hint?: string;
    /** Already translated error text; ties itself to the input with aria-describedby. */
    error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
    const ids = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
}

/** A labelled text input with its hint and error read out by screen readers. */
export function Field({ id, label, hint, error, ...input }: FieldProps) {
    return (
        <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={id}>{label}</label>
            {hint ? (
                <p id={`${id}-hint`} className="field-hint">
                    {hint}
                </p>
            ) : null}
            <input
                id={id}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(id, hint, error)}
                {...input}
            />
            {error ? (
                <p id={`${id}-error`} className="field-error">
                    {error}
                </p>
            ) : null}
        </div>
    );
}

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
    id: string;
    label: string;
    error?: string;
    children: ReactNode;
}

export function SelectField({ id, label, error, children, ...select }: SelectFieldProps) {
    return (
        <div className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={id}>{label}</label>
            <select
                id={id}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(id, undefined, error)}
                {...select}
            >
                {children}
            </select>
            {error ? (
                <p id={`${id}-error`} className="field-error">
                    {error}
                </p>
            ) : null}
        </div>
    );
}

/** A form-level error summary, announced when it appears. */
export function FormError({ message, id }: { message?: string; id?: string }) {
    if (!message) return null;
    return (
        <p role="alert" id={id} className="notice notice-error">
            {message}
        </p>
    );
}
