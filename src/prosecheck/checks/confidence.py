"""How sure is a language finding? Tests shared by SL101, SL102, HC101 and HC102.

Two kinds of answer:

* **not a claim at all** (the finding is dropped): a superlative or a booster inside a
  condition ("if something definitely has not changed", "even if you use the best PRNG in the
  world") states a hypothesis, not the writer's claim; one that a modal or an infinitive governs
  ("to provide the best developer experience", "would be the best") states an aim, a promise or
  a piece of advice (RULES-ADDENDUM A4, A5, A9).
* **a claim that is right only sometimes** (the finding is kept at ``info``): the classes each
  check lists beside its own findings. ``info`` does not fail a run unless ``--fail-on info``.

Everything here reads the words of one sentence (normalised, as the checks hold them) and the
Document's links; nothing parses Markdown.
"""

from __future__ import annotations

from bisect import bisect_left
from weakref import WeakKeyDictionary

from prosecheck.checks import inverted_condition
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import clause_marks, per_sentence

#: The severity of a finding whose class is right only sometimes.
INFO = "info"

# Words that open a condition: a claim inside one is a hypothesis.
_CONDITIONS = frozenset({"if", "unless", "whether", "when", "whenever"})
# More words that open a case supposed, read only for a fact "known" to nobody (HC101, known_to:
# "Once the input is known to be sorted, ...", "where it is known to fail", "provided it is known
# that"). Not for SL101 and HC102: "once the largest city" (formerly), "the one country where it is
# the largest" (a place named) are claims.
_KNOWN_CONDITIONS = _CONDITIONS | frozenset("once until provided assuming suppose where wherever".split())
# Marks that end a clause (sentence_memo.CLAUSE_MARKS, read by clause_marks): a condition before
# one of them does not reach past it ("If you need speed, Harbor is the fastest": the claim is in
# the main clause).
# Words that make the next verb an infinitive or a modal construction: an aim, a promise, advice.
_AIM_MARKERS = frozenset({"to", "can", "could", "would", "should", "might", "may", "must"})


def hypothetical(words, lw, prose: str, a: int, known: bool = False) -> bool:
    """Word ``a`` lies in a condition opened earlier in its clause: "when an instance is
    definitely in the tree", "unless the request clearly needs", "even if you use the best"; not
    a "when" clause that tells a time (:func:`tells_time`). With ``known`` (known_to's "is known
    to", "It is known that") the wider words open one too: "once", "until", "provided", "where"."""
    # The nearest condition word before ``a`` opens a condition that reaches ``a`` unless a
    # clause mark stands after it (a mark right after the word itself ends it too).
    conditions, marks, told, wider = _condition_marks(lw, words, prose)
    if inverted_condition.in_consequence(lw, words, prose, a):
        return True  # "Had any such attempt been made, the judiciary would doubtless have afforded" (fixes43)
    if known:
        conditions = wider
    c = bisect_left(conditions, a)
    if c == 0 or conditions[c - 1] in told:
        return False  # no condition before, or the nearest is a "when" that tells a time
    m = bisect_left(marks, a)
    return m == 0 or marks[m - 1] < conditions[c - 1]


# Once per sentence (sentence_memo.per_sentence): each trigger of a sentence of thousands of words
# with no clause mark (a paragraph with no full stop) looking back to the sentence's start for a
# condition made SL and HC quadratic.
@per_sentence
def _condition_marks(lw, words, prose: str) -> tuple:
    """The indexes of the sentence's condition words, of the words a clause mark follows, (a
    set) of the "when" words among the conditions that tell a time: such a "when" opens no
    condition, and it ends one opened before it ("when it is the best and when Acme opened the
    largest mill": the second clause is a time told), and the indexes of the wider words of
    ``_KNOWN_CONDITIONS``."""
    wider = [k for k, w in enumerate(lw) if w in _KNOWN_CONDITIONS]
    conditions = [k for k in wider if lw[k] in _CONDITIONS]
    inverted = inverted_condition.openers(lw, words, prose)  # "Had X been the only force, ..." (fixes43)
    if inverted:
        wider = sorted(wider + inverted)
        conditions = sorted(conditions + inverted)
    marks = []
    told = frozenset()
    if wider:
        marks = clause_marks(lw, words, prose)
        if _WHEN in lw:
            told = _times_told(lw, conditions, marks)
    return conditions, marks, told, wider


# A "when" clause that tells WHEN something happened is no condition: the claim in it, or in the
# clause it dates, is asserted ("The army was disbanded in 1946, when it was the largest in the
# world", "In 1990, when the plant was certainly the biggest in the state, ..."). Issue 11,
# thirty-fourth session (miss34; the thirty-third session's change, rebuilt). A clause tells a time
# when its first verb is in the past tense ("ended", "was", "opened"), or when a year or a noun of
# time stands right before "when" ("in 1990, when", "the day when", "at a time when"). A present
# "when" supposes a case and stays a condition ("when it is the best fit, use it"), as "whenever"
# (a habit) does.
_WHEN = "when"
# Nouns of time that a "when" clause dates: "the day when", "at a time when", "in May, when". Not
# "times" ("there are times when it is the best choice": a kind of case, not a time).
_TIME_NOUNS = frozenset(
    "day days night morning evening afternoon week month year time moment hour era age period decade "
    "century season summer winter spring autumn january february march april may june july august "
    "september october november december".split())
# The past of "be", "have" and "do" (and their negatives): a past wherever it stands.
_PAST_AUXILIARIES = frozenset("was were had did wasn't weren't hadn't didn't".split())
# Common irregular pasts, read as a word in -ed is (most are participles too: "when built with
# the fastest compiler", "when it is made"). Not "left" or "rose", nouns as often.
_IRREGULAR_PASTS = frozenset(
    "became began brought built came caught chose drove fell felt fought found gave got grew heard held "
    "knew led lost made met ran said sank saw sent shook sold spoke stood struck swore taught "
    "thought told took understood went won wore wrote".split())
# The clause's first verb decides: a present or a modal first ("when it is clear that it was
# wrong", "when it would be the best") supposes a case, whatever past follows in the clause. The
# reach keeps a run-on sentence's far clauses out ("when it opens and ... the town grew").
_PRESENT_FORMS = frozenset(
    "is are am isn't aren't has have hasn't haven't does do doesn't don't will won't can can't cannot "
    "would wouldn't could couldn't shall should shouldn't may might must".split())
_TIME_REACH = 12
# Words in -ed that are no past tense: nouns, adjectives, "indeed" ("-eed": "need", "speed").
_NOT_PAST_ED = frozenset("hundred sacred naked wicked kindred hatred wretched beloved rugged ragged crooked".split())
# Before a word in -ed, these make it a participle or an adjective, not a past: a form of "be" or
# "have" ("when it is released", "when you have installed it"), "get" ("when it gets compiled"),
# a determiner ("when the advanced users ...").
_NOT_PAST_BEFORE = frozenset(
    "is are be been being am have has having get gets getting the a an this that these those its their "
    "our your my his her any some every each more most".split())
# Words after which an -ed word opens a clause with no subject, a participle: "when compared with
# the fastest", "when properly configured" (the adverbs in -ly are skipped).
_PARTICIPLE_LEADS = frozenset("when whenever if unless once while until though although".split())


def past_verb(lw, k: int) -> bool:
    """``lw[k]`` is a verb in the past tense: a past form of "be", "have", "do", or an irregular
    past of the list or a word in -ed with a subject before it (not "when compared", "when built",
    "is released"). The one test of a past for :func:`tells_time` (SL101, HC102) and for
    HC101's premises (``unasserted._premise_end``: "When sources revealed the plan, ...")."""
    w = lw[k]
    if w in _PAST_AUXILIARIES:
        return True
    if w not in _IRREGULAR_PASTS and (len(w) <= 4 or not w.endswith("ed") or w.endswith("eed")
                                      or w in _NOT_PAST_ED or not w.isalpha()):
        return False
    j = k - 1
    while j >= 0 and ly_adverb(lw[j], 4):
        j -= 1  # "when properly configured", "when it was quickly adopted"
    return j >= 0 and lw[j] not in _NOT_PAST_BEFORE and lw[j] not in _PARTICIPLE_LEADS


def _year(w: str) -> bool:
    """A year ("1945") or a decade ("1990s")."""
    if w.endswith("s"):
        w = w[:-1]
    return len(w) == 4 and w.isdigit() and w[0] in "12"


def _times_told(lw, conditions: list, marks: list) -> set:
    """The indexes of the "when" words among ``conditions`` whose clause tells a time: a year or a
    noun of time right before, or a clause whose first verb is a past (up to the next clause mark,
    within ``_TIME_REACH`` words). The verbs are found once per sentence and looked up by
    bisection: a sentence of thousands of "when" with no mark stays linear."""
    verbs = None
    told = set()
    for c in conditions:
        if lw[c] != _WHEN:
            continue
        if c > 0 and (lw[c - 1] in _TIME_NOUNS or _year(lw[c - 1])):
            told.add(c)
            continue
        if verbs is None:
            # the index of each past verb and of each present or modal form, in order
            verbs = [k for k in range(1, len(lw)) if lw[k] in _PRESENT_FORMS or past_verb(lw, k)]
        m = bisect_left(marks, c + 1)
        end = min(marks[m] if m < len(marks) else len(lw) - 1, c + _TIME_REACH)  # the clause's last word read
        v = bisect_left(verbs, c + 1)
        if v < len(verbs) and verbs[v] <= end and lw[verbs[v]] not in _PRESENT_FORMS:
            told.add(c)
    return told


#: (sentence, does its first "when" tell a time?) for tests/test_check_superlatives.py
WHEN_EXAMPLES = [
    ("When the war ended in 1945, it was the largest army in the world.", True),
    ("In 1990, when the plant opened, it was certainly the biggest.", True),
    ("The mill was founded at a time when steel is scarce.", True),
    ("The harbour froze in the year when the mill closed.", True),
    ("When it was quickly adopted, the format became the standard.", True),
    ("When it is the best fit, use it.", False),
    ("When compared with the fastest parsers, it holds up.", False),
    ("When built with the newest compiler, it is the fastest.", False),
    ("When properly configured, it is the fastest.", False),
    ("When you have installed it, it is the fastest.", False),
    ("When the data is cached, it is the fastest.", False),
    ("When the speed matters, it is the best choice.", False),
    ("There are times when it is the best option.", False),
    ("When it is clear that the plan was wrong, it is the best course to stop.", False),
]


def tells_time(lw, words, prose: str, c: int) -> bool:
    """The "when" at ``c`` opens a clause that tells a time, not a condition: "When the war ended
    in 1945, ...", "in 1990, when the plant opened", "at a time when". A present clause ("when it
    is the best fit") supposes a case."""
    return lw[c] == _WHEN and c in _condition_marks(lw, words, prose)[2]


def governed_by_aim(lw, a: int) -> bool:
    """The phrase at ``a`` is what a modal or an infinitive aims at: "aims to provide the best
    developer experience", "so it can provide the best", "would be the best", "in order to have
    the most reliable I/O", "to be blazing fast". Adverbs between are skipped ("to really be")."""
    p = a - 1
    if p >= 1 and lw[p] == "the" and lw[a] != "the":
        p -= 1  # "must be the best in the world": a phrase found after its article
    if p >= 1 and lw[p] == "of" and lw[p - 1] in ("one", "some", "many", "several", "few"):
        p -= 2  # "to be one of the best"
    elif p >= 0 and lw[p] == "among":
        p -= 1
    while p >= 0 and ly_adverb(lw[p], 4):
        p -= 1
    if p < 1 or not lw[p].isalpha():
        return False
    q = p - 1
    while q >= 0 and ly_adverb(lw[q], 4):
        q -= 1
    return q >= 0 and lw[q] in _AIM_MARKERS and lw[p] not in _AIM_MARKERS


_LINKS: "WeakKeyDictionary" = WeakKeyDictionary()


def _links_by_block(doc) -> dict:
    cached = _LINKS.get(doc)
    if cached is None:
        cached = {}
        for link in doc.links:
            if link.kind == "link" and link.block is not None:
                cached.setdefault(id(link.block), []).append((link.prose_start, link.destination))
        _LINKS[doc] = cached
    return cached


def broken_link(doc, sentence, support) -> bool:
    """The sentence carries a link, but none that counts as support (a missing local file, an
    undefined reference, an empty destination): the writer meant to cite something, the link
    check reports the breakage, and an editor may or may not want the claim queried as well."""
    links = _links_by_block(doc).get(id(sentence.block))
    if not links:
        return False
    inside = [d for s, d in links if sentence.start <= s < sentence.end]
    return bool(inside) and not any(support.link_is_support(d) for d in inside)


_LED: "WeakKeyDictionary" = WeakKeyDictionary()


def _led_by_link(doc, support) -> tuple:
    """(table lines whose row has a working link in a cell, ids of list-item paragraphs that open
    with a working link)."""
    cached = _LED.get(doc)
    if cached is None:
        rows, items = set(), set()
        lead: dict = {}  # id(block) -> where its first character other than " *_" stands
        for link in doc.links:
            block = link.block
            if link.kind != "link" or block is None or not support.link_is_support(link.destination):
                continue
            if block.kind == "table_cell":
                rows.add(block.start_line)
            elif "list_item" in block.containers:
                # Once per block, not a copy of the prose before each link: a list item of
                # thousands of links made the copies quadratic.
                first = lead.get(id(block))
                if first is None:
                    rest = block.prose.lstrip(" *_")  # none left: every link opens the item
                    first = lead[id(block)] = len(block.prose) - len(rest) if rest else float("inf")
                if link.prose_start <= first:
                    items.add(id(block))
        cached = _LED[doc] = (frozenset(rows), frozenset(items))
    return cached


def describes_linked(doc, sentence, support) -> bool:
    """The sentence describes what a link beside it names: a table row whose first cell links a
    project ("| [PixiJS](...) | The fastest 2D renderer |"), a list item that opens with a link
    ("- [Apollo Router](...) - ... The fastest way to ship"). The claim is, as often as not, that
    project's own tagline, and the link leads to it."""
    block = sentence.block
    rows, items = _led_by_link(doc, support)
    if block.kind == "table_cell":
        return block.start_line in rows
    return id(block) in items
