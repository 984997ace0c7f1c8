import { OPENAI_SIZES, currentModels, formatUsd, sizeMappingRows, type SizeMappingRow } from "@gemini-image/protocol";
import { h, replaceChildren } from "./dom.js";

/** The Sizes tab: one OpenAI size or any WxH, mapped for every current model by the protocol package. */
export function mountSizes(panel: HTMLElement, initial: string, onChange: (size: string) => void): { setSize(size: string): void } {
  const input = h("input", { id: "size-input", list: "openai-sizes", value: initial, spellcheck: "false", "aria-label": "size" });
  const datalist = h("datalist", { id: "openai-sizes" }, ...OPENAI_SIZES.map((size) => h("option", { value: size })));
  const output = h("div", { id: "sizes-output" });
  panel.append(
    h("div", { class: "controls" }, h("label", { for: "size-input" }, "OpenAI size or WxH: "), input, datalist),
    output,
    h("p", { class: "note" }, "A ~ before a price marks a third-party estimate: Google publishes no price for that tier."),
  );

  const render = (): void => {
    let rows: SizeMappingRow[];
    try {
      rows = sizeMappingRows([input.value], currentModels());
    } catch (error) {
      replaceChildren(output, h("p", { class: "error", id: "sizes-error" }, (error as Error).message));
      return;
    }
    const header = ["model", "imageSize", "aspectRatio", "output pixels", "exact", "USD/image", "note"];
    replaceChildren(
      output,
      h(
        "table",
        { id: "sizes-table" },
        h("thead", {}, h("tr", {}, ...header.map((name) => h("th", {}, name)))),
        h("tbody", {}, ...rows.map(row)),
      ),
    );
  };
  input.addEventListener("input", () => {
    render();
    onChange(input.value);
  });
  render();
  return {
    setSize(size) {
      input.value = size;
      render();
    },
  };
}

function row({ mapping, usd, usdUnconfirmed }: SizeMappingRow): HTMLTableRowElement {
  return h(
    "tr",
    { "data-model": mapping.model },
    h("td", {}, mapping.model),
    h("td", {}, mapping.imageSize ?? "(none)"),
    h("td", {}, mapping.aspectRatio ?? "(none)"),
    h("td", {}, mapping.pixels ? `${mapping.pixels.width}×${mapping.pixels.height}` : "input ratio or 1:1"),
    h("td", {}, mapping.exact ? "yes" : "no"),
    h("td", {}, formatUsd(usd, usdUnconfirmed)),
    h("td", {}, mapping.note ?? ""),
  );
}
