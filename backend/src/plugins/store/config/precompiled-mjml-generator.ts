import { Logger } from '@vendure/core';
import { HandlebarsMjmlGenerator, InitializedEmailPluginOptions } from '@vendure/email-plugin';
import Handlebars from 'handlebars';
import mjml2html from 'mjml';

type Render = (vars: Record<string, unknown>) => string;

/** As Vendure's generator: entities' prototype getters (`Order.total`) may be interpolated. */
const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: true };
const PARTIAL_CALL = /\{\{>\s*([\w-]+)\s*\}\}/g;
const MUSTACHES = /\{\{[^]*?\}\}/g;
/** Handlebars comments render nothing; MJML would drop one that stands outside its tags. */
const COMMENTS = /\{\{!--[^]*?--\}\}|\{\{![^]*?\}\}/g;

/**
 * Vendure's Handlebars + MJML generator, with each template's MJML compiled once instead of
 * for every mail (ADR 0032): an order confirmation spent ~30 ms of the worker's CPU in
 * `mjml` and Handlebars' compiler, about a fifth of all the worker does for a placed order.
 *
 * The template (its argument-less partials written in) goes through MJML with its Handlebars
 * expressions still in it, and the HTML MJML makes is compiled by Handlebars once. That is
 * only right while MJML carries every expression through unchanged, i.e. they all sit in
 * raw content (`mj-text`, `mj-table`, attributes, `mj-title`); a template where MJML dropped
 * or changed one, or that calls a partial with arguments, is rendered as Vendure does.
 */
export class PrecompiledMjmlGenerator extends HandlebarsMjmlGenerator {
    private partials = new Map<string, string>();
    private bodies = new Map<string, Promise<Render | undefined>>();
    private texts = new Map<string, Render>();

    async onInit(options: InitializedEmailPluginOptions) {
        await super.onInit(options);
        for (const { name, content } of (await options.templateLoader.loadPartials?.()) ?? [])
            this.partials.set(name, content);
    }

    async generate(from: string, subject: string, template: string, templateVars: any) {
        let body = this.bodies.get(template);
        if (!body) {
            body = this.precompile(template);
            this.bodies.set(template, body);
        }
        const render = await body;
        if (!render) return super.generate(from, subject, template, templateVars);
        return {
            from: this.text(from, true)(templateVars),
            subject: this.text(subject, false)(templateVars),
            body: render(templateVars),
        };
    }

    private text(source: string, noEscape: boolean): Render {
        const key = `${noEscape ? 'raw' : 'html'}:${source}`;
        let render = this.texts.get(key);
        if (!render) {
            const compiled = Handlebars.compile(source, { noEscape });
            render = vars => compiled(vars, RUNTIME_OPTIONS);
            this.texts.set(key, render);
        }
        return render;
    }

    private async precompile(template: string): Promise<Render | undefined> {
        const source = this.inlinePartials(template, 0);
        if (source === undefined) return undefined;
        try {
            const { html } = await mjml2html(source);
            if (!carriedThrough(source.match(MUSTACHES) ?? [], html.match(MUSTACHES) ?? [])) return undefined;
            Handlebars.parse(html); // compile() would only fail at the first mail
            const compiled = Handlebars.compile(html);
            return vars => compiled(vars, RUNTIME_OPTIONS);
        } catch (e: any) {
            Logger.warn(`Mail template not precompiled: ${e?.message ?? e}`, 'PrecompiledMjmlGenerator');
            return undefined;
        }
    }

    /** The template with `{{> name }}` replaced by the partial; undefined if a call has arguments or is unknown. */
    private inlinePartials(source: string, depth: number): string | undefined {
        if (depth > 5) return undefined;
        let unknown = false;
        const inlined = source.replace(COMMENTS, '').replace(PARTIAL_CALL, (_, name: string) => {
            const partial = this.partials.get(name);
            const expanded = partial === undefined ? undefined : this.inlinePartials(partial, depth + 1);
            if (expanded === undefined) unknown = true;
            return expanded ?? '';
        });
        if (unknown || /\{\{#?>/.test(inlined)) return undefined;
        return inlined;
    }
}

/**
 * Whether MJML kept the template's expressions: its blocks in the same order, every other
 * expression at least once (MJML writes the title twice) and nothing it did not have.
 */
function carriedThrough(before: string[], after: string[]): boolean {
    const isBlock = (m: string) => /^\{\{~?\s*([#/^]|else\b)/.test(m);
    const blocks = (ms: string[]) => ms.filter(isBlock).join('\n');
    const known = new Set(before);
    return (
        blocks(before) === blocks(after) &&
        after.every(m => known.has(m)) &&
        before.every(m => after.includes(m))
    );
}
