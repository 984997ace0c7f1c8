import { describeFinding } from "@gemini-image/protocol";
import rule from "../../src/rules/no-api-key-in-url.js";
import { createRuleTester } from "../rule-tester.js";

const ruleTester = createRuleTester();
const BASE = "https://generativelanguage.googleapis.com/v1beta";

ruleTester.run("no-api-key-in-url", rule, {
  valid: [
    `fetch("${BASE}/models/gemini-3-pro-image:generateContent", { headers: { "x-goog-api-key": key } });`,
    // File downloads need the key in the query.
    `fetch(\`${BASE}/files/abc:download?alt=media&key=\${key}\`);`,
    `const url = "https://example.com/search?key=value";`,
    // A key= piece inside a longer non-Gemini concatenation: the whole expression is judged.
    `const search = "https://example.com/find" + "?key=" + value + "&q=" + \`\${term}&key=x\`;`,
  ],
  invalid: [
    {
      code: `fetch(\`${BASE}/models/gemini-3-pro-image:generateContent?key=\${process.env.GEMINI_API_KEY}\`, { method: "POST" });`,
      errors: [{ messageId: "keyInUrl", data: { message: describeFinding("key-in-url", {}).message }, line: 1, column: 7 }],
    },
    {
      code: `const URL = "${BASE}/models/gemini-3-pro-image:streamGenerateContent?alt=sse&key=" + apiKey;`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 13 }],
    },
    {
      code: `const ENDPOINT = "${BASE}/models/gemini-3-pro-image:generateContent";
const withKey = \`\${ENDPOINT}?key=\${apiKey}\`;`,
      errors: [{ messageId: "keyInUrl", line: 2, column: 17 }],
    },
    {
      // Two pieces hold key= (a literal and a template inside the concatenation): one URL, one report.
      code: `const u = "${BASE}/models/" + model + ":generateContent" + \`?key=\${k}\` + "&key=" + k;`,
      errors: [{ messageId: "keyInUrl", line: 1, column: 11 }],
    },
  ],
});
