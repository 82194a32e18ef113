"""Superlatives that stand where SL101's frames do not look (issue 11, twelfth session).

SL101 reports a superlative when the sentence's shape makes it a claim about a subject ("X is
the best", a tagline, "one of the most", "the world's largest", a scope such as "in the
world"). Speeches, opinion and announcements also claim in two shapes those frames pass over:

* **a record over history** (:func:`historical_record`): a superlative or "first" ranked across
  all the years there have been: "at their highest levels in history", "the smallest budget
  since 1951", "for the first time in history", "an all-time record";
* **a comparative absolute** (:func:`comparative_absolute`): a comparison that denies any rival,
  which claims what a superlative does: "nothing is more important than", "no issue is more
  important", "Never has there been a more exciting time", "there is no clearer test".

Issue 11's thirteenth session added two more, seen in 1961 editorials and convention speeches:

* **a comparison with every rival** (:func:`every_rival`, :func:`no_other_people`,
  :func:`nobody_better`, :func:`led_the_field`): "more surprised than anybody else", "than in
  any other jurisdiction", "as cogently and clearly as anyone", "mightier than any government",
  "No other popular idol is ...", "No one works harder", "has led the nation in ..."; since
  issue 11's twenty-third session also "no other" inside a sentence ("a record no other people
  can match", "in a way that no other syndication format has,") and "nowhere" inverted before a
  comparison (:func:`nowhere_inverted`: "And nowhere is the promise of innovation greater than");
* **"record" as an adjective** (:func:`record_adjective`): "a record one", "a record
  construction budget", "rose to record levels".

Issue 11's eighteenth session added a comparison with every year of a span
(:func:`than_own_past`), a record over it as "the most in 15 years" is: "We produce more oil
at home than we have in 15 years", "more vitality than it has revealed in many years", "fewer
abortions than at any point in the last three decades".

Issue 11's twentieth session widened the scope of a record over history: "since" and a named
event or leader (:func:`since_event`: "its greatest threat since the Civil War"), "in U.S.
history", and "than any" with any rival when a scope over all history follows ("than any
Presidential term in American history").

Issue 11's twenty-fourth session added "few" before a comparison with a rival
(:func:`few_rivals`): "few Americans give more to their country than our diplomats", "there are
few things under heaven more unnerving than", "Few pieces of legislation have done more": almost
no rival left, the claim a superlative makes; and "the very first" read as "the first" in a record
over history ("for the very first time in history").

A third shape was measured and left out: an evaluative superlative wherever it stands ("can
solve the greatest problem", "the most tragic loss" as an object). On the labelled sets it flagged
more traps than claims ("For the greatest benefit, use ...", "The most significant change is",
"providing the best developer experience"): see the code page SL101.

Each function reads the normalised words of one sentence (``lw``) from the trigger word at
``i`` and returns the first and last words of the claim, or None.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

#: The classes, in the order the check tries them (also the names the evaluation uses).
CLASSES = ("history", "comparative", "rival", "record", "ownpast")

# Comparatives that deny a rival when "no", "nothing" or "never" governs them: "nothing is
# better", "no clearer test". Not "no more", "no longer", "no less", "no fewer", "no later":
# quantities and times ("no more than 10 files", "no longer supported").
_COMPARATIVES = frozenset(
    "better greater worse clearer bigger larger stronger finer higher easier simpler faster safer "
    "truer nobler wiser dearer harder".split()
)
COMPARATIVES = _COMPARATIVES  # for superlative_equals
# Verbs and auxiliaries between "nothing"/"no <noun>" and the comparative: "nothing is more
# important", "no issue could be more urgent", "nothing has been more damaging".
LINKING = frozenset("is are was were be been has have had could can would will may might matters".split())
# Words between "never" and its comparative: "Never has there been a more exciting time", "it
# has never been easier", "never before has the world been so ...".
_NEVER_FILLERS = frozenset("has have had was were is are been there it we they the world a an before".split())
# Words that cannot be the noun after "no <comparative>": "no better than", "no greater in".
NOT_HEAD_NOUNS = frozenset("than of in on at to for by from with and or as".split())
# Words that may follow "no" before a noun it denies: "no single issue", "no other people".
_NOUN_LEAD = frozenset({"other", "single"})


def comparative_at(lw, k: int) -> Optional[int]:
    """The last word of a comparative at ``k`` ("better", "more important", "more
    damaging"), not one of quantity ("more than", "more of"); else None."""
    n = len(lw)
    if k >= n:
        return None
    if lw[k] in _COMPARATIVES:
        return k
    if lw[k] == "more" and k + 1 < n:
        adj = lw[k + 1]
        if adj.isalpha() and adj not in NOT_HEAD_NOUNS and len(adj) > 3:
            return k + 1
    return None


BE = frozenset("is are was were be been".split())
# After "never more <adjective> than": a moment, which makes every other moment the rival.
_MOMENTS = frozenset("at in during when now today since".split())


def _more_than_ever(lw, k: int) -> bool:
    """"more popular than at the time ...", "more needed than today": "more", an adjective,
    "than" and a moment from ``k``; not "more than 5" (a bound)."""
    return (
        k + 3 < len(lw) and lw[k] == "more" and lw[k + 1].isalpha() and lw[k + 1] not in NOT_HEAD_NOUNS
        and lw[k + 2] == "than" and lw[k + 3] in _MOMENTS
    )


def _no_one_does_more(lw, i: int) -> Optional[tuple[int, int]]:
    """"No group can contribute more to the success of the program than the editors", "no
    people on Earth hate war or love peace more than we Americans": "no" and a people, a
    polity or a group (_PEOPLE_NOUNS), then "more" within ten words and "than" within eight
    after it, a rival named after "than" (not a figure). Not "No request may take more time
    than the timeout" nor "no real glob specification, and micromatch is more accurate than"
    (no people: a limit, another clause)."""
    n = len(lw)
    k = i + 1
    if k >= n or lw[k] not in _PEOPLE_NOUNS:
        return None
    for m in range(k + 1, min(n, k + 11)):
        if lw[m] == "more":
            for t in range(m + 1, min(n, m + 9)):
                if lw[t] == "than":
                    rival = lw[t + 1] if t + 1 < n else ""
                    if not rival.isalpha() or rival in ("a", "an", "one", "two", "three", "ten", "twice"):
                        return None
                    return i, m  # "No group can contribute more"
                if not lw[t].replace("-", "").isalpha():
                    return None
            return None
        if not lw[m].replace("-", "").isalpha():
            return None
    return None


def comparative_absolute(lw, i: int, gaps=None, advice=frozenset()) -> Optional[tuple[int, int]]:
    """"nothing is more important than", "no issue is more important", "no clearer test",
    "Never has there been a more exciting time", "it has never been easier": a comparison that
    leaves no rival. Not "nothing more than a wrapper" (merely), "no more than 10" (a limit),
    "no better than" (a comparison with one named rival), "never more than 5 retries".
    ``gaps(k)`` is the text between words ``k`` and ``k + 1`` (None: a space); ``advice``: the
    nouns that make "no better way to learn it than ..." advice, as "the best way to" is (A5)."""
    n = len(lw)
    w = lw[i]
    if w == "nothing":
        k = i + 1
        linked = False
        while k < n and k <= i + 3 and lw[k] in LINKING:
            k += 1
            linked = True
        end = comparative_at(lw, k) if linked else None
        return (i, end) if end is not None else None
    if w == "no":
        k = i + 1
        if k < n and lw[k] in _NOUN_LEAD:
            k += 1
        if k < n and lw[k] in _COMPARATIVES:
            # "no clearer test", "no greater threat": a noun must follow the comparative (and
            # not "more": "No more parsing" ends a chore, it ranks nothing)
            head = lw[k + 1] if k + 1 < n else ""
            if gaps is not None and head and gaps(k).strip():
                return None  # "as simple as possible, but no simpler" ending a list item
            if head in advice:
                return None  # "there is no better way to learn a library than its tests": advice
            return (i, k + 1) if head.isalpha() and head not in NOT_HEAD_NOUNS else None
        # "no issue is more important", "no people are better placed"
        if k < n and lw[k].isalpha() and lw[k] not in NOT_HEAD_NOUNS and k + 1 < n and lw[k + 1] in LINKING:
            m = k + 1
            while m < n and m <= k + 3 and lw[m] in LINKING:
                m += 1
            end = comparative_at(lw, m)
            if end is not None:
                return i, end
        return _no_one_does_more(lw, i)
    if w == "never":
        k = i + 1
        while k < n and k <= i + 5 and lw[k] in _NEVER_FILLERS:
            k += 1
        if k == i + 1 and i and lw[i - 1] in BE and _more_than_ever(lw, i + 1):
            # "he was never more popular than at the time of the Russo-American talks": a
            # state compared with every other moment (issue 11, thirteenth session)
            return i, i + 2
        if k == i + 1 and i and lw[i - 1] in BE:
            end = _never_so(lw, i + 1)
            if end is not None and not (lw[end] in _FEELINGS and i >= 2 and lw[i - 2] in _SPEAKERS):
                return i, end  # "the Republic was never so strong", "were never more sought"
        if k == i + 1 or "been" not in lw[i + 1 : k] and lw[i + 1] not in ("has", "have", "had", "was", "were"):
            return None  # "never more than 5 retries", "never better": no state of being is denied
        end = comparative_at(lw, k)
        if end is None:
            return None
        if end + 1 < n and lw[end + 1] == "than":
            return None  # "has never been larger than 100": a bound
        if lw[end] in _FEELINGS and _speaker_before(lw, i):
            return None  # "I have never been more hopeful about our future": the speaker's feeling
        return i, end
    return None


# What "than" may name after "was never higher": a moment, or the subject now ("than it is today").
_NOW = frozenset({"today", "now", "tonight"})
_NOW_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})
# Words after "never so" that are not a degree of a state: "never so much as", "never so many".
_NOT_SO_DEGREE = frozenset({"much", "many", "few", "little", "far", "long"})


def _never_so(lw, k: int) -> Optional[int]:
    """A state denied at every other moment right after "<be> never" (``k`` is the word after
    "never"): "was never so strong", "is never so rife as in ...", "were never more sought",
    "was never more plainly visible ... than in", "was never higher than it is today" (issue 11,
    fortieth session, sl40: the addresses' records of a state, 9 claims in six sets, hoe 3, dowel,
    nib, chock; dado, ferrule 2; no negative, no corpus line). The last word of the degree, or
    None: not a result clause ("is never so large that it overflows", "never so slow as to"), not a
    bound ("is never more accurate than the input", "never more than 5"), not "never so much"."""
    n = len(lw)
    if k + 1 >= n:
        return None
    nxt = lw[k + 1]
    if lw[k] == "so":
        if not nxt.isalpha() or len(nxt) < 3 or nxt in NOT_HEAD_NOUNS or nxt in _NOT_SO_DEGREE:
            return None
        tail = lw[k + 2 : k + 7]
        if "that" in tail or ("as" in tail and "to" in tail[tail.index("as") + 1 : tail.index("as") + 2]):
            return None  # "is never so large that ...", "never so slow as to ...": a result, a bound
        return k + 1
    if lw[k] == "more":
        end = comparative_at(lw, k)
        if end is None or (end + 1 < n and lw[end + 1] == "than"):
            return None  # "is never more accurate than the input": a bound
        return end
    if lw[k] in _COMPARATIVES and nxt == "than" and k + 2 < n:
        after = lw[k + 2]
        if after in _MOMENTS or (after in _NOW_SUBJECTS and k + 4 < n and lw[k + 3] in BE and lw[k + 4] in _NOW):
            return k  # "the spirit of the people was never higher than it is today"
    return None


# Adjectives of the speaker's own feeling after "never been more" (issue 11, twenty-eighth
# session): "I have never been more hopeful about America's future than I am tonight", "we've never
# been more optimistic about our future", "But I've never been more optimistic" (clamp-, saw- and
# spade-docs' traps, S27, Q5, Z1: the speaker's testimony of his own conviction; no labelled claim
# has the shape). A state of the world said by "we" stays a claim ("we have never been stronger":
# no feeling), and so do "Our alliances have never been more solid" and "The need has never been
# more urgent".
_FEELINGS = frozenset(
    "optimistic hopeful confident proud excited determined grateful thankful certain sure convinced "
    "eager honored honoured pleased happy".split()
)
# The speaker as the subject of "have never been": "I have", "we have", "I've", "we've".
_SPEAKERS = frozenset({"i", "we"})
_SPEAKERS_HAVE = frozenset({"i've", "i\u2019ve", "we've", "we\u2019ve"})


def _speaker_before(lw, i: int) -> bool:
    """The speaker ("I", "we") is the subject of "never" at ``i``: "I have never", "we've never"."""
    if i and lw[i - 1] in _SPEAKERS_HAVE:
        return True
    return i >= 2 and lw[i - 1] in ("have", "had") and lw[i - 2] in _SPEAKERS


# Determiners a superlative of record may follow: "the largest", "their highest levels".
RECORD_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her"})
# What "in ... history" may hold: "in history", "in our history", "in the nation's history",
# "in recorded history", "in the history of".
_HISTORY_QUALIFIERS = frozenset({"the", "our", "its", "their", "recorded", "modern", "recent", "american", "human", "u.s", "world",
                                 "postwar", "post-war", "peacetime",  # "the fastest rate in postwar history" (twenty-fifth session)
                                 # "the most decisive decade in its long history", "for the first time in
                                 # its entire history" (spade-docs, sledge-docs: twenty-sixth session)
                                 "long", "entire", "whole"})
# A field, a people or a place that owns the history a ranking runs over (history57): "the most
# crippling ... in political history", "the largest tax cut in Puerto Rico history", "for the
# first time in Swedish history", "in state history", "in arms control history", "in all of
# history", "in all the history of trade negotiations". Not a program's or a person's own record
# (a browser's, a shell's, a commit log's: what the tool keeps), not a pronoun or a verb's words
# ("in years to make history"), and "all" only first ("in all our history").
_NOT_FIELDS = frozenset(
    "to and or a an is are was were be been being make made makes making has have had that this these "
    "those your my his her which who whose what git commit commits browser browsing shell search command "
    "version revision revisions edit edits undo chat file files page release releases package project "
    "repo repository change changes navigation call stack medical credit payment purchase order orders "
    "transaction log session terminal bash zsh conversation message query download watch viewing "
    "listening reading location user account build deployment job run price training employment work "
    "family personal own case cases patient patients branch branches merge tab tabs clipboard input "
    "readline prompt editor buffer kill url router route redo backup snapshot migration schema "
    "database db table event events audit access activity login error crash playback stream feed "
    "chart reflog".split()
)


def _field_of_history(lw, k: int, m: int) -> bool:
    """``lw[m]`` (``k < m <= k + 3``, ``lw[k]`` "in") qualifies the history that follows."""
    w = lw[m]
    if w == "all":
        return m == k + 1  # "in all history", "in all of American history"
    if w == "of":
        return m == k + 2 and lw[k + 1] == "all"  # "in all of history"
    if w == "history" or history_then_dash(w):
        return False  # the history itself ("in history-but I would remind you": the dash's clause next)
    return w.replace("-", "").isalpha() and w not in _NOT_FIELDS


# Nouns after "an all-time" that make it a record of the world: "an all-time high".
_RECORD_NOUNS = frozenset(
    "high highs low lows level levels number numbers year pace amount sum total figure peak".split()
)


def _is_year(w: str) -> bool:
    w = w.removesuffix("s").removesuffix("'")
    return len(w) == 4 and w.isdigit() and w[:2] in ("17", "18", "19", "20")


# Titles that open a leader's name after "since" ("since President Eisenhower's ...") and the
# word that opens a world war's ("since World War II").
_SINCE_TITLES = frozenset({"president", "king", "queen", "emperor", "pope", "chancellor", "prime", "world"})


def since_event(lw, k: int, caps, gaps=None) -> Optional[int]:
    """The last word of "since" and a named event or leader (issue 11, twentieth session): "its
    greatest threat since the Civil War", "the largest investment in infrastructure since
    President Eisenhower's ...", "the highest score of any Junior since the Class' inception": the
    years since a moment every reader can date, a record over them as "since 1951" is. ``caps(m)``:
    word ``m`` is capitalised. Only after "the" or a title, so not "The two biggest changes since
    PyPy 1.9" (a product's versions, loft-docs' trap), nor a name with a version in it. With
    ``gaps(k)`` (the text between words ``k`` and ``k + 1``) the name ends at a mark: "since the
    Great Depression, Virginia ..." is a record to "Depression" and a new clause after it (issue 11,
    twenty-fifth session; the span ran on to "Virginia" before)."""
    n = len(lw)
    m = k + 1
    if m >= n or not (lw[m] == "the" or lw[m] in _SINCE_TITLES and caps(m)):
        return None
    if lw[m] == "the":
        m += 1
    j = m
    marked = False  # a mark ends the name: what follows it is another clause, no reason
    while j < n and j < m + 4 and caps(j) and lw[j][:1].isalpha():
        if j > m and gaps is not None and _ends_name(lw, j, gaps):
            marked = True
            break
        j += 1
        if lw[j - 1].endswith(("'s", "’s")):
            break  # "since President Eisenhower's": the name ends at its possessive
    if j == m or any(c.isdigit() for w in lw[m : j + 1] for c in w):
        return None
    if j < n and gaps is not None and not marked and _ends_name(lw, j, gaps):
        marked = True
    if j < n and not marked and (lw[j] in _PRESENT_AUXILIARIES or lw[j].endswith("s") and lw[j].isalpha() and not caps(j)):
        return None  # "the latest versions since the API is still evolving": "since" gives a reason
    return j - 1


def _ends_name(lw, j: int, gaps) -> bool:
    """A mark stands between words ``j - 1`` and ``j`` ("Depression, Virginia"), other than the
    last dot of an abbreviation ("the U.S. Civil War")."""
    gap = gaps(j - 1).strip()
    return bool(gap) and not (gap == "." and "." in lw[j - 1])


# A present tense after the name makes "since" a reason, not a moment: "since the API is stable",
# "since the Bundle does not contain".
_PRESENT_AUXILIARIES = frozenset(
    "is are isn't aren't has have does do doesn't don't can cannot can't will won't may might must should".split()
)


def history_scope(lw, k: int, caps=None, gaps=None) -> Optional[int]:
    """The last word of a historical scope starting at ``k``: "in history", "in our history",
    "since 1951", "since the 1930s", "ever", "ever recorded", "on record", "of all time"; with
    ``caps`` (word ``m`` is capitalised) also "since the Civil War" (:func:`since_event`); else None."""
    n = len(lw)
    w = lw[k]
    if w == "ever":
        # "the greatest ever", "the highest ever recorded"; not "the largest value ever seen"
        # (what a program keeps), which the caller rules out by the word's place
        return k + 1 if k + 1 < n and lw[k + 1] in ("recorded", "measured") else k
    if w == "since" and k + 1 < n:
        if _is_year(lw[k + 1]):
            return k + 1
        if lw[k + 1] == "the" and k + 2 < n and _is_year(lw[k + 2]):
            return k + 2
        return since_event(lw, k, caps, gaps) if caps else None
    if w == "in":
        m = k + 1
        while m < n and m <= k + 3 and (lw[m] in _HISTORY_QUALIFIERS or lw[m].endswith("'s")
                                        or _field_of_history(lw, k, m)):
            m += 1
        return m if m < n and (lw[m] == "history" or history_then_dash(lw[m])) else None
    if w == "on" and k + 1 < n and lw[k + 1] == "record":
        return k + 1
    if w == "of" and lw[k + 1 : k + 3] == ["all", "time"]:
        return k + 2
    return None


# Words a dash typed as a hyphen may join to "history" ("at their highest levels in
# history-but I would remind you", kiln-docs): the next clause, not a compound.
_AFTER_A_DASH = frozenset({"but", "and", "or", "yet", "so", "not", "although", "though", "while"})


def history_then_dash(word: str) -> bool:
    """``history-but``: the scope, then a dash typed as a hyphen before the next clause."""
    head, hyphen, tail = word.partition("-")
    return bool(hyphen) and head == "history" and tail in _AFTER_A_DASH


def history_scope_near(lw, end: int, reach: int = 4) -> bool:
    """A historical scope within the ``reach`` words after ``end`` ("the single biggest investment
    in history"): a ranking over all the years there have been, a record claimed, never a size
    that identifies a name."""
    return any(history_scope(lw, k) is not None for k in range(end + 1, min(len(lw), end + reach + 1)))


def historical_record(lex, lw, i: int, gaps=None, caps=None) -> Optional[tuple[int, int]]:
    """A superlative, or "first", ranked over all the years there have been: "at their highest
    levels in history", "the smallest budget since 1951", "for the first time in history", "an
    all-time record". The first and last words of the record (its determiner
    to the end of its scope: "the smallest budget since 1951"); None when no historical scope
    follows within its noun phrase ("the largest file", "for the first time you run it")."""
    n = len(lw)
    w = lw[i]
    if w in ("all-time", "alltime"):
        # "an all-time record", "set an all-time high" (also spelt "alltime": "has reached an
        # alltime low", mallet-docs). Not "record" alone: "keeping interest rates near zero --
        # and at record lows" (news-dev) reports a figure's level, no claim
        if i + 1 >= n or lw[i + 1] not in _RECORD_NOUNS | {"record", "records"}:
            return None
        return (i - 1 if i and lw[i - 1] in ("a", "an", "the") else i), i + 1
    # "for the very first time in history" (whet-docs): "very" stresses the record, as in "the very best"
    det = i - 2 if w == "first" and i >= 2 and lw[i - 1] == "very" and lw[i - 2] == "the" else i - 1
    if det < 0 or lw[det] not in RECORD_DETERMINERS:
        if not (w == "first" and det >= 1 and lw[det] == "the"):
            return None
    if w != "first" and w not in lex.superlative and w != "most":
        return None
    end = i + 1 if w == "most" else i
    if end >= n:
        return None
    # The scope may stand right after the word or after its noun (at most three words):
    # "the greatest since 1963", "the smallest budget since 1951", "their highest levels in history".
    # A named event or leader after "since" dates no order of "first": "for the first time since
    # President Truman established the Air Force" (brace-docs' trap) is a fact of one office.
    caps = caps if w != "first" else None
    for k in range(end + 1, min(n, end + 5)):
        if history_scope(lw, k, caps) is not None:
            if (lw[k] == "ever" and k > end + 1 and k + 1 < n and lw[k + 1].isalpha()
                    and lw[k + 1] not in ("recorded", "measured") and not (gaps and gaps(k).strip())):
                # "the largest value ever seen": after the noun, "ever" must end the phrase (a
                # comma ends it: "for the longest period ever, and ...", forge-docs)
                return None
            if w == "first" and lw[end + 1] != "time":
                # "the first release since 2019": an order; "the first ever incompatible
                # release": a fact of a project's own history (fresh-docs marks it a trap)
                return None
            return det, history_scope(lw, k, caps, gaps)  # the whole record: "the smallest budget since 1951"
        if not lw[k].replace("-", "").replace(".", "").isalpha():
            return None  # (an abbreviation may stand in the noun phrase: "the largest U.S. oil discovery ever")
    return None


# --- issue 11, thirteenth session ----------------------------------------------------------

# Everyone a comparison may be made against: "than anybody else", "as anyone" (not "than
# everything else": "you care about throughput more than everything else", a reader's priority).
_EVERYONE = frozenset({"anyone", "anybody"})
# Prepositions between "than" and "any": "than in any other jurisdiction", "than at any time".
_THAN_PREPOSITIONS = frozenset({"in", "at", "with", "for", "from", "on", "among", "during"})
# Words ending in -er that are no comparative: the comparison needs one before "than".
_NOT_COMPARATIVES = frozenset(
    "other another rather either neither whether never ever over under after order number user "
    "server paper water power letter matter member manner river summer winter corner later".split()
)
# After the rival, the writer's own experience bounds the comparison: "than any sleeping pad
# I've used" (unseen-docs marks it a trap); not every rival there is.
_EXPERIENCE = frozenset({"i", "i've", "i’ve", "we've", "we’ve", "i'd", "i’d", "you've", "you’ve", "i'm"})
# Determiners of a small, plain scope after "anyone": "on this list", "in my family", "in our team".
_SMALL_SCOPE = frozenset({"this", "these", "my", "our", "your"})


def comparative_before(lw, i: int, reach: int = 14) -> Optional[int]:
    """The index of the nearest comparative within ``reach`` words before ``i`` ("mightier than",
    "more surprised by the response than", "better than"); not "other than", "rather than"; None
    when there is none, or a figure stands between (superlative_equals reads it too)."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        w = lw[j]
        if w in ("more", "less", "fewer") or w in _COMPARATIVES:
            return j
        if len(w) >= 5 and w.endswith("er") and w.isalpha() and w not in _NOT_COMPARATIVES:
            return j
        if not w.replace("-", "").replace("'", "").isalpha():
            return None  # a comma or a figure: the comparison does not reach back past it
    return None


def _comparative_before(lw, i: int) -> bool:
    """A comparative stands within fourteen words before ``i`` (:func:`comparative_before`)."""
    return comparative_before(lw, i) is not None


#: Words that make "any"/"all"/"no" sweep over every one there has been before: "than in any
#: previous war", "at no previous time" (twenty-ninth session).
# ("former": "than at any former period of our history", chock- and tine-docs; thirty-eighth session)
EARLIER = frozenset({"previous", "prior", "earlier", "preceding", "former"})
# What a project numbers in its own history: "faster than any previous release" compares a
# program with its own versions (fresh-docs: "the first ever incompatible release", a trap).
_OWN_HISTORY = frozenset(
    "version versions release releases build builds edition editions revision revisions update updates "
    "implementation implementations iteration iterations model models attempt attempts run runs".split()
)


#: "than almost any other": the sweep over every rival hedged by a few (sl38); also the softeners
#: of "almost nobody" (superlative_none.nearly_nobody).
NEARLY = frozenset({"almost", "nearly", "virtually", "practically"})


def every_rival(lw, i: int) -> Optional[tuple[int, int]]:
    """A comparison with every rival there is, not named one by one: "more surprised by the
    response than anybody else", "than in any other jurisdiction", "mightier than any
    country", "in a more difficult position than any since 1957", "as cogently and clearly as
    anyone". From "than" (or the "as" before the adverb) to the rival. Not "other than anyone
    who ..." (no comparative), "than any transformation that Sucrase needs" nor "larger than any
    supported primitive" (documentation compares the parts of a system so: a rival after "any"
    counts only when it is a people, a polity or a leader), "more than everything else" (a
    priority the reader sets), "than any sleeping pad I've used" (the writer's experience),
    nor "than any other", which the word list reads. ``i``: "than", or "anyone"/"anybody"."""
    n = len(lw)
    w = lw[i]
    if w in _EVERYONE:
        # "as cogently and clearly as anyone", "as directly as anyone"
        if i < 3 or lw[i - 1] != "as":
            return None
        k = i - 2
        while k >= 0 and (lw[k] == "and" or ly_adverb(lw[k], 0)):
            k -= 1
        if k >= 0 and k < i - 2 and lw[k] == "as":
            return k, i
        return None
    if w != "than" or (i and lw[i - 1] in ("rather", "other")):
        return None  # "rather than in any other module": no comparison
    k = i + 1
    if k < n and lw[k] in _THAN_PREPOSITIONS:
        k += 1
    if k + 2 < n and lw[k] in ("that", "those") and lw[k + 1] == "of" and lw[k + 2] == "any":
        k += 2  # "greater than that of any other country": the pronoun stands for what is compared
    elif k + 1 < n and lw[k] in NEARLY and lw[k + 1] == "any":
        k += 1  # "than in almost any other nation": every rival but a few (thirty-eighth session)
    if k + 1 >= n:
        return None
    if lw[k] in _EVERYONE or lw[k] == "anywhere":
        # "than anybody else", "deeper than anywhere else in America"
        if not _comparative_before(lw, i):
            return None
        end = k + 1 if k + 1 < n and lw[k + 1] == "else" else k
        if lw[end + 1 : end + 2] and lw[end + 1] in _THAN_PREPOSITIONS and lw[end + 2 : end + 3] and lw[end + 2] in _SMALL_SCOPE:
            return None  # "broker than anyone on this list": the members of one list (kiln-docs)
    elif (lw[k] in ("any", "all") and k + 2 < n and lw[k + 1] in EARLIER and lw[k + 2].isalpha()
          and lw[k + 2] not in _OWN_HISTORY and _comparative_before(lw, i)):
        # "closer to national unity than in any previous war", "lower than in any prior wage
        # settlement since World War II", "a greater toll ... than all previous wars in Gaza
        # combined": every one there has been before (twenty-ninth session: 4 claims in four
        # sets, no negative); not "faster than any previous release", a project's own history
        end = k + 2
    elif lw[k] == "any":
        m = k + 1
        if lw[m] == "other":
            if m == i + 2:
                return None  # "than any other": the word list's entry
            end = m  # "than in any other jurisdiction": no comparative needed, as for the entry
        elif lw[m] == "since" and m + 1 < n and _is_year(lw[m + 1]) and _comparative_before(lw, i):
            return i, m + 1  # "than any since 1957"
        elif (m + 2 < n and lw[m].isalpha() and lw[m] not in NOT_HEAD_NOUNS and lw[m + 1] == "since"
              and (_is_year(lw[m + 2]) or lw[m + 2].isalpha())
              and _comparative_before(lw, i)):
            return i, m + 1  # "than any program since John Kennedy's tax cut": every one in years
        elif lw[m] in RIVAL_NOUNS and _comparative_before(lw, i):
            end = m  # "mightier than any collective", "better than any country in the world"
        elif _comparative_before(lw, i) and _any_in_history(lw, m) is not None:
            # "more circuit court judges than any new administration in the history of our
            # country", "more to the national debt than any Presidential term in American
            # history": every rival there has been, whatever it is (twentieth session)
            end = _any_in_history(lw, m)
        elif _comparative_before(lw, i) and _any_could(lw, m) is not None:
            # "faster than any real world program can", "far better than any work-around could
            # do": every rival that could be, whatever it is
            end = _any_could(lw, m)
        else:
            return None
    else:
        return None
    if any(w in _EXPERIENCE for w in lw[end + 1 : end + 4]):
        return None  # "than any sleeping pad I've used"
    return i, end


# --- a comparison with every year of a span (issue 11, eighteenth session) ---------------------

# Who compares with their own past: "more oil than we have in 15 years", "than it has revealed".
_PAST_SUBJECTS = frozenset({"we", "it", "they", "he", "she"})
_PAST_AUXILIARIES = frozenset({"have", "has", "had"})
_PAST_CONTRACTED = frozenset({"we've", "we’ve", "they've", "they’ve"})
# "than at any point in the last three decades": a moment of the span ("than at any time" is the
# word list's entry, read without a span).
_PAST_MOMENTS = frozenset({"point", "moment", "period", "stage"})
# The span: "in 15 years", "in many years", "in the last three decades", "for years", "in decades".
_SPAN_NOUNS = frozenset("years decades centuries generations decade century generation".split())
_SPAN_WORDS = frozenset(
    "the past last over more than nearly almost half many several recent a two three four five six "
    "seven eight nine ten twelve fifteen twenty thirty forty fifty hundred".split()
)
_SPAN_OPENERS = frozenset({"in", "for", "over"})


def whole_number(w: str) -> bool:
    """``w`` is a whole number in figures, with or without thousands' commas ("42", "1,000"): the
    count of a span of years (here, in superlatives and in superlative_first)."""
    return w.replace(",", "").isdigit()


def _span_after(lw, k: int) -> Optional[int]:
    """The last word of a span of years opening at ``k``: "in 15 years", "in the last three
    decades", "for many years", "in decades"; else None."""
    n = len(lw)
    if k >= n or lw[k] not in _SPAN_OPENERS:
        return None
    for m in range(k + 1, min(n, k + 6)):
        w = lw[m]
        if w in _SPAN_NOUNS:
            return m
        if not (whole_number(w) or w in _SPAN_WORDS):  # "in 1,000 years"
            return None
    return None


# Verbs after "than X had ever" that tell a hope or a thought, not a past outdone: "more than he had
# ever hoped", "more than I could ever have imagined".
_EVER_MIND = frozenset(
    "hoped imagined dreamed dreamt expected thought wanted wished believed feared guessed planned "
    "intended needed asked bargained".split()
)
# Subjects of "than X has ever": not the writer or the reader ("than I have ever been": the
# writer's own experience, as "the best pad I've used" is).
_EVER_NOT_SUBJECTS = _EXPERIENCE | frozenset({"you", "we", "me", "us", "there", "this", "that", "these", "those"})


def _than_ever(lw, i: int, gaps=None) -> Optional[int]:
    """The last word of "than <subject> has/have/had ever <participle> (before)" after ``i``
    ("than"): "far better than they have ever done before", "far more than fighters had ever
    commanded", "more than he has ever been": a comparison with every moment of the subject's own
    past, a record over it. Not the writer's or the reader's experience ("than I have ever been"),
    a hope or a thought ("than he had ever hoped"), nor an aim (a modal or "to" before it in its
    clause: "we could be more inclusive than America had ever been"). ``None`` otherwise."""
    n = len(lw)
    k = i + 1
    if k < n and lw[k] in _PAST_CONTRACTED and lw[k] not in _EVER_NOT_SUBJECTS:
        k += 1
    elif k + 2 < n and lw[k] in _PAST_AUXILIARIES and lw[k + 1] == "ever" and lw[k + 2] == "been":
        k += 1  # "more for its people than has ever been accomplished before": a passive, no one's experience
    elif k + 1 < n and lw[k + 1] in _PAST_AUXILIARIES:
        if lw[k] in _EVER_NOT_SUBJECTS or not lw[k].isalpha():
            return None
        k += 2
    else:
        return None
    if k + 1 >= n or lw[k] != "ever" or not lw[k + 1].isalpha() or lw[k + 1] in _EVER_MIND:
        return None
    if lw[k + 1] in _NOT_STATED:
        return None  # "than they had ever would": no participle
    for j in range(i - 1, max(-1, i - 13), -1):
        if lw[j] in _NOT_STATED:
            return None  # "could be more inclusive than America had ever been": an aim
        if gaps is not None and any(c in gaps(j) for c in ",;:"):
            break
    end = k + 1
    return end + 1 if end + 1 < n and lw[end + 1] == "before" else end


def than_own_past(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """"We produce more oil at home than we have in 15 years", "He injected more vitality into
    the score than it has revealed in many years", "fewer abortions in America than at any point
    in the last three decades": a comparison with every year of a span, a record over it as "the
    most in 15 years" is. From "than" to the span's noun. Not "more in three days than it has in
    almost three years" (two periods compared: a span before "than" in its clause), nor "than we
    have in the Army" (no span of years). ``lw[i]`` is "than"."""
    n = len(lw)
    if lw[i] != "than":
        return None
    nxt = lw[i + 1] if i + 1 < n else ""
    if nxt != "at" and nxt not in _PAST_CONTRACTED and nxt not in _PAST_SUBJECTS and not (
            i + 3 < n and lw[i + 2] in _PAST_AUXILIARIES and lw[i + 3] == "ever") and not (
            nxt in _PAST_AUXILIARIES and i + 3 < n and lw[i + 2] == "ever" and lw[i + 3] == "been"):
        return None  # (tested before the walk back for a comparative: most "than" open no span)
    if not _comparative_before(lw, i):
        return None
    ever = _than_ever(lw, i, gaps)
    if ever is not None:
        return i, ever  # "far better than they have ever done before" (issue 11, nineteenth session)
    k = i + 1
    if lw[k : k + 2] == ["at", "any"] and k + 2 < n and lw[k + 2] in _PAST_MOMENTS:
        end = _span_after(lw, k + 3)
        if end is None and k + 3 < n:
            end = history_scope(lw, k + 3)  # "than at any point since 2001"
    else:
        if k < n and lw[k] in _PAST_CONTRACTED:
            k += 1
        elif k + 1 < n and lw[k] in _PAST_SUBJECTS and lw[k + 1] in _PAST_AUXILIARIES:
            k += 2
        else:
            return None
        if k < n and lw[k].isalpha() and lw[k] not in _SPAN_OPENERS:
            k += 1  # "than they have been in decades", "than it has revealed in many years"
        end = _span_after(lw, k)
    if end is None:
        return None
    # two periods compared: "raised more funds in three days than it has in almost three years"
    for j in range(i - 1, max(-1, i - 13), -1):
        if gaps is not None and any(c in gaps(j) for c in ",;:"):
            break
        if lw[j] in ("in", "within", "over") and _span_after(lw, j) is not None or (
                lw[j] in ("in", "within") and j + 2 < i and lw[j + 2] in ("days", "weeks", "months", "hours")):
            return None
    return i, end


def _any_in_history(lw, m: int) -> Optional[int]:
    """The last word of a scope over all history within four words after ``m`` (the rival's
    noun phrase: "any new administration in the history of our country"), or None."""
    for k in range(m + 1, min(len(lw), m + 5)):
        if lw[k] == "in":
            return history_scope(lw, k)
        if not lw[k].replace("-", "").isalpha() or lw[k] in ("that", "which", "who", "than", "to"):
            return None
    return None


# After "than any X can/could", the verbs of a type's bound ("larger than any value can be",
# "than any field can hold"): a fact of the system, not a rival.
_BOUND_VERBS = frozenset({"be", "have", "hold", "contain", "represent", "store", "fit", "accept"})


def _any_could(lw, m: int) -> Optional[int]:
    """The modal of "any real world program can (produce it)", "any work-around could do" (one
    to three words from ``m``, then "can"/"could"); not "than any value can be" nor "than any
    field can hold" (a bound of a type)."""
    n = len(lw)
    for q in range(m + 1, min(n, m + 4)):
        if not lw[q - 1].replace("-", "").isalpha():
            return None
        if lw[q] in ("can", "could"):
            return q if q + 1 == n or lw[q + 1] not in _BOUND_VERBS else None
    return None


# Rivals "than any" ranks a subject above when the comparison is one of the world's: peoples,
# polities, their leaders and programmes (not "any transformation", "any supported primitive").
RIVAL_NOUNS = frozenset(
    "country countries nation nations state states government governments people peoples city cities "
    "politician politicians president leader leaders party administration collective generation "
    "army society empire".split()
)


# People, beside RIVAL_NOUNS, that "No other" denies a rival among: "No other popular idol is
# accorded even that much grace", "No other home health workers are made better off".
_PEOPLE_NOUNS = RIVAL_NOUNS | frozenset(
    "man men woman women person persons worker workers idol idols group groups family families "
    "industry profession class newspaper newspapers candidate candidates".split()
)


# Verbs between "no one"/"nobody" and the comparative: "No one works harder", "nobody does it better".
_NOBODY_FILLERS = frozenset({"it", "them", "this", "that"})


def nobody_better(lw, i: int) -> Optional[tuple[int, int]]:
    """"No one works harder or runs faster than Donald", "Nobody does it better": everyone is
    the rival. "no one"/"nobody", a verb in the present or the past (one word, and "it" or
    "them"), then a comparative of _COMPARATIVES; not "no one uses more than 5%" (a quantity:
    "more" is not read), "No one can do better" (a modal: the check's sweeping statements read
    those), "no one knows" (no comparative)."""
    n = len(lw)
    k = i + 2 if lw[i] == "no" and i + 1 < n and lw[i + 1] == "one" else i + 1
    if lw[i] == "no" and k != i + 2:
        return None
    if k + 1 >= n or not lw[k].isalpha() or not lw[k].endswith(("s", "ed")) or lw[k] in LINKING:
        return None
    m = k + 1
    if m < n and lw[m] in _NOBODY_FILLERS:
        m += 1
    return (i, m) if m < n and lw[m] in _COMPARATIVES else None


# Verbs of the predicate "nothing"/"no <noun>" may open before a comparative that denies every rival
# by doing ("Nothing does that better than the tax credit", "no area holds more promise than
# energy", "no issue has united this country more than our security"): the verb and what it
# governs, at most four words, none a mark (issue 11, twenty-second session).
_DOING_REACH = 4
# Words right after "more than" that make it a bound, not a rival: "more than a dozen", "more than
# two"; after any comparative, words that name no rival: "better than nothing", "more than ever".
_BOUNDS = frozenset("a an one two three four five six seven eight nine ten twice half".split())
_NO_RIVALS = frozenset("nothing none ever before usual expected needed necessary".split())
# The auxiliaries "has"/"have"/"had"/"does"/"did" may stand first: "no issue has united".
_DOING_AUXILIARIES = frozenset({"has", "have", "had", "does", "do", "did"})
# Nouns after "no" that count quantities or limits, not rivals: "no file takes more space than".
LIMIT_NOUNS = frozenset(
    "more less longer one matter doubt such other single file files request requests process processes "
    "thread threads value values item items entry entries line lines character characters byte bytes "
    "field fields row rows column columns record records node nodes element elements key keys".split()
)


def denies_by_doing(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """"Nothing does that better than the earned-income tax credit", "no area holds more promise than
    our investments in American energy", "no issue has united this country more than our security",
    "No issue better illustrates the divide ... than ...", "No force in history has done more to
    advance the human condition than ...": "nothing" or "no" and a noun (and a scope, "in history",
    "on earth", "in the world"), opening a sentence or a clause (``opens``), a verb other than "to
    be" (a "be" is comparative_absolute's) with what it governs, then a comparative and "than" with
    a rival after it; or "better"/"more" right before the verb and "than" within fourteen words:
    what nothing else does as well, a superlative (issue 11, twenty-second session). Not a modal
    ("nothing can do it better", "nothing that would be greater than the tuple": the sweeping
    statements' rules read modals, and a relative clause is no verb of "nothing"), "no file takes
    more space than 4 MB" (a bound: a figure after "than", or a noun of a system's parts after
    "no"), nor past a mark. From "nothing"/"no" to the comparative."""
    n = len(lw)
    if not opens:
        return None
    k = i + 1
    if lw[i] == "no":
        if k >= n or not lw[k].isalpha() or lw[k] in LIMIT_NOUNS or lw[k] in NOT_HEAD_NOUNS:
            return None
        k += 1  # the noun: "no area", "no issue"
        if k + 1 < n and lw[k] in ("in", "on"):
            if lw[k + 1] in _DOING_SCOPES:
                k += 2  # "No force in history", "no nation on earth"
            elif k + 2 < n and lw[k + 1] == "the" and lw[k + 2] in _DOING_SCOPES:
                k += 3  # "no country in the world"
    elif lw[i] != "nothing":
        return None
    if k + 1 < n and lw[k] in ("better", "more") and _finite_verb(lw[k + 1]):
        # "No issue better illustrates the divide between ... than illegal immigration"
        for t in range(k + 2, min(n, k + 2 + _ADVERB_REACH)):
            if gaps is not None and (gaps(t - 1) or "").strip():
                return None
            if lw[t] == "than":
                return (i, k) if _names_rival(lw, t, False) else None
            if lw[t] in _MODALS or lw[t] in BE:
                return None
        return None
    if k < n and lw[k] in _DOING_AUXILIARIES:
        k += 1
        if k >= n or not lw[k].isalpha() or lw[k] in LINKING or lw[k] in BE or lw[k] in _NOT_STATED:
            return None
    elif k >= n or not _finite_verb(lw[k]):
        return None  # "nothing that would be greater than", "nothing to do better than"
    for m in range(k + 1, min(n, k + 1 + _DOING_REACH)):
        if gaps is not None and (gaps(m - 1) or "").strip():
            return None
        w = lw[m]
        if w in _COMPARATIVES or w == "more":
            for t in range(m + 1, min(n, m + 1 + _THAN_REACH)):
                if lw[t] == "than":
                    return (i, m) if _names_rival(lw, t, t == m + 1 and w == "more") else None
                if not lw[t].isalpha() or lw[t] in _MODALS or (gaps is not None and (gaps(t - 1) or "").strip()):
                    return None
            return None
        if not w.replace("-", "").isalpha() or w in _NOT_STATED or w in BE:
            return None
    return None


# How far "than" may stand after the comparative: "has done more to advance the human condition
# than American freedom" is seven words on.
_THAN_REACH = 8


# --- issue 11, twenty-fourth session: "few" before a comparison ---------------------------------

# Words before "few" that make it a count, not a denial: "a few more bugs", "the few where
# PostgreSQL is faster than MySQL", "one of the few", "the next few months".
_FEW_COUNTS = frozenset("a the of quite those these next last first past".split())
# Comparatives "few" may deny a rival with, beside _COMPARATIVES: "few have come under heavier
# pressure than", "few things under heaven more unnerving than".
_FEW_COMPARATIVES = _COMPARATIVES | frozenset({"more", "heavier", "higher", "deeper", "wider", "richer"})
# Verbs of a deed "few ... have done more" needs no "than" after: "Few pieces of legislation have
# done more at a critical moment in our history to lift us out of a crisis".
_DEEDS = frozenset({"done", "contributed", "accomplished", "achieved", "given", "sacrificed"})
# The speaker's own feeling is no rival denied: "There are few things of which I am prouder than".
_FIRST_PERSON = frozenset({"i", "i'm", "i’m", "we", "we're", "we’re", "me", "us"})
# How far the comparative may stand after "few" (its noun phrase and verb: "Few business groups
# in recent years have come under heavier"), and "than" after the comparative ("few are more
# effective at reducing inequality and helping families pull themselves up through hard work than").
_FEW_REACH = 9
_FEW_THAN_REACH = 14


def few_rivals(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """"few things exposed hard-working families to economic hardship more than a broken health
    care system", "few Americans give more to their country than our diplomats", "there are few
    things under heaven more unnerving than ...", "Few pieces of legislation have done more":
    "few" opening a clause (``opens``, or after "there are"), then within nine words a
    comparative and "than" with a rival, or "have done more": almost no rival is left, the claim a
    superlative makes (issue 11, twenty-fourth session: saw-docs' address, anvil-docs, bellows-docs,
    mallet-docs). Not "a few more bugs", "one of the few where PostgreSQL is faster than MySQL" (a
    count: _FEW_COUNTS), "few of which I am prouder than" (the speaker's feeling), past a mark or
    a modal, nor "than" before a figure or no rival ("better than before"). From "few" to the
    comparative."""
    n = len(lw)
    if i and lw[i - 1] in _FEW_COUNTS:
        return None
    there = i >= 2 and lw[i - 2] == "there" and lw[i - 1] in ("are", "were", "is", "was")
    if not (opens or there):
        return None
    for m in range(i + 1, min(n, i + 1 + _FEW_REACH)):
        if gaps is not None and (gaps(m - 1) or "").strip():
            return None
        w = lw[m]
        if w in _FIRST_PERSON or w in _MODALS or w == "than" or not w.replace("-", "").replace("'", "").isalpha():
            return None
        if w not in _FEW_COMPARATIVES:
            continue
        if w == "more" and lw[m - 1] in _DEEDS:
            return i, m  # "Few pieces of legislation have done more"
        for t in range(m + 1, min(n, m + 1 + _FEW_THAN_REACH)):
            if gaps is not None and (gaps(t - 1) or "").strip():
                return None
            if lw[t] == "than":
                return (i, m) if _few_rival(lw, i, m, t) else None
            if lw[t] in _MODALS or lw[t] in _FIRST_PERSON:
                return None
        return None
    return None


# Nouns of a count after "more than a": "more than a dozen", "more than a year" (a bound).
_COUNT_NOUNS = frozenset(
    "dozen hundred thousand million billion trillion few couple handful third quarter half fraction "
    "day days week weeks month months year years decade decades century minute minutes second seconds "
    "hour hours mile miles percent".split()
)


def _few_rival(lw, i: int, m: int, t: int) -> bool:
    """After "few ... <comparative> ... than" (``m`` the comparative, ``t`` "than"), a rival: what
    _names_rival reads, and after a bare "more than" also "a"/"an" before a noun that counts
    nothing ("more than a broken health care system"). A bare "more than" right after the verb of
    "few" is a quantity, no rival: "Few users need more than the defaults" (three words from "few"
    to "more" at most: its noun and its verb)."""
    bare = t == m + 1 and lw[m] == "more"
    if bare and m - i <= 3:
        return False
    if bare and t + 2 < len(lw) and lw[t + 1] in ("a", "an") and lw[t + 2].isalpha() and lw[t + 2] not in _COUNT_NOUNS:
        return True
    return _names_rival(lw, t, bare)
# Modals, which make a clause after the comparative another statement: "than the tuple would be".
_MODALS = frozenset("will would can could should may might must shall".split())
# Scopes that may follow the noun after "no": "No force in history", "no people on earth".
_DOING_SCOPES = frozenset({"history", "earth", "world", "america", "washington", "europe"})
# How far "than" may stand after "better <verb>": "No issue better illustrates the divide between
# America's working class and America's political class than illegal immigration" is twelve words.
_ADVERB_REACH = 14
# Words ending in "s" or "ed" that are no verb.
_NOT_FINITE = frozenset("this thus its his hers ours yours theirs us as less unless yes perhaps always was is has "
                        "does needs indeed need bed red shed seed speed".split())


def _finite_verb(w: str) -> bool:
    """``w`` reads as a verb in the present's third person or the past: "holds", "does", "united"."""
    return w.isalpha() and len(w) > 2 and w.endswith(("s", "ed")) and w not in _NOT_FINITE and w not in LINKING


def _names_rival(lw, t: int, bare_more: bool) -> bool:
    """After "than" at ``t``, a rival: not a figure, nor "nothing"/"ever"/"before" (no rival), nor
    after a bare "more than" a count ("more than a dozen")."""
    rival = lw[t + 1] if t + 1 < len(lw) else ""
    return rival.isalpha() and rival not in _NO_RIVALS and not (bare_more and rival in _BOUNDS)


# What a people after "no other" does, inside a sentence: "a record no other people can match",
# "no other free nation has demanded so much", "in no other country in the world do workers ..."
# (issue 11, twenty-third session, task rivals23). Not "be": "there are no other people in the
# room", "no other state is modified" are facts of presence or of a program.
_RIVAL_DOINGS = frozenset("has have had does do did can could".split())


def _elided_doing(lw, k: int, gaps) -> bool:
    """At ``k``, "has"/"does"/"can" (and "before"/"yet") with its verb left out, a mark or the
    sentence's end after it: "in a way that no other syndication format has, and ...", "some
    behaviour no other globbing library has." (the comparison, not a statement of what it has)."""
    n = len(lw)
    if k >= n or lw[k] not in _RIVAL_DOINGS:
        return False
    if k + 1 < n and lw[k + 1] in ("before", "yet"):
        k += 1
    return k == n - 1 or (gaps is not None and any(c in (gaps(k) or "") for c in ",;:)!?\u2014\u2013"))


def no_other_people(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """"No other <people>" opening a sentence or a clause (``opens``), a people, a polity or a
    leader within three words: "No other popular idol is accorded even that much grace", "No
    other country has a dream so ...". Inside a sentence too when the people, or a scope after
    it ("in the world", "on earth"), is followed by "has"/"does"/"can" or another finite verb
    (since issue 11's twenty-third session: "a record no other people can match", "For 15 years
    no other free nation has demanded so much of itself", "the workers in no other advanced
    country in the world do"). The word list's market nouns ("No other browser") are read by the
    check's market rank; not "no other commands are valid", "No other code change is needed" (a
    setup: no people), nor "there are no other people in the room" (no doing). Any rival, not
    only a people, when the verb after it is left out before a mark or the sentence's end ("in a
    way that no other syndication format has, ...", "some behaviour no other globbing library
    has."): the ellipsis makes it a comparison."""
    n = len(lw)
    if i + 2 >= n or lw[i + 1] != "other":
        return None
    for k in (i + 3, i + 4):
        # "in a way that no other syndication format has, ...": any rival, its verb elided
        if k < n and all(w.isalpha() for w in lw[i + 2 : k]) and _elided_doing(lw, k, gaps):
            return i, k - 1
    for k in range(i + 2, min(n, i + 5)):
        if lw[k] in _PEOPLE_NOUNS:
            if opens:
                return i, k
            j = k + 1
            if j + 1 < n and lw[j] in ("in", "on"):
                if lw[j + 1] in _DOING_SCOPES:
                    j += 2  # "no other people on earth"
                elif j + 2 < n and lw[j + 1] == "the" and lw[j + 2] in _DOING_SCOPES:
                    j += 3  # "no other country in the world"
            if j < n and (lw[j] in _RIVAL_DOINGS or _finite_verb(lw[j])):
                return i, k
            return None
        if not lw[k].isalpha():
            return None
    return None



# --- "Of all the changes ..., none is more important than" (issue 11, thirtieth session) ----

#: How many words may stand between "none" and "than": "none has more threatened our sense of
#: national well-being than" (eight).
_NONE_REACH = 9


def none_outdoes(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """ "none" as the subject of its clause (``opens``: the sentence's or a clause's first word),
    at most one verb or adverb, a comparative (``more``, ``greater``, ``better``...), then "than"
    within :data:`_NONE_REACH` words, no mark between: every member of a kind the sentence names
    outdone by one ("Of all the changes that have swept America, none brings greater promise than
    our rediscovery of ...", "none is really more shameful than the poisoning of our rivers", "but
    none greater than its dedication to these principles", "none has more threatened our sense of
    well-being than"). ``(i, than)``; else None. Not "none" as an object ("I can think of none
    more important than": the speaker's own view), nor "none of" (a count), nor "none other
    than" (an idiom: the name)."""
    n = len(lw)
    if not opens or lw[i] != "none" or i + 2 >= n or lw[i + 1] in ("of", "other", "the"):
        return None
    k = i + 1
    for _ in range(2):  # "is", "really", "has", "brings": up to two words before the comparative
        if k < n and lw[k] not in _COMPARATIVES and lw[k] not in ("more", "less") and lw[k].isalpha():
            k += 1
    if k >= n or (lw[k] not in _COMPARATIVES and lw[k] not in ("more", "less")):
        return None
    for t in range(k + 1, min(n, i + _NONE_REACH + 1)):
        if gaps is not None and any(c in (gaps(t - 1) or "") for c in ",;:()\u2013\u2014"):
            return None
        if lw[t] == "than":
            return (i, t) if t + 1 < n and lw[t + 1].isalpha() else None
        if not lw[t].replace("-", "").isalpha():
            return None
    return None


# The inversions after "nowhere" that open a comparison: "Nowhere is the promise greater than",
# "Nowhere do we so effectively demonstrate" (issue 11, twenty-third session, task rivals23).
_NOWHERE_INVERSIONS = frozenset("is are was were does do did has have".split())
# How far the comparative may stand after the inversion: "Nowhere is the promise of innovation
# greater" is five words on.
_NOWHERE_REACH = 8
# Subjects after the inversion that make it the writer's experience: "Nowhere have I seen ...".
_NOWHERE_WITNESSES = frozenset({"i", "you", "we've", "i've"})
# After "so": words that make it a purpose or a bound, not a degree ("so that", "so far").
_NOT_DEGREES = frozenset({"that", "as", "far", "long", "to"})


def nowhere_inverted(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """"And nowhere is the promise of innovation greater than in American-made energy", "Nowhere
    is this more important than our next frontier", "Nowhere do we so effectively demonstrate our
    leadership": no place where the subject fares as well, every rival denied. "nowhere" opening
    a sentence or a clause (``opens``), an inverted "be", "do" or "have", then within eight words
    and no mark a comparative with "than" and a rival, or "so" and the degree. Not "Nowhere did
    the speaker recognize the purpose" nor "Nowhere have I seen ..." (an absence, or the writer's
    experience: traps in two sets), "nowhere else in the code" or "gets you nowhere" (no
    inversion, no opening). From "nowhere" to the comparative or the degree."""
    n = len(lw)
    if not opens or i + 2 >= n or lw[i + 1] not in _NOWHERE_INVERSIONS or lw[i + 2] in _NOWHERE_WITNESSES:
        return None
    for m in range(i + 2, min(n, i + 2 + _NOWHERE_REACH)):
        if gaps is not None and (gaps(m - 1) or "").strip():
            return None
        w = lw[m]
        if w == "so" and m + 1 < n and lw[m + 1].isalpha() and lw[m + 1] not in _NOT_DEGREES:
            return i, m + 1  # "Nowhere do we so effectively demonstrate ..."
        if w in _COMPARATIVES or w == "more":
            for t in range(m + 1, min(n, m + 1 + _THAN_REACH)):
                if lw[t] == "than":
                    return (i, m) if _names_rival(lw, t, t == m + 1 and w == "more") else None
                if not lw[t].isalpha() or (gaps is not None and (gaps(t - 1) or "").strip()):
                    return None
            return None
        if not w.replace("-", "").replace("'", "").isalpha() or w in _MODALS:
            return None
    return None


# What "led the ... in" ranks a subject first among: "California has led the nation in ...".
_FIELDS = frozenset("nation world country state states league continent region industry".split())
_LEAD_VERBS = frozenset({"led", "leads", "lead", "leading"})


def led_the_field(lw, i: int) -> Optional[tuple[int, int]]:
    """"California has led the nation in enacting guarantees", "We led the nation in screening":
    first among every rival of a field (the nation, the world, the league), then "in" and what
    was led. Not "to lead the world" (an aim, which the check leaves out), "help America lead
    the world" (the same infinitive, bare), "leads the way" (no field), "the nation with the
    best values to lead the world" (no "in"), "will lead the nation in ..." (a prediction), nor
    the present before the gerund of a deed ("we lead the world in facing down a threat", "a
    country that leads the world in educating its people": heading an effort under way)."""
    n = len(lw)
    if i and lw[i - 1] in _NOT_STATED:
        return None  # "aims to lead the world in research", "will lead the nation in": not a fact
    if _enabled(lw, i):
        return None  # "can help America lead the world in ...": a bare infinitive, an aim as after "to"
    if (lw[i] in _LEAD_VERBS and i + 3 < n and lw[i + 1] == "the" and lw[i + 2] in _FIELDS
            and lw[i + 3] == "in"):
        if lw[i] != "led" and i + 4 < n and _effort(lw[i + 4]):
            return None  # "we lead the world in facing down a threat": an effort under way, no rank
        return i, i + 2
    return None


# Verbs whose object takes a bare infinitive: "help America lead the world in ...".
_ENABLING = frozenset("help helps helping helped let lets letting".split())
# Words that end the object of "help": a new clause or its subject starts at them.
_NOT_OBJECT = frozenset("and or but that which who because so we they i he she it you".split())


def _enabled(lw, i: int) -> bool:
    """"help America lead", "let the city lead": ``lw[i]`` is a bare infinitive after an
    enabling verb and its object of one to three words."""
    for k in range(i - 2, max(-1, i - 5), -1):
        if lw[k] in _ENABLING:
            return True
        if lw[k] in _NOT_OBJECT or not lw[k].replace("'", "").isalpha():
            return False
    return False


# Words in -ing after "in" that are no gerund of a deed: "leads the world in spending", "in
# shipbuilding", "in manufacturing" name a measure or a sector, which ranks.
_MEASURE_INGS = frozenset(
    "spending funding manufacturing shipbuilding engineering computing housing lending banking "
    "farming mining building printing publishing shipping trading clothing training".split()
)


def _effort(w: str) -> bool:
    """``w`` is the gerund of a deed ("confronting", "taking", "educating"): in the present, "we
    lead the world in confronting terrorism" says who heads an effort under way, not a rank held
    over rivals (issue 11, thirty-first session). "led the nation in screening" (the past) is a
    record and stays."""
    return len(w) > 5 and w.endswith("ing") and w.isalpha() and w not in _MEASURE_INGS


# Before "lead": an infinitive or a modal, an aim or a prediction rather than a rank held.
_NOT_STATED = frozenset("to will would can could should may might must shall".split())


# Nouns "record" claims a record of when it stands before them as an adjective: "a record
# construction budget", "record budget surpluses", "rose to record levels". Not "high"/"low"
# ("at record lows": a level reported, news-dev marks it a trap), nor the nouns documentation
# puts after "record" the noun ("record number", "record size", "record count", "record level").
_RECORD_OF = frozenset(
    "budget budgets levels profits profit sales surplus surpluses deficit deficits harvest harvests "
    "crop crops crowd crowds turnout temperatures heat pace sum sums amount amounts attendance growth "
    "earnings revenue revenues exports imports spending prices unemployment enrollment enrolment "
    "year years season quarter month rainfall losses numbers "
    # issue 11, twenty-fifth session (wedge-, punch-, plumb-, vise- and plane-docs): "a record
    # increase in funds", "exporting at a record rate", "climbed to record heights", "record
    # investments in HBCUs", "the aftermath of record floods"
    "increase increases rate heights investment investments floods".split()
)
# "record high"/"record low" is a record claimed after an article or "another" ("R&D -- a record
# high", "another record high", "dropped to a record low", "are at a record high") or after a verb
# of reaching ("reached record highs"); not bare after "at" ("keeping interest rates near zero --
# and at record lows": a figure's level reported, news-dev's trap), nor "the record high" (a
# field: "the record high for the date"). Issue 11, twenty-fifth session.
_RECORD_LEVELS = frozenset({"high", "highs", "low", "lows"})
_RECORD_ARTICLES = frozenset({"a", "an", "another"})
_REACHING = frozenset("reached reach reaches reaching hit hits hitting".split())
# Verbs of falling before "to a record low" as _RISING before "to record levels".
_FALLING = frozenset("fell fallen fall falls falling dropped drop drops dropping sank sunk declined".split())
# Units a data record is measured or counted in: "a record 12 bytes long", "a record 3 fields wide".
_DATA_UNITS = frozenset(
    "byte bytes bit bits kb mb gb kib mib character characters chars field fields column columns "
    "row rows entry entries word words line lines digit digits".split()
)
# Words after "a record <figure>" that carry the figure's noun: "a record 52 straight months",
# "a record 2 1/4 million people".
_FIGURE_WORDS = frozenset({"straight", "consecutive"}) | frozenset("million billion trillion percent per".split())
# Before an adjectival "record": a determiner, a possessive, or a verb of having or reaching.
_RECORD_BEFORE = frozenset(
    "a an the its their our his her had has have reached hit set posted saw sees see at of".split()
)
_AMOUNTS = frozenset("million billion trillion percent per".split())
# Verbs of rising before "to record levels" ("to record sales" is an infinitive otherwise).
_RISING = frozenset("rose risen rise rises rising climbed climb soared soar jumped grew grown surged".split())


# "record" as the first half of a compound adjective: "record-setting tax cuts", "a
# record-breaking $2.2 trillion", "with record-setting results". Never a verb or a record's field.
RECORD_COMPOUNDS = frozenset({"record-setting", "record-breaking", "record-smashing"})
# Words before "record" that make it a verb ("we record sales", "to record sales", "can record
# spending", "also record revenue"): a subject pronoun, "to", a modal or an adverb of a verb. After
# any other word (issue 11, nineteenth session) a noun of quantity after it makes "record" the
# adjective: "made record profits", "making record profits", "those record deficits", "near record
# unemployment", "our economy—record job growth"; the thirteenth session's list of the words before
# it (a determiner, a possessive, a verb of having or reaching) missed these in three sets.
_RECORD_VERB_BEFORE = frozenset(
    "i we you they he she it who which that to can could will would should must may might shall "
    "not also then please and or can't cannot won't don't doesn't didn't".split()
)


# Nouns of time that follow "record" the noun as often as "record" the adjective ("had a good record
# last year"): a record of a time only after the listed words ("a record year").
_RECORD_TIMES = frozenset("year years season quarter month".split())
# Words between "record" and a noun of quantity that make "record" the noun ("record last year").
_NOT_RECORD_FILLERS = frozenset("last this next that every each the a an of in on for".split())


def _year_in(lw) -> bool:
    return any(_is_year(w) for w in lw)


def record_adjective(lw, i: int) -> Optional[tuple[int, int]]:
    """"record" as an adjective, a record claimed with no figure: "a record one", "the Georgia
    Power Company's record construction budget", "record budget surpluses", "rose to record
    levels", "a record $74 billion", "made record profits", "a record number of young Americans",
    and the compounds "record-setting tax cuts", "a record-breaking $2.2 trillion"; since issue 11's
    twenty-fifth session also a record level after an article or a verb of reaching ("a record
    high", "reached record highs": :func:`_record_level`) and a figure after "a record" ("for a
    record 52 straight months", "a record 4-year decline"). Not "at record lows" (a level
    reported), "the record number" (a record's own number), "to record sales" or "we
    record sales" (a verb), nor a compound in a sentence that dates it ("captured the trophy in 1994
    with a record-breaking voyage": a dated record, a reference fact as a record of age is)."""
    n = len(lw)
    if lw[i] in RECORD_COMPOUNDS:
        if i + 1 >= n or _year_in(lw):
            return None
        return (i - 1 if i and lw[i - 1] in ("a", "an") else i), i
    if lw[i] != "record" or i + 1 >= n:
        return None
    prev = lw[i - 1] if i else ""
    first = i - 1  # where the phrase starts when an article heads it
    if prev.endswith("-a"):
        prev, first = "a", i  # "for good works-a record $74 billion": a dash typed as a hyphen joins the article
    listed = (prev in _RECORD_BEFORE or prev.endswith("'s") or prev.endswith("’s")
              or (prev == "to" and i >= 2 and lw[i - 2] in _RISING))
    if not listed and (prev in _RECORD_VERB_BEFORE or ly_adverb(prev, 0)):
        return None
    nxt = lw[i + 1]
    if nxt in _RECORD_LEVELS:
        return _record_level(lw, i, prev, first)
    if prev in _RECORD_ARTICLES and nxt[:1].isdigit():
        end = _figure_end(lw, i + 1)  # "for a record 52 straight months", "a record 4-year decline"
        # "Each row is a record 12 bytes long": the record the noun, measured in a unit of data
        return None if lw[end] in _DATA_UNITS else (first, end)
    if nxt == "one" and prev in ("a", "an"):
        return first, i + 1  # "DeKalb's budget for 1961 is a record one"
    if nxt == "number" and prev in ("a", "an") and i + 2 < n and lw[i + 2] == "of":
        return first, i + 1  # "a record number of young Americans"; not "the record number", a field
    for k in (i + 1, i + 2):
        if k < n and lw[k] in _RECORD_OF:
            if not listed and (lw[k] in _RECORD_TIMES or (k > i + 1 and lw[i + 1] in _NOT_RECORD_FILLERS)):
                return None  # "This Congress had a good record last year": the noun, then a time
            if not listed and not prev and k + 1 < n:
                return None  # "Record sales in the ledger": an instruction; "Record profits." alone is a claim
            return (first if prev in ("a", "an") else i), k
        if k < n and not lw[k].isalpha():
            return None
    return None


def _record_level(lw, i: int, prev: str, first: int) -> Optional[tuple[int, int]]:
    """"a record high", "another record low", "reached record highs", "dropped to a record low"
    ("record" at ``i``, a level after it): the first and last words, or None ("at record lows",
    "the record high"; and "a new record high", quarry-docs' one, a trap where statistics named in
    its sentence show it)."""
    if prev in _RECORD_ARTICLES:
        return first, i + 1
    if prev in _REACHING or (prev == "to" and i >= 2 and lw[i - 2] in _RISING | _FALLING):
        return i, i + 1
    return None


def _figure_end(lw, k: int) -> int:
    """The last word of a figure opening at ``k`` and the noun it counts: "52 straight months",
    "2 1/4 million people", "4-year decline", "$74 billion" (the words drop the "$")."""
    n = len(lw)
    m = k
    while m + 1 < n and (lw[m + 1][:1].isdigit() or lw[m + 1] in _FIGURE_WORDS):
        m += 1
    if m + 1 < n and lw[m + 1].isalpha() and lw[m + 1] not in NOT_HEAD_NOUNS and lw[m] not in _AMOUNTS:
        m += 1  # the noun counted: "5 years", "4-year decline"
    return m


# Hedges that a writer puts before a ranking of their own: "Perhaps the most important was ...",
# "Probably the worst defect of the format is ...". The gold of the nineteen sets marks such a
# hedged superlative a claim (17 positives in 12 sets, against 3 negatives: a quotation, advice
# with "the best way", a fact of versions): the hedge softens the ranking, it does not source it.
_RANK_HEDGES = frozenset({"perhaps", "probably", "possibly", "arguably"})
# Words before the hedge after which it opens a clause: "But perhaps the biggest question ...".
_HEDGE_CLAUSE_OPENERS = frozenset({"and", "but", "yet", "so", "while", "which", "though", "although"})


def hedged_ranking(words, lw, k: int, prose: str) -> bool:
    """``lw[k]`` is the "the" of a superlative, right after a hedge that opens its sentence or a
    clause ("Perhaps the most important was the resignation", "But perhaps the biggest question
    mark in the report is the Middle East", "; probably the worst defect"): the writer singles
    one out among all of its kind, the subject of what follows (issue 11, fifteenth session).
    Not a hedge inside the predicate ("is perhaps the best", which the predicate frames judge)."""
    if k < 1 or lw[k] != "the" or lw[k - 1] not in _RANK_HEDGES:
        return False
    h = k - 1
    if h == 0 or lw[h - 1] in _HEDGE_CLAUSE_OPENERS:
        return True
    gap = prose[words[h - 1].end : words[h].start]
    return "--" in gap or any(c in gap for c in ",;:\u2013\u2014(")


# Marks between two words that end a sentence or a list item (equative_absolute).
_ENDS_ITEM = frozenset(".;:!?*")
# Idioms of "as ... as" that compare nothing: "as well as", "as long as", "as soon as".
_AS_IDIOMS = frozenset({"well", "long", "soon", "far", "such", "good", "though", "if", "follows"})


def equative_absolute(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """"No grape variety invites as much intrigue as ...", "nothing in the religious sphere so
    popularly discussed as Christian unity", "Nothing illustrates the freedom of the press as much
    as ...": an equality denied to every rival, which claims what a superlative does (issue 11,
    fifteenth session; with a list of adjectives joined by "or"/"and", "no people on Earth are so
    fearless or daring or determined as Americans", seventeenth session). Not "no such thing as",
    "no more than", "as well as", "as long as", nor past a mark that ends a sentence or an item.
    ``gaps(k)``: the text between words ``k`` and ``k + 1``."""
    n = len(lw)
    if lw[i] not in ("no", "nothing") or i + 1 >= n or lw[i + 1] in ("such", "more", "less", "longer", "matter", "doubt"):
        return None  # (not "no doubt", a booster's idiom: "may be no doubt so diminished as to lessen ...")
    if lw[i] == "nothing" and lw[i + 1] in LINKING:
        return None  # "nothing is as simple as it looks", "nothing is so enduring as faith": a saying
    for k in range(i + 2, min(n - 2, i + 9)):
        if lw[k] in ("as", "so"):
            # The gaps up to the first "as" or "so" are read only once it is found (most "no" have
            # none within reach), each once: a gap makes two Word objects (eighteenth session)
            if gaps is not None and any(not _ENDS_ITEM.isdisjoint(gaps(j - 1) or "") for j in range(i + 2, k + 1)):
                return None  # "No credit, Bad credit!\n* Some with as low as": another sentence or item
                # (a bare line break is no mark: plain-text mail wraps its lines)
            m = k + 1
            if lw[m] in _AS_IDIOMS:
                return None
            if lw[m] in ("much", "many") or ly_adverb(lw[m], 0):
                m += 1  # "as much intrigue as", "so popularly discussed as"
            # up to two words (an adjective, a noun) before the closing "as", or adjectives
            # joined by "or"/"and": "no people on Earth are so fearless or daring or determined
            # as Americans" (issue 11, seventeenth session)
            e = m
            while e < n and e < m + 9:
                if lw[e] == "as" and e > k + 1:
                    return i, e
                if not lw[e].replace("-", "").isalpha():
                    return None
                if gaps is not None and e > k and not _ENDS_ITEM.isdisjoint(gaps(e - 1) or ""):
                    return None
                if e >= m + 2 and lw[e] not in ("or", "and") and lw[e - 1] not in ("or", "and"):
                    return None
                e += 1
            return None
    return None
