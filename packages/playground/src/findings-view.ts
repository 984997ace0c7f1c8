import { projectFileUrl, findingDocsPath, type FindingId } from "@gemini-image/protocol";
import { h } from "./dom.js";

/** One finding as the lists show it. */
export interface FindingItem {
  readonly severity: "error" | "warning";
  readonly title: string;
  /** Where: a JSON pointer or line:column. */
  readonly where: string;
  readonly message: string;
  readonly docs: string | undefined;
  readonly actions?: readonly { readonly label: string; readonly run: () => void }[];
}

/** The docs page of a protocol finding id. */
export const findingDocsUrl = (id: FindingId): string => projectFileUrl(findingDocsPath(id));

/** A list of findings, with an id per item for the browser test and buttons for fixes. */
export function findingsList(id: string, items: readonly FindingItem[], empty: string): HTMLElement {
  if (items.length === 0) return h("p", { class: "ok", id: `${id}-none` }, empty);
  return h(
    "ul",
    { class: "findings", id },
    ...items.map((item) =>
      h(
        "li",
        { class: item.severity, "data-finding": item.title },
        h("strong", {}, `${item.severity} ${item.title}`),
        " ",
        h("span", { class: "where" }, item.where),
        h("div", {}, item.message),
        item.docs && h("a", { href: item.docs, target: "_blank", rel: "noopener" }, "docs"),
        item.actions?.length
          ? h("div", { class: "finding-actions" }, ...item.actions.map((action) => h("button", { type: "button", onclick: action.run }, action.label)))
          : null,
      ),
    ),
  );
}
