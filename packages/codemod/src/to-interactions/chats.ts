import type { RequestTransform } from "../transforms/types.js";
import { leftAsIs } from "./follow-up.js";

/**
 * `<ai>.chats.create(…)` with an image model: always a follow-up. A chat keeps its history in
 * the client and sends it with every turn; an interaction keeps it on the server and the next
 * turn names the last one with `previous_interaction_id`.
 * Proving that every turn of a chat,
 * `getHistory()` and the sends in other functions included, can be rewritten is beyond what
 * the codemod can see, so it never rewrites one.
 */
export const chats: RequestTransform = {
  name: "to-interactions-chats",
  run(request, { sourceCode }) {
    if (request.shape !== "genai" || request.api !== "chats.create" || request.classification.verdict !== "image") return [];
    return [leftAsIs(sourceCode, request.node, "a chat sends its history with each turn; on Interactions each turn is interactions.create with previous_interaction_id, a rewrite of every turn")];
  },
};
