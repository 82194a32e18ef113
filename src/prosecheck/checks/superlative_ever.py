"""Records said with "ever" or "never" over every nation or every time before (issue 11,
twenty-eighth session, task sl28).

Two shapes that compare the subject with everything there has been, with no one's experience to
narrow them, and that SL101's other frames passed over:

* **no nation, ever** (:func:`no_people_ever`): "no" and a people, a polity or a leader, then a
  past over all time ("has ever", "ever" and a past tense) or a scope over all history before a
  finite verb: "no nation has ever faced such a challenge", "No nation ever had greater
  resources", "No nation has ever been so floodlighted by world opinion", "no nation in history
  has had the opportunity", "as no people before us". Not a future or a modal ("no nation will
  ever risk general war", "no nation should ever doubt", "no nation can ever find it rational":
  a forecast, a wish or a safeguard), not the present ("a world in which no nation dictates"),
  not another noun here ("no candidate had ever spoken so beautifully": since the thirtieth
  session :func:`no_thing_ever` reads any thing where a clause opens; "no one ever committed the
  time": the check's sweeping statements read "no one"), not "no other" (``no_other_people``);
* **never done before** (:func:`never_before`): "never" in a passive or an event, then "before",
  with no one whose experience it is: "on a scale that has never been attempted before", "like
  has never happened before", "a unique strategy never used in this country before". Not a
  person's experience ("I have never been asked before", "He had never seen the switch before",
  "We've never done it that way before", "If you have never uploaded a module before"), not a
  condition, and not past a mark.

The sets' counts when they were admitted (forty-six development sets): the first 6 claims in
three sets (trowel-, sledge- and hoe-docs), the second 4 in three (maul-, bevel- and pick-docs,
with frames.than_own_past's "than has ever been accomplished before"), no negative of either
shape; the corpus diff is on SL101's code page.

Issue 11's twenty-ninth session (task sl29) added two more records over every earlier time:

* **a ranking over the world's past** (:func:`world_past_relative`): a relative after the
  superlative that ranks it over all the world has known or every nation there has been, past a
  long noun phrase, "that" or an aside: "the greatest reduction of world tariffs that the world
  has ever seen", "the greatest, in fact, that any nation has ever been privileged to embark
  upon" (3 claims in hone-, hoe- and gimlet-docs that SL101 passed over, no negative);
* **at no previous time** (:func:`no_earlier_time`): "at no previous time has American security
  been as seriously threatened", with superlative_frames.every_rival's "than in any previous
  war" (4 claims in saw-, trowel-, sickle- and gimlet-docs, no negative).

Issue 11's thirtieth session (task sl30) widened the first to any thing where a clause opens:

* **no thing, ever** (:func:`no_thing_ever`): "No fleet of such size has ever made such a
  voyage", "No such movement of troops ever took place before", "No house was ever built that
  could not have been built better" (7 claims in chisel-, sledge-, froe-, spoke- and tenon-docs;
  2 wrong: forge-docs' disowned "no candidate had ever spoken so beautifully", gimlet-docs' grue
  joke). Only a past: a modal or the present is a wish or a program's behaviour as often as a
  claim ("No American should ever be", "no network connection is ever made").
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.superlative_frames import COMPARATIVES, EARLIER, RIVAL_NOUNS, comparative_at

#: The nations, peoples, polities and leaders "no" sweeps over: "no nation", "no people", "no
#: President" (superlative_frames' rivals of "than any").
PEOPLES = RIVAL_NOUNS
_HAVE = frozenset({"has", "have", "had"})
#: Past tenses without "-ed" that "ever" takes: "No nation ever had greater resources".
_IRREGULAR_PAST = frozenset("had saw did made knew found got came went took built gave faced".split())
#: Scopes over every nation or every time after the people: "in history", "on earth", "in the
#: world", "in the history of mankind".
_SCOPES = frozenset({"history", "earth", "world"})
#: What "before" takes when the comparison's verb is left out: "as no people before us".
_BEFORE_OBJECTS = frozenset({"us", "them", "it", "him", "her", "ours", "theirs"})
#: Conditions that make the sweep a case: "if no nation has ever ...".
_CONDITIONS = frozenset({"if", "unless", "whether"})


def _past_over_all_time(lw, k: int) -> Optional[int]:
    """The last word of "has ever <verb>", "ever has", or "ever <past tense>" at ``k``; None."""
    n = len(lw)
    if k + 2 < n and lw[k] in _HAVE and lw[k + 1] == "ever" and lw[k + 2].isalpha():
        return k + 2  # "no nation has ever faced such a challenge"
    if k + 1 < n and lw[k] == "ever":
        verb = lw[k + 1]
        if verb in _HAVE or verb in _IRREGULAR_PAST or (len(verb) > 4 and verb.endswith("ed") and verb.isalpha()):
            return k + 1  # "No nation ever had greater resources"
    return None


def no_people_ever(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """ "no" at ``i``, at most one word, a people or a polity (:data:`PEOPLES`), then a past over
    all time, or a scope of history or of the world and a finite "has"/"have"/"had", or "before"
    and a pronoun: ``(i, last)``; else None. ``gaps(k)``: the text between words ``k`` and
    ``k + 1`` (no mark may stand inside the shape)."""
    n = len(lw)
    if lw[i] != "no" or i + 2 >= n or any(w in _CONDITIONS for w in lw[max(0, i - 3) : i]):
        return None
    j = i + 1
    if lw[j] not in PEOPLES:
        if lw[j] == "other" or not lw[j].isalpha() or j + 1 >= n or lw[j + 1] not in PEOPLES:
            return None  # "no other nation" is superlative_frames.no_other_people's
        j += 1  # "no free nation", "no previous generation"
    if gaps is not None and any(c in (gaps(k) or "") for k in range(i, j) for c in ",;:()"):
        return None
    k = j + 1
    if k + 1 < n and lw[k] == "before" and lw[k + 1] in _BEFORE_OBJECTS:
        return i, k + 1  # "as no people before us": the comparison's verb left out
    scoped = False
    if k + 1 < n and lw[k] in ("in", "on"):
        m = k + 1
        if m < n and lw[m] == "the":
            m += 1
        if m < n and lw[m] in _SCOPES:
            scoped, k = True, m + 1
            if k + 1 < n and lw[k] == "of" and lw[k + 1] == "mankind":
                k += 2
    last = _past_over_all_time(lw, k)
    if last is not None:
        return i, last
    if scoped and k + 1 < n and lw[k] in _HAVE and lw[k + 1].isalpha():
        return i, k  # "no nation in history has had the opportunity"
    return None



# --- "No fleet of such size has ever made such a voyage" (issue 11, thirtieth session) ------

#: Words after "no" that start another shape: "no one"/"nobody" (the check's sweeping statements),
#: "no other" (superlative_frames.no_other_people), "no longer", "no matter", "no doubt".
_NOT_THINGS = frozenset("one other longer more less matter doubt sooner".split())
#: Words that end the noun phrase before "ever" is reached: a verb, a modal, a relative, a
#: negation ("no candidate who had ..." is not the shape).
_PHRASE_STOPS = frozenset(
    "is are was were be been being has have had will would shall should can could may might must do "
    "does did not who which that whom whose if when where than".split()
)
#: How many words the noun phrase after "no" may hold: "No action of a world power" (five).
_THING_REACH = 6
_WAS = frozenset({"was", "were"})


def no_thing_ever(lw, i: int, opens: bool, gaps=None) -> Optional[tuple[int, int]]:
    """ "No" opening a sentence or a clause (``opens``), a noun phrase of any thing (up to
    :data:`_THING_REACH` words, no mark inside), then a past over all time: "has ever" and a verb,
    "ever" and a past tense, or "was"/"were ever" and a participle: "No fleet of such size has ever
    made such a voyage", "No such movement of troops ever took place before", "No policy ever
    entered into by the American people has vindicated itself", "No house was ever built that
    could not have been built better". ``(i, last)``; else None. :func:`no_people_ever` reads a
    people anywhere in a sentence; this reads any thing, so only where a clause opens, and only a
    past: not a future, a modal or the present ("no nation will ever risk", "No American should
    ever be", "no additional path segment could ever make this match", "no intermediate arrays
    are ever created": a forecast, a wish, a safeguard or a program's behaviour), not under a
    condition, not "no one" nor "no other" (the check's other shapes)."""
    n = len(lw)
    if not opens or lw[i] != "no" or i + 3 >= n or lw[i + 1] in _NOT_THINGS or lw[i + 1] in PEOPLES:
        return None
    if any(w in _CONDITIONS for w in lw[max(0, i - 3) : i]):
        return None
    for k in range(i + 1, min(n - 1, i + _THING_REACH + 1)):
        w = lw[k]
        if w in _HAVE and lw[k + 1] == "ever" and k + 2 < n and lw[k + 2].isalpha():
            return (i, k + 2) if k > i + 1 else None  # "No fleet of such size has ever made"
        if w in _WAS and lw[k + 1] == "ever" and k + 2 < n and _participle(lw[k + 2]):
            return (i, k + 2) if k > i + 1 else None  # "No house was ever built"
        if w == "ever":
            last = _past_over_all_time(lw, k)
            return (i, last) if last is not None and k > i + 1 else None  # "No policy ever entered"
        if w in _PHRASE_STOPS or not w.replace("-", "").isalpha():
            return None
        if gaps is not None and any(c in (gaps(k - 1) or "") for c in ",;:()\u2013\u2014"):
            return None
    return None


#: Subjects that make "never ... before" someone's experience: "I have never been asked before".
_EXPERIENCERS = frozenset(
    "i we you he she they i've we've you've they've i'd we'd you'd he'd she'd they'd".split()
)
#: Words right before a reduced relative "never used in this country before": a noun, not an
#: auxiliary, a pronoun or a "to be" ("it was never used before" is read by the passive).
_NOT_HEADS = _HAVE | _EXPERIENCERS | frozenset(
    "is are was were be been being it this that which who will would can could should may might must "
    "do does did not and or but if".split()
)
#: Words that make the span someone's experience or a reader's case: "never used on my machine
#: before", "if you have never".
_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
#: How far "before" may stand after the participle: "has never been attempted in this country before".
_BEFORE_REACH = 6
#: Participles not in "-ed": "has never been done before", "never seen before".
_IRREGULAR_PARTICIPLES = frozenset(
    "done seen made built given taken known shown tried grown drawn thrown written spoken chosen "
    "undertaken won held met found brought taught fought sought".split()
)


def _participle(w: str) -> bool:
    return w in _IRREGULAR_PARTICIPLES or (len(w) > 3 and w.endswith("ed") and w.isalpha())


def _before_after(lw, start: int, gaps=None) -> Optional[int]:
    """The index of "before" within :data:`_BEFORE_REACH` words from ``start``, past no mark and no
    personal word; None."""
    n = len(lw)
    for k in range(start, min(n, start + _BEFORE_REACH + 1)):
        if lw[k] == "before":
            if k + 1 < n and lw[k + 1].isalpha() and lw[k + 1] not in ("in", "and", "or", "but", "now", "then"):
                return None  # "never seen before the release": an order in time, not all time
            return k
        if lw[k] in _PERSONAL or not lw[k].replace("-", "").isalpha():
            return None
        if gaps is not None and k > start and any(c in (gaps(k - 1) or "") for c in ",;:()\u2013\u2014"):
            return None
    return None


def never_before(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """ "never" at ``i`` in "has never been <participle> ... before", "has never happened before"
    or a reduced relative "<noun> never <participle> <preposition> ... before": ``(i, before)``;
    else None."""
    n = len(lw)
    if lw[i] != "never" or i + 2 >= n or any(w in _CONDITIONS for w in lw[max(0, i - 6) : i]):
        return None
    if i and lw[i - 1] in _HAVE:
        if i >= 2 and lw[i - 2] in _EXPERIENCERS:
            return None  # "I have never been asked before": the speaker's experience
        if lw[i + 1] == "been" and i + 2 < n and _participle(lw[i + 2]):
            k = _before_after(lw, i + 3, gaps)  # "a scale that has never been attempted before"
        elif lw[i + 1] == "happened":
            k = _before_after(lw, i + 2, gaps)  # "like has never happened before"
        else:
            return None  # "has never had it before": a possession, someone's experience
        return (i, k) if k is not None else None
    if i and lw[i - 1].isalpha() and lw[i - 1] not in _NOT_HEADS and _participle(lw[i + 1]) \
            and lw[i + 2] in ("in", "on", "by", "at", "anywhere"):
        k = _before_after(lw, i + 2, gaps)  # "a unique strategy never used in this country before"
        return (i, k) if k is not None else None
    return None


# --- a ranking over all the world's past, in a relative (issue 11, twenty-ninth session) ------

#: The whole past a relative may rank over: "the world has ever seen", "history has ever known",
#: "ever known to mankind".
ALL_THE_PAST = frozenset({"world", "history", "mankind", "humanity", "humankind", "man"})
#: How many words the relative may stand after the superlative: "the greatest reduction of world
#: tariffs that the world has ever seen" (eight words to "world").
_RELATIVE_REACH = 10
#: Words that end the superlative's phrase before any relative: a future (a hope: "the best
#: mapping library that will ever exist") or the listener's or the writer's experience ("the
#: worst banana you ever saw", "the best pad I have ever used").
_PHRASE_ENDS = frozenset(
    "will would shall 'll you you've you'll i i've i'd we we've is are was were be".split()
)


def world_past_relative(lw, end: int, gaps=None) -> Optional[int]:
    """The superlative ending at ``end`` is ranked, by a relative within :data:`_RELATIVE_REACH`
    words, over all the world's past or over every nation there has been: "the strongest economy
    and middle class the world has ever known", "the greatest reduction of world tariffs that the
    world has ever seen", "the greatest, in fact, that any nation has ever been privileged to
    embark upon", "the most exciting revolution ever known to humankind". The index of the
    relative's last word; else None. Not past a future or a person whose experience bounds it
    ("the best we have ever had", "the worst you ever saw"), nor past a mark other than a comma
    ("the largest; the world has ever ...")."""
    n = len(lw)
    for k in range(end + 1, min(n - 2, end + _RELATIVE_REACH + 1)):
        if gaps is not None and any(c in (gaps(k - 1) or "") for c in ";:()\u2013\u2014.!?"):
            return None
        w = lw[k]
        if w in _PHRASE_ENDS:
            return None
        if w == "ever" and k + 3 < n and _participle(lw[k + 1]) and lw[k + 2] == "to" and lw[k + 3] in ALL_THE_PAST:
            return k + 3  # "the most exciting revolution ever known to humankind"
        subject_end = None
        if w in ALL_THE_PAST and lw[k - 1] in ("the", "that", "which") or w in ("mankind", "humanity", "humankind", "history"):
            subject_end = k  # "the world has ever seen", "that history has ever known"
        elif w == "any" and lw[k + 1] in PEOPLES:
            subject_end = k + 1  # "that any nation has ever been privileged to"
        if subject_end is not None:
            h = subject_end + 1
            if h + 2 < n and lw[h] in _HAVE and lw[h + 1] == "ever" and lw[h + 2].isalpha():
                return h + 2
            if h + 1 < n and lw[h] == "ever" and (lw[h + 1] in _HAVE or lw[h + 1] in _IRREGULAR_PAST or _participle(lw[h + 1])):
                return h + 1  # "the greatest any nation ever saw"
    return None


# --- a ranking over all the speaker's side has known, in a relative (issue 11, fifty-third session) ---

#: Who a relative after a superlative may sweep over besides the world (rank53): the speaker's side
#: or a party or anybody at all, "we", "they", "anyone", "anybody" ("the best relationship we've ever
#: had with China", "the toughest set of border security reforms we've ever seen", "the best
#: investment we ever made", "the greatest mess anyone's ever seen"). Not "I" or "you": the
#: writer's or the listener's experience ("the best pad I have ever used", "the worst banana you
#: ever saw") ranks among what one person met with (:data:`_PHRASE_ENDS`).
_SIDES = frozenset({"we", "they", "anyone", "anybody"})
#: The same with "have" or "has" run on: "we've ever seen", "anyone's ever seen".
_SIDES_HAVE = frozenset({"we've", "we\u2019ve", "they've", "they\u2019ve", "anyone's", "anyone\u2019s",
                         "anybody's", "anybody\u2019s"})
#: Words that end the superlative's phrase before such a relative: a future or a modal (a hope or
#: a condition: "the best we will ever do", "the best we could ever hope for"), a condition, a
#: copula (another clause), the writer or the listener.
_SIDE_ENDS = _PHRASE_ENDS | frozenset("can could may might should must if when whether unless than".split())


def _side_perfect(lw, k: int) -> Optional[int]:
    """The last word of "ever" and a participle or a past at ``k`` ("ever seen", "ever made"); None."""
    if k + 1 < len(lw) and lw[k] == "ever" and (_participle(lw[k + 1]) or lw[k + 1] in _IRREGULAR_PAST):
        return k + 1
    return None


def side_past_relative(lw, end: int, gaps=None) -> Optional[int]:
    """The superlative ending at ``end`` is ranked, by a relative within :data:`_RELATIVE_REACH`
    words whose subject is the speaker's side or anybody (:data:`_SIDES`), over all they have had
    or seen: "the best relationship we've ever had with China", "the highest standards of living
    we have ever enjoyed", "the best investment we ever made", "the greatest mess anyone's ever
    seen", and "so far" after "had", "seen" or "known" ("the most liberal president we've had so
    far"). The index of the relative's last word; else None. Not past a mark ("the largest, we
    have ever ..."), a future, a modal or a condition, nor said by "I" or "you"."""
    n = len(lw)
    for k in range(end + 1, min(n - 2, end + _RELATIVE_REACH + 1)):
        if gaps is not None and any(c in (gaps(k - 1) or "") for c in ",;:()\u2013\u2014.!?"):
            return None
        w = lw[k]
        if w in _SIDES:
            h = k + 1
            if lw[h] in _HAVE:
                h += 1
        elif w in _SIDES_HAVE:
            h = k + 1
        elif w in _SIDE_ENDS:
            return None
        else:
            continue
        last = _side_perfect(lw, h)
        if last is not None:
            return last
        if w in ("we", "they", "we've", "we\u2019ve", "they've", "they\u2019ve") and h + 2 < n \
                and lw[h] in ("had", "seen", "known") and lw[h + 1] == "so" and lw[h + 2] == "far":
            return h + 2  # "the most liberal president we've had so far"
        return None
    return None


# --- "there has never been ..." (issue 11, fifty-fifth session, sweep55) ----------------------

#: What "been" may not take in the record: "another" (an order: "Since there has never been
#: another PBMplus release"), "more"/"less" and the comparatives, which the comparison frames read
#: ("There has never been a better time", "Never has there been a more exciting time").
_NOT_RECORDED = COMPARATIVES | frozenset({"another", "more", "less"})
#: "There's never been", "there has never been", "there have never been": the existential "there"
#: and a perfect, every time until now.
_THERE_HAS = frozenset({"there's", "there\u2019s"})


def there_never_been(lw, i: int, opens, gaps=None) -> Optional[tuple[int, int]]:
    """ "never" at ``i`` in the existential "there has never been <a thing>", "there's never been"
    with "there" opening its clause (``opens(k)``: word ``k`` opens a sentence or a clause): nothing
    of the kind has been, at any time until now, a record over all time as "no nation has ever"
    is. "There has never been anything like this, where e-mails ...", "There's never been anybody
    in the history of politics in this nation that's been so abusive", "there's never been so many
    lies", "The fact that there has never been a "Marxist" revolution which has not become a party
    dictatorship proves ...", "the following fact: there has never been justitia imprinted in
    social institutions except ...". ``(there, been)``; else None. Not "there" as a place ("The
    person who left the buggy there has never been identified": no clause opens at it, and a
    participle follows "been"), not a condition ("if there has never been"), not "another" (an
    order in a project's history), nor a comparative, which superlative_frames reads ("There has
    never been a better time")."""
    n = len(lw)
    if lw[i] != "never" or i + 2 >= n:
        return None
    if i + 3 < n and lw[i + 1] in ("has", "have") and lw[i + 2] == "there" and lw[i + 3] == "been":
        t, b = i, i + 3  # "Never have there been six years of such far-flung preparedness in our history"
    elif lw[i + 1] != "been":
        return None
    elif i >= 2 and lw[i - 1] in ("has", "have") and lw[i - 2] == "there":
        t, b = i - 2, i + 1
    elif i >= 1 and lw[i - 1] in _THERE_HAS:
        t, b = i - 1, i + 1
    else:
        return None
    if b + 1 >= n or not opens(t) or any(w in _CONDITIONS for w in lw[max(0, t - 6) : t]):
        return None
    nxt = lw[b + 1]
    if _participle(nxt) or nxt in _NOT_RECORDED or not nxt[:1].isalnum():
        return None
    if nxt in ("a", "an", "so", "such") and b + 2 < n and lw[b + 2] in _NOT_RECORDED:
        return None  # "there has never been a better time": the comparison frames' reading
    return (t, b)


#: The auxiliaries "Never" inverts before its subject: "Never has an issue been ...".
_NEVER_INVERTS = frozenset("has have had was were is are did does".split())
#: Determiners that open the inverted subject, a noun phrase: "Never has a Congress had ...",
#: "Never has that message been ...". Not a pronoun: "Never have I seen this expressed so
#: clearly", "Never have I had a clearer conviction" (the speaker's experience), "Never has it
#: mattered more that we go forward together" (an exhortation): superlative_frames'
#: comparative_absolute reads "it", "we" and "they" before "been" ("Never has it been easier").
_SUBJECT_LEADS = frozenset("a an the that this these those any our their its his her your my such".split())
#: What may stand between the subject and its comparative: "been", "had" and an article.
_INVERTED_FILLERS = frozenset("been had a an the so".split())
#: How many words the subject's noun phrase may run after its determiner.
_SUBJECT_REACH = 4


def never_inverted(lw, i: int, opens, gaps=None) -> Optional[tuple[int, int]]:
    """ "Never" opening its clause (``opens(i)``), an inverted auxiliary, a subject headed by a
    determiner and a comparative after it: "Never has an issue been more demagogued by its
    opponents", "Never has a Congress had a greater opportunity to leave a legacy", "Never has that
    message been more needed than today": no other time has matched it, a record over all time as
    "Never has there been a more exciting time" is (superlative_frames.comparative_absolute, whose
    words between "never" and the comparative are pronouns and articles only). ``(i, comparative)``;
    else None. Not a pronoun as the subject (see :data:`_SUBJECT_LEADS`), not past a mark, not a
    quantity ("Never has a nation seemed to have had more and enjoyed it less": "more" heads no
    adjective), nor a bound ("has never been larger than 100")."""
    n = len(lw)
    if lw[i] != "never" or i + 4 >= n or lw[i + 1] not in _NEVER_INVERTS or lw[i + 2] not in _SUBJECT_LEADS:
        return None
    if not opens(i):
        return None
    for m in range(i + 3, min(n, i + 3 + _SUBJECT_REACH + 1)):
        if gaps is not None and any(c in (gaps(m - 1) or "") for c in ",;:()\u2013\u2014.!?"):
            return None
        if lw[m] in _INVERTED_FILLERS:
            k = m
            while k < n and k <= m + 2 and lw[k] in _INVERTED_FILLERS:
                k += 1
            end = comparative_at(lw, k)
            if end is None:
                continue
            if end + 2 < n and lw[end + 1] == "than" and lw[end + 2][:1].isdigit():
                return None  # "Never has a file been larger than 100 MB": a bound
            return (i, end)
        end = comparative_at(lw, m)
        if end is not None and m > i + 3:
            return (i, end)  # "Never has that message been more needed" (read above); "Never was a people more united"
        if not lw[m].replace("-", "").replace("'", "").isalpha():
            return None
    return None



#: Subjects whose "never seen anything like it" sweeps over all time: the speaker's nation or side
#: and the world ("America never witnessed anything like this before", "We've never had anything
#: like this happen in any of our elections"), not one person's experience ("I've never seen
#: anything like it", "They've never seen anything like it", a family's story: bevel-docs' traps).
_WHOLE_SUBJECTS = frozenset("we we've america world nation country history mankind humanity".split())
#: The verbs of living through: "never seen", "never had", "never witnessed".
_LIVED = frozenset("seen had witnessed known experienced faced".split())
#: The denials read: "never", and "haven't"/"hasn't" ("We haven't seen anything like this").
LIKE_DENIALS = frozenset({"never", "haven't", "hasn't"})


def nothing_like_it(lw, i: int) -> Optional[tuple[int, int]]:
    """ "never" (or "haven't", "hasn't") at ``i`` in "<subject> (has/have) never seen anything like
    it", the subject the speaker's nation or side or the world (:data:`_WHOLE_SUBJECTS`): nothing of
    the kind in all its past, a record over all time as "nobody has ever seen anything like it" is
    ("America never witnessed anything like this before", "We've never had anything like this happen
    in any of our elections before", "We haven't seen anything like this, the carnage all over the
    world"). ``(subject, it)``; else None. Not "I", "you", "he", "she" or "they" (someone's
    experience), nor under a condition ("if we have never seen anything like it")."""
    n = len(lw)
    if lw[i] not in LIKE_DENIALS or i == 0:
        return None
    s = i - 1
    if lw[i] == "never" and s > 0 and lw[s] in _HAVE:
        s -= 1
    if lw[s] not in _WHOLE_SUBJECTS or any(w in _CONDITIONS for w in lw[max(0, s - 6) : s]):
        return None
    k = i + 1
    if k < n and lw[k] == "ever":
        k += 1
    if k + 3 < n and lw[k] in _LIVED and lw[k + 1] == "anything" and lw[k + 2] == "like" \
            and lw[k + 3] in ("it", "this", "that"):
        return (s, k + 3)
    return None

# --- "at no previous time has ..." (issue 11, twenty-ninth session) ---------------------------

#: Times "at no previous" sweeps over: "at no previous time", "in no earlier period".
_TIMES = frozenset("time times period periods moment era age year years war wars generation century".split())
#: The auxiliary the sweep inverts: "at no previous time has American security been".
_INVERTED = frozenset("has have had was were is are did does do".split())


def no_earlier_time(lw, i: int, gaps=None) -> Optional[tuple[int, int]]:
    """ "at"/"in" and "no" at ``i``, "previous" (:data:`EARLIER`), a time, then an inverted
    auxiliary: "at no previous time has American security been as seriously threatened", "In no
    earlier period did ...": every time before outdone. ``(i - 1, the auxiliary)``; else None.
    Not a modal ("in no previous case should ...": a rule), nor without the inversion ("there had
    been no previous opportunities": an absence)."""
    n = len(lw)
    if lw[i] != "no" or i == 0 or lw[i - 1] not in ("at", "in") or i + 3 >= n:
        return None
    if lw[i + 1] not in EARLIER or lw[i + 2] not in _TIMES or lw[i + 3] not in _INVERTED:
        return None
    if gaps is not None and any(c in (gaps(k) or "") for k in range(i - 1, i + 3) for c in ",;:()"):
        return None
    return i - 1, i + 3
