import { FINDINGS, FINDING_IDS, PROJECT_URL, findingDocsPath, projectFileUrl, type Severity } from "@gemini-image/protocol";
import type { AuditReport } from "./report.js";

/** A SARIF 2.1.0 log with one run, as GitHub code scanning and other SARIF viewers read it. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: "2.1.0";
  readonly runs: readonly SarifRun[];
}

/** The run of `gemini-image audit`: the tool with its rules, and one result per finding. */
export interface SarifRun {
  readonly tool: {
    readonly driver: {
      readonly name: string;
      readonly version: string;
      readonly informationUri: string;
      readonly rules: readonly SarifRule[];
    };
  };
  readonly results: readonly SarifResult[];
  /** What the run has to say besides findings: no request found where Gemini is named, files not parsed. */
  readonly invocations: readonly {
    readonly executionSuccessful: boolean;
    readonly toolExecutionNotifications: readonly { readonly level: "note" | "warning"; readonly message: { readonly text: string } }[];
  }[];
}

/** One finding id of the catalog, as a SARIF reporting descriptor. */
export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: { readonly text: string };
  readonly helpUri: string;
  readonly defaultConfiguration: { readonly level: Severity };
}

/** One finding at one place. */
export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: Severity;
  readonly message: { readonly text: string };
  readonly locations: readonly {
    readonly physicalLocation: {
      readonly artifactLocation: { readonly uri: string; readonly uriBaseId: "%SRCROOT%" };
      readonly region: { readonly startLine: number; readonly startColumn: number };
    };
  }[];
}

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

/** A name in PascalCase from a finding id, as SARIF's `name` wants (`invalid-image-size` → `InvalidImageSize`). */
const ruleName = (id: string): string => id.replace(/(?:^|-)(\w)/gu, (_, letter: string) => letter.toUpperCase());

/**
 * The audit's findings as SARIF 2.1.0, for code scanning: every finding id of the protocol
 * catalog is a rule (severity as default level, title, docs page as helpUri), and each finding a
 * result at its file, line and column. File URIs are relative to the working directory the
 * report was made in (`%SRCROOT%`), as code scanning expects from a run at the repository root.
 */
export function toSarif(report: AuditReport, version: string): SarifLog {
  const rules: SarifRule[] = FINDING_IDS.map((id) => ({
    id,
    name: ruleName(id),
    shortDescription: { text: FINDINGS[id].title },
    helpUri: projectFileUrl(findingDocsPath(id)),
    defaultConfiguration: { level: FINDINGS[id].severity },
  }));
  const results: SarifResult[] = report.calls.flatMap((call) =>
    call.findings.map((finding) => ({
      ruleId: finding.id,
      ruleIndex: FINDING_IDS.indexOf(finding.id),
      level: finding.severity,
      message: { text: finding.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: finding.file.split("\\").join("/"), uriBaseId: "%SRCROOT%" },
            region: { startLine: finding.line, startColumn: finding.column },
          },
        },
      ],
    })),
  );
  const notifications = [
    ...(report.nothingFound ? [{ level: "note" as const, message: { text: `${report.nothingFound.message} ${report.nothingFound.files.join(", ")}` } }] : []),
    ...report.unreadable.map((file) => ({ level: "warning" as const, message: { text: `${file.file}: not parsed: ${file.message}` } })),
  ];
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "gemini-image audit", version, informationUri: PROJECT_URL, rules } },
        results,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
}
