// A package's `prepack` step: puts the repository's LICENSE into the package being packed, so
// every tarball carries the one license text (npm and pnpm always pack a LICENSE at the root).
// The copies are build output, ignored by git; test/publish.test.ts checks them in each tarball.
import { copyFileSync } from "node:fs";

copyFileSync(new URL("../LICENSE", import.meta.url), "LICENSE");
