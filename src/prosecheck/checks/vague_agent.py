"""A passive whose agent is a vague group (HC101): "is considered by experts in the field",
"concerns raised by others", "a plan criticised by some commanders".

The sentence names who acts, but only as a kind of people, so the reader still cannot tell who
holds the view or voices it. The hedging check asks for the source; a link, a citation or a
named source in the sentence answers it, as for every HC101 finding.

A quantity alone is a vague agent too ("accepted by many", "advanced by some in our own
party"); not one before a noun phrase ("by some of the plugins", "by most widely used libraries").

One unnamed person as the agent too (issue 11, forty-eighth session, hcrec48): "a phenomenon
described by a small-town boy", "promptly dubbed by one of its critics", "a case cited by a
Pittsburgh psychologist", "it was pointed out by a colleague that": a passive of describing, naming,
quoting, praising or blaming whose agent is "a", "an", "one" or "another" and a noun of a person,
or "one of" its, the, his... and such a noun in the plural (``one_person_at``). The reader is told
that somebody described it so, and not who.

A group of people by the form of its noun too (issue 11, forty-ninth session, hcrec49): "repeated
by many Marxists", "described by witnesses", "believed by some historians", "as estimated by
statisticians": any plural noun of a person (``PERSON``'s, "-ists", "-ians", "-men") after a
participle of judging, describing or saying (``plural_agent_at``), where ``agent_at`` reads only
the kinds of ``PEOPLE``. With no quantity only an occupation or a role ("witnesses",
"statisticians"), not the adherents of a creed ("questioned by anarchists" in the Anarchist FAQ,
"suggested by right-libertarians": a party the text names) nor a role in a project ("suggested
by reviewers").

Not a finding: a definite group the text has named ("made by the others", "the experts"), a group
named by its organisation ("by analysts at Goldman Sachs"), a partitive of things ("required by
some of the plugins"), and a verb of doing ("written by others",
"patrolled by outside observers": the sentence reports an act, see ``JUDGING``).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.lexicon import without_possessive

#: Kinds of people that can stand as an agent the text does not name.
PEOPLE = frozenset(
    """
    experts critics others observers analysts commentators scientists researchers scholars
    proponents opponents supporters advocates detractors skeptics sceptics pundits
    developers programmers professionals
    """.split()
)
#: Words that make hedging scan a sentence for this rule (the common ones, "experts", "critics",
#: are triggers already), and the rarer participles, for a quantity alone as the agent ("being
#: advanced by some"; "accepted", "praised", "criticized" are triggers already; "called",
#: "expected", "raised", "recommended" would scan many sentences of documentation for little).
TRIGGERS = PEOPLE | frozenset("advanced deemed doubted endorsed feared judged voiced".split())
# Words before the kind that say how many or whose, without naming anyone.
_HOW_MANY = frozenset("some many most several various numerous certain countless its their".split())
# "a number of", "a lot of", "a host of", "lots of": how many, before the kind.
_AMOUNT = (("a", "number", "of"), ("a", "lot", "of"), ("a", "host", "of"), ("lots", "of"))
# Participles of judging and saying: the group holds a view or voices it. Not verbs of doing
# ("written by others", "killed by others", "a rally held by opponents", "patrolled by outside
# observers", "used by thousands of developers": 0 of 6 right on the labelled sets, issue 11,
# thirteenth session): the group acts, and the sentence reports the act.
JUDGING = frozenset(
    """
    considered regarded viewed seen perceived thought believed deemed judged rated criticized
    criticised praised lauded hailed condemned questioned disputed challenged doubted rejected
    dismissed accepted endorsed favored favoured preferred recommended suggested proposed
    advanced claimed argued alleged raised voiced expressed described called labeled labelled
    branded predicted expected feared
    """.split()
)
# Determiners that make the group one the text has named ("made by the others").
_DEFINITE = frozenset("the this these those our my your his her a an".split())
# Words that cannot stand between the quantity and the kind: "by thousands of developers" is a
# count, not an adjective.
_NOT_ADJECTIVE = frozenset("of in at for with from and or to on as than".split())


def _participle(lw, k: int) -> bool:
    return k >= 0 and lw[k] in JUDGING


def agent_at(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of "considered by experts" when ``lw[i]`` is "by" after a
    participle and a vague group of people follows, or None."""
    n = len(lw)
    if not _participle(lw, i - 1):
        return None
    bare = _bare_quantity(lw, words, i, prose)
    if bare is not None:
        return i - 1, bare
    k = i + 1
    for amount in _AMOUNT:
        if tuple(lw[k : k + len(amount)]) == amount:
            k += len(amount)
            break
    else:
        if k < n and lw[k] in _HOW_MANY:
            k += 1
    # up to two adjectives before the kind: "a number of professional website developers"
    for _ in range(3):
        if k >= n:
            return None
        if lw[k] in PEOPLE:
            break
        if lw[k] in _DEFINITE or lw[k] in _NOT_ADJECTIVE or not lw[k].isalpha() or not words[k].text[:1].islower():
            return None
        if k > i + 1 and any(c in prose[words[k - 1].end : words[k].start] for c in ",;:()"):
            return None
        k += 1
    else:
        return None
    if k >= n or lw[k] not in PEOPLE or (k == i + 1 and lw[k] in ("developers", "programmers", "professionals")):
        return None  # a bare "by developers" describes who a tool is for
    if k + 2 < n and lw[k + 1] in ("at", "from", "of") and words[k + 2].text[:1].isupper():
        return None  # "by analysts at Goldman Sachs": the organisation names them
    return i - 1, k


# A quantity alone as the agent: "accepted by many, but", "a conclusion accepted by many.",
# "being advanced by some in our own party" (issue 11, fourteenth session: anvil-docs, forge-docs);
# what may follow it: the clause's end, or a place or a relative clause about the people.
_BARE = frozenset({"many", "some", "most", "several"})
# "as", "that" and "to" open the view the quantity holds ("is now seen by many as a captive of
# narrow interests", "It is even claimed by some that Unix and C are", "thought by some to be
# unwise"): issue 11, thirty-fifth session (crowd35: trowel-, plumb-, kerf-docs, 3 claims, no
# false alarm over the sixty-seven sets).
_AFTER_BARE = frozenset({"in", "who", "and", "but", "as", "that", "to"})


def _bare_quantity(lw, words, i: int, prose: str) -> Optional[int]:
    """The index of "many" in "accepted by many" when the quantity stands alone, or None: not
    "by some of the plugins" nor "by most widely used libraries" (a noun phrase follows)."""
    k = i + 1
    if k >= len(lw) or lw[k] not in _BARE or not words[k].text[:1].islower():
        return None
    if prose[words[i].end : words[k].start].strip():
        return None  # "accepted by (most) browsers": a quantity in brackets qualifies the noun after it
    after = prose[words[k].end : words[k + 1].start].strip() if k + 1 < len(lw) else "."
    if after[:1] in _CLAUSE_END or (not after and lw[k + 1] in _AFTER_BARE):
        return k
    return None


_CLAUSE_END = frozenset(",.;:!?")


# The participles whose agent, one person, gives a view or words (not "seen by a vet", "called
# by a friend", "attacked by a bold army", "proposed by a President", "recommended by a
# meta-package": an act, a visit or a thing; not "characterized by a receding chin").
ONE_JUDGING = frozenset(
    """
    described dubbed termed nicknamed christened labeled labelled branded cited quoted questioned
    praised criticized criticised condemned denounced derided ridiculed hailed lauded admitted
    acknowledged conceded echoed repeated claimed alleged disputed considered regarded deemed
    """.split()
)
# A participle and its particle: "pointed out by a colleague", "best summed up by an insider".
_WITH_PARTICLE = frozenset({("pointed", "out"), ("summed", "up")})
#: The participles above that no other word brings to hedging's scan ("promptly dubbed by one of
#: its critics", "a case cited by a Pittsburgh psychologist", "best summed up by an insider").
ONE_TRIGGERS = frozenset("dubbed nicknamed christened termed cited quoted derided ridiculed lauded denounced echoed repeated summed".split())
_ONE = frozenset({"a", "an", "one", "another"})
_OWNER = frozenset("its the his her their our my your these those".split())
# Nouns of one person, by their ending (-ist, -ian: "a psychologist", "a historian") or by name
# (vague_agent.PEOPLE's singulars and the roles of data/weasel.tsv's source_one among them).
PERSON = frozenset(
    """
    man woman boy girl person fellow friend colleague critic observer writer reader reporter
    correspondent journalist lawyer attorney doctor physician counselor counsellor teacher
    professor scholar expert official insider spokesman spokeswoman commentator analyst member
    leader user neighbour neighbor parent wife husband mother father student engineer developer
    manager executive officer veteran witness resident visitor admirer detractor opponent
    supporter fan authority researcher proponent advocate skeptic sceptic pundit programmer
    source diplomat bureaucrat reviewer historian scientist
    """.split()
)
# Words ending in -ist or -ian that are no person.
_NOT_PERSON = frozenset("list exist insist assist persist resist twist wrist median meridian".split())


def _person(w: str, plural: bool) -> bool:
    if plural:
        if w.endswith("men"):
            return True
        if not w.endswith("s"):
            return False
        w = w[:-1]
    if w in PERSON:
        return True
    if w in _NOT_PERSON or len(w) < 6 or w.endswith("list"):
        return False
    return w.endswith(("ist", "ian"))


def agent_follows(lw, a: int) -> bool:
    """A finding at ``a`` is a participle and its agent: "cited by ...", "pointed out by ..."."""
    n = len(lw)
    return (a + 1 < n and lw[a + 1] == "by") or (a + 2 < n and lw[a + 2] == "by" and (lw[a], lw[a + 1]) in _WITH_PARTICLE)


def one_person_at(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of "described by a small-town boy" or "dubbed by one of its
    critics" when ``lw[i]`` is "by" after a participle of ``ONE_JUDGING`` (or "pointed out",
    "summed up") and one unnamed person follows, or None. Not with the person named after a comma
    ("hailed by a principal opposition leader, Dr. Juan Bosch"), nor a kind of person picked out
    by a relative clause ("as described by a hacker who prefers command-line interfaces": how
    anyone of the kind would put it, a definition's voice, not a report)."""
    n = len(lw)
    if i < 1:
        return None
    first = i - 1
    if lw[i - 1] not in ONE_JUDGING:
        if i < 2 or (lw[i - 2], lw[i - 1]) not in _WITH_PARTICLE:
            return None
        first = i - 2
    k = i + 1
    if k >= n:
        return None
    plural = False
    if lw[k] == "one" and k + 2 < n and lw[k + 1] == "of" and lw[k + 2] in _OWNER:
        k += 3
        plural = True
    elif lw[k] in _ONE:
        k += 1
    else:
        return None
    # up to three modifiers before the noun: "a small-town Jewish boy", "a New York psychologist"
    for _ in range(4):
        if k >= n:
            return None
        if any(c in prose[words[k - 1].end : words[k].start] for c in ",;:()\"\u201c\u201d"):
            return None
        w = without_possessive(lw[k])
        if _person(w, plural) and (k + 1 >= n or not _person(without_possessive(lw[k + 1]), plural)):
            break
        if not lw[k][:1].isalpha() or lw[k] in _NOT_ADJECTIVE or lw[k] in _DEFINITE:
            return None
        k += 1
    else:
        return None
    if k + 1 < n:
        gap = prose[words[k].end : words[k + 1].start]
        if lw[k + 1] in ("who", "whom"):
            return None  # "a hacker who prefers command-line interfaces": a kind, not a report
        if "," in gap and not any(q in gap for q in "\"\u201c'\u2018") and words[k + 1].text[:1].isupper():
            return None  # "a principal opposition leader, Dr. Juan Bosch": the person named
    return first, k


# A group of people the text does not name, by the noun's form (issue 11, forty-ninth session,
# hcrec49): "repeated by many Marxists", "described by witnesses", "believed by some historians",
# "noted by other scholars". ``agent_at`` reads the kinds of ``PEOPLE`` only; this reads any
# plural noun of a person (``PERSON``'s plurals, "-men", "-ists", "-ians": ``_person``) after a
# participle of judging, describing or saying (``JUDGING``, ``ONE_JUDGING`` and the verbs of saying
# below; not a verb of doing, "used by historians", "visited by tourists").
PLURAL_JUDGING = JUDGING | ONE_JUDGING | frozenset(
    "noted stated asserted contended supposed assumed postulated estimated".split()
)  # not "maintained" ("maintained by developers": a project's upkeep)
# How many, before the plural: "other" too ("by other historians": others, not named).
_PLURAL_HOW_MANY = _HOW_MANY | frozenset({"other", "few", "some", "most"})
# People of a tool's own world, standing alone after the participle: "called by users",
# "expected by developers", "accepted by readers" say who a thing is for or used by, not who
# holds a view (as ``agent_at`` leaves a bare "by developers").
_BARE_NOT = frozenset(
    "users developers programmers engineers members managers readers students visitors residents "
    "fans sources officers executives parents maintainers reviewers contributors".split()
)
# Words before the plural that pick out whose, not how many: "by other libertarians", "by its
# followers" (with a creed's adherents, the party the text names).
_NOT_HOW_MANY = frozenset({"other", "its", "their"})
# Words after the plural that name who they are: "by historians such as Gibbon", "by economists
# at the Fed", "by scholars of the Sorbonne" (a capitalised word next).
_NAMING_AFTER = frozenset("at from of in with like including such".split())


def _plural_person(w: str) -> bool:
    # "witnesses", "bosses": the plural in -es of a noun of ``PERSON``
    return _person(w, True) or (w.endswith("sses") and _person(w[:-2], False))


# Endings of occupations and fields of study (not of a creed's adherents: "anarchists",
# "Marxists", "libertarians"): "psychologists", "statisticians", "historians", "economists",
# "scientists", "physicists".
_OCCUPATION_ENDINGS = ("ologist", "ician", "orian", "nomist", "ntist", "icist")


def _occupation(w: str) -> bool:
    """A plural noun of an occupation or a role: "witnesses", "scholars", "historians"."""
    one = w[:-2] if w.endswith("sses") else w[:-1]
    return one in PERSON or w in PEOPLE or (not w.endswith("men") and one.endswith(_OCCUPATION_ENDINGS))


def plural_agent_at(lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """The first and last word of "believed by some historians" or "described by witnesses" when
    ``lw[i]`` is "by" after a participle of ``PLURAL_JUDGING`` and a plural noun of a person
    follows with no name: a quantity ("many", "some", "other", "a number of") or nothing before it,
    at most two lower-case modifiers between ("by many older historians"; after a quantity a
    capitalised one too: "by many American critics", "by many Marxists"), and no capitalised
    name, organisation or place after it. Not a definite group ("by the historians", "by his
    critics"), not a capitalised plural standing alone ("criticised by Democrats": a party the
    text names), not people at a named place ("by economists at the Fed")."""
    n = len(lw)
    if i < 1 or lw[i - 1] not in PLURAL_JUDGING:
        return None
    k = i + 1
    counted = False
    for amount in _AMOUNT + (("a", "few"),):
        if tuple(lw[k : k + len(amount)]) == amount:
            k += len(amount)
            counted = True
            break
    else:
        if k < n and lw[k] in _PLURAL_HOW_MANY and words[k].text[:1].islower():
            k += 1
            counted = True
    for _ in range(3):
        if k >= n:
            return None
        if any(c in prose[words[k - 1].end : words[k].start] for c in ",;:()\"\u201c\u201d"):
            return None
        w = lw[k]
        capital = not words[k].text[:1].islower()
        if (not capital or counted) and _plural_person(w) and not (k + 1 < n and _plural_person(lw[k + 1])):
            break
        if w in _DEFINITE or w in _OWNER or w in _NOT_ADJECTIVE or w in _PLURAL_HOW_MANY or not w.isalpha():
            return None
        if capital and not counted:
            return None
        k += 1
    else:
        return None
    if not counted and k == i + 1 and lw[k] in _BARE_NOT:
        return None  # "called by users", "a change suggested by reviewers": a role in the process
    if not _occupation(lw[k]) and (not counted or lw[i + 1] in _NOT_HOW_MANY):
        # "questioned by anarchists from the start" (the Anarchist FAQ's own side), "it is suggested
        # by right-libertarians", "repeated by other libertarians" (the ones just named, and
        # more): with no quantity, the adherents of a creed are a party the text names; "repeated
        # by many Marxists" is a vague part of it
        return None
    if k + 1 < n:
        gap = prose[words[k].end : words[k + 1].start]
        j = k + 3 if k + 3 < n and lw[k + 2] == "the" else k + 2
        if lw[k + 1] in _NAMING_AFTER and j < n and not words[j].text[:1].islower():
            return None  # "by economists at the Fed", "by historians like Gibbon"
        if lw[k + 1] == "such" and k + 2 < n and lw[k + 2] == "as":
            return None  # "by historians such as Gibbon": named
        if "," in gap and not words[k + 1].text[:1].islower():
            return None  # "by two critics, Ann Moss and Jo Lee": named after a comma
    return i - 1, k


# Participles of saying, telling and believing that end an HC101 finding ("It has been said",
# "we've been told", "It is alleged") and may take their agent at once.
_SAID = frozenset("said told alleged stated claimed argued asserted suggested thought believed informed assured warned reminded".split())
# An agent the text can name by its determiner alone: one person or a party it has named ("by the
# Postmaster-General", "by the minister of Spain", "by our opponents", "by his critics").
_NAMING = frozenset("the our my his her their its your".split())
# After "the": a crowd, not a party ("by the majority", "by the public at large").
_CROWD = frozenset("majority public people many most few masses world press media multitude crowd".split())
# Capitalised words that open no name ("by Some", "by One of them", "by Those who").
_NOT_NAME = frozenset("a an one some many most several those these others other all every each".split())


def named_agent_after(lw, words, b: int) -> bool:
    """The HC101 finding ending at ``b`` is a passive of saying whose agent follows at once and is
    named, by a name or a possessive or ``the`` and a role ("It has been said by the
    Postmaster-General that", "It is alleged by the minister of Spain that", "We were told by Poul
    Nielson, the Commissioner", "we've been told by our opponents that"): the sentence says who
    said it (the fifty-seventh session, story57). Not a crowd or one unnamed person ("by the
    majority", "by one sensitive", "by those well acquainted with", "by some": vague, see
    ``agent_at`` and ``one_person_at``)."""
    k = b + 1
    if lw[b] not in _SAID or k + 1 >= len(lw) or lw[k] != "by":
        return False
    w = lw[k + 1]
    if w == "the":
        return k + 2 < len(lw) and lw[k + 2] not in _CROWD
    if w in _NAMING:
        return True
    return words[k + 1].text[:1].isupper() and w not in _NOT_NAME
