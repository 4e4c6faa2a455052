// Applies offset edits the way an editor does, independently of the engine's own helper, and
// rejects plans whose edits overlap.
import * as assert from 'node:assert/strict';

/** One replacement in original offsets. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/** `text` with every edit applied; edits are in original offsets and must not overlap. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    assert.ok(sorted[i - 1].end <= sorted[i].start, `edits overlap at ${sorted[i].start}`);
    assert.ok(!(sorted[i - 1].start === sorted[i].start && sorted[i - 1].end === sorted[i - 1].start), `two edits start at ${sorted[i].start}`);
  }
  let out = text;
  for (const edit of sorted.reverse()) {
    assert.ok(edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length, `edit out of range: ${edit.start}-${edit.end}`);
    out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  }
  return out;
}
