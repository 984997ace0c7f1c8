import { javascript } from "@codemirror/lang-javascript";
import { linter as cmLinter, lintGutter, type Diagnostic } from "@codemirror/lint";
import { Compartment, type Text } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import { h, replaceChildren } from "./dom.js";
import { createEditor, setText } from "./editor.js";
import { findingsList } from "./findings-view.js";
import { applyFix, lint, type LintFinding } from "./lint.js";
import { modelSelect } from "./models.js";
import { CONFIGS, LANGUAGES, type Config, type Language } from "./state.js";

/** What the Code tab reads from and writes to the page state. */
export interface CodeState {
  code: string;
  language: Language;
  config: Config;
  model: string;
}

/** The Code tab: the plugin's rules through ESLint's Linter, findings inline and in a list, fixes on click. */
export function mountCode(panel: HTMLElement, initial: CodeState, onChange: (change: Partial<CodeState>) => void): { set(state: CodeState): void } {
  const state = { ...initial };
  const languageSelect = h("select", { id: "code-language" }, ...LANGUAGES.map((l) => h("option", { value: l }, l.toUpperCase())));
  const configSelect = h("select", { id: "code-config" }, ...CONFIGS.map((c) => h("option", { value: c }, c)));
  languageSelect.value = state.language;
  configSelect.value = state.config;
  const model = modelSelect("code-model", state.model, "default model: none (the code names it)", (value) => update({ model: value }));
  const editorHost = h("div", { class: "editor", id: "code-editor" });
  const list = h("div", { id: "code-output" }, h("p", { class: "note" }, "Linting…"));
  panel.append(
    h(
      "div",
      { class: "controls" },
      h("label", {}, "Language ", languageSelect),
      h("label", {}, "Config ", configSelect),
      h("label", {}, "Default model ", model),
    ),
    h("div", { class: "columns" }, editorHost, list),
  );

  const language = new Compartment();
  const languageFor = (l: Language) => javascript({ jsx: l.endsWith("x"), typescript: l.startsWith("t") });
  let latest: LintFinding[] = [];
  let run = 0;

  // CodeMirror's linter calls this after each pause in typing and shows the diagnostics inline.
  const source = async (view: EditorView): Promise<Diagnostic[]> => {
    const text = view.state.doc.toString();
    const current = ++run;
    let findings: LintFinding[];
    try {
      findings = await lint(text, state.language, state.config, state.model);
    } catch (error) {
      replaceChildren(list, h("p", { class: "error", id: "code-error" }, (error as Error).message));
      return [];
    }
    if (current !== run) return [];
    latest = findings;
    renderList(view);
    return findings.map((finding) => diagnostic(view.state.doc, finding, view));
  };

  const view = createEditor(editorHost, state.code, [language.of(languageFor(state.language)), lintGutter(), cmLinter(source, { delay: 300 })], (text) => {
    state.code = text;
    onChange({ code: text });
  });

  function update(change: Partial<CodeState>): void {
    Object.assign(state, change);
    if (change.language) view.dispatch({ effects: language.reconfigure(languageFor(change.language)) });
    onChange(change);
    relint();
  }
  languageSelect.addEventListener("change", () => update({ language: languageSelect.value as Language }));
  configSelect.addEventListener("change", () => update({ config: configSelect.value as Config }));

  /** Options change nothing in the text: an empty transaction would not re-run the linter, so re-set the text. */
  function relint(): void {
    const text = view.state.doc.toString();
    view.dispatch({ changes: { from: 0, to: text.length, insert: text } });
  }

  function replace(text: string): void {
    setText(view, text);
  }

  function renderList(v: EditorView): void {
    const items = latest.map((f) => ({
      severity: f.severity,
      title: f.ruleId ?? "parse error",
      where: `${f.line}:${f.column}`,
      message: f.message,
      docs: f.docs,
      actions: actionsOf(f, v.state.doc.toString(), replace),
    }));
    replaceChildren(list, findingsList("code-findings", items, "No findings."));
  }

  return {
    set(next) {
      Object.assign(state, next);
      languageSelect.value = next.language;
      configSelect.value = next.config;
      model.value = next.model;
      view.dispatch({ effects: language.reconfigure(languageFor(next.language)) });
      if (view.state.doc.toString() === next.code) relint();
      else setText(view, next.code);
    },
  };
}

/** "Fix" for an autofix, one button per suggestion. */
function actionsOf(finding: LintFinding, code: string, replace: (text: string) => void) {
  const actions: { label: string; run: () => void }[] = [];
  const { fix } = finding;
  if (fix) actions.push({ label: "Fix", run: () => replace(applyFix(code, fix)) });
  for (const suggestion of finding.suggestions) {
    actions.push({ label: `Suggestion: ${suggestion.desc}`, run: () => replace(applyFix(code, suggestion.fix)) });
  }
  return actions;
}

function offset(doc: Text, line: number, column: number): number {
  const safeLine = Math.min(Math.max(line, 1), doc.lines);
  const start = doc.line(safeLine);
  return Math.min(start.from + Math.max(column - 1, 0), start.to);
}

function diagnostic(doc: Text, finding: LintFinding, view: EditorView): Diagnostic {
  const from = offset(doc, finding.line, finding.column);
  const to = finding.endLine === undefined ? from : Math.max(from, offset(doc, finding.endLine, finding.endColumn ?? finding.column));
  const code = view.state.doc.toString();
  return {
    from,
    to,
    severity: finding.severity,
    source: finding.ruleId ?? undefined,
    message: finding.message,
    actions: actionsOf(finding, code, (text) => setText(view, text)).map((action) => ({ name: action.label, apply: () => action.run() })),
  };
}
