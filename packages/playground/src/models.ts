import { MODEL_IDS } from "@gemini-image/protocol";
import { h } from "./dom.js";

/** A model picker: "" means the code or body decides (the rules' and validator's default). */
export function modelSelect(id: string, value: string, emptyLabel: string, onChange: (model: string) => void): HTMLSelectElement {
  const select = h(
    "select",
    { id, onchange: () => onChange(select.value) },
    h("option", { value: "" }, emptyLabel),
    ...MODEL_IDS.map((model) => h("option", { value: model }, model)),
  );
  select.value = value;
  return select;
}
