import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Injector, RequestContext } from '@vendure/core';
import { LoadTemplateInput, Partial, TemplateLoader } from '@vendure/email-plugin';

/**
 * Loads each email type, and each partial, from the first folder that has it:
 * each plugin keeps its own templates, and none is Vendure's (English only).
 */
export class LayeredTemplateLoader implements TemplateLoader {
    constructor(private folders: string[]) {}

    async loadTemplate(
        _injector: Injector,
        _ctx: RequestContext,
        { type, templateName }: LoadTemplateInput,
    ): Promise<string> {
        for (const folder of this.folders) {
            const file = path.join(folder, type, templateName);
            if (fs.existsSync(file)) return fsp.readFile(file, 'utf-8');
        }
        throw new Error(`No email template ${type}/${templateName} in ${this.folders.join(', ')}`);
    }

    async loadPartials(): Promise<Partial[]> {
        const byName = new Map<string, Partial>();
        for (const folder of this.folders.map(f => path.join(f, 'partials'))) {
            if (!fs.existsSync(folder)) continue;
            for (const file of await fsp.readdir(folder)) {
                const name = path.basename(file, '.hbs');
                if (byName.has(name)) continue;
                byName.set(name, { name, content: await fsp.readFile(path.join(folder, file), 'utf-8') });
            }
        }
        return [...byName.values()];
    }
}
