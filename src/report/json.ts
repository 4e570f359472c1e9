// The JSON rendering: the report document itself (fields in the design notes' public contract).
import type { ReportDocument } from '../core/types.ts';

export function renderJson(report: ReportDocument): string {
  return JSON.stringify(report, null, 2) + '\n';
}
