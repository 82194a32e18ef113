"""A quantity word that holds no view (``HC101``'s precision; issue 11, forty-third session, prechc43).

HC101 reads "some say", "many assert", "most fear" as a view credited to an unnamed crowd: the
quantity stands for the people and the verb is what they hold. Two shapes use the same words with
no crowd in them, and this module tells them:

* **the quantity is the object of a verb of having, giving or needing before it.** "I gave some
  thought to this idea", "talking to hostile creatures requires some thought", "The Piankeshaws
  having some claim to the country", "before the Russians put some claim jumper on the moon", "the
  code base has many assert() statements", "the speed of the process has many observers worried":
  "some" and "many" are determiners of a noun ("thought", "claim", "assert()") or name the people
  something is done to, not people saying anything. Over the eighty-eight development sets before
  mitre (forty-third session's start rules) these were six wrong warnings in six sets (gauge,
  mandrel, rabbet, quarry, clamp and ember-docs, one of them a trap) and no right finding: a crowd
  credited with a view is the subject of its verb, and a verb of having or giving right before
  the quantity leaves it none. Only that verb, with nothing between: "we have, many believe, a
  duty" (an aside set off) and "I know many feel that" (a verb of knowing, which takes a clause:
  the crowd is the clause's subject) stay findings. Causatives ("made many believe that") are
  not in the list: the crowd there still believes; nor "given", a preposition as often ("Given
  some claim that ...", a crowd's view granted). Nor a form of "have" that is the crowd's own
  auxiliary put before it, as English inverts after "as", "than", "so", "nor" and "neither": "the
  crisis came, as had many predicted", "sooner than have most expected" are "as many had
  predicted", a crowd's view (forty-fourth session, fixes44).
* **"most" as an adverb of degree after its clause's subject.** "the contamination we most fear",
  "those who most fervently defend the authoritarian social relationships", "Let me most
  earnestly say": the subject ("we", "who", the speaker of "let me") stands before "most", which
  grades the verb; no majority is credited. Three wrong warnings in three sets (quarry, brace and
  bodkin-docs, one a trap), none right. "most Americans think", "what most people believe" and
  "that most share" (a quantity that is the subject) stay findings: only a personal pronoun or
  "who" right before "most" is read so.

Each test reads the word before the quantity and the gap between them: constant time per finding.
"""

from __future__ import annotations

# Verbs that take the quantity as their object: having, giving, needing, taking, putting (not
# "given": "Given some claim that the plan fails" grants a crowd's view).
_OBJECT_VERBS = frozenset(
    """
    have has had having give gives gave giving need needs needed needing require requires
    required requiring take takes took taken taking put puts putting deserve deserves deserved want
    wants wanted
    """.split()
)
# Words after which English puts the auxiliary before its subject: "as had many predicted",
# "than have most expected", "so have some", "nor had many": "had" is the crowd's auxiliary there.
_INVERTING = frozenset("as than so nor neither".split())
_HAVE = frozenset("have has had".split())
# The quantities a crowd is made of ("some say", "many assert", "most fear", "few think").
_QUANTITIES = frozenset("some many most few several".split())
# Subjects that can stand right before an adverb "most": personal pronouns, "who", the object of
# "let" ("Let me most earnestly say").
_SUBJECTS = frozenset("i we you they he she who me us".split())

EXAMPLES = {
    # (sentence, the finding's first word, is it read so?) for tests/test_check_hedging.py
    "object": [
        ("I gave some thought to this idea lately.", "some", True),
        ("Talking to hostile peers requires some thought.", "some", True),
        ("The tribe having some claim to the land, it was bought.", "some", True),
        ("The code base has many assert() statements.", "many", True),
        ("Some say the plan will fail.", "some", False),
        ("We have, many believe, a duty to act.", "many", False),
        ("I know many feel that the plan will fail.", "many", False),
        ("The crisis came, as had many predicted.", "many", False),
        ("It ended sooner than have most expected.", "most", False),
    ],
    "degree": [
        ("That is the contamination we most fear.", "most", True),
        ("They are those who most fervently defend it.", "most", True),
        ("Let me most earnestly say that this is no attack.", "most", True),
        ("Most Americans think their taxes are high enough.", "most", False),
        ("It is a view that most share.", "most", False),
    ],
}


def _adjacent(words, prose: str, a: int) -> bool:
    """Nothing but a space between word ``a - 1`` and word ``a`` (no comma, bracket or dash)."""
    return a > 0 and not prose[words[a - 1].end : words[a].start].strip()


def holds_no_view(lw, words, prose: str, a: int) -> bool:
    """Is the quantity that opens the finding at word ``a`` the object of a verb of having or
    giving before it ("gave some thought"), or "most" grading the verb after a subject ("we most
    fear")?"""
    if a <= 0 or lw[a] not in _QUANTITIES or not _adjacent(words, prose, a):
        return False
    before = lw[a - 1]
    if before in _OBJECT_VERBS:
        # "as had many predicted": the crowd's own auxiliary, inverted (fixes44)
        return not (before in _HAVE and a > 1 and lw[a - 2] in _INVERTING)
    return lw[a] == "most" and before in _SUBJECTS
