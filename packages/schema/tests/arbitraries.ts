import fc from "fast-check";

/** JSON-like values nested a few levels, with objects whose keys come from `keys` and leaves from `leaves`. */
export function nested(keys: fc.Arbitrary<string>, leaves: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaves, tie("object"), tie("array")),
    object: fc.dictionary(keys, tie("value"), { maxKeys: 5 }),
    array: fc.array(tie("value"), { maxLength: 3 }),
  })).value;
}
