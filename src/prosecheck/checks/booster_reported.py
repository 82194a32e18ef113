"""A booster inside what the sentence reports someone else as saying, thinking or knowing (HC102,
issue 11, fiftieth session, boostprec50).

"Someone has remarked that this is certainly the ultimate in reducing", "He knows that he
certainly does not want his children living this way", "but they all hastened to add that
certainly less time was needed on it", "Hackers feel that such ambiguities are acceptable as long
as the Right Thing to do is obvious to any thinking observer": the certainty belongs to the person
the sentence reports (RULES 1: a view the text hands to someone is not the writer's claim), and
the writer vouches only for the report. HC102 does not report it.

The shape: within ``REACH`` words before the booster, and in the same clause, a verb of saying,
thinking or knowing followed by "that", whose subject is a third party: "he", "she", "they",
"someone", "others", or a noun ("Hackers feel that", "the students argued that"), with adverbs
and auxiliaries between ("they all hastened to add that", "Someone has remarked that"). Not the
writer's own voice ("I think that", "we know that", "you know that"), nor an impersonal passive
("It has been observed that", "It may also be said that": the writer's view in other words,
HC101's concern when anyone's), nor a verb that is a noun there ("why Marxist claims that ...
are obviously false": the writer judges the claims), nor a booster past the clause that reports:
a semicolon, a colon, a dash, a parenthesis, "but", ", and", or the comma closing an opening
"While some argue that ..., the truth of the matter is different" (the writer's answer).

Over the one hundred and twelve development sets, by the same-sentence pairing: HC102.md,
*Measured accuracy*, fiftieth session. The superlatives' counterpart is reported_view (a ranking
inside a view handed to "he", "they", "most of them"); support.supported already leaves out a
booster in a sentence that names its source.

Reads at most ``REACH`` words back from the booster, and the gaps between them: constant work per
finding.
"""

from __future__ import annotations

# Verbs whose "that" clause is what the subject says, thinks or knows.
VERBS = frozenset(
    """say says said remark remarks remarked argue argues argued add adds added claim claims claimed
    insist insists insisted tell tells told write writes wrote believe believes believed think
    thinks thought know knows knew feel feels felt contend contends contended maintain maintains
    maintained declare declares declared assert asserts asserted state states stated explain
    explains explained reply replies replied note notes noted observe observes observed suggest
    suggests suggested conclude concludes concluded agree agrees agreed admit admits admitted warn
    warns warned announce announces announced report reports reported hold holds held stress
    stresses stressed""".split()
)
# "told them that", "warned us that": one object between the verb and "that".
_WITH_OBJECT = frozenset("tell tells told warn warns warned assure assures assured inform informs informed".split())
_OBJECTS = frozenset("me us you him her them".split())
# Forms that are nouns as often as verbs: a subject must be a pronoun for them ("they claim that"),
# or "Marxist claims that ... are obviously false" reads the writer's judgement of the claims.
_NOUNISH = frozenset("remarks claims notes reports states holds thought stresses".split())
# Third parties by pronoun; any other subject must be a noun (not a word in _NOT_SUBJECTS).
_THIRD = frozenset("he she they someone somebody others".split())
# Words that are no third-party subject: the writer and the reader (also named as such: "The
# writer believes that it is certainly ..."), everyone at once ("Everyone knows that it is
# obviously ...": the writer's certainty handed to all, not one party's view), "it" of the
# impersonal passive ("It may also be said that"), function words that leave the verb without a
# subject.
_NOT_SUBJECTS = frozenset(
    """writer author reader everyone everybody i we you it one be been being is was are were am and or to which who whom may might can could
    would will should must shall that this these those there not also so as if then than of in on at
    by for with from what whose how why the a an my our your its their his her""".split()
)
# Between the subject and the verb: "they all hastened to add", "Someone has remarked".
_BETWEEN = frozenset(
    """also still now often always sincerely firmly strongly really truly genuinely all both do does
    did has have had long then later once rightly correctly""".split()
)
# Subordinators that open a clause the writer answers after its comma: "While some argue that
# ..., the truth of the matter is different".
_SUBORDINATORS = frozenset("while whilst although though whereas if as since because when unless".split())
# Marks that end the clause between the report and the booster.
_CLAUSE_ENDS = (";", ":", "(", ")", "\u2014", "\u2013", "--", " - ")
REACH = 16


def _gap(words, prose: str, k: int) -> str:
    """The text between word ``k - 1`` and word ``k``."""
    return prose[words[k - 1].end : words[k].start]


def in_reported_view(lw, a: int, words, prose: str) -> bool:
    """The booster at word ``a`` stands inside the "that" clause of a verb of saying, thinking or
    knowing whose subject is a third party (see the module's docstring)."""
    for v in range(a - 1, max(0, a - REACH) - 1, -1):
        gap = _gap(words, prose, v + 1)
        if any(m in gap for m in _CLAUSE_ENDS):
            return False
        w = lw[v]
        if w == "but" or (w == "and" and v > 0 and "," in _gap(words, prose, v)):
            return False
        if w not in VERBS and w not in _WITH_OBJECT:
            continue
        if v + 1 < a and lw[v + 1] == "that":
            pass
        elif w in _WITH_OBJECT and v + 2 < a and lw[v + 1] in _OBJECTS and lw[v + 2] == "that":
            pass
        else:
            continue
        return _third_party(lw, v) and not _answered_after(lw, v, a, words, prose)
    return False


def _third_party(lw, v: int) -> bool:
    """The verb at ``v`` has a third party for its subject (adverbs, auxiliaries and an
    infinitive's governing verb between: "they all hastened to add")."""
    j = v - 1
    while j >= 0 and lw[j] in _BETWEEN:
        j -= 1
    if j >= 1 and lw[j] == "to":
        j -= 2  # "hastened to add": past the governing verb
        while j >= 0 and lw[j] in _BETWEEN:
            j -= 1
    if j < 0:
        return False
    s = lw[j]
    if s in _THIRD:
        return True
    if lw[v] in _NOUNISH or s in _NOT_SUBJECTS or not s.isalpha():
        return False
    return True


def _answered_after(lw, v: int, a: int, words, prose: str) -> bool:
    """The sentence opens on a subordinator ("While some argue that ...") and a comma stands
    between the verb and the booster: the booster is in the writer's main clause."""
    lead = 1 if lw and lw[0] in ("and", "but", "so") else 0
    if lead >= len(lw) or lw[lead] not in _SUBORDINATORS or v < lead:
        return False
    return any("," in _gap(words, prose, k) for k in range(v + 1, a + 1))


EXAMPLES = (
    # (sentence, the booster's first word, inside a reported view?)
    ("Someone has remarked that this is certainly the ultimate in reducing.", "certainly", True),
    ("He knows that he certainly does not want his children living this way.", "certainly", True),
    ("They all hastened to add that certainly less time was needed on it.", "certainly", True),
    ("Hackers feel that the right thing to do is obvious to any observer.", "obvious", True),
    ("The minister told them that the plan would certainly fail.", "certainly", True),
    ("We know that this is certainly the fastest way.", "certainly", False),
    ("I think that it is certainly worth a try.", "certainly", False),
    ("It has been observed that the change is clearly good.", "clearly", False),
    ("The writer believes that this is certainly the oldest mill.", "certainly", False),
    ("Everyone knows that the mill is obviously older.", "obviously", False),
    ("See this section for why Marxist claims that they are unrelated are obviously false.", "obviously", False),
    ("While some argue that it is useless, the truth is that it works.", "truth", False),
    ("He said that it was late; it is certainly too late now.", "certainly", False),
    ("They argued that it was cheap, but it was certainly not.", "certainly", False),
)
