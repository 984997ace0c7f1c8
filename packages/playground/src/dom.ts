/** Attributes of `h`: strings become attributes, functions under `on…` become listeners. */
type Props = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/** Creates an element with attributes and children: the page's whole view layer. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Node | string | null | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === "function") element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (value === true) element.setAttribute(key, "");
    else if (typeof value === "string") element.setAttribute(key, value);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: (Node | string | null | undefined | false)[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => Boolean(c)));
}
