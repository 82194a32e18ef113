"""How plainly a thing is said, not how sure the speaker is (issue 11, twenty-eighth session, boost28).

RULES 5 and forge N2 read a word of clarity that grades a verb of saying as manner: "We made the
law crystal clear" (forge), "let us be clear" (drill Y4), "To speak plainly" (pick). hedging's
``_manner`` already reads "clearly" so, and booster_clauses.made_clear reads "make ... clear";
three shapes slipped past them, and every finding they gave over the forty-six sets was wrong:

* "plainly" beside a verb of saying: "To speak plainly, we have grossly erred", "it is
  necessary to say plainly what we consider the war to be for", "I have spoken plainly because",
  "one shortcoming I want to speak about plainly", "patches which plainly describe the things
  that help reviewers" (pick-docs three times, hoe-docs, trowel-docs). "it is plainly time to
  make a start" (quarry) and "it will plainly advance the cause of peace" (adze) govern no verb
  of saying and stay findings.
* an adverb before "clear" after "make": "the Allies have made it unmistakably clear that ..."
  (hoe-docs), which booster_clauses.made_clear missed because the booster is the adverb, not
  "clear" (made_clear reads it since).
* the speaker announcing his own plain statement: "And let me be crystal clear." (vise-docs Y4),
  "let us be crystal clear", "I want to be crystal clear".

Each test reads a few words either side of the booster: constant work per finding.
"""

from __future__ import annotations

# Verbs of saying: "speak plainly", "plainly state". (Not "show", "see": "plainly shows" and
# "plainly visible" are what the eye finds, another question: hedging._manner reads them for
# "clearly" only.)
SAYING = frozenset(
    """
    speak speaks spoke spoken speaking say says said saying tell tells told telling put puts
    putting state states stated stating declare declares declared declaring describe describes
    described describing write writes wrote written writing answer answers answered warn warns
    warned admit admits admitted
    """.split()
)
# Between the verb and "plainly": "speak about plainly", "put it plainly", "said so plainly".
_BETWEEN = frozenset("about of it this that so them him her you us".split())
_PLAIN = frozenset({"plainly"})
_CLEAR = frozenset({"clear", "plain"})
# "let me be", "let us be", "let's be", "I want to be", "I'll be", "I will be": the speaker's own
# statement announced.
_SPEAKER = frozenset({"me", "us", "let's", "let\u2019s"})


def said_plainly(lw, b: int, bend: int) -> bool:
    """ "speak plainly", "say plainly", "speak about plainly", "plainly describe": the adverb at
    ``b`` grades a verb of saying beside it."""
    if bend != b or lw[b] not in _PLAIN:
        return False
    if b and lw[b - 1] in SAYING:
        return True
    if b >= 2 and lw[b - 1] in _BETWEEN and lw[b - 2] in SAYING:
        return True
    return b + 1 < len(lw) and lw[b + 1] in SAYING


# Verbs and adjectives of the senses: "you plainly perceive that depression in the forehead",
# "the same words are plainly heard without the walls", "the wrinkles plainly spell the word",
# "begun to be clearly discernible". Not "see" or "saw" ("as the worker clearly saw" is realised,
# a claim about what he understood), nor "visible" ("the superintendence of an overruling
# Providence has been plainly visible", a claim), nor "read" or "felt" (of the mind as often).
SENSES = frozenset(
    """
    perceive perceives perceived perceiving hear hears heard hearing discern discerns discerned
    discerning discernible audible legible spell spells spelled spelt evince evinces evinced
    evincing
    """.split()
)
_SENSED = frozenset({"plainly", "clearly"})


def sensed_plainly(lw, b: int, bend: int) -> bool:
    """ "plainly heard", "clearly perceive", "plainly spell": the adverb at ``b`` grades a verb
    or adjective of the senses beside it, how distinctly a thing is perceived (RULES 5: manner,
    not certainty), as said_plainly reads it beside a verb of saying (issue 11, fifty-fourth
    session, conc54)."""
    if bend != b or lw[b] not in _SENSED:
        return False
    return (b + 1 < len(lw) and lw[b + 1] in SENSES) or (b > 0 and lw[b - 1] in SENSES)


def own_statement(lw, b: int, bend: int) -> bool:
    """ "let me be crystal clear", "I want to be crystal clear": the booster ends in "clear" right
    after "be", and the speaker announces his own words ("let me/us", "let's", "I ... to be",
    "I'll be", "I will be")."""
    if lw[bend] not in _CLEAR or b < 2 or lw[b - 1] != "be":
        return False
    w = lw[b - 2]
    if w in _SPEAKER:
        return w.startswith("let") or (b >= 3 and lw[b - 3] == "let")
    if w == "to" or w == "will":
        return "i" in lw[max(0, b - 5) : b - 2]
    return w in ("i'll", "i\u2019ll")
