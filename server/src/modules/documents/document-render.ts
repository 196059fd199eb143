// Filling .docx templates with docxtemplater, and checking a template before it is accepted: a real .docx (a zip
// with word/document.xml), tags that compile (balanced loops, closed braces), and every tag a known field
// (contracts/document.ts DOCUMENT_FIELDS), so that a typo such as {party.nme} is refused when uploaded rather than
// printed blank on a legal instrument.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { DOCUMENT_FIELDS, type CaseDocumentData, type FieldNode } from '../../../../contracts/document';

/** Why a template was refused: the offending tag and a short explanation (zh and en). */
export class TemplateProblem extends Error {
  constructor(
    readonly reason: 'not_docx' | 'syntax' | 'unknown_tag',
    readonly tag: string,
    /** docxtemplater's error id (unclosed_tag, unbalanced_loop_tags…) or ours (unknown_field, group_used_as_text). */
    readonly id: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${tag} ${id} ${detail}`);
  }
}

interface ParserContext {
  scopePathItem: number[];
}

/** Tags are dot paths ({case.penalty.fineYuan}); {$index} is the 1-based position in the innermost loop; {.} the item. */
function parser(tag: string) {
  const trimmed = tag.trim();
  return {
    get(scope: unknown, context: ParserContext): unknown {
      if (trimmed === '.') return scope;
      if (trimmed === '$index') {
        const items = context.scopePathItem;
        return items.length ? items[items.length - 1] + 1 : undefined;
      }
      let value: unknown = scope;
      for (const key of trimmed.split('.')) {
        if (value == null || typeof value !== 'object') return undefined;
        value = (value as Record<string, unknown>)[key];
      }
      return value;
    },
  };
}

function openZip(bytes: Buffer): PizZip {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw new TemplateProblem('not_docx', '', 'not_zip', 'not a zip file');
  }
  if (!zip.file('word/document.xml'))
    throw new TemplateProblem('not_docx', '', 'no_document_xml', 'word/document.xml missing');
  return zip;
}

interface DxtErrorShape {
  properties?: { errors?: DxtErrorShape[]; xtag?: string; explanation?: string; id?: string };
  message?: string;
}

function compile(bytes: Buffer, modules: unknown[] = []): Docxtemplater {
  const zip = openZip(bytes);
  try {
    return new Docxtemplater(zip, {
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      parser,
      modules: modules as never[],
      // A field a case does not have prints blank (an optional field), never "undefined".
      nullGetter: () => '',
    });
  } catch (err) {
    const e = err as DxtErrorShape;
    const first = e.properties?.errors?.[0] ?? e;
    throw new TemplateProblem(
      'syntax',
      first.properties?.xtag ?? '',
      first.properties?.id ?? 'syntax',
      first.properties?.explanation ?? first.message ?? 'template error',
    );
  }
}

interface StructuredPart {
  type: string;
  value: string;
  module?: string;
  inverted?: boolean;
  subparsed?: StructuredPart[];
}

const EXTRA_FIELD: FieldNode = { kind: 'text', label: '' };

function lookup(keys: string[], fields: Record<string, FieldNode>): FieldNode | null {
  let node: FieldNode | null = null;
  let current: Record<string, FieldNode> | null = fields;
  for (let i = 0; i < keys.length; i++) {
    // extra.<any key>: exactly one key below the map.
    if (node?.kind === 'map') return i === keys.length - 1 ? EXTRA_FIELD : null;
    if (!current) return null;
    node = current[keys[i]] ?? null;
    if (!node) return null;
    current = node.kind === 'object' ? node.fields : node.kind === 'list' ? node.item : null;
  }
  return node;
}

/** The catalogue node a dot path names, looked up from the innermost loop scope outwards (as docxtemplater does). */
function resolveField(path: string, scopes: Record<string, FieldNode>[]): FieldNode | 'special' | null {
  if (path === '.' || path === '$index') return scopes.length > 1 ? 'special' : null;
  const keys = path.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    const node = lookup(keys, scopes[i]);
    if (node) return node;
  }
  return null;
}

function checkTags(parts: StructuredPart[], scopes: Record<string, FieldNode>[]): void {
  for (const part of parts) {
    if (part.type !== 'placeholder') continue;
    const tag = part.value.trim();
    const node = resolveField(tag, scopes);
    if (!node) throw new TemplateProblem('unknown_tag', tag, 'unknown_field', 'unknown field');
    if (part.module === 'loop') {
      const inner =
        node !== 'special' && node.kind === 'list' && !part.inverted
          ? node.item
          : node !== 'special' && node.kind === 'object' && !part.inverted
            ? node.fields
            : null;
      checkTags(part.subparsed ?? [], inner ? [...scopes, inner] : scopes);
    } else if (node !== 'special' && node.kind !== 'text') {
      // {parties} alone would print "[object Object]".
      throw new TemplateProblem('unknown_tag', tag, 'group_used_as_text', 'a list or group must be used as {#…}…{/…}');
    }
  }
}

/**
 * A docxtemplater module that keeps the parsed tags of every templated part (body, headers, footers). The
 * library's own InspectModule needs lodash, which is not a dependency of ours.
 */
class TagCollector {
  readonly name = 'TagCollector';
  readonly parts: StructuredPart[] = [];
  set(options: { inspect?: { postparsed?: StructuredPart[] } }) {
    if (options.inspect?.postparsed) this.parts.push(...options.inspect.postparsed);
  }
  clone() {
    return new TagCollector();
  }
}

function collectTags(bytes: Buffer): StructuredPart[] {
  const collector = new TagCollector();
  compile(bytes, [collector]);
  return collector.parts.filter((p) => p.type === 'placeholder');
}

/** Throws TemplateProblem when the bytes are not a usable template. */
export function checkTemplate(bytes: Buffer): void {
  checkTags(collectTags(bytes), [DOCUMENT_FIELDS]);
}

/** Fills a template; the result is a .docx. */
export function renderDocument(templateBytes: Buffer, data: CaseDocumentData): Buffer {
  const doc = compile(templateBytes);
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every tag a template uses, flattened (for tests and the administrators' field list). */
export function templateTags(bytes: Buffer): string[] {
  const out = new Set<string>();
  const walk = (parts: StructuredPart[]) => {
    for (const p of parts) {
      if (p.type !== 'placeholder') continue;
      out.add(p.value.trim());
      walk(p.subparsed ?? []);
    }
  };
  walk(collectTags(bytes));
  return [...out];
}
