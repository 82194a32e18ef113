"""A view credited to a bare crowd pronoun heading a clause: "Many view the Internet as a library",
"Some hold that this is implied", "where others fear trade", "many in the world believed that",
"Thus some on the left proclaim", "as some falsely assert", "Some, however, insist that"
(issue 11, forty-second session, crowd42): ``HC101``, at ``info`` until the forty-seventh session
(hcrec47), a warning since: over the one hundred sets before pincer, by the sentence pairing, its
findings held 17 claims in thirteen sets against one trap and two other findings.

``hedging._group_claim`` reads a crowd pronoun right before a verb of its lexicon ("some say",
"many believe"), and ``crowd_opening`` the pronoun opening the sentence before a few more verbs.
These slip past both: a verb of holding a view neither lists ("hold", "view", "blame",
"proclaim", "wonder", "urge"), a clause opened after a conjunction, a relative or a mark ("where
others fear", "; others allege"), a part of the crowd placed ("many in both parties questioned",
"some on the left proclaim") or an adverb set off by commas ("Some, however, insist"). The
pronoun heads the clause, nothing but adverbs and auxiliaries stand before its verb, so it is the
subject, and the view is credited to nobody named.

Measured over the eighty-eight development sets before building (the clause-opening crowd and
a verb of view, in sentences the rules left unflagged): right in twelve sets before rabbet-docs
and in rabbet- and holdfast-docs; wrong mostly in news quoting a named analyst nearby or on a
point granted ("Some deny that"). Info, not warning: a reader's possible view in documentation
and a writer's opponents described are close neighbours.

Not a group named before it ("many of them believe", "some of us thought": the pronoun is a part
of a party the text names; "of" ends the reach), not "others" after "some" or "many" in its
sentence ("While some analysts were quick to conclude ..., others suggested": the rest of a crowd
told before, the thirteenth session's pairing; ember-docs' trap), not "see" nor "call" (literal seeing and
naming: "others can see what is happening", "Some called their ideas Mutualism"), not a verb of
doing or proposing ("some in this Chamber have already proposed deeper cuts"), not a participle
("others charged with controlling", "others long recommended by", "Several alleged reasons", "some
reported vulnerabilities"), and not "feared for" (a fear for oneself, no view).

One function reading at most nine words after the pronoun: no scan.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import crowd_naming
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.word_gaps import between

#: The finding's note, its message's words ("does not say who holds this view, or how many do").
NOTE = "holds this view, or how many do"
#: Crowd pronouns that may head a clause as its subject.
PRONOUNS = frozenset({"many", "some", "others"})
#: Verbs of holding, stating or doubting a view (base and past forms: after a plural subject the
#: form in "s" is a noun, "some questions", "many states").
VERBS = frozenset(
    "hold held view viewed argue argued contend contended claim claimed believe believed maintain "
    "maintained assert asserted suggest suggested insist insisted say said think thought feel felt "
    "consider considered regard regarded allege alleged charged fear feared predict predicted warn "
    "warned proclaim proclaimed agree agreed objected complain complained doubted deny denied "
    "questioned wonder wondered urge urged blame blamed imagine imagined speculate speculated "
    "describe described stated expect expected accuse accused suspect suspected assume assumed decry "
    "decried dismiss dismissed attribute attributed ascribe ascribed reject rejected dispute disputed "
    "noted observed".split()
)
#: Words that may stand between the pronoun (or its place) and the verb.
_BETWEEN = frozenset("will would may might can could have had has do did does also even still now often long "
                     "always already actually just however further".split())
#: Words after which a clause opens (besides a mark, or the sentence's start).
OPENERS = frozenset("and but while yet though although whereas thus hence so as that what where when because "
                    "since still indeed".split())
#: Prepositions that place a part of the crowd: "many in both parties", "some on the left".
_PLACES = frozenset({"in", "on", "among", "within"})
_DETERMINERS = frozenset("the our both this that his her their its".split())
#: Verbs that take "to" as holders of a view ("some claim to have seen it").
_TO_VERBS = frozenset({"claim", "claimed", "insist", "insisted", "agree", "agreed", "objected", "urge", "urged"})
#: Words after a verb that make it a deed or a participle ("feared for their lives", "charged
#: with controlling", "recommended by your own committees") or the word a noun ("and some fear
#: of the dark").
_NOT_AFTER = frozenset({"with", "by", "for", "from", "into", "upon", "out", "up", "off", "of"})
_AUXILIARIES = frozenset("is was are were be should must will would can could may might has had have".split())
#: Verbs that are nouns too ("some thought should be given", "some view is needed"): a noun
#: before an auxiliary; not "what others said would not be done", a view of what will be.
_NOUNISH = frozenset("thought view fear hold claim regard blame dispute".split())
# Words in "s" after a past verb that are no plural nouns ("Many believed this was").
_NOT_NOUNS = frozenset({"this", "his", "its", "has", "was", "is", "us", "as", "thus", "perhaps", "whether", "ideas"})
_REACH = 4
#: A crowd named before "others" in its sentence makes them its other part (the thirteenth
#: session's "while some ..., others suggested"); read over a bounded window, not the sentence.
_PAIRED = frozenset({"some", "many", "most", "few"})
_PAIR_REACH = 30


def opens_clause(lw, words, i: int, prose: str, openers=OPENERS) -> bool:
    """``lw[i]`` opens the sentence, follows a mark (a comma, a semicolon, a dash, a parenthesis)
    or follows one of ``openers`` (public_voice passes its own, without "that" and "what")."""
    if i == 0:
        return True
    if between(words, prose, i - 1, i).strip(" \t\n\"'\u201c\u201d"):
        return True  # a comma, a semicolon, a dash or a parenthesis before the pronoun
    return lw[i - 1] in openers


def clause_view(lw, words, i: int, prose: str = "") -> Optional[int]:
    """The index of the verb when a crowd pronoun at ``i`` heads a clause before a verb of
    holding a view ("Many view", "where others fear", "some on the left proclaim"); else None."""
    n = len(lw)
    if lw[i] not in PRONOUNS or i + 2 >= n or not opens_clause(lw, words, i, prose):
        return None
    if lw[i] == "others" and any(w in _PAIRED for w in lw[max(0, i - _PAIR_REACH) : i]):
        return None  # "Some riders liked it, while others suggested it would fail": the rest of a crowd told before
    k = i + 1
    if lw[k] in _PLACES and lw[i] != "others":
        k += 1
        if k < n and lw[k] in _DETERMINERS:
            k += 1
        # one or two words of place before the verb: "in the world", "in both parties", "on the left"
        if k + 1 < n and lw[k + 1] in VERBS:
            k += 1
        elif k + 2 < n and lw[k + 2] in VERBS and lw[k + 1].isalpha():
            k += 2
        else:
            return None
    start = k
    while k < n and k - start < _REACH and (lw[k] in _BETWEEN or ly_adverb(lw[k], 0)):
        k += 1
    if k < n - 1 and lw[k] in crowd_naming.VERBS and all(w in _BETWEEN or ly_adverb(w, 0) for w in lw[i + 1 : k]):
        # "that others call ugly", "Others, however, call it a lost decade": a crowd's name for a
        # thing is its verdict when a thing and a name follow (crowd_naming; next60)
        if any(between(words, prose, j, j + 1).strip(" \t\n,") for j in range(i, k)):
            return None
        return crowd_naming.named(lw, words, i, k, prose)
    if not (k < n - 1 and lw[k] in VERBS):
        return None
    if any(between(words, prose, j, j + 1).strip(" \t\n,") for j in range(i, k)):
        return None  # "(we, and others) fully agree": a mark other than a comma inside, the pronoun in an aside
    nxt = lw[k + 1]
    if nxt in _NOT_AFTER or (nxt in _AUXILIARIES and lw[k] in _NOUNISH) or (nxt == "to" and lw[k] not in _TO_VERBS):
        return None  # "feared for their lives", "charged with controlling", "agreed to help"
    if lw[k].endswith("ed") and k == i + 1 and nxt.endswith("s") and nxt.isalpha() and nxt not in _NOT_NOUNS:
        return None  # "Several alleged reasons", "some reported vulnerabilities": a participle before its noun
    return k


EXAMPLES = (
    ("Many view the harbour as a public library.", "HC101"),
    ("Some hold that this is implied by the second sense.", "HC101"),
    ("Where others fear the flood, we see a chance.", "HC101"),
    ("Before the war, many in the valley believed that the dam would hold.", "HC101"),
    ("Some, however, insist that the recipe is too mechanical.", "HC101"),
    ("Some feared for their lives.", None),
    ("That way, others can see what is happening.", None),
    ("Many of them believe that the dam will hold.", None),
)
