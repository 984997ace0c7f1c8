import { mountBody } from "./body.js";
import { mountCode } from "./code.js";
import { EXAMPLE_BODY, EXAMPLE_CODE, EXAMPLE_MODEL } from "./examples.js";
import { mountSizes } from "./sizes.js";
import { TABS, readState, writeState, type State, type Tab } from "./state.js";

/** What the page shows with an empty hash. */
const DEFAULTS: State = {
  tab: "code",
  code: EXAMPLE_CODE,
  language: "js",
  config: "recommended",
  model: EXAMPLE_MODEL,
  body: EXAMPLE_BODY,
  size: "1792x1024",
};

let state = readState(location.hash, DEFAULTS);

/** Writes the state into the hash without a history entry per keystroke. */
function save(change: Partial<State>): void {
  state = { ...state, ...change };
  const hash = writeState(state, DEFAULTS);
  history.replaceState(null, "", hash || location.pathname + location.search);
}

function showTab(tab: Tab): void {
  for (const name of TABS) {
    document.querySelector(`[data-tab="${name}"]`)!.setAttribute("aria-selected", String(name === tab));
    (document.querySelector(`[data-panel="${name}"]`) as HTMLElement).hidden = name !== tab;
  }
}

const panel = (tab: Tab): HTMLElement => document.querySelector(`[data-panel="${tab}"]`) as HTMLElement;

// The Code tab's default model and the Body tab's model are one setting: picking it in one tab shows in the other.
const code = mountCode(panel("code"), state, (change) => {
  save(change);
  if (change.model !== undefined) body.set(state.body, state.model);
});
const body = mountBody(panel("body"), state, (change) => {
  save(change);
  if (change.model !== undefined) code.set(state);
});
const sizes = mountSizes(panel("sizes"), state.size, (size) => save({ size }));

for (const tab of TABS) {
  document.querySelector(`[data-tab="${tab}"]`)!.addEventListener("click", () => {
    showTab(tab);
    save({ tab });
  });
}

// A pasted link opened in the same tab changes only the hash: load its state.
window.addEventListener("hashchange", () => {
  state = readState(location.hash, DEFAULTS);
  code.set(state);
  body.set(state.body, state.model);
  sizes.setSize(state.size);
  showTab(state.tab);
});

showTab(state.tab);
document.body.dataset.ready = "true";
