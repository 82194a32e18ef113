"""The two pictures the HTML report draws for each document, as inline SVG.

- Readability per section: the grade of each heading's section, with the RD102 limit as a line.
- Sentence length along the document: one bar per sentence, with the RD101 limit as a line.

The figures come from the same Document and the same formulas the readability check uses, so a
bar above the line is a section RD102 would talk about. Nothing here is fetched or scripted: the
SVG is drawn on the server side and works in a page saved offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Optional

WIDTH = 640
HEIGHT = 150
PAD_LEFT = 34
PAD_BOTTOM = 18
PAD_TOP = 8


@dataclass(frozen=True)
class Section:
    title: str
    line: int
    words: int
    grade: Optional[float]  # None when the section has too little prose to score


@dataclass(frozen=True)
class Figures:
    sections: list
    sentence_words: list  # (line, words) per sentence of prose, in order
    max_grade: float
    max_sentence_words: int
    metric_name: str


def document_figures(path: str, text: str, options: dict) -> Optional[Figures]:
    """Readability per section and sentence lengths for one document, or None if it has no prose."""
    from prosecheck.checks.readability import METRICS, Stats, dale_chall_grade, split_pieces
    from prosecheck.document import parse

    doc = parse(path, text)
    metric = options.get("metric", "flesch_kincaid_grade")
    min_words = max(1, int(options.get("min_words", 40)))
    headings = sorted(doc.headings, key=lambda h: h.line)
    bounds = [(h.text, h.line) for h in headings]
    if not bounds or bounds[0][1] > 1:
        bounds.insert(0, ("(before the first heading)", 1))
    pieces_by_section: list = [[] for _ in bounds]
    sentence_words = []
    starts = [line for _, line in bounds]
    section = 0
    for sentence in doc.sentences:
        if not sentence.words or sentence.quoted:
            continue
        line = doc.position(sentence.offset)[0]
        while section + 1 < len(starts) and starts[section + 1] <= line:
            section += 1
        sentence_words.append((line, len(sentence.words)))
        if sentence.block.kind == "paragraph":
            pieces_by_section[section].extend(split_pieces(sentence))
    if not sentence_words:
        return None
    sections = []
    for (title, line), pieces in zip(bounds, pieces_by_section):
        words = sum(map(len, pieces))
        grade = None
        if words >= min_words:
            score = getattr(Stats(pieces), metric)()
            grade = dale_chall_grade(score) if metric == "dale_chall_readability_score" else score
        if words or title != "(before the first heading)":
            sections.append(Section(title, line, words, grade))
    return Figures(
        sections=sections,
        sentence_words=sentence_words,
        max_grade=float(options.get("max_grade", 14.0)),
        max_sentence_words=int(options.get("max_sentence_words", 35)),
        metric_name=METRICS.get(metric, metric),
    )


def _axis(top: float, label: str) -> str:
    """The frame of a chart: y axis with its top value, x axis."""
    bottom = HEIGHT - PAD_BOTTOM
    return (
        f'<line class="axis" x1="{PAD_LEFT}" y1="{PAD_TOP}" x2="{PAD_LEFT}" y2="{bottom}"/>'
        f'<line class="axis" x1="{PAD_LEFT}" y1="{bottom}" x2="{WIDTH}" y2="{bottom}"/>'
        f'<text class="tick" x="{PAD_LEFT - 4}" y="{PAD_TOP + 8}" text-anchor="end">{top:g}</text>'
        f'<text class="tick" x="{PAD_LEFT - 4}" y="{bottom}" text-anchor="end">0</text>'
        f'<text class="tick" x="{PAD_LEFT + 4}" y="{HEIGHT - 4}">{escape(label)}</text>'
    )


def _y(value: float, top: float) -> float:
    span = HEIGHT - PAD_BOTTOM - PAD_TOP
    return round(HEIGHT - PAD_BOTTOM - span * min(value, top) / top, 1)


def _limit_line(value: float, top: float, label: str) -> str:
    y = _y(value, top)
    return (
        f'<line class="limit" x1="{PAD_LEFT}" y1="{y}" x2="{WIDTH}" y2="{y}"/>'
        f'<text class="limit-label" x="{WIDTH - 2}" y="{y - 3}" text-anchor="end">{escape(label)}</text>'
    )


def grade_chart(fig: Figures) -> str:
    """Bars: one per section, its grade; sections too short to score are drawn as a dot."""
    scored = [s.grade for s in fig.sections if s.grade is not None]
    top = max([fig.max_grade + 2, *scored]) if scored else fig.max_grade + 2
    top = float(int(top) + 1)
    n = max(1, len(fig.sections))
    step = (WIDTH - PAD_LEFT - 4) / n
    bar = min(40.0, max(2.0, step * 0.7))
    parts = [_axis(top, f"grade per section ({fig.metric_name})")]
    for i, s in enumerate(fig.sections):
        x = round(PAD_LEFT + 2 + i * step, 1)
        tip = f"line {s.line}: {s.title}: " + (
            f"grade {s.grade:.1f}, {s.words} words" if s.grade is not None else f"{s.words} words, too few to score"
        )
        if s.grade is None:
            y = HEIGHT - PAD_BOTTOM - 3
            parts.append(f'<circle class="unscored" cx="{x + bar / 2:.1f}" cy="{y}" r="2"><title>{escape(tip)}</title></circle>')
            continue
        y = _y(s.grade, top)
        over = " over" if round(s.grade, 1) > fig.max_grade else ""
        parts.append(
            f'<rect class="bar{over}" data-line="{s.line}" x="{x}" y="{y}" width="{bar:.1f}" '
            f'height="{round(HEIGHT - PAD_BOTTOM - y, 1)}"><title>{escape(tip)}</title></rect>'
        )
    parts.append(_limit_line(fig.max_grade, top, f"limit {fig.max_grade:g}"))
    return _svg("Readability grade per section", parts)


def length_chart(fig: Figures) -> str:
    """Bars: one per sentence, its length in words."""
    lengths = [w for _, w in fig.sentence_words]
    top = float(max(fig.max_sentence_words + 5, *lengths))
    n = max(1, len(lengths))
    step = (WIDTH - PAD_LEFT - 4) / n
    bar = min(14.0, max(0.5, step * 0.8))
    parts = [_axis(top, "words per sentence, in document order")]
    for i, (line, words) in enumerate(fig.sentence_words):
        x = round(PAD_LEFT + 2 + i * step, 2)
        y = _y(words, top)
        over = " over" if words > fig.max_sentence_words else ""
        parts.append(
            f'<rect class="bar{over}" data-line="{line}" x="{x}" y="{y}" width="{bar:.2f}" '
            f'height="{round(HEIGHT - PAD_BOTTOM - y, 1)}"><title>line {line}: {words} words</title></rect>'
        )
    parts.append(_limit_line(fig.max_sentence_words, top, f"limit {fig.max_sentence_words}"))
    return _svg("Sentence length along the document", parts)


def _svg(title: str, parts: list) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>'
        + "".join(parts)
        + "</svg>"
    )
