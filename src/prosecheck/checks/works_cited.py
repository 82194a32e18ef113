"""A work cited after a hedge or a booster in its own sentence (``HC101`` and ``HC102``'s precision;
issue 11, forty-second session, prechc42).

RULES 2: a sentence that carries its source is supported. ``support.cited`` reads links, footnotes
and author-year markers; books of argument cite in plain text, and these shapes name the work the
claim rests on just as well, so a hedge or a booster before them is answered:

* **a page of a work in brackets**: "... which leads the ego being "ruled by a passion" [The Ego
  and Its Own, p. 76].", "... as it could \"definitely\" ban them [Capitalism: The Unknown Ideal,
  p. 239]", and "[Op. Cit., p. 388]" (the splitter ends the sentence at "[Op." and starts the next
  on "Cit., p. 388]": a bracket that opens on "Op." or "Ibid." at the sentence's end is that
  citation);
* **a cross-reference to a numbered section**: "as several psychological studies have shown (see
  section I.4.11)" (a link on the page the text was taken from);
* **a work by a named author**: "there is substantial evidence that this is already underway (see
  Friendly Fascism by Bertram Gross for details)".

Over the eighty-eight development sets: 5 wrong warnings in four sets (cleat, rivet, gauge twice,
jointer) and 3 wrong info findings (kerf, gauge, jointer), no right finding.

The citation must stand **after** the hedge or the booster. A bracket that opens the sentence
("[Emma Goldman, Red Emma Speaks, pp. 76-7] It is clear that ...", "Cit., p. 51] Given this
obvious fact") cites the quotation of the sentence before: the splitter leaves it there, and the
claim after it is the writer's own (shim-docs' and burin-docs' right boosters). Not support: a
lexicon's cross-reference to another entry ("(see {moby})", "(compare {UBD})": hoe-, froe- and
gimlet-docs' right hedges name no work), a date and pages in parentheses ("(February 1962, pp. 30,
31)": a bracket is the citation's mark here), a bracket with no page ("[Usenet, 'newbie' +
'-gry']": an etymology).

The sentence's citations are found once per sentence (``sentence_memo.per_sentence``); each
finding asks only whether the last of them starts after its own end.

Since the sixty-first session (named61) the citation the splitter cut after the quoting writer's
name ("[quoted by Pateman, Op.") and a long one (an article's pages, then the volume that holds it,
its editors and the page: up to 200 characters after the first page) count too; a quotation after
the cue anywhere in its sentence is answered when the next sentence opens on its citation
(:func:`quoted_then_cited_next`); and a lead that ends its paragraph on a colon before a block
quotation closed by its citation is answered by it (:func:`block_quotation_cited`, HC101; since
the sixty-second session, fix62, only a lead with a verb of saying or writing and no first person,
which hands the quotation to its writer). Over
the one hundred and forty-two sets before loy, by the sentence pairing: 12 wrong findings out in
nine sets against 2 right (chock's "according to a psychological study", shank's "of course").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from prosecheck.checks.sentence_memo import per_sentence


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A pattern compiled on first use: the three below take about a millisecond to compile (re's
    compiler is Python), paid by every run at start-up though most documents never reach them."""
    return re.compile(pattern, flags)


#: A work cited by its page in brackets: [The Ego and Its Own, p. 76]  [Emma Goldman, Red Emma
#: Speaks, pp. 76-7]  [Op. Cit., p. 388]; up to 200 characters after the page (an article cited by
#: its pages, then the volume that holds it, its editors and the page quoted, named61).
_PAGE_CITED = r"\[[^\[\]{}]{1,160}?\bpp?\.\s*\d+[^\[\]{}]{0,200}\]"

#: (pattern, flags) of the works cited, for _compiled.
_CITED = (
    _PAGE_CITED +
    # [Op.  at the sentence's end (the splitter cut "[Op. Cit., p. 388]" after "Op."), also after
    # the quoting writer's name: "[quoted by Pateman, Op." (named61)
    r"|\[(?:quoted(?:\s+by\s+[^\[\]{}]{0,80}?)?,\s*)?(?:Op|Ibid)\.\s*$"
    # (see section I.4.11)  (see chapter 3)  (cf. section D.8)
    r"|\((?:see|cf\.)\s+(?:also\s+)?(?:section|chapter|appendix)\s+(?-i:[A-Z]\.)?\d[\w.]*[^(){}]{0,60}\)"
    # (see Friendly Fascism by Bertram Gross for details)
    r"|\((?:see|cf\.)\s+(?:also\s+)?[^(){}]{1,120}?\bby\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)+[^(){}]{0,60}\)",
    re.I,
)
# The patterns above are read case-blind for "See"/"Cf."; the author's capitals are checked here.
_AUTHOR = (r"\bby\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)+",)

EXAMPLES = [
    # (sentence, the cue, is it answered by a work cited after it?) for tests/test_check_hedging.py
    ("The reform obviously failed, as the miners found [The Coal Question, p. 41].", "obviously", True),
    ("The reform obviously failed, as Smith wrote [Op.", "obviously", True),
    # the quoting writer's name before the cut "Op." (named61)
    ("The reform obviously failed, as the miners found [quoted by Lee, Op.", "obviously", True),
    # an article's pages, then the volume that holds it, its editors and the page (named61)
    ("The reform obviously failed [Jane Roe, The Weir and Its Builders, pp. 212-221, Mills and Rivers of the North,"
     " Smith, Jones and Brown (eds.), p. 212].", "obviously", True),
    ("As several studies have shown, rewards lower creativity (see section I.4.11).", "several studies have shown", True),
    ("There is substantial evidence that this is underway (see Friendly Fascism by Bertram Gross for details).",
     "there is substantial evidence", True),
    ("[Red Emma Speaks, pp. 76-7] It is clear that acting for yourself is self-government.", "it is clear that", False),
    ("The term is universally considered rude (see {moby}).", "is universally considered", False),
    ("The word was apparently popularized by the article (February 1962, pp. 30, 31).", "apparently", False),
    ("The reform obviously failed (see the notes by the way).", "obviously", False),
]


@per_sentence
def _last_citation(lw, prose: str, start: int, end: int) -> int:
    """The prose offset where the sentence's last cited work starts, or -1 (once per sentence)."""
    text = prose[start:end].rstrip()
    last = -1
    if "[" not in text and "(" not in text:
        return last
    for m in _compiled(*_CITED).finditer(text):
        if m.group(0).startswith("(") and " by " in m.group(0).lower() and not _compiled(*_AUTHOR).search(m.group(0)):
            continue  # "(see the notes by the way)": no author named
        last = start + m.start()
    return last


# The citation that opens the next sentence: "[The Conquest of Bread, p. 121]", "[Op." (the
# splitter ends a sentence after a quotation's closing mark and full stop, and the work it quotes
# is cited at once in brackets, which then opens the next "sentence").
_OPENS_CITED = (r"\s*(?:" + _PAGE_CITED + r"|\[(?:Op|Ibid)\.)",)
# A sentence that ends on a quotation: its closing mark, with the full stop inside or after it.
_CLOSES = ('."', '".', ".\u201d", "\u201d.", '?"', '!"', "?\u201d", "!\u201d")
_OPENING_MARKS = {'"': '"', "\u201d": "\u201c"}

QUOTED_EXAMPLES = [
    # (text, the cue, is the quotation after it cited at once?) for tests/test_check_hedging.py
    ('Obviously, "most workshops are foul because the workers count for nothing." [The Conquest of Bread, p. 121]',
     "obviously", True),
    ('It is argued that "the principles of anarchism had their origin in deeds." [Op. Cit., p. 4]', "it is argued", True),
    ('Obviously, "most workshops are foul because the workers count for nothing." See the next page.', "obviously", False),
    ('Obviously, the workshops are foul. [The Conquest of Bread, p. 121]', "obviously", False),
    ('He wrote "the workshops are foul" and obviously "the workers count for nothing." [Bread, p. 121]',
     "obviously", True),
    ('"The workshops are foul," he wrote, and obviously they are. [Bread, p. 121]', "obviously", False),
]


@per_sentence
def _quotation_tail(lw, prose: str, start: int, end: int) -> int:
    """The prose offset where the quotation that ends the sentence opens, or -1 when the sentence
    does not end on one (once per sentence)."""
    text = prose[start:end].rstrip()
    if not text.endswith(_CLOSES):
        return -1
    close = text.rstrip(".?!")[-1] if text.rstrip(".?!") else ""
    close_at = len(text.rstrip(".?!")) - 1
    opener = _OPENING_MARKS.get(close)
    if opener is None:
        return -1
    k = text.rfind(opener, 0, close_at)
    return start + k if k >= 0 else -1


def quotation_cited_next(lw, sentence, end: int, after) -> bool:
    """Does ``sentence`` end on a quotation that opens after the prose offset ``end`` (where the
    hedge or the booster ends), and does ``after`` (the next sentence of its block) open on the
    bracketed citation of the work quoted: 'Obviously, "if most of the workshops we know are foul
    ..." [The Conquest of Bread, p. 121]'?

    The citation is the sentence's own: the splitter ends the sentence at the quotation's closing
    mark and full stop and leaves the bracket to the next one. So the hedge or the booster carries
    its citation marker and is not reported (RULES 2). From the forty-second session (prechc42) to
    the fifty-ninth such findings were kept at ``info`` (over the eighty-eight sets then, 8 wrong
    warnings against 2 right); over the one hundred and thirty-nine sets before gib at the sixtieth
    (source60, by the sentence pairing) the info findings left were wrong 12 times in nine sets
    (burr, cleat, crimp, dado, mitre, shank, spline, tang, lug) and right twice (cleat's 'like so
    many others, argued that Godwin was "..."', shim's 'obviously'), tenter's 'Rest assured' wrong
    once more, and the hedge or booster now leaves altogether."""
    if after is None or after.block is not sentence.block:
        return False
    block = sentence.block
    at = _quotation_tail(lw, block.prose, sentence.start, sentence.end)
    if at < end:
        return False
    return _next_opens_cited(lw, after)


QUOTED_INSIDE_EXAMPLES = [
    # (text, the cue, does a quotation stand after it, its work cited at the next sentence's head?)
    # for tests/test_check_hedging.py (named61)
    ('It is obvious that his "workshops are foul" is just nonsense. [The Conquest of Bread, p. 121] So much for that.',
     "it is obvious that", True),
    ('As one miner put it, the "owners count for nothing" in the valley. [Op. Cit., p. 12]', "as one miner put it", True),
    ('It is obvious that his "workshops are foul" is just nonsense. So much for that. [Bread, p. 121]',
     "it is obvious that", False),
    ('"The workshops are foul," he wrote, and obviously they are right. [Bread, p. 121]', "obviously", False),
]


@per_sentence
def _last_quote_mark(lw, block, start: int, end: int) -> int:
    """The prose offset of the last mark (opening or closing) of the block's quotations
    (``Block.quotations``, the Document's own reading of them) that stands in the sentence
    ``start``..``end``, or -1 (once per sentence: a bisection into the block's quotations, which
    are in order and do not overlap). A mark the Document reads as no quotation (a stray mark
    left open at the block's end, an inch mark) does not count (fix62: it read the marks by
    ``rfind`` over the prose before)."""
    quotes = block.quotations
    if not quotes:
        return -1
    k = bisect_left(quotes, (end,)) - 1  # the last quotation that opens before the sentence's end
    if k < 0:
        return -1
    qs, qe = quotes[k]
    close = _closing_mark(block.prose, qs, qe)
    if start <= close < end:
        return close
    if qs >= start:
        return qs
    return -1


def _closing_mark(prose: str, qs: int, qe: int) -> int:
    """The offset of the closing mark of the quotation ``qs``..``qe`` (its span takes in emphasis
    markers after the mark: '*"..."*')."""
    k = qe - 1
    while k > qs and prose[k] in "*_":
        k -= 1
    return k


def quoted_then_cited_next(lw, sentence, end: int, after) -> bool:
    """Does a quotation stand in ``sentence`` after the prose offset ``end`` (where the hedge or
    the booster ends), whatever follows it in the sentence, and does ``after`` (the next sentence
    of its block) open on the bracketed citation of the work quoted: 'It is obvious that his
    "workshops are foul" is just nonsense. [The Conquest of Bread, p. 121]', 'As one commentator
    noted, his "position ... derived from his Socialist convictions". [Don Werkheiser, ..., p.
    212]'? The citation closes the sentence that quotes (the splitter leaves it to the next
    one): RULES 2's citation marker in the same sentence, as :func:`quotation_cited_next` reads it
    when the quotation ends the sentence (named61). HC101 and HC102 only. Not a quotation that
    stands before the cue alone (the writer's own claim about it then follows)."""
    if after is None or after.block is not sentence.block:
        return False
    if _last_quote_mark(lw, sentence.block, sentence.start, sentence.end) < end:
        return False
    return _next_opens_cited(lw, after)


@per_sentence
def _next_opens_cited(lw, after) -> bool:
    """Whether ``after``, the next sentence of the sentence whose words are ``lw``, opens on a
    bracketed citation (once per sentence, however many hedges ask)."""
    return _compiled(*_OPENS_CITED).match(after.text) is not None


# The bracketed citation that closes a quoted block: '... for freedom and socialism."
# [quoted by Abraham Ascher, The Mensheviks in the Russian Revolution, p. 43]'.
_CLOSES_CITED = (r"\[[^\[\]{}]{1,300}?\bpp?\.\s*\d+[^\[\]{}]{0,200}\]$",)
_QUOTE_OPENS = ('"', "\u201c")

BLOCK_QUOTED_EXAMPLES = [
    # (text, the cue, is the lead's quotation a block quote closed by its citation?) for
    # tests/test_check_hedging.py (named61)
    ('As one miller put it:\n\n> "The owners count for nothing in the valley." [The Mill Book, p. 12]', "as one miller put it", True),
    ('As one miller put it:\n\n> "The owners count for nothing in the valley."', "as one miller put it", False),
    ('As one miller put it:\n\n"The owners count for nothing in the valley." [The Mill Book, p. 12]', "as one miller put it", False),
    ('As one miller put it, the owners count for nothing.\n\n> "The weir is old." [The Mill Book, p. 12]', "as one miller put it", False),
    # the writers quote the work as their own evidence; the hedge's holder is not the quoted writer (fix62)
    ('Allegedly the guild\'s finest text, the charter gives us this view of the weir:\n\n> "The weir is old." [The Mill Book, p. 12]',
     "allegedly", False),
]


def block_quotation_cited(lw, doc, sentence) -> bool:
    """Does ``sentence`` end its paragraph on a colon before a block quotation (the next block
    a block quote that opens on a quotation mark and a word) whose last words are the bracketed
    citation of the work quoted: 'As one historian puts it:' then '> "To consider 'State and
    Revolution' as the basic statement ... [Robert V. Daniels, The Conscience of the Revolution,
    pp. 51-2]'? The lead's source is named by the citation of the words it introduces (RULES 2
    and 4: a lead the next line resolves with a citation naming him), as
    :func:`quotation_cited_next` reads a quotation cited at once. HC101 only (named61). Not a
    quotation in the writer's own paragraph, nor a block quote with no citation at its end (a
    user's words quoted in a README are still nobody's), nor (fix62) a lead that does not hand the
    quotation to its writer: no verb of saying or writing, or the first person ("allegedly Lenin's
    most libertarian work, we discover this ... vision": the citation names the work, not who
    alleges it)."""
    return _block_quotation_cited(lw, doc, sentence)


@per_sentence
def _block_quotation_cited(lw, doc, sentence) -> bool:
    """(once per sentence, however many hedges ask)"""
    block = sentence.block
    if not block.prose[sentence.start : sentence.end].rstrip().endswith(":"):
        return False
    k = sentence.index + 1
    sentences = doc.sentences
    if k >= len(sentences):
        return False
    after = sentences[k]
    quote = after.block
    if quote is block or "blockquote" not in quote.containers:
        return False  # the colon does not end the paragraph, or no block quote follows
    head = quote.prose[after.start : after.start + 2]
    if len(head) < 2 or head[0] not in _QUOTE_OPENS or not head[1].isalpha():
        return False
    tail = quote.prose[-600:].rstrip()[-420:]
    if _compiled(*_CLOSES_CITED).search(tail) is None:
        return False
    return _lead_gives_words(lw)


# The lead hands the quotation to its writer (fix62): a verb of saying or writing ("As one
# historian puts it:", "As one group ... noted:", "when he expressed his impatience ...:", "It was
# admitted as much by a leading capitalist economist ...:"), and no first person ("Even in State
# and Revolution, allegedly Lenin's most libertarian work, we discover this ... vision of
# "socialism":": the writers quote the work as their evidence; who alleges it is not the quoted
# writer, and the citation names the work, not the allegation's holder: twybil H.3.1's hedge).
_GIVES_WORDS = frozenset(
    "put puts putting noted notes wrote writes writing said says argued argues expressed expresses "
    "admitted admits observed observes explained explains stated states remarked remarks summarised "
    "summarized summarises summarizes concluded concludes recalled recalls stressed stresses "
    "declared declares proclaimed proclaims described describes commented comments".split()
)
_FIRST_PERSON = frozenset("i we us our my me".split())


def _lead_gives_words(lw) -> bool:
    """Whether the lead's words ``lw`` hold a verb of saying or writing and no first person."""
    return any(w in _GIVES_WORDS for w in lw) and not any(w in _FIRST_PERSON for w in lw)


def cited_after(lw, sentence, end: int) -> bool:
    """Does ``sentence`` cite a work (a page in brackets, a numbered section, a book by its author)
    after the prose offset ``end`` (where the hedge or the booster ends)?"""
    block = sentence.block
    return _last_citation(lw, block.prose, sentence.start, sentence.end) >= end


# A cross-reference in running text to a section or a chapter of the same work, anywhere in the
# booster's sentence (HC102 only; issue 11, fiftieth session, boostprec50): "In fact, as we argue
# in section H.4, it is Marxism itself which ...", "It is clear that ... defence associations meet
# the criteria of statehood outlined in section B.2", "Obviously, given the anarchist analysis of
# imperialism discussed in section D.5, ...", "As we noted in section B.4.1, Friedman avoids the
# obvious fact that ...", "(recall Chapter 1, ...), and it is undoubtedly one of the most important
# components of PNG". The writer points the reader to the part of the text that argues the claim
# out: a link on the page the text was taken from (the sets' RULES 2 and 5: "the sentence carries
# a link"), and support.cited counts a link wherever it stands in the sentence. The parenthesised
# "(see section I.4.11)" after a hedge or a booster was already a work cited (``_CITED``); this
# reads "see", "in", "recall" or "cf." before "section" or "chapter" and its number or letter in
# the sentence's own words, before the booster too (a section number cites no quotation of the
# sentence before, the reason ``cited_after`` asks for the citation to come after). Not a section
# named as a thing ("explains why section H.2 has so many quotes in it"), not "Appendix" (the
# lexicon's "see the Bibliography in Appendix A": no argument). Over the one hundred and twelve
# development sets, by the same-sentence pairing: 10 wrong findings in nine sets (burnisher,
# clamp, cleat, mitre, rabbet, rivet, router, spokeshave twice, tine), all at info, against 1
# right (cramp's "(although as we discuss in section 2, ...)"), none in chuck, collet or dolly.
# Since the sixty-third session (fix63) an "as" clause names the section without "in" too: "As we
# discussed section H.2.5, anarchists have never thought", "as we discuss section C.8.2", "As
# section I.2.3 shows", "as section C.2.3 indicated" ("as", then "we" and at most four words);
# not "such as section 4 of the Act". Over the one hundred and fifty-one sets it takes out one
# finding, slick's SL101 trap (info), and moves no HC101 or HC102; the raw shape stands in the
# text of seven sets (brace, burr, cramp, shive, slick, snips, scutch), none in the corpus.
_SECTION_REFERENCE = (
    r"\b(?:(?:see(?:\s+also)?|in|recall|cf\.)\s+|(?<!such\s)as\s+(?:we\s+(?:\w+\s+){1,4}?)?)"
    r"(?:the\s+)?(?:section|chapter)\s+(?-i:[A-Z](?:\.\d+)*|\d+(?:\.\d+)*)\b",
    re.I,
)

SECTION_EXAMPLES = [
    # (sentence, the booster, does the sentence refer the reader to a section?) for tests/test_check_hedging.py
    ("In fact, as we argue in section H.4, the mill is the oldest building.", "in fact", True),
    ("As we noted in section B.4.1, the owners avoid the obvious fact that the wheel is broken.", "obvious", True),
    ("The wheel is obviously broken (see Section 3 for the details).", "obviously", True),
    ("This explains why section H.2 has so many quotes, to show what is obvious to anyone.", "obvious", False),
    ("The wheel is doubtless older; see the Bibliography in Appendix A.", "doubtless", False),
    ("The wheel is obviously broken in this section of the river.", "obviously", False),
    ("As we discussed section H.2.5, the owners have obviously never thought of it.", "obviously", True),
    ("As section 3 shows, the wheel is obviously broken.", "obviously", True),
    ("The mill is obviously older than such as section 4 of the Act allows.", "obviously", False),
]


@per_sentence
def _section_referenced(lw, prose: str, start: int, end: int) -> bool:
    """Whether the sentence refers the reader to a section or a chapter (once per sentence)."""
    text = prose[start:end]
    if "ection" not in text and "hapter" not in text and "ECTION" not in text and "HAPTER" not in text:
        return False
    return _compiled(*_SECTION_REFERENCE).search(text) is not None


def refers_to_section(lw, sentence) -> bool:
    """Does ``sentence`` point the reader to a section or a chapter of the text ("as we argue in
    section H.4", "see section D.5.3", "recall Chapter 1")?"""
    return _section_referenced(lw, sentence.block.prose, sentence.start, sentence.end)


# The next sentence of the paragraph quotes a work and cites it (HC102's info findings; issue 11,
# sixtieth session, source60): "Indeed, the capitalist company is a form of central planning. As
# Peter Drucker noted in his history of General Motors, "there is a remarkably close parallel
# ..." [Concept of the Corporation, p. 121]". RULES 2 counts a named source in the next sentence;
# the quotation with its bracketed page is the named source in the plain text of a book of
# argument. Over the one hundred and thirty-nine sets before gib, by the sentence pairing, the
# findings it takes out were wrong 17 times in thirteen sets (10 info, 7 warnings) and right 8
# times in seven (4 info: burr, scribe, spokeshave, sprue; 4 warnings: brayer twice, drawknife,
# shim: the quotation the ground of another point, or the words of the party the claim is about);
# shive 4 wrong, tenter 1 wrong, gib none.
_BRACKETED = (r"\[[^\[\]]*\]",)
# The page citation inside the next sentence is _PAGE_CITED, as elsewhere (200 characters after the
# page; it allowed 60 until the sixty-third session, fix63): over the 151 sets the two read the same,
# no finding moving in the 27 sets that hold a citation with 61 to 200 characters after its first
# page ("pp. 123-36, Reinventing Anarchy, Again, ... (ed.), p. 127]": the pattern reaches its last
# page), none of them in the corpus.
_HOLDS_CITED = (_PAGE_CITED + r"|\[(?:Op|Ibid)\.\s*$",)

QUOTES_CITED_EXAMPLES = [
    # (text, does the sentence after the first quote a work and cite it?) for tests/test_check_hedging.py
    ('The weir is indeed old. As Ada Holt noted, "the weir was there before the mill was built." [The Mill Book, p. 9]', True),
    ('The weir is indeed old. Holt wrote that "the weir was there before the mill was built [The Mill Book, p. 9]."', True),
    ('The weir is indeed old. Holt wrote that "the weir was there before the mill." [Op.', True),
    ('The weir is indeed old. Holt wrote that "the weir was there before the mill."', False),
    ('The weir is indeed old. Holt dates it to 1820 [The Mill Book, p. 9].', False),
    ('The weir is indeed old.\n\n"The weir was there before the mill was built." [The Mill Book, p. 9]', False),
    ('The weir is indeed old. [Ada Holt, "The Weir and the Mill Reconsidered", pp. 9-12]', False),
    # two words in scare quotes are no quotation (a pattern over the text paired the first's
    # closing mark with the second's opening one); marks of two kinds close as the Document reads them
    ('The weir is indeed old. The "weir" was built long before the "mill" [The Mill Book, p. 9].', False),
    ('The weir is indeed old. As Holt noted, \u201cthe weir was there before the mill was built." [The Mill Book, p. 9]', True),
]


#: The quotation's own words, not counting its marks: "a quotation of some length" (a word or a
#: short phrase in quotation marks is a term, not a work quoted).
_QUOTED_MIN = 12


def _quoted_outside_brackets(sentence) -> bool:
    """The sentence holds a quotation of the Document's (``Block.quotations``) in double marks,
    both marks within the sentence, of ``_QUOTED_MIN`` characters or more, and neither mark inside
    a bracket (the quotation outside any bracket: '[Gardiner C. Means, "The Administered-Price
    Thesis Reconfirmed", ..., pp. 292-306]' cites an article by its quoted title and quotes
    nothing). The block's quotations are sorted: the sentence's are found by bisection and read
    once, with the sentence's brackets, in one pass."""
    block = sentence.block
    quotations = block.quotations
    if not quotations:
        return False
    start, end = sentence.start, sentence.end
    prose = block.prose
    i = bisect_left(quotations, (start, start))
    brackets = None
    b = bc = 0
    while i < len(quotations):
        qs, qe = quotations[i]
        i += 1
        if qe > end:
            if qs >= end:
                break
            continue  # runs on past the sentence
        o = qs
        while prose[o] in "*_":
            o += 1  # emphasis taken in around the marks (find_quotations)
        c = qe - 1
        while prose[c] in "*_":
            c -= 1
        if prose[o] not in '"\u201c' or c - o - 1 < _QUOTED_MIN:
            continue  # single marks, or a word or two
        if brackets is None:
            text = prose[start:end]
            brackets = ([(start + m.start(), start + m.end()) for m in _compiled(*_BRACKETED).finditer(text)]
                        if "[" in text else [])
        # The brackets closed before each mark (the marks come in order: each pointer only moves on).
        while b < len(brackets) and brackets[b][1] <= o:
            b += 1
        bc = max(bc, b)
        while bc < len(brackets) and brackets[bc][1] <= c:
            bc += 1
        if (b < len(brackets) and brackets[b][0] <= o) or (bc < len(brackets) and brackets[bc][0] <= c):
            continue  # a mark inside a bracket
        # Its own words are what stands outside the brackets it holds ('"[REGRESSION]"' quotes
        # nothing; '"the weir was built [The Mill Book, p. 9]."' does): each bracket counts as a space.
        if c - o - 1 - sum(be - bs - 1 for bs, be in brackets[b:bc]) < _QUOTED_MIN:
            continue
        return True
    return False


@per_sentence
def _quotes_cited(after, following) -> bool:
    """``after`` holds a quotation of some length, and a bracketed page stands in it or opens
    ``following`` (once per sentence: ``after`` is the memo's key)."""
    if not _quoted_outside_brackets(after):
        return False
    text = after.text
    if "[" in text and _compiled(*_HOLDS_CITED).search(text) is not None:
        return True
    return (following is not None and following.block is after.block
            and _compiled(*_OPENS_CITED).match(following.text) is not None)


def quotes_cited_next(sentence, after, following) -> bool:
    """``after`` (the next sentence of ``sentence``'s block) quotes a work and cites it: a
    quotation of twelve characters or more, and a bracketed page citation in it or opening
    ``following`` (the sentence after it, where the splitter leaves a citation after a closing
    mark and full stop)."""
    if after is None or after.block is not sentence.block:
        return False
    return _quotes_cited(after, following)
