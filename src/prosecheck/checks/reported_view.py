"""A ranking inside a view the sentence hands to someone it points back to (issue 11, forty-first
session).

"Most of them sincerely believe that the Anglo-Saxon is the best race in the world", "While some of
its admirers stress that Liberty was the longest lasting anarchist paper", "He thought it the
greatest speech of the age": the superlative is the content of a view the sentence credits to
people it has already named or picks out, by a pronoun ("he", "she", "they"), a part of them ("most
of them", "some of its admirers", "their critics") or a relative clause ("the people that think
that ...", "those who believe ..."). The writer reports the view; he does not rank anything
himself (RULES 1, as for a view held by a name: ``support.in_named_view``; by nobody in particular:
``unnamed_view``). Not the writer's or the reader's own view ("we believe", "I think", "you'd think":
first and second persons are never holders here), not "believes in" (a faith, not a view that
something is so), not a party vouching for itself ("they believe that it is the fastest": the
sentence's own product, as in ``in_named_view``).

Words are the sentence's normalised words (``norm_words``); ``breaks`` the indexes of words
preceded by punctuation (a clause that a comma and "and" open, or "but", is another claim).
"""

from __future__ import annotations

# Verbs by which a holder states or keeps a view: the clause after them is the view.
VIEW_VERBS = frozenset(
    """believe believes believed think thinks thought consider considers considered feel feels felt
    argue argues argued claim claims claimed insist insists insisted maintain maintains maintained
    contend contends contended stress stresses stressed assert asserts asserted hold holds held
    say says said""".split()
)
# Verbs that hold a view only with "as" before the ranking: "they regard it as the best",
# "have looked upon it as the only way".
_AS_VERBS = frozenset("regard regards regarded see sees saw look looks looked".split())
# States of mind after "be" and before "that": "they were convinced that", "he was sensible that".
VIEW_STATES = frozenset("convinced persuaded sensible confident certain sure satisfied".split())
_BE = frozenset("is are was were be been 's 're".split())
# Verbs that hold a view only before "that" ("they hold that"; "he held the post", "probes that
# maintained communication over the greatest range", "they claimed the largest share" are facts).
_THAT_ONLY = frozenset("hold holds held maintain maintains maintained claim claims claimed".split())
# People a sentence points back to: the third person.
_PRONOUNS = frozenset({"he", "she", "they"})
# "most of them", "some of those": a part of people already named.
_PART_OF = frozenset({"them", "these", "those"})
_QUANTITIES = frozenset("most many some all few several each both one two".split())
# "its admirers", "their critics", "his followers": people tied to a thing or person named.
_POSSESSIVES = frozenset({"its", "their", "his", "her"})
_PEOPLE = frozenset({"people", "those", "men", "women", "ones"})
# Between the holder and the verb: "Most of them sincerely believe", "they have long argued".
_BETWEEN = frozenset(
    """also still now often always sincerely firmly strongly really truly genuinely honestly
    long all both do does did has have had""".split()
)
_SELF = frozenset({"it", "it's", "its", "itself", "they", "they're", "themselves"})
REACH = 16
# Marks between words that end a clause: what follows is another claim.
_CLAUSE_MARKS = (";", ":", "\u2014", "--")


def _holder(lw, j: int) -> bool:
    """Whether the words ending at ``j`` are a third party the sentence points back to."""
    if j < 0:
        return False
    w = lw[j]
    if w in _PRONOUNS:
        return True
    if w in _PART_OF:
        return j >= 2 and lw[j - 1] == "of" and lw[j - 2] in _QUANTITIES
    if w in ("who", "that"):
        # "the people that think that ...", "those who believe ...": a relative clause of
        # people other than the writer (not "we who", "I, who")
        return j >= 1 and (lw[j - 1] in _PEOPLE or (lw[j - 1].endswith("s") and lw[j - 1].isalpha()))
    # "its admirers", "some of their critics", "his professional associates": a plural noun after
    # a possessive, one modifier between at most
    if not (w.endswith("s") and w.isalpha()):
        return False
    return (j >= 1 and lw[j - 1] in _POSSESSIVES) or (j >= 2 and lw[j - 2] in _POSSESSIVES and lw[j - 1].isalpha())


def others_view(lw, breaks, a: int, gap=None) -> bool:
    """The word ``a`` (a superlative) stands inside the clause after a view verb (or "be" and a
    state of mind) whose subject is a third party the sentence points back to, within REACH words
    and in the same clause. ``gap(k)``, when given, is the text before word ``k``: a semicolon, a
    colon or a dash there ends the clause ("products they believe the public will pay for; what's
    more, innovation has always thrived best": the writer's own claim after the semicolon)."""
    n = len(lw)
    for v in range(a - 1, max(0, a - REACH) - 1, -1):
        w = lw[v]
        if w == "but" or (v in breaks and w == "and"):
            return False
        if gap is not None and v + 1 in breaks and any(c in gap(v + 1) for c in _CLAUSE_MARKS):
            return False
        head = v  # the first word of the view verb or of "be" and the state
        if w in VIEW_STATES and v + 1 < n and lw[v + 1] == "that":
            b = v - 1
            while b >= 0 and lw[b] in _BETWEEN:
                b -= 1  # "are firmly convinced that"
            if b < 0 or lw[b] not in _BE:
                continue
            head = b  # "They were sensible that ... would be more injurious than any": a state of mind
        elif w in _AS_VERBS:
            if "as" not in lw[v + 1 : a]:
                return False  # "they see the harbour": no view of what it is
            if w in ("look", "looks", "looked") and lw[v + 1] != "upon":
                return False
        elif w not in VIEW_VERBS:
            continue
        elif v + 1 < n and lw[v + 1] == "in":
            return False  # "He believes in a country where no one can ...": a faith
        elif w in _THAT_ONLY and (v + 1 >= n or lw[v + 1] != "that"):
            return False  # "One of those held one of the most senior posts": holding a post
        j = head - 1
        while j >= 0 and lw[j] in _BETWEEN:
            j -= 1
        if not _holder(lw, j):
            return False
        k = v + 2 if v + 1 < n and lw[v + 1] == "that" else v + 1
        if k < n and lw[k] in _SELF and not (lw[j] in ("he", "she") and lw[k] in ("it", "it's", "its")):
            # "they believe they are the best", "its admirers think it is the finest": a party
            # vouching for itself or for its own; "He thought it the greatest speech" is a view
            return False
        return True
    return False


EXAMPLES = (
    # (sentence, the superlative's word, inside a view handed to a third party?)
    ("Most of them sincerely believe that the Anglo-Saxon is the best race in the world.", "best", True),
    ("While some of its admirers stress that Liberty was the longest lasting paper, it was not.", "longest", True),
    ("He thought it the greatest speech of the age.", "greatest", True),
    ("His associates are firmly convinced that the canal is the best that could be desired.", "best", True),
    ("They have looked upon it as the only way they could be faithful.", "only", True),
    ("They argue that the plan is the cheapest on offer.", "cheapest", True),
    ("There are the people that think that radio is the most awesome thing in the world.", "most", True),
    ("We who believe that it is the best library use it.", "best", False),
    ("They were sensible that delay would be more injurious than any other course.", "any", True),
    ("We believe that it is the best library for the job.", "best", False),
    ("I think it is the best way to start.", "best", False),
    ("He believes in a country where no one is above the law.", "no", False),
    ("They believe they are the best team in the league.", "best", False),
    ("He left, and it was the worst day of the year.", "worst", False),
    ("They launched probes that maintained contact over the greatest range yet.", "greatest", False),
)
