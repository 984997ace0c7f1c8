import { findSdkMethod, type SdkMethod } from "@gemini-image/protocol";
import type { CallExpression } from "ts-morph";
import { Node } from "./ts-morph.js";

/**
 * The npm package a declaration file belongs to, from its path: the part after the last
 * `node_modules/` (`@google/genai` in `…/node_modules/.pnpm/…/node_modules/@google/genai/dist/genai.d.ts`).
 */
export function packageOfFile(path: string): string | undefined {
  const at = path.lastIndexOf("/node_modules/");
  if (at < 0) return undefined;
  const parts = path.slice(at + "/node_modules/".length).split("/");
  const [first, second] = parts;
  if (first === undefined) return undefined;
  return first.startsWith("@") && second !== undefined ? `${first}/${second}` : first;
}

/**
 * The SDK method a call resolves to, asked of the type checker rather than read from names:
 * the declaration of the call's signature must be a member of a class that one of the SDKs
 * declares. Aliases, wrappers, re-exports and class fields all end at the same declaration;
 * a user's own `generateContent` does not.
 */
export function sdkMethodOf(call: CallExpression): SdkMethod | undefined {
  const declaration = call.getProject().getTypeChecker().getResolvedSignature(call)?.getDeclaration();
  if (!declaration) return undefined;
  const pkg = packageOfFile(declaration.getSourceFile().getFilePath());
  if (pkg === undefined) return undefined;
  // `generateContent: (params) => Promise<…>` declares a property whose type is the signature.
  const member = Node.isMethodDeclaration(declaration) || Node.isMethodSignature(declaration) ? declaration : declaration.getParent();
  if (!member || !(Node.isMethodDeclaration(member) || Node.isMethodSignature(member) || Node.isPropertyDeclaration(member) || Node.isPropertySignature(member))) {
    return undefined;
  }
  const owner = member.getParent();
  const ownerName = Node.isClassDeclaration(owner) || Node.isInterfaceDeclaration(owner) ? owner.getName() : undefined;
  return ownerName === undefined ? undefined : findSdkMethod(pkg, ownerName, member.getName());
}
