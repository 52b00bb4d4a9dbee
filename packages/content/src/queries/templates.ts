/** The `{{name}}` placeholders of a template text, in order of first use (the same syntax the check reads). */
export function templatePlaceholders(text: string): string[] {
  const names = [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)];
}

/**
 * True when every `{{…}}` in subject and body is a declared variable: the zod twin of
 * content_templates_variables_declared_check (declared placeholders are removed, no `{{` may remain).
 */
export function usesOnlyDeclaredVariables(input: {
  subject?: string | null;
  body: string;
  variables: readonly string[];
}): boolean {
  const text = `${input.subject ?? ''} ${input.body}`;
  const declared = new Set(input.variables);
  const stripped = text.replace(/\{\{\s*([^{}]*?)\s*\}\}/g, (all, name: string) =>
    declared.has(name) ? '' : all,
  );
  return !stripped.includes('{{');
}

/** Fills the placeholders; a missing value is an error rather than an empty hole in a customer's message. */
export function renderTemplate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{\s*([a-z][a-zA-Z0-9_]*)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`template variable ${name} has no value`);
    return String(v);
  });
}
