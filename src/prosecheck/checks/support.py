"""Does a sentence carry support for its claim? Shared by the superlatives and hedging checks.

A sentence is *supported* when it holds, anywhere in it:

* a link whose target is not broken: an ``http(s)`` address (a bare URL counts too), an anchor
  that exists in the document, or a local file that exists (relative to the document's folder;
  a path starting with ``/`` relative to the project root). An empty or ``#`` destination, a
  missing file or a missing anchor is no support. Images are not support (a badge is not a source);
* a footnote reference (``[^1]``);
* a citation marker: ``[12]``, ``[3, 4]``, ``(Smith, 2020)``, ``(Smith et al. 2020)``,
  ``Smith (2020)``, or a chapter-and-verse reference (``Hebrews 10:11``, ``1Pe 5:13``;
  ``verse_reference.py``);
* an attribution to a named source: ``according to the 2023 census``, ``the minister said``,
  ``Gartner reports``, ``said Jane Doe``, ``published in Nature``, ``data from Eurostat``.

Vague sources are not support: ``according to experts``, ``critics say``, ``some people think``;
nor is a source speaking of its own: ``Harbor announced that its platform is the fastest``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from prosecheck.lazyre import lazy
from prosecheck.checks.attribution import side
from prosecheck.checks.lexicon import load, norm
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.unnamed_view import unnamed_view
from prosecheck.checks.verse_reference import cites_verse
from prosecheck.checks.word_gaps import between
from prosecheck.checks import reported_view
from prosecheck.sentences import PLACEHOLDER

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]{1,31}):")
_SOURCE_SCHEMES = frozenset({"http", "https", "ftp", "ftps", "doi", "urn", "isbn", "arxiv"})

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?"
_NAME = r"[A-Z][A-Za-z'\u2019\u00C0-\u024F-]+"
# A month or season before a year is a date, not an author: "(December 2001)", "(Spring 1999)".
_NOT_AUTHOR = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
               r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Spring|Summer|Autumn|Fall"
               r"|Winter)\b)")
_CITATION_RE = lazy(
    # [12]  [3, 4]  [2-5]
    r"\[\d{1,3}(?:\s*[,\u2013\u2014-]\s*\d{1,3}){0,8}\]"
    # (Smith, 2020)  (Smith et al. 2020)  (Smith and Lee 2020; Doe 2019)  (see Smith 2020, p. 4)
    r"|\((?:(?:see|cf\.|e\.g\.,?)\s+)?" + _NOT_AUTHOR + _NAME
    + r"(?:\s+(?:et\s+al\.?|and|&)(?:\s+" + _NAME + r")?)?,?\s+" + _YEAR + r"\b"
    # Smith (2020)  Smith et al. (2020)
    r"|\b" + _NOT_AUTHOR + _NAME + r"(?:\s+et\s+al\.?|\s+(?:and|&)\s+" + _NAME + r")?\s+\(" + _YEAR + r"\)"
)

#: Words that make an apparent source vague: "according to experts", "critics said".
VAGUE = frozenset(
    """
    some many most several numerous various certain countless few others other people experts
    critics observers analysts commentators scientists researchers scholars sources insiders
    officials users developers customers fans studies study reports report surveys survey rumours
    rumors rumour rumor pundits skeptics sceptics supporters opponents proponents everyone
    everybody anyone somebody someone they it this that these those one we you i he she
    unnamed anonymous unidentified source official diplomat expert analyst observer insider
    resident witness spokesman spokeswoman spokesperson it's science
    """.split()
) | frozenset(
    # and every one-word group of the weasel list ("economists", "historians", "diplomats"): only
    # a capital makes them look like a name, at a sentence's start ("Economists have said that
    # ..." credits nobody; issue 11, twenty-sixth session)
    entry for entry, category, _ in load("weasel.tsv") if category == "group" and " " not in entry
)
_SPEECH_AFTER_NAME = frozenset(
    """
    said says told tells stated states wrote writes announced announces reported reports
    estimated estimates confirmed confirms found finds concluded concludes noted notes argued
    argues explained explains observed observes showed shows ranked ranks rated rates testified
    published publishes measured measures calculated calculates predicted predicts warned warns
    according
    """.split()
)
_SPEECH_AFTER_THE = frozenset(
    """
    said says told stated states wrote writes announced announces reported reports estimated
    estimates confirmed confirms testified
    """.split()
)
_BETWEEN = frozenset({"also", "has", "have", "had", "recently", "later", "once", "then", "previously"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "this", "those"})
_INDEFINITE = frozenset({"a", "an", "one"})
_BY_VERBS = frozenset(
    """
    published reported measured verified certified ranked rated named awarded audited
    benchmarked confirmed documented cited compiled conducted commissioned
    """.split()
)
_LEADING_MARKS = frozenset(PLACEHOLDER + " *_")
_FROM_NOUNS = frozenset({"data", "figures", "numbers", "statistics", "results", "estimates", "source", "sources"})
#: Capitalised words that begin sentences or name no one.
_NOT_NAMES = frozenset(
    """
    the a an it this that these those they we i you he she some many most several critics experts
    people users developers studies research reports sources observers analysts officials
    scientists researchers everyone everybody nobody someone somebody others one our its their
    his her there here what which who when if then also however but and or so yet
    """.split()
)


#: Words before a speech verb that cannot be its subject: "there were no reported injuries".
_NOT_SUBJECTS = frozenset("no not were was is are be been being never".split())


def _is_name(text: str) -> bool:
    """A proper name or a figure: ``Gartner``, ``NASA``, ``2023``."""
    if not text:
        return False
    if text[0].isdigit():
        return True
    if text[0].isupper() and text[1:].islower() and ly_adverb(norm(text), 0):
        return False  # "Clearly shows", "Reportedly said": a sentence-initial adverb
    if len(text) > 1 and text.isupper():
        return True
    return text[0].isupper() and norm(text) not in _NOT_NAMES


def _name_at(words: list[str], k: int) -> bool:
    """:func:`_is_name` of the word at ``k`` of a sentence, where a capital inside the sentence
    also makes a word ending in "ly" a name: only the first word is capitalised as an adverb
    ("Clearly shows"), and "Wired Italy reports that", "according to Kelly" name a source
    (issue 11, thirty-second session: an outlet whose name ends so was read as no name)."""
    text = words[k]
    if _is_name(text):
        return True
    return k > 0 and text[0].isupper() and text[1:].islower() and ly_adverb(norm(text), 0) \
        and norm(text) not in _NOT_NAMES


#: One person speaking for a body's office ("A Du Pont spokesman said", "an Acme spokeswoman
#: told reporters"): named by the body before the noun, as "a spokesman for Du Pont" is by the
#: name after it (news-dev RULES: "a named institution speaking through its office, its officers
#: or its spokesperson"; auger-docs S13: "An army spokesman said").
_OFFICE_VOICES = frozenset("spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople".split())


#: Words that make a linked sentence the evidence for the claim before it.
_EVIDENCE = frozenset(
    "benchmark benchmarks benchmarked measurement measurements measured survey surveys study "
    "studies comparison comparisons results see".split()
)


class Support:
    """Answers :meth:`supported` for the sentences of one document (state is built lazily)."""

    def __init__(self, doc, context=None):
        self.doc = doc
        self.context = context
        self._marks: Optional[dict] = None
        self._dest_cache: dict[str, bool] = {}
        # named() of each sentence, asked once per trigger word: a sentence of thousands of words
        # (a paragraph with no full stop) made the checks quadratic in its length
        self._named_cache: dict[tuple, bool] = {}
        # the citation search of each sentence, asked once per trigger word likewise
        self._citation_cache: dict[int, bool] = {}
        self._view_cache: dict[int, tuple] = {}  # in_named_view's words of each sentence
        self._link_starts: dict[int, list] = {}  # linked(): where each block's links start, sorted

    @classmethod
    def for_context(cls, doc, context) -> "Support":
        return cls(doc, context)

    # --- links, footnotes, bare URLs ----------------------------------------------------------
    def link_is_support(self, destination: str) -> bool:
        """True when a link to ``destination`` is not broken, by the links check's own rules."""
        cached = self._dest_cache.get(destination)
        if cached is None:
            cached = self._dest_cache[destination] = self._resolve(destination)
        return cached

    def _resolve(self, destination: str) -> bool:
        from prosecheck.checks.links import is_broken

        d = destination.strip()
        m = _SCHEME_RE.match(d)
        if m and m.group(1).lower() not in _SOURCE_SCHEMES:
            return False  # mailto:, tel:, javascript: name no source
        return not is_broken(self.doc, d, self.context)

    def _index_blocks(self) -> None:
        """The document's links and footnote references by block, once (for ``_block_marks`` and
        ``linked``)."""
        self._marks = {}
        self._links: dict[int, list] = {}
        for link in self.doc.links:
            if link.kind == "link" and link.block is not None:
                self._links.setdefault(id(link.block), []).append(link)
        self._notes: dict[int, list[int]] = {}
        for ref in self.doc.footnote_refs:
            self._notes.setdefault(id(ref.block), []).append(ref.prose_offset)

    def _block_marks(self, block) -> list:
        """Where in ``block.prose`` its sources are (working links, footnote references, bare
        URLs), sorted. Made per block when first asked: a link is resolved (``is_broken``) only
        when a sentence of its block needs support, not for every link of the document."""
        if self._marks is None:
            self._index_blocks()
        key = id(block)
        positions = self._marks.get(key)
        if positions is not None:
            return positions
        positions = [link.prose_start for link in self._links.get(key, ())
                     if self.link_is_support(link.destination)]
        positions += self._notes.get(key, ())
        prose = block.prose
        start = prose.find(PLACEHOLDER)
        if start >= 0:
            text = self.doc.text
            while start >= 0:
                src = block.source_offset(start)
                head = text[src : src + 8].lower()
                if head.startswith(("http://", "https://", "www.")):
                    positions.append(start)
                start = prose.find(PLACEHOLDER, start + 1)
        positions.sort()
        self._marks[key] = positions
        return positions

    def _has_mark(self, sentence) -> bool:
        positions = self._block_marks(sentence.block)
        if not positions:
            return False
        # A sentence opening with inline code starts after it ("[`swc`](https://...) is a
        # compiler"): the link around that code is still the sentence's.
        start, prose = sentence.start, sentence.block.prose
        while start > 0 and prose[start - 1] in _LEADING_MARKS:
            start -= 1
        i = bisect_left(positions, start)
        return i < len(positions) and positions[i] <= sentence.end

    def linked(self, sentence) -> bool:
        """A link of any kind in ``sentence``, working or not (an event called to witness: the
        FAQ's links to its own sections, which do not resolve in a single page, are its account
        of the event; passive61). The block's link starts are sorted once and bisected: asked once
        per finding, a scan of them made a paragraph of many links and many findings quadratic."""
        if self._marks is None:
            self._index_blocks()
        key = id(sentence.block)
        starts = self._link_starts.get(key)
        if starts is None:
            starts = self._link_starts[key] = sorted(link.prose_start for link in self._links.get(key, ()))
        i = bisect_left(starts, sentence.start)
        return i < len(starts) and starts[i] <= sentence.end

    # --- the whole test -----------------------------------------------------------------------
    def supported(self, sentence) -> bool:
        """True when ``sentence`` carries a source of any kind named in the module docstring."""
        return self.cited(sentence) or self.named(sentence)

    def cited(self, sentence) -> bool:
        """A working link, a bare URL, a footnote or a citation marker in ``sentence``."""
        if self._has_mark(sentence):
            return True
        cached = self._citation_cache.get(sentence.index)
        if cached is None:
            text = sentence.text
            cached = ((("[" in text or "(" in text) and _CITATION_RE.search(text) is not None)
                      # a chapter-and-verse reference (``Hebrews 10:11``) is a commentary's
                      # citation marker (prec66, verse_reference.py)
                      or cites_verse(text))
            self._citation_cache[sentence.index] = cached
        return cached

    def next_sentence(self, sentence):
        """The sentence after ``sentence`` in the document, or None."""
        sentences = self.doc.sentences
        k = sentence.index + 1
        return sentences[k] if 0 < k < len(sentences) and sentences[k - 1] == sentence else None

    def cited_next(self, sentence) -> bool:
        """The next sentence of the same paragraph carries a link or a citation: "In fact, it is
        one of the best performing solutions. See the [benchmarks](...)."; a claim whose
        evidence follows at once is supported (an earlier sentence never counts)."""
        after = self.next_sentence(sentence)
        if after is None or after.block is not sentence.block or not self.cited(after):
            return False
        # Only a sentence that offers its link as the evidence: a parenthesis that continues the
        # claim ("(Read more about its performance)") or one that names a measurement ("See the
        # benchmarks"); not "It is correct according to RFC 4180", which backs another claim.
        if after.text.lstrip().startswith("("):
            return True
        return any(norm(w.text) in _EVIDENCE for w in after.words)

    def _view_words(self, sentence) -> tuple:
        """The sentence's word texts and breaks (indexes of words preceded by punctuation), made
        once per sentence (per-call state): made per superlative, a sentence of thousands of them
        was quadratic."""
        cached = self._view_cache.get(sentence.index)
        if cached is None:
            ws = sentence.words
            prose = sentence.block.prose
            breaks = {i for i in range(1, len(ws)) if prose[ws[i - 1].end : ws[i].start].strip()}
            cached = self._view_cache[sentence.index] = ([w.text for w in ws], breaks)
        return cached

    def in_named_view(self, sentence, a: int, lw: list) -> bool:
        """The word ``a`` of ``sentence`` (its index in the sentence) is inside a view the
        sentence hands to a named party (:func:`in_named_view`); ``lw``: the sentence's normalised
        words, which the caller has (``lexicon.norm_words``)."""
        texts, breaks = self._view_words(sentence)
        return in_named_view(texts, breaks, a, lw)

    def unnamed_view(self, sentence, a: int, lw: list):
        """Whether the word ``a`` of ``sentence`` is inside a view handed to unnamed people, and
        how ("group": "Many believe that ...", "passive": "is considered"; None):
        :func:`unnamed_view.unnamed_view`."""
        return unnamed_view(lw, self._view_words(sentence)[1], a)

    def others_view(self, sentence, a: int, lw: list) -> bool:
        """Whether the word ``a`` of ``sentence`` is inside a view handed to a third party the
        sentence points back to ("Most of them believe that ..."): :func:`reported_view.others_view`."""
        ws, prose = sentence.words, sentence.block.prose
        return reported_view.others_view(lw, self._view_words(sentence)[1], a,
                                         lambda k: between(ws, prose, k - 1, k))

    def named(self, sentence, opening: int = 0, asides: bool = False) -> bool:
        """``sentence`` credits what it says to a named source ("the minister said"); with
        ``opening``, only a source named in its first ``opening`` words counts (the sentence after
        a lead: "A spokesman told Army Radio ..."); with ``asides``, also a source set off from
        its verb by a short aside ("Chirac, meanwhile, said": SL101's rankings only, since
        slprec49; the hedges' leads take "Hoffer, for example, said" for an example of the
        group they leave unnamed, not its source)."""
        if sentence.quoted:
            return False
        key = (sentence.index, opening, asides)
        cached = self._named_cache.get(key)
        if cached is None:
            ws = sentence.words
            if opening:
                ws = ws[:opening]
            cached = self._named_cache[key] = names_a_source([w.text for w in ws], _breaks(ws, sentence.block.prose), asides)
        return cached

    def named_past(self, sentence, spans) -> bool:
        """``named`` with the words of ``spans`` (first, last) read in lower case: "cited by a
        Pittsburgh psychologist" names no source when its place is set aside (issue 11,
        forty-ninth session, hcrec49: holdfast-docs). The caller asks once per sentence."""
        if sentence.quoted:
            return False
        ws = sentence.words
        inside = bytearray(len(ws))
        for a, b in spans:
            inside[a : b + 1] = b"\x01" * (b + 1 - a)
        texts = [w.text.lower() if inside[i] else w.text for i, w in enumerate(ws)]
        return names_a_source(texts, _breaks(ws, sentence.block.prose))

    def named_outside(self, sentence, spans) -> bool:
        """``named`` with the words of ``spans`` (first, last) left out: "The mill was, as has often
        been said, the oldest" reads "The mill ... said" as a named speaker, where the aside's
        "said" has no subject at all (passive61, as_held). The caller asks once per sentence."""
        if sentence.quoted:
            return False
        ws = sentence.words
        inside = bytearray(len(ws))
        for a, b in spans:
            inside[a : b + 1] = b"\x01" * (b + 1 - a)
        kept = [w for i, w in enumerate(ws) if not inside[i]]
        return names_a_source([w.text for w in kept], _breaks(kept, sentence.block.prose))


def _breaks(ws, prose: str) -> set:
    """The indexes of the words ``ws`` that punctuation parts from the word before ("the job,
    says": no subject before "says"), as ``names_a_source`` takes them."""
    return {i for i in range(1, len(ws)) if prose[ws[i - 1].end : ws[i].start].strip()}


def names_a_source(words: list[str], breaks: frozenset = frozenset(), asides: bool = False) -> bool:
    """True when the words attribute the sentence to a named source (see the module docstring).

    ``breaks`` holds the indexes of words preceded by punctuation: "the job, says" has no subject.
    """
    lw = [norm(w) for w in words]
    n = len(lw)
    for i, w in enumerate(lw):
        if w == "according" and i + 1 < n and lw[i + 1] == "to":
            if _named_after(words, lw, i + 2):
                return True
        elif w == "estimated" and i > 0 and lw[i - 1] in _INDEFINITE | {"the"}:
            continue  # "an estimated 6,500", "the estimated 1,800,000": an adjective, no verb (its figure no source)
        elif w in _SPEECH_AFTER_NAME and i + 1 < n and lw[i + 1] in _VERBS_AFTER and i + 1 not in breaks:
            continue  # a noun before its verb, not a verb of saying: "the Debian ranks is expected to know"
        elif w in _SPEECH_AFTER_NAME and i > 0 and words[i][:1].isupper():
            # A capital inside the sentence is no verb: "the United States has exploded" (a capital
            # after a name is part of the name: issue 11, thirteenth session, it hid claims in six
            # sets), and since fix62 after any word, "the slaveholding States which", "within the
            # loyal States", "the respective States of all the officers": no source named
            continue
        elif w in _SPEECH_AFTER_NAME:
            if (i not in breaks and _named_before(words, lw, i, breaks)) or (asides and _named_past_aside(words, lw, i, breaks)):
                if _about_itself(lw, i):
                    continue  # nor is "said Harbor" in "Harbor said Harbor is ..." a source
                return True
            if w in ("told", "tells") and i + 1 < n and _is_name(words[i + 1]) and lw[i + 1] not in VAGUE:
                return True  # "told Army Radio", "told Reuters": the outlet that reported it
            # inverted: '..., said Jane Doe' / 'says Gartner' / 'said the minister'
            if i + 1 < n and w not in ("according",) and _closes(i, n, breaks, lw):
                nxt = words[i + 1]
                if _name_at(words, i + 1) and lw[i + 1] not in VAGUE:
                    return True
                if lw[i + 1] == "the" and i + 2 < n and lw[i + 2] not in VAGUE and w in _SPEECH_AFTER_THE:
                    return True
        elif w == "in" and i + 2 < n and lw[i + 2] in _VIEW_NOUNS and (
            lw[i + 1] in _THIRD_PERSON or (lw[i + 1].endswith("'s") and _is_name(words[i + 1]))
        ):
            return True  # "In her view the plan will fail", "in Hoenig's opinion": a view credited
        elif w == "in" and _in_the_words_of(words, lw, i):
            return True  # "in the words of Noam Chomsky, ...": the words credited to a name (source60)
        elif w == "in" and _view_of_full_name(words, lw, i):
            return True  # "In Senator Joseph McCarthy's phrase, ...": the name in more than one word (slprec49)
        elif w in ("by", "in") and i > 0 and lw[i - 1] in _BY_VERBS:
            if _named_after(words, lw, i + 1):
                return True
        elif w == "from" and i > 0 and lw[i - 1] in _FROM_NOUNS:
            if _named_after(words, lw, i + 1):
                return True
    return False


# Finite verbs that, after "says the plant", show a reported clause, not an inverted speaker:
# "must", "shall" and the negated forms too ("says the plant must close" reported what was said
# and was read as "said the minister", a named source, until fix24).
_VERBS_AFTER = frozenset(
    "had has have was were is are would will could should can may might did do does must shall "
    "won't can't cannot couldn't wouldn't shouldn't mustn't didn't doesn't don't isn't aren't "
    "wasn't weren't hasn't haven't hadn't".split()
)


# ("phrase" since slprec49: "In Senator Joseph McCarthy's phrase, it was the most unheard-of thing")
_VIEW_NOUNS = frozenset("view opinion estimation judgment judgement words phrase mind eyes assessment".split())
_THIRD_PERSON = frozenset({"his", "her", "their"})


def _in_the_words_of(words: list[str], lw: list[str], i: int) -> bool:
    """"in" at ``i``, then "the words of" and a name: "in the words of Noam Chomsky", "In the
    words of E.P. Thompson". The words that follow are credited to the person named, as "in
    Hoenig's words" credits them (RULES 2). Not a person known by role or number ("in the words of
    one American historian", "in the words of a leading French syndicalist": HC101's unnamed
    sources, positives in froe, wedge and crimp), nor "the"/"his" + a noun ("in the words of the
    ambassador": a role)."""
    k = i + 4
    if k >= len(lw) or lw[i + 1 : k] != ["the", "words", "of"]:
        return False
    return _name_at(words, k) and lw[k] not in VAGUE and lw[k] not in _DETERMINERS


def _view_of_full_name(words: list[str], lw: list[str], i: int) -> bool:
    """"in" at ``i``, then a name of two to four capitalised words whose last is a possessive, then
    a noun of view: "In Senator Joseph McCarthy's phrase", "in Justice Owen's view". Reads at most
    five words after ``i``."""
    n = len(lw)
    for k in range(i + 2, min(n - 1, i + 5)):
        if not words[k][:1].isupper():
            return False
        if lw[k].endswith(("'s", "\u2019s")):
            return lw[k + 1] in _VIEW_NOUNS and all(words[m][:1].isupper() for m in range(i + 1, k))
    return False


def _closes(i: int, n: int, breaks, lw) -> bool:
    """The words after the verb at ``i`` end the clause within five words ("..., said Jane Doe."),
    so they name who spoke; "said Duncan showed no symptoms" and "said the talks had stalled"
    report what was said."""
    for k in range(i + 2, i + 7):
        if k == n or k in breaks:
            return True
        if lw[k] in _VERBS_AFTER or (lw[k].endswith("ed") and len(lw[k]) > 4):
            return False
    return False


def _named_after(words: list[str], lw: list[str], j: int) -> bool:
    """Does a named source start at ``j``? ("the 2023 census", "Reuters", "a 2021 Pew survey")."""
    n = len(lw)
    if j >= n:
        return False
    first = lw[j]
    window = range(j + 1, min(n, j + 5))
    if first not in _DETERMINERS and first in VAGUE:
        return False
    if _name_at(words, j) and first not in _DETERMINERS:
        return True
    if first in _DETERMINERS:
        if any(_name_at(words, k) for k in window):
            return True
        for k in window:
            if lw[k] in VAGUE:
                return False
        return True
    if first in _INDEFINITE or first in ("recent", "new", "independent", "official"):
        return any(_name_at(words, k) and lw[k] not in VAGUE for k in window)
    return False


_SELF = frozenset({"its", "their", "his", "her", "our"})


def _about_itself(lw: list[str], i: int) -> bool:
    """"Harbor announced that its platform is the fastest": a source vouching for its own product
    supports nothing. The claim must open right after the verb (and "that") with a possessive or
    with the source's own name."""
    j = i + 1
    if j < len(lw) and lw[j] == "that":
        j += 1
    if j >= len(lw):
        return False
    k = _subject_index(lw, i)
    return lw[j] in _SELF or (k >= 0 and lw[j] == lw[k])


def _subject_index(lw: list[str], i: int) -> int:
    """The word before the speech verb at ``i``, past "also", "has", "recently"...; -1 if none."""
    j = i - 1
    while j >= 0 and lw[j] in _BETWEEN:
        j -= 1
    return j


#: The most words an aside between a source and its verb may hold ("Chirac, meanwhile, said").
_ASIDE_WORDS = 3


def _named_past_aside(words: list[str], lw: list[str], i: int, breaks=frozenset()) -> bool:
    """Is the subject of the speech verb at ``i`` a name set off from it by a short aside between
    commas? "President Chirac, meanwhile, said Mr Arafat remains the only partner", "Eric Hoffer,
    for example, once said that ..." (issue 11, forty-ninth session, slprec49: drill-docs' and
    pincer-docs' traps, RULES 1, whose source ``_named_before`` missed for the commas). The aside
    is lower-case words only (an adverb or a linking phrase, not a second name: "Smith, Jones and
    Lee said" is a list), and reads at most ``_ASIDE_WORDS`` words back: no scan."""
    j = _subject_index(lw, i)
    verb = j + 1  # the first word of the verb group ("once said", "said")
    if j < 1 or verb not in breaks:
        return False
    for p in range(j, max(0, j - _ASIDE_WORDS), -1):
        if not words[p][:1].islower():
            return False
        if p in breaks:
            subject = p - 1
            return (subject >= 0 and _name_at(words, subject) and lw[subject] not in VAGUE
                    and lw[subject] not in _NOT_SUBJECTS)
    return False


def _named_before(words: list[str], lw: list[str], i: int, breaks=frozenset()) -> bool:
    """Is the subject of the speech verb at ``i`` a named source? ("Gartner", "the minister")."""
    j = _subject_index(lw, i)
    if j < 0:
        return False
    subject = lw[j]
    if subject in _OFFICE_VOICES and j > 0 and j not in breaks and lw[j - 1] not in VAGUE \
            and _name_at(words, j - 1) and not side(words[j - 1]):
        return True  # "A Du Pont spokesman said": the body's office speaking; not a side's ("An Israeli spokesman", S13)
    if subject in VAGUE or subject in _NOT_SUBJECTS:
        return False
    if _name_at(words, j):
        return True
    if lw[i] in _SPEECH_AFTER_THE:
        # "the minister said", "the finance ministry said", "its spokesperson said"
        for k in (j - 1, j - 2):
            if k < 0 or k + 1 in breaks:
                break
            if lw[k] in _DETERMINERS and lw[k] not in ("this", "these", "those"):
                return True
    return False


# --- a ranking inside a named party's view (issue 11, sixteenth session) ----------------------
# Verbs by which a party holds a view of something: "which Sol Hurok ... considers the finest
# house of its kind", "the ISD, which sees the issue as more relevant than ever".
_VIEW_VERBS = frozenset(
    "considers considered deems deemed thinks thought believes believed calls called sees saw "
    "regards regarded".split()
)
# Verbs that hold a view only with "as" before the ranking: "sees the issue as more relevant".
_AS_VIEW_VERBS = frozenset("sees saw regards regarded".split())
# A person of a story named by kinship: "his son, who was ill, thought he was the greatest man".
_KIN = frozenset("son daughter wife husband father mother brother sister friend".split())
_VIEW_REACH = 10


def _holder_named(words, lw, breaks, j: int) -> bool:
    """Is the word at ``j`` (the word before a view verb) a named holder: a name ("Hurok"), "which"
    or "who" right after a name ("(ISD), which"), or the end of an apposition set off after a name
    or a kin noun ("Sol Hurok, ballet booker extraordinary,", "his son, who was ill,")?"""
    if j < 0:
        return False
    if lw[j] not in VAGUE and _is_name(words[j]) and j > 0 and lw[j - 1] not in _DETERMINERS:
        return True  # "Sol Hurok considers"; not "The Company believes" (the writer's firm, perhaps)
    if lw[j] in ("which", "who") and j > 0 and lw[j - 1] not in VAGUE and _is_name(words[j - 1]):
        return True
    if j + 1 in breaks:
        for k in range(j, max(0, j - 7), -1):
            if k in breaks:
                head = k - 1
                if head >= 0 and lw[head] not in VAGUE and (
                    _is_name(words[head]) or (lw[head] in _KIN and head > 0 and lw[head - 1] in _SELF)
                ):
                    return True
                return False
    return False


def in_named_view(words: list[str], breaks, a: int, lw: Optional[list] = None) -> bool:
    """The word at ``a`` (a superlative) stands inside a view the sentence hands to a named party:
    a verb of holding a view ("considers", "sees ... as", "calls", "thought") within ten words
    before it, whose subject is a name or a person the story names (RULES 1). Not "is considered"
    (no name before it: the view of nobody in particular, HC101's), nor "we consider".
    ``lw``: the words' norms, when the caller has them."""
    if lw is None:
        lw = [norm(w) for w in words]
    for v in range(a - 1, max(0, a - _VIEW_REACH) - 1, -1):
        if lw[v] == "but" or (v in breaks and lw[v] == "and"):
            return False  # "..., and the critics think": another clause, another holder
        if lw[v] not in _VIEW_VERBS:
            continue
        if lw[v] in _AS_VIEW_VERBS and "as" not in lw[v + 1 : a]:
            return False
        j = v - 1
        while j >= 0 and lw[j] in ("also", "still", "now", "once", "has", "have", "had"):
            j -= 1
        k = v + 2 if v + 1 < len(lw) and lw[v + 1] == "that" else v + 1
        if k < len(lw) and lw[k] in ("it", "it's", "its", "itself"):
            return False  # "X believes that it is the fastest": a party vouching for itself
        return _holder_named(words, lw, breaks, j) and not (v in breaks and lw[j] in VAGUE)
    return False
