"""`The only <means>`: a claim that no other course exists (issue 11, sixteenth session, w-r16c).

"The only force powerful enough to stop the rise of tyranny ... is the force of human freedom",
"the only solutions would be dramatically higher taxes", "The only hope for West Berlin lies in
a compromise", "The only choice left is to ban the entire site", "There's only one option left",
"the only means available to us", "the only sane way to support multi-language apps": each
rules out every other course of action, a claim about the world an editor can ask a source for.

``the only`` is otherwise a claim only when said of a named subject or scoped ("Acme is the only
vendor that ...", "the only one in the world": ``superlatives._only``), because documentation
says ``the only required argument`` and ``the only way to install it is`` truthfully. So the
nouns here are the ones documentation does not use for its own interface:

* a noun of means or hope (``_MEANS``): ``force``, ``hope``, ``means``, ``remedy``, ``cure``,
  ``alternative``, ``solution``, ``recourse``;
* ``option``/``choice`` only when nothing else is ``left`` or ``remaining`` ("the only option
  left", "only one option left"): bare, they are a program's options ("the only option with a
  default value is `path`");
* any noun after ``sane`` or ``sure``, which judge every other way wrong ("the only sane way",
  "the only sure way to do that"); not ``real``, ``true`` or ``possible`` (``the only real skill
  involved``, ``the only true guide is what your publisher will accept``: negatives as often as
  positives in the gold).

Measured and left out (SL101's code page has the counts): ``the only way`` in technical writing
(advice to the reader: ``the only way to reverse a hash is``; outside it a claim since issue 11's
twenty-fifth session, :func:`only_way`), ``the only answer`` (advice: ``The only answer ... is that you have to ignore``),
``the only thing``/``the only one`` (an interface's or a story's fact more often than a claim),
except ``The only thing`` or ``The only people`` heading a sentence outside technical writing, at
``info`` since issue 11's fortieth session (:func:`only_thing`), and since the fifty-second any other
noun heading it before a present "is"/"are", at ``info`` (:func:`only_heading`: "The only possible
antidote is the truth"; 18 right of 26 by sentence over the one hundred and fifteen sets before swage).

Since issue 11's seventeenth session also one means said to be the only one that achieves an end
(:func:`only_by_means`): "prosperity can only be attained by ...", "the peace we seek will only be
achieved by eliminating ...", "problems with the law can often only be solved by ...", "We are
protected from attack only by vigorous action"; not a program's steps ("can only be used by").

Not a claim either: a ranking among what the writer has or sees ("the only solution we have is
to enable the transform", "The only way that I can see"), nor one denied ("not the only
solution").
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

#: Nouns of means or hope after "the only": a course of action ruled the only one there is.
_MEANS = frozenset(
    "force forces hope hopes means remedy remedies cure cures alternative alternatives "
    "solution solutions recourse".split()
)
#: Nouns of a program's interface as often as of a course of action: a claim only with "left".
_LEFT_NOUNS = frozenset({"option", "options", "choice", "choices"})
_LEFT = frozenset({"left", "remaining"})
#: What may follow "left": the end of the clause or a verb ("The only choice left is to ...");
#: not "The only option left unset is the port" (a participle of the interface).
_AFTER_LEFT = frozenset("is was are were would will could seems must for to in now then but and open".split())
#: Adjectives that judge every other way wrong: "the only sane way", "the only sure way".
_JUDGING = frozenset({"sane", "sure"})
#: What the writer has or sees: the writer's own circle, not the world's ("the only solution we
#: have", "The only way that I can see", "the only solution at our disposal").
_OWNERS = frozenset({"we", "i"})
_HOLDING = frozenset({"have", "had", "know", "knew", "see", "saw", "found", "can", "could", "need", "needed", "'ve", "’ve"})
#: What "we" can do after the only course: a claim about every course there is, not the writer's
#: own circle (sweep61).
_ABLE = frozenset({"can", "could"})


def only_course(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only": the first and last words of "the only <means>" or "only one option
    left", or None."""
    n = len(lw)
    if i + 1 >= n:
        return None
    if i >= 1 and lw[i - 1] == "the":
        start = i - 1
        if start >= 1 and lw[start - 1] in ("not", "n't"):
            return None  # "is not the only solution": denied
    elif lw[i + 1] == "one":
        start = i  # "There's only one option left", "has only one choice remaining"
        if not (i + 3 < n and lw[i + 2] in _LEFT_NOUNS | _MEANS and _left(lw, i + 3)):
            return None
        return start, i + 3
    else:
        return None
    k = i + 1
    judged = lw[k] in _JUDGING
    if judged:
        k += 1
        if k >= n or not lw[k].isalpha():
            return None
    noun = lw[k]
    if noun in _LEFT_NOUNS and not judged:
        if not _left(lw, k + 1):
            return None
        end = k + 1
    elif noun in _MEANS or (judged and noun.isalpha()):
        end = k
    else:
        return None
    if _writers_own(lw, end):
        return None
    return start, end


def _left(lw, k: int) -> bool:
    """``lw[k]`` is "left" or "remaining" closing the noun phrase: the sentence or the clause ends,
    or a verb follows."""
    if k >= len(lw) or lw[k] not in _LEFT:
        return False
    return k + 1 >= len(lw) or not lw[k + 1].isalpha() or lw[k + 1] in _AFTER_LEFT


def _writers_own(lw, end: int) -> bool:
    """Within four words after the noun, "we have", "I can see", "at our disposal": the writer's
    own options, not every option there is. Not "we can"/"we could" ("the only way we can make
    welfare reform a reality": every course ruled out but one, sixty-first session)."""
    for k in range(end + 1, min(len(lw) - 1, end + 5)):
        if lw[k] == "we" and lw[k + 1] in _ABLE:
            # "the only way we can make real welfare reform a reality", "the only means by which
            # we can judge": every other course the nation or the movement has is ruled out, a claim
            # (sixty-first session, sweep61: 6 right and none wrong on the rows over the one hundred
            # and forty-two sets before loy; 5 new warnings, all right, in five of them, chock's
            # sixth behind another gate); "The only way that I can see" stays the writer's own view
            continue
        if lw[k] in _OWNERS and lw[k + 1] in _HOLDING:
            return True
        if lw[k] in ("we've", "i've"):
            return True
        if lw[k] == "at" and lw[k + 1] in ("our", "my") and k + 2 < len(lw) and lw[k + 2] == "disposal":
            return True
        if not lw[k].replace("'", "").isalpha():
            return False
    return False


# --- the only way, outside technical writing (issue 11, twenty-fifth session) ---------------------

#: Adjectives that may stand between "the only" and "way": "the only certain way to avoid",
#: "The only reasonable way to view". Not "real", "true" or "possible", as in only_course ("The
#: only possible way is to use some web-ish tools", a README's statement of its interface).
_WAY_ADJECTIVES = frozenset({"certain", "reasonable"})


#: Verbs of a procedure after "the only way to": "The only way to install Harbor is with pip",
#: "The only way to get a refund is to go to ...": how the reader does a thing, advice even outside
#: technical writing (the rule examples, hearth-docs' and gouge-docs' traps).
_PROCEDURE_VERBS = frozenset(
    "install uninstall configure run use set enable disable build compile update upgrade import call "
    "access deploy get obtain".split()
)


def only_way(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only": the first and last words of "the only (certain) way" or "only one
    way", a course ruled the only one there is, or None. The caller reports it only outside
    technical writing, where "the only way to install it is" is advice to the reader. Not denied
    ("not the only way"), the writer's own ("The only way that I can see", "the only way we
    need"), nor a procedure ("The only way to get a refund is to go to ...")."""
    n = len(lw)
    if i + 1 >= n:
        return None
    if i >= 1 and lw[i - 1] == "the":
        start = i - 1
        if start >= 1 and lw[start - 1] in ("not", "n't"):
            return None
        k = i + 1
        if lw[k] in _WAY_ADJECTIVES:
            k += 1
    elif lw[i + 1] == "one":
        start, k = i, i + 2  # "There's only one way to eliminate this uncertainty"
    else:
        return None
    if k >= n or lw[k] != "way":
        return None
    if k + 2 < n and lw[k + 1] == "to" and lw[k + 2] in _PROCEDURE_VERBS:
        return None  # "The only way to install Harbor is with pip": a procedure
    if _writers_own(lw, k) or (k + 2 < n and lw[k + 1] == "that" and lw[k + 2] in _OWNERS):
        return None
    return start, k


# --- the only thing, heading the sentence, outside technical writing (fortieth session) ----------

#: Nouns after "The only" that make the subject everything (or everyone) there is: "The only thing
#: that can defeat us is our own state of mind", "The only people who are contented with ... are".
_ALL_NOUNS = frozenset({"thing", "things", "people"})
#: Words that may open the sentence before "The only": "But the only thing ...".
_OPENERS = frozenset({"but", "and", "yet", "so"})
#: Within the subject, the writer's own view or advice to the reader: "The only thing that is
#: perfectly clear to me is ...", "The only thing investors should be asking themselves is ...".
_OWN_OR_ADVICE = frozenset({"me", "i", "i'm", "we", "should", "must", "need", "needs", "ought"})


#: Subjects of a relative clause inside the subject: "The only thing that is clear to me is".
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who", "it", "they", "he", "she", "you"})


def only_thing(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only" in "The only thing" or "The only people" opening the sentence (past
    "But", "And", "Yet"): everything or everyone else ruled out, as "the only way" is (issue 11,
    fortieth session, sl40: 5 claims in five sets outside technical writing, forge, bevel, hoe,
    mortise; spindle; against 3 negatives). The caller reports it only outside technical writing
    (at ``info`` until the forty-first session: its info findings were right 5 times of 5 over the
    eighty-five sets, tier41) ("The only thing you need to do is run make" is advice there). Not the
    writer's own view or advice ("The only thing that is clear to me is", "The only thing we
    should ask is"), not the object or a complement ("the only thing it's useful for"), nor a
    question."""
    n = len(lw)
    if i < 1 or i + 1 >= n or lw[i - 1] != "the" or lw[i + 1] not in _ALL_NOUNS:
        return None
    if i >= 2 and not (i == 2 and lw[0] in _OPENERS):
        return None
    for k in range(i + 2, min(n, i + 12)):
        if lw[k] in _OWN_OR_ADVICE:
            return None
        if lw[k] in ("is", "are", "was", "were") and lw[k - 1] not in _RELATIVE_SUBJECTS:
            return i - 1, i + 1  # the sentence's verb, not a relative clause's ("that is clear")
    return None


# --- "The only <anything> is ...": one member of a kind, every other ruled out (fifty-second session) --

#: Words right after "The only" that rank nothing: the rest of a list ("The only other regions so
#: blessed are"), what is left of a sum ("The only remaining sum is $12,000,000"), one of a few
#: things named ("The only one of these games to have survived").
_NOT_RANKING = frozenset({"other", "remaining", "one", "ones"})
#: Words inside the subject that make it the writer's own circle, a person's, or the text's own
#: ("The only response we can think of", "the only ideal he can think of", "The only other one I
#: shall mention", "the only thing to be considered here"), or advice ("should", "must"): not a
#: claim about the world (RULES 3, brace Z1).
_PERSONAL = frozenset(
    "i me my i'm we us our you your he him his she her they them their here below above should must "
    "need needs ought said".split()
)
#: Nouns the other readers of "the only" decide (only_way, only_thing; only_course reads _MEANS and
#: _LEFT_NOUNS): where they pass ("The only way to install Harbor is with pip", advice or a procedure;
#: "The only option with a default value is `path`", a program's option), this reading does too.
_DECIDED = frozenset({"way", "ways", "thing", "things", "people"})
#: Participles without "-ed" after "is"/"are": a passive reports a fact, it ranks nothing.
_PARTICIPLES = frozenset("found known shown given seen made done held kept set taken written".split())
#: How far the subject may run before its verb: "The only question of any importance which still
#: remains open is ..." puts "is" ten words on.
_HEAD_REACH = 20
#: Marks that end the subject before its verb ("The only safe generalization is", but not "The
#: only way, in his view, is"; a parenthesis may stand in it).
_SUBJECT_ENDS = frozenset(",;:\u2013\u2014")


def only_heading(lw, gaps=None) -> Optional[tuple[int, int]]:
    """"The only <noun phrase> is/are ..." heading the sentence (past "But", "And", "Yet", "So"):
    one member of a kind said to be the only one, in the present, every other ruled out ("The only
    possible antidote is the truth", "The only real response to the problems of representative
    democracy is to urge people not to vote", "The only efficient use for the Navy is for offense",
    "The only present alliance between the two arts is that ..."): :func:`only_thing`'s reading with
    any noun. ``(first, last)`` of "The only", or None. Not the past ("The only lasting difficulty
    was the food", a story's fact), not "The only other ..." or "The only remaining ..." (a list's
    rest, a sum left), not a subject that holds the writer, a person or the text itself ("The only
    response we can think of is", "the only thing to be considered here"), not a passive ("The only
    differences are listed below", "is found in an appropriation bill"), not a verb before a colon
    ("The only available postfix at the moment is:", the text's own list), not past a comma or a
    dash before its verb, not a sentence with a figure (a ranking the figures establish, RULES 3),
    and not a relative clause's verb ("The only course that is going to ..." reads on to its own
    "is"). The caller reports it at ``info`` and only outside technical writing ("The only
    difference is that they are applied later", "The only requirement is to know the pid": a
    program's fact or advice there). Reads at most :data:`_HEAD_REACH` words, then every word
    once for a figure: linear in the sentence."""
    n = len(lw)
    i = 1 if n > 2 and lw[0] == "the" else (2 if n > 3 and lw[0] in _OPENERS and lw[1] == "the" else -1)
    if i < 0 or lw[i] != "only" or lw[i + 1] in _NOT_RANKING or lw[i + 1].endswith(("ing", "ed")):
        return None  # "The only remaining sum", "The only required argument is `name`": a state, not a rank
    if lw[i + 1] in _MEANS:
        return None  # "The only hope for the valley lies in ...": only_course's word
    if not lw[i + 1].isalpha():
        return None  # "The only 3 options", "The only `--fast` flag": a figure or a code name
    for k in range(i + 1, min(n, i + 1 + _HEAD_REACH)):
        if gaps is not None and k > i + 1 and not _SUBJECT_ENDS.isdisjoint(gaps(k - 1) or ""):
            return None  # a comma or a dash before the verb: "The only free person, according to Engels' logic, ..."
        w = lw[k]
        if w in _PERSONAL or w in _DECIDED or w in _LEFT_NOUNS:
            return None  # the writer's or a person's circle; "The only possible way is", "The only option with a default value is": the other readers' words
        if w in ("was", "were"):
            return None  # "The only lasting difficulty was the food": a story's fact
        if w in ("is", "are") and lw[k - 1] not in _RELATIVE_SUBJECTS:
            if k + 1 >= n or (gaps is not None and ":" in (gaps(k) or "")):
                return None  # "The only available postfix at the moment is:": the text's own list follows
            if k + 1 < n and (lw[k + 1].endswith("ed") or lw[k + 1] in _PARTICIPLES):
                return None  # "The only differences are listed below", "is found in a bill": a passive, a fact reported
            if any(ch.isdigit() for word in lw for ch in word):
                return None  # "The only remaining sum is $12,000,000": a figure the text gives
            return i - 1, i
    return None


# --- only one means achieves the end (issue 11, seventeenth session) ---------------------------

#: Participles of an end achieved or kept: "can only be attained by", "will only be achieved by
#: eliminating". Not the verbs of a program's steps ("can only be installed by", "only be used
#: by", "only be called by") nor of its upkeep ("is maintained, but only by volunteers").
_ACHIEVED = frozenset(
    "achieved attained solved won secured reached gained accomplished realized realised overcome "
    "defeated preserved restored".split()
)
#: Participles of a thing kept safe, an end only with a threat named ("protected from attack only
#: by"): bare, a program's access rule ("The route is protected only by a token").
_GUARDED = frozenset({"protected", "defended", "secured", "shielded", "guarded"})
#: Modals of a claim about what works: "can only be attained", "will only be achieved". Not
#: "would" (a hypothetical, or a view handed to someone: "would, in his eyes, only be achieved").
_CLAIM_MODALS = frozenset({"can", "will", "could"})
_MEANS_PREPOSITIONS = frozenset({"by", "through"})


def only_by_means(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only": the first and last words of "can (often) only be attained by" or
    "protected from attack only by", an end that one means alone achieves, or None."""
    n = len(lw)
    if i + 3 < n and lw[i + 1] == "be" and lw[i + 2] in _ACHIEVED and lw[i + 3] in _MEANS_PREPOSITIONS:
        m = i - 2 if i >= 2 and (lw[i - 1] == "often" or ly_adverb(lw[i - 1], 0)) else i - 1  # "can often only be"
        if m >= 0 and lw[m] in _CLAIM_MODALS:
            return m, i + 2  # "can only be attained by", "can often only be solved by"
        return None
    if i + 1 < n and lw[i + 1] in _MEANS_PREPOSITIONS:
        if i >= 1 and lw[i - 1] in _ACHIEVED:
            return i - 1, i + 1  # "peace is secured only by strength"
        if i >= 3 and lw[i - 3] in _GUARDED and lw[i - 2] in ("from", "against"):
            return i - 3, i + 1  # "We are protected from attack only by vigorous action"
        # not "This module is maintained, but only by volunteers": another clause
    return None


# --- in no other way: every other means or place denied (issue 11, thirty-second session) ----------

#: Nouns of a means after "in no other" or "by no other": "The war can be conducted in no other
#: way", "In no other way could the payment ... be so well provided for", "by no other means".
_OTHER_MEANS = frozenset({"way", "manner", "fashion", "means"})
#: Nouns of a part of the world: "We can secure in no other quarter of the world such benefits".
#: Not "place" or "field" (a program's: "the value is set in no other place"), nor a span of
#: time ("In no other 10 years have farmers ...": a record over time, a negative as often as not).
_OTHER_PLACES = frozenset({"quarter", "country", "nation", "land", "region"})
_OTHER_PREPOSITIONS = frozenset({"in", "by", "through"})


def no_other_way(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "no": the first and last words of "in no other way" (``manner``, ``means``; "by
    no other means") or "in no other quarter" (``country``, ``nation``, ``land``, ``region``), or
    None. The converse of "the only means": every other course, or every other place in the world,
    is denied ("The war can be successfully conducted in no other way", "because in no other way
    can our neighbors ...", "We can secure in no other quarter of the world such benefits"). Found
    in three of the fifty-five older sets (pick-, sickle-, reamer-docs) and two of the six newest
    (burin-, kerf-docs), no negative; the corpus of package documentation has none."""
    n = len(lw)
    if i < 1 or i + 2 >= n or lw[i - 1] not in _OTHER_PREPOSITIONS or lw[i + 1] != "other":
        return None
    noun = lw[i + 2]
    if noun in _OTHER_MEANS or (lw[i - 1] == "in" and noun in _OTHER_PLACES):
        return i - 1, i + 2
    return None


# --- the only one who can: every other agent ruled out (fifty-ninth session, rank59) --------------

#: Relative pronouns that open the clause of what the one alone can do: "the only man who can",
#: "the only thing that can stop it", "the only industry which can".
_RELATIVES = frozenset({"who", "that", "which"})
#: Modals of ability or of what will come: "who can preserve", "that will lead". Not "could" or
#: "would" ("the only things that could stop you were the limits you placed on yourself": a past,
#: a hypothesis), nor "should"/"must" (a duty, advice).
_ABLE_MODALS = frozenset({"can", "will"})
#: Adverbs that may stand between the pronoun and its modal, or the modal and its verb: "who
#: alone can", "that can really".
_ABLE_ADVERBS = frozenset({"alone", "really", "truly", "actually", "ever", "still", "now", "today", "possibly"})
#: Verbs of a system's permissions after "who can": "The admin is the only person who can add
#: users", "the only account that can push to master": a rule of the program, not a claim about
#: the world, whatever the genre a single sentence is read in. Not the verbs a speaker's claim uses
#: as often ("build", "run", "use", "set", "call": "the only party that can build a strong
#: economy", "the only one who can run this country").
_PERMISSION_VERBS = frozenset(
    "add edit delete modify write read view push merge approve grant access create remove update "
    "install configure enable disable compile deploy import log login".split()
)
#: The reduced relative: "the only man capable of this juggling act", "the only person able to know".
_CAPABLE = {"capable": "of", "able": "to"}
#: How many words may stand between "only" (or "only one") and the relative pronoun: the noun and
#: up to two words before it ("the only presidential candidate who", "the only emotional expressions that").
_ABLE_NOUN_REACH = 3


def only_able(lw, i: int) -> Optional[tuple[int, int]]:
    """``lw[i]`` is "only": ``(first, last)`` of "the only <noun> who/that can <verb>" or "only one
    <noun> who will <verb>" (and "the only <noun> capable of", "able to"), or None. One agent said
    to be the only one able to do a thing: every other ruled out, as "the only way" rules out every
    other course ("There is only one candidate who will protect it", "the only thing that can stop
    it are foolish wars", "It's the only path that will lead to a strong recovery", "the individual
    is the only person able to know what is best for them"). The caller reports it only outside
    technical writing ("david is the only person who can push to master": a project's role). Not
    denied ("not the only one who can", "No longer is the United States the only major industrial
    country capable of ..."), not a passive ("the only numbers that can be represented exactly",
    "the only people who can be protected": what the system allows), not "could"/"would"/"should",
    not a program's permission ("The admin is the only person who can add users"), not the writer
    inside the noun phrase ("the only thing we can do": the relative's subject must
    be the noun), not after "as" (a portrayal or a role: "the media painted him as the only
    candidate capable of ..."), and not a figure or a code name as the noun. Over the one hundred
    and thirty-six sets before gad: 10 claims in nine sets (mallet, sledge, rivet, cleat, nib,
    drawknife, sander, dibber, hasp twice) against 2 traps (plane, sprue: a view the speaker
    rebuts, a view the FAQ reports); nock's 8 convention speakers' "There is only one candidate
    who will ...", no other finding; the benchmark corpus's five lines of the shape are all in
    technical writing. Reads at most six words after
    "only": constant per trigger."""
    n = len(lw)
    if i >= 1 and lw[i - 1] == "the":
        start, k = i - 1, i + 1
        if start >= 1 and lw[start - 1] in ("not", "n't"):
            return None
    elif i + 1 < n and lw[i + 1] == "one":
        start, k = i, i + 2
        if i >= 1 and lw[i - 1] in ("not", "n't"):
            return None
    else:
        return None
    if start >= 1 and lw[start - 1] == "as":
        return None  # "painted a picture of Macron as the only candidate capable of ...": a portrayal or a role
    if any(lw[p] == "longer" and lw[p - 1] == "no" for p in range(max(1, start - 6), start)):
        return None  # "No longer is the United States the only ... capable of": denied
    for j in range(k, min(n, k + _ABLE_NOUN_REACH)):
        w = lw[j]
        if j > k and w in _RELATIVES:
            m = j + 1
            if m < n and lw[m] in _ABLE_ADVERBS:
                m += 1  # "who alone can"
            if m >= n or lw[m] not in _ABLE_MODALS:
                return None
            v = m + 1
            if v < n and lw[v] in _ABLE_ADVERBS:
                v += 1  # "that can really"
            if v < n and lw[v] in ("be", "not", "n't", "never"):
                return None  # "the only numbers that can be represented": a passive, a fact reported
            if v < n and lw[v] in _PERMISSION_VERBS:
                return None  # "the only person who can add users": a program's permission
            return start, m
        if j > k and w in _CAPABLE:
            if j + 1 < n and lw[j + 1] == _CAPABLE[w]:
                return start, j
            return None
        if not w.isalpha() or w in _PERSONAL:
            return None  # a figure, a code name, the writer or a person inside the noun phrase
    return None
