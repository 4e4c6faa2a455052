// The import a rewritten literal needs, added once, where the language's conventions put it.
import { Skipper } from './context';
import { detectEol } from './text';
import type { Lexed } from './lexer';
import type { ImportNeed } from './rewrite';
import type { TextEdit } from './types';

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    out.push({ start, end: Math.min(end + 1, text.length), text: text.slice(start, end).replace(/\r$/, '') });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}


function bomLength(text: string): number {
  return text.startsWith('\uFEFF') ? 1 : 0;
}

function python(text: string, lexed: Lexed): TextEdit | undefined {
  const all = lines(text);
  const eol = detectEol(text);
  // Line starts inside a string (a docstring, a template) are not statements.
  const skipper = new Skipper(lexed);
  const statement = (l: Line) => !skipper.openAt(l.start);
  if (all.some((l) => /^import\s+(?:[\w.]+(?:\s+as\s+\w+)?\s*,\s*)*os(?:\.[\w.]+)?\s*(?:,|;|#|$)/.test(l.text) && !/^import\s+(?:.*,\s*)?os(?:\.[\w.]+)?\s+as\b/.test(l.text) && statement(l))) {
    return undefined;
  }
  let at = bomLength(text);
  let afterBlock = false;
  let i = 0;
  const skipNoise = () => {
    while (i < all.length && /^\s*(?:#.*)?$/.test(all[i].text) && all[i].start < text.length) {
      if (/^#/.test(all[i].text)) at = all[i].end;
      i++;
    }
  };
  skipNoise();
  // The module docstring comes first, then `from __future__` imports; `import os` goes after both.
  const docStart = i < all.length ? all[i].start + (i === 0 ? bomLength(text) : 0) : -1;
  const doc = lexed.strings.find((s) => s.start === docStart && /^[rRuU]?(?:'''|"""|'|")$/.test(text.slice(s.start, s.contentStart)));
  if (doc) {
    const lf = text.indexOf('\n', doc.end);
    at = lf === -1 ? text.length : lf + 1;
    afterBlock = true;
    while (i < all.length && all[i].start < at) i++;
  }
  for (;;) {
    const save = i;
    skipNoise();
    if (i < all.length && /^from\s+__future__\s+import\b/.test(all[i].text)) {
      let j = i;
      // A parenthesised or backslash-continued import runs over lines.
      let open = (all[j].text.match(/\(/g) ?? []).length - (all[j].text.match(/\)/g) ?? []).length;
      while (j + 1 < all.length && (open > 0 || /\\$/.test(all[j].text))) {
        j++;
        open += (all[j].text.match(/\(/g) ?? []).length - (all[j].text.match(/\)/g) ?? []).length;
      }
      at = all[j].end;
      afterBlock = true;
      i = j + 1;
      continue;
    }
    i = save;
    break;
  }
  const firstImport = all.find((l) => l.start >= at && statement(l) && /^(?:import|from)\s+[\w.]/.test(l.text));
  if (firstImport) return { start: firstImport.start, end: firstImport.start, newText: `import os${eol}` };
  const next = all.find((l) => l.start >= at);
  const nextBlank = !next || /^\s*$/.test(next.text);
  const unterminated = at === text.length && at > 0 && !text.endsWith('\n');
  return { start: at, end: at, newText: `${unterminated || afterBlock ? eol : ''}import os${eol}${nextBlank ? '' : eol}` };
}

function go(text: string): TextEdit | undefined {
  const eol = detectEol(text);
  if (/^\s*(?:import\s+)?"os"\s*(?:\/\/.*)?\r?$/m.test(text)) return undefined;
  const block = /^import\s*\(\s*\r?\n/m.exec(text);
  if (block) {
    const bodyStart = block.index + block[0].length;
    const close = text.indexOf(')', bodyStart);
    const body = lines(text.slice(bodyStart, close === -1 ? text.length : close)).map((l) => ({ ...l, start: l.start + bodyStart, end: l.end + bodyStart }));
    // gofmt keeps groups apart; "os" joins the first group in sorted order.
    let insertAt: number | undefined;
    let indent = '\t';
    for (const l of body) {
      const path = /^(\s*)(?:[\w.]+\s+)?"([^"]+)"/.exec(l.text);
      if (!path) {
        if (/^\s*$/.test(l.text) && insertAt === undefined && body.indexOf(l) > 0) insertAt = l.start;
        if (/^\s*$/.test(l.text)) break;
        continue;
      }
      indent = path[1] || '\t';
      if (path[2] > 'os') {
        insertAt = l.start;
        break;
      }
      insertAt = l.end;
    }
    const at = insertAt ?? bodyStart;
    return { start: at, end: at, newText: `${indent}"os"${eol}` };
  }
  const single = [...text.matchAll(/^import\s+(?:[\w.]+\s+)?"([^"]+)"[^\r\n]*/gm)];
  if (single.length === 1) {
    const m = single[0];
    const entries = [m[0].replace(/^import\s+/, ''), '"os"'].sort((a, b) => a.replace(/^[\w.]+\s+/, '').localeCompare(b.replace(/^[\w.]+\s+/, '')));
    return { start: m.index!, end: m.index! + m[0].length, newText: `import (${eol}${entries.map((e) => `\t${e}`).join(eol)}${eol})` };
  }
  if (single.length > 1) {
    const last = single[single.length - 1];
    const end = last.index! + last[0].length;
    return { start: end, end, newText: `${eol}import "os"` };
  }
  const pkg = /^package\s+\w+[^\r\n]*/m.exec(text);
  if (!pkg) return { start: bomLength(text), end: bomLength(text), newText: `import "os"${eol}${eol}` };
  const end = pkg.index + pkg[0].length;
  return { start: end, end, newText: `${eol}${eol}import "os"` };
}

// After the header comments: the licence block many files open with.
function afterLeadingComments(text: string, lexed: Lexed): number {
  let at = bomLength(text);
  for (;;) {
    const ws = /^[ \t]*(?:\r?\n)?/.exec(text.slice(at))![0];
    const comment = lexed.comments.find((c) => c.start === at + ws.replace(/\r?\n$/, '').length || c.start === at + ws.length);
    if (!comment) return at;
    const lf = text.indexOf('\n', comment.end);
    at = lf === -1 ? text.length : lf + 1;
  }
}

function lineDirective(text: string, lexed: Lexed, present: RegExp, anchor: RegExp, directive: string): TextEdit | undefined {
  if (present.test(text)) return undefined;
  const eol = detectEol(text);
  const first = anchor.exec(text);
  if (first) {
    const at = first.index + (first[0].length - first[0].trimStart().length);
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return { start: lineStart, end: lineStart, newText: `${directive}${eol}` };
  }
  const at = afterLeadingComments(text, lexed);
  const blankAfter = /^\s*?\r?\n/.test(text.slice(at)) || at === text.length;
  const unterminated = at === text.length && at > 0 && !text.endsWith('\n');
  return { start: at, end: at, newText: `${unterminated ? eol : ''}${directive}${eol}${blankAfter ? '' : eol}` };
}

/** Edits that add each needed import once, or nothing where it is already there. */
export function importEdits(text: string, lexed: Lexed, needs: ReadonlySet<ImportNeed>): TextEdit[] {
  const edits: (TextEdit | undefined)[] = [];
  for (const need of needs) {
    switch (need) {
      case 'python-os':
        edits.push(python(text, lexed));
        break;
      case 'go-os':
        edits.push(go(text));
        break;
      case 'swift-foundation':
        edits.push(lineDirective(text, lexed, /^\s*(?:@\w+\s+)*import\s+(?:Foundation|UIKit|AppKit|SwiftUI|Cocoa)\b/m, /^[ \t]*(?:@\w+\s+)*import\s+\w/m, 'import Foundation'));
        break;
      case 'dart-io':
        edits.push(lineDirective(text, lexed, /^\s*import\s+['"]dart:io['"]/m, /^[ \t]*import\s+['"]/m, "import 'dart:io';"));
        break;
      case 'csharp-system':
        edits.push(lineDirective(text, lexed, /^\s*(?:global\s+)?using\s+System\s*;/m, /^[ \t]*(?:global\s+)?using\s+(?:static\s+)?[\w.]+\s*;/m, 'using System;'));
        break;
      case 'c-stdlib':
        edits.push(lineDirective(text, lexed, /^\s*#\s*include\s*[<"](?:stdlib\.h|cstdlib)[>"]/m, /^[ \t]*#\s*include\b/m, '#include <stdlib.h>'));
        break;
      case 'cpp-cstdlib':
        edits.push(lineDirective(text, lexed, /^\s*#\s*include\s*[<"](?:stdlib\.h|cstdlib)[>"]/m, /^[ \t]*#\s*include\b/m, '#include <cstdlib>'));
        break;
    }
  }
  return edits.filter((e): e is TextEdit => e !== undefined);
}
