/** Options the transform reads (jscodeshift passes them through to every worker). */
export interface TransformOptions {
  /** The model assumed where the code names none; without it such sizes get a follow-up. */
  readonly model?: string;
  /** `responseModalities` to add, such as ["IMAGE"] (the default) or ["TEXT", "IMAGE"]. */
  readonly modalities?: readonly string[] | string;
  /** Leave shut-down preview model ids as they are. */
  readonly keepModelIds?: boolean;
  /** Replace non-literal sizes with a call to the protocol's `toImageConfig`. */
  readonly runtimeHelper?: boolean;
  /**
   * `"interactions"`: also move generateContent image requests to the Interactions API
   * (`--to interactions`); without it each request stays on the API it uses.
   */
  readonly to?: string;
  /** Where workers write their report records (set by `migrate`). */
  readonly reportDir?: string;
  /** Also record each changed file's text before and after (for diffs). */
  readonly recordSources?: boolean;
}
