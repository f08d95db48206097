// `mjml` ships no types; this is the part of its API the mail generator uses.
declare module 'mjml' {
    interface MjmlError {
        line: number;
        message: string;
        tagName: string;
    }
    export default function mjml2html(
        input: string,
        options?: Record<string, unknown>,
    ): Promise<{ html: string; errors: MjmlError[] }>;
}
