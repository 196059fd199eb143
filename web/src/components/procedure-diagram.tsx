// The procedure diagram (办案流程图), shared by the procedures page and the case page: steps as rounded boxes laid
// out by the definition's column/row, the main path bold, other moves thin, the case's current step highlighted and
// the steps it has passed marked. Side states (row ≥ 2: suspended, terminated, withdrawn, referred) sit in a strip
// below, and side actions — those open from any active step, those that keep the step ('$same'), suspension and
// resumption, and moves into side states — are listed beside the drawing instead of being drawn as a tangle.
// Plain SVG, no chart library: the layout is the definition's own grid.
import { Fragment, useMemo } from 'react';
import { Flex, Tag, Typography } from 'antd';
import type { ProcedureDefinitionView } from '../../../contracts/procedure';
import { PROCEDURE_TOKEN_LABELS } from '../../../contracts/procedure-labels';
import { useI18n, type Label } from '../lib/i18n';

type Definition = Pick<ProcedureDefinitionView, 'steps' | 'transitions'>;
type Step = Definition['steps'][number];
type Transition = Definition['transitions'][number];

export interface ProcedureDiagramProps {
  definition: Definition;
  /** The case's current step. */
  current?: string;
  /** Steps the case has been in (its history). */
  visited?: string[];
  onStepClick?: (step: string) => void;
  /** The step whose actions are picked out (e.g. the one clicked on the procedures page). */
  selected?: string;
}

const BOX_W = 112;
const BOX_H = 50;
const COL = 178; // column pitch: room for a label of five characters between two boxes
const ROW = 92; // row pitch
const PAD = 24;
const SIDE_ROW = 2; // rows from here down are side states

const COLORS = {
  line: '#8c8c8c',
  main: '#1f1f1f',
  box: '#ffffff',
  border: '#8c8c8c',
  current: '#1677ff',
  visited: '#389e0d',
  visitedFill: '#f6ffed',
  endFill: '#f5f5f5',
  selected: '#fa8c16',
};

/** A move to draw: between two steps of the main area, possibly taken by several actions. */
interface Edge {
  from: Step;
  to: Step;
  main: boolean;
  labels: Label[];
}

const isSideStep = (s: Step) => s.row >= SIDE_ROW;

/** Side actions are listed, not drawn. */
export function isSideTransition(t: Transition, steps: Map<string, Step>): boolean {
  if (t.from.length === 0) return false;
  if (t.from.includes('*active') || t.to === '$same' || t.to === '$previous' || t.suspends || t.resumes) return true;
  const to = steps.get(t.to);
  return !to || isSideStep(to) || t.from.some((f) => !steps.get(f) || isSideStep(steps.get(f)!));
}

/** Splits a label into lines of about `max` units (a CJK character is one unit, a Latin one half). */
function wrap(text: string, max: number): string[] {
  const units = (s: string) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0);
  const lines: string[] = [];
  const tokens = /[\u2e80-\uffff]/.test(text) ? [...text] : text.split(/(?<=\s)/);
  let line = '';
  for (const tok of tokens) {
    if (line && units(line + tok) > max) {
      lines.push(line.trim());
      line = '';
    }
    line += tok;
  }
  if (line.trim()) lines.push(line.trim());
  // a closing bracket or stop never starts a line
  for (let i = 1; i < lines.length; i++) {
    while (/^[）)」』，、。]/.test(lines[i])) {
      lines[i - 1] += lines[i][0];
      lines[i] = lines[i].slice(1);
    }
  }
  return lines.filter((l) => l !== '').slice(0, 3);
}

/** What of an edge's label fits in `room` pixels at 11 px (the whole label is the edge's tooltip). */
function fit(text: string, room: number): string {
  const unit = (c: string) => (c.charCodeAt(0) > 0x2e80 ? 11 : 6.2);
  let w = 0;
  let out = '';
  for (const c of text) {
    if (w + unit(c) > room) return out.length >= 2 ? `${out.slice(0, -1)}…` : '';
    w += unit(c);
    out += c;
  }
  return out;
}

export function ProcedureDiagram({ definition, current, visited = [], onStepClick, selected }: ProcedureDiagramProps) {
  const { t, label } = useI18n();
  const steps = useMemo(() => new Map(definition.steps.map((s) => [s.code, s])), [definition]);

  const layout = useMemo(() => {
    const mainSteps = definition.steps.filter((s) => !isSideStep(s));
    const sideSteps = definition.steps.filter(isSideStep).sort((a, b) => a.row - b.row || a.column - b.column);
    const minRow = Math.min(0, ...mainSteps.map((s) => s.row));
    const maxRow = Math.max(0, ...mainSteps.map((s) => s.row));
    const maxCol = Math.max(0, ...mainSteps.map((s) => s.column));
    const top = PAD + 28; // room for arcs above the first row
    const pos = new Map<string, { x: number; y: number }>();
    for (const s of mainSteps) pos.set(s.code, { x: PAD + s.column * COL, y: top + (s.row - minRow) * ROW });
    const mainBottom = top + (maxRow - minRow) * ROW + BOX_H + 30; // room for arcs below the last row
    const stripY = mainBottom + 34;
    sideSteps.forEach((s, i) => pos.set(s.code, { x: PAD + i * COL, y: stripY }));
    const width = PAD * 2 + Math.max(maxCol + 1, sideSteps.length) * COL - (COL - BOX_W);
    const height = sideSteps.length > 0 ? stripY + BOX_H + PAD : mainBottom + PAD - 30;
    return { pos, width, height, mainBottom, sideSteps };
  }, [definition]);

  const edges = useMemo(() => {
    const byPair = new Map<string, Edge>();
    for (const tr of definition.transitions) {
      if (tr.from.length === 0 || isSideTransition(tr, steps)) continue;
      for (const f of tr.from) {
        const from = steps.get(f)!;
        const to = steps.get(tr.to)!;
        const key = `${f}>${tr.to}`;
        const e = byPair.get(key) ?? { from, to, main: false, labels: [] };
        e.main ||= !!tr.main;
        e.labels.push(tr.label);
        byPair.set(key, e);
      }
    }
    // thin ones first, so that the bold path is drawn on top
    return [...byPair.values()].sort((a, b) => Number(a.main) - Number(b.main));
  }, [definition, steps]);

  const creation = definition.transitions.find((tr) => tr.from.length === 0);
  const visitedSet = new Set(visited);

  /** The SVG path of an edge and where its label goes. */
  function geometry(e: Edge): { d: string; lx: number; ly: number; room: number } {
    const a = layout.pos.get(e.from.code)!;
    const b = layout.pos.get(e.to.code)!;
    if (e.to.column > e.from.column) {
      const x1 = a.x + BOX_W;
      const y1 = a.y + BOX_H / 2;
      const x2 = b.x;
      const y2 = b.y + BOX_H / 2;
      const blocked =
        e.from.row === e.to.row &&
        definition.steps.some(
          (s) => !isSideStep(s) && s.row === e.from.row && s.column > e.from.column && s.column < e.to.column,
        );
      if (blocked) {
        // over a step on the same row: arc above the boxes when the row above is free there, else below
        const free = (row: number) =>
          !definition.steps.some(
            (s) => !isSideStep(s) && s.row === row && s.column >= e.from.column && s.column <= e.to.column,
          );
        const above = free(e.from.row - 1) || !free(e.from.row + 1);
        const sx = a.x + BOX_W / 2;
        const ex = b.x + BOX_W / 2;
        const y0 = above ? a.y : a.y + BOX_H;
        const yc = above ? a.y - 30 : a.y + BOX_H + 30;
        return {
          d: `M ${sx} ${y0} C ${sx} ${yc}, ${ex} ${yc}, ${ex} ${y0}`,
          lx: (sx + ex) / 2,
          ly: above ? yc + 4 : yc - 2,
          room: ex - sx,
        };
      }
      const dx = Math.max(24, (x2 - x1) / 2);
      return {
        d: `M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`,
        lx: (x1 + x2) / 2,
        ly: (y1 + y2) / 2 - 5,
        room: x2 - x1 - 10,
      };
    }
    if (e.to.column === e.from.column) {
      const down = e.to.row > e.from.row;
      const x = a.x + BOX_W / 2;
      const y1 = down ? a.y + BOX_H : a.y;
      const y2 = down ? b.y : b.y + BOX_H;
      return { d: `M ${x} ${y1} L ${x} ${y2}`, lx: x + 6, ly: down ? y2 - 8 : y2 + 16, room: COL - BOX_W / 2 - 12 };
    }
    // backwards: an arc above both boxes
    const sx = a.x + BOX_W / 2;
    const ex = b.x + BOX_W / 2;
    const ya = Math.min(a.y, b.y) - 26;
    return {
      d: `M ${sx} ${a.y} C ${sx} ${ya}, ${ex} ${ya}, ${ex} ${b.y}`,
      lx: (sx + ex) / 2,
      ly: ya + 4,
      room: Math.abs(sx - ex),
    };
  }

  const sideActions = definition.transitions.filter((tr) => isSideTransition(tr, steps));
  const stateName = (code: string) =>
    code in PROCEDURE_TOKEN_LABELS
      ? label(PROCEDURE_TOKEN_LABELS[code as keyof typeof PROCEDURE_TOKEN_LABELS])
      : label(steps.get(code)?.label, code);

  return (
    <div data-testid="procedure-diagram">
      <div style={{ overflowX: 'auto', border: '1px solid #f0f0f0', borderRadius: 8, background: '#fcfcfc' }}>
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-label={t('办案流程图', 'Procedure diagram')}
          style={{ display: 'block', fontFamily: 'inherit' }}
        >
          <defs>
            {(['thin', 'bold'] as const).map((k) => (
              <marker
                key={k}
                id={`pd-arrow-${k}`}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth={k === 'bold' ? 5 : 7}
                markerHeight={k === 'bold' ? 5 : 7}
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" fill={k === 'bold' ? COLORS.main : COLORS.line} />
              </marker>
            ))}
          </defs>

          {edges.map((e) => {
            const g = geometry(e);
            const text = e.labels.map((l) => label(l)).join(' / ');
            const shown = fit(text, g.room);
            return (
              <g key={`${e.from.code}>${e.to.code}`} data-edge={`${e.from.code}>${e.to.code}`}>
                <title>{text}</title>
                <path
                  d={g.d}
                  fill="none"
                  stroke={e.main ? COLORS.main : COLORS.line}
                  strokeWidth={e.main ? 2.6 : 1.2}
                  markerEnd={`url(#pd-arrow-${e.main ? 'bold' : 'thin'})`}
                />
                <text
                  x={g.lx}
                  y={g.ly}
                  textAnchor={e.from.column === e.to.column ? 'start' : 'middle'}
                  fontSize={11}
                  fill={e.main ? '#262626' : '#8c8c8c'}
                  stroke="#fcfcfc"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {shown}
                </text>
              </g>
            );
          })}

          {layout.sideSteps.length > 0 && (
            <g>
              <line
                x1={PAD / 2}
                x2={layout.width - PAD / 2}
                y1={layout.mainBottom + 8}
                y2={layout.mainBottom + 8}
                stroke="#d9d9d9"
                strokeDasharray="4 4"
              />
              <text x={PAD} y={layout.mainBottom + 24} fontSize={11} fill="#8c8c8c">
                {t('其他状态（由下方所列操作进入）', 'Other states (entered by the actions listed below)')}
              </text>
            </g>
          )}

          {definition.steps.map((s) => {
            const p = layout.pos.get(s.code)!;
            const isCurrent = s.code === current;
            const isVisited = !isCurrent && visitedSet.has(s.code);
            const isSelected = s.code === selected;
            const lines = wrap(label(s.label), 8);
            const fill = isCurrent
              ? COLORS.current
              : isVisited
                ? COLORS.visitedFill
                : s.kind === 'end'
                  ? COLORS.endFill
                  : COLORS.box;
            const stroke = isCurrent
              ? COLORS.current
              : isSelected
                ? COLORS.selected
                : isVisited
                  ? COLORS.visited
                  : COLORS.border;
            const textColor = isCurrent ? '#ffffff' : '#1f1f1f';
            return (
              <g
                key={s.code}
                data-step={s.code}
                data-kind={s.kind}
                data-current={isCurrent ? 'true' : undefined}
                data-visited={isVisited ? 'true' : undefined}
                transform={`translate(${p.x}, ${p.y})`}
                onClick={onStepClick ? () => onStepClick(s.code) : undefined}
                style={{ cursor: onStepClick ? 'pointer' : 'default' }}
              >
                <title>{`${label(s.label)} (${s.code})`}</title>
                {s.kind === 'end' && (
                  <rect x={-3} y={-3} width={BOX_W + 6} height={BOX_H + 6} rx={11} fill="none" stroke={stroke} />
                )}
                <rect
                  width={BOX_W}
                  height={BOX_H}
                  rx={8}
                  fill={fill}
                  stroke={stroke}
                  strokeWidth={isCurrent || isSelected || s.kind === 'start' ? 2.2 : 1.2}
                  strokeDasharray={isSideStep(s) && s.kind !== 'end' ? '4 3' : undefined}
                />
                {lines.map((line, i) => (
                  <text
                    key={i}
                    x={BOX_W / 2}
                    y={BOX_H / 2 + (i - (lines.length - 1) / 2) * 15 + 4}
                    textAnchor="middle"
                    fontSize={12.5}
                    fontWeight={isCurrent || s.kind === 'start' ? 600 : 400}
                    fill={textColor}
                  >
                    {line}
                  </text>
                ))}
                {isVisited && (
                  <text x={BOX_W - 6} y={13} textAnchor="end" fontSize={11} fill={COLORS.visited}>
                    ✓
                  </text>
                )}
                {s.kind === 'start' && creation && (
                  <text x={0} y={-6} fontSize={10.5} fill="#8c8c8c">
                    {t('开始：', 'Start: ')}
                    {label(creation.label)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>

      {sideActions.length > 0 && (
        <div data-testid="procedure-side-actions" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('不在图中画出的操作：', 'Actions not drawn:')}
          </Typography.Text>
          <Flex gap={6} wrap style={{ marginTop: 6 }}>
            {sideActions.map((tr) => {
              const from = tr.from.map(stateName).join('、');
              const highlighted =
                !!selected &&
                (tr.from.includes(selected) || (tr.from.includes('*active') && steps.get(selected)?.kind !== 'end'));
              return (
                <Tag
                  key={`${tr.action}:${tr.from.join(',')}`}
                  color={
                    highlighted ? 'orange' : tr.suspends || tr.resumes ? 'gold' : tr.to === '$same' ? 'default' : 'red'
                  }
                  data-action={tr.action}
                  style={{ marginInlineEnd: 0 }}
                >
                  <Fragment>
                    <b>{label(tr.label)}</b>
                    <span style={{ opacity: 0.75 }}>
                      {' '}
                      {from} → {stateName(tr.to)}
                    </span>
                  </Fragment>
                </Tag>
              );
            })}
          </Flex>
        </div>
      )}
    </div>
  );
}
