import { json } from "@codemirror/lang-json";
import { displayPath } from "@gemini-image/schema";
import { checkBodyText, redactHarText, type CheckedBody } from "./body-check.js";
import { diffLines } from "./diff.js";
import { h, replaceChildren } from "./dom.js";
import { createEditor, setText } from "./editor.js";
import { findingDocsUrl, findingsList } from "./findings-view.js";
import { modelSelect } from "./models.js";

/** The Body tab: a pasted generateContent or Interactions body, or a HAR capture, through the standalone validator. */
export function mountBody(
  panel: HTMLElement,
  initial: { body: string; model: string },
  onChange: (change: { body?: string; model?: string }) => void,
): { set(body: string, model: string): void } {
  let model = initial.model;
  const select = modelSelect("body-model", model, "model: from the body or its URL", (value) => {
    model = value;
    render();
    onChange({ model });
  });
  const editorHost = h("div", { class: "editor", id: "body-editor" });
  const output = h("div", { id: "body-output" });
  const notice = h("p", { class: "note", id: "body-redacted", hidden: true }, "API keys and credentials in this HAR were replaced by REDACTED before anything was shown or put in the link.");
  panel.append(
    h("div", { class: "controls" }, h("span", {}, "A generateContent or Interactions body, or a HAR file:"), select),
    notice,
    h("div", { class: "columns" }, editorHost, output),
  );
  const view = createEditor(editorHost, redactHarText(initial.body) ?? initial.body, json(), (text) => {
    // A pasted HAR is replaced by its redacted text at once (this runs again for that edit and finds nothing).
    const redacted = redactHarText(text);
    if (redacted !== undefined) {
      notice.hidden = false;
      // CodeMirror takes no new transaction while it runs its update listeners.
      queueMicrotask(() => setText(view, redacted));
      return;
    }
    render();
    onChange({ body: text });
  });

  function render(): void {
    const report = checkBodyText(view.state.doc.toString(), model);
    replaceChildren(output, report.error && h("p", { class: "error", id: "body-error" }, report.error), ...report.bodies.map(bodyView));
  }
  render();
  return {
    set(body, picked) {
      model = picked;
      select.value = picked;
      setText(view, redactHarText(body) ?? body);
      render();
    },
  };
}

function bodyView(body: CheckedBody, index: number): HTMLElement {
  const items = body.findings.map((f) => ({
    severity: f.severity,
    title: f.code,
    where: `${f.path || "(body)"}  ${f.path ? displayPath(f.path) : ""}`.trim(),
    message: f.message,
    docs: findingDocsUrl(f.code),
  }));
  const diff = diffLines(body.before, body.after);
  const output = body.output;
  return h(
    "article",
    { class: "checked-body", "data-index": String(index) },
    body.label && h("h3", { class: "har-entry" }, body.label),
    h("p", { class: "note" }, `Checked as ${body.api === "interactions" ? "an Interactions" : "a generateContent"} body.`),
    h("h4", {}, "Findings"),
    findingsList(`body-findings-${index}`, items, "No findings: Google accepts this body as it is."),
    body.changes.length > 0 && h("h4", {}, "Repaired body"),
    body.changes.length > 0 && h("ul", { class: "changes" }, ...body.changes.map((c) => h("li", {}, c.description))),
    body.changes.length > 0 &&
      h("pre", { class: "diff", id: `body-diff-${index}` }, ...diff.map((line) => h("span", { class: line.kind }, `${line.kind === "add" ? "+ " : line.kind === "del" ? "- " : "  "}${line.text}`))),
    h("h4", {}, "Output"),
    "note" in output
      ? h("p", { class: "note", id: `body-output-${index}` }, output.note)
      : h(
          "p",
          { id: `body-output-${index}` },
          `${output.model}, imageSize ${output.imageSize ?? "default"}, aspectRatio ${output.aspectRatio ?? "1:1 (or the input image's)"}: ${output.pixels.width}×${output.pixels.height} pixels, ${output.price} per image.`,
        ),
  );
}
