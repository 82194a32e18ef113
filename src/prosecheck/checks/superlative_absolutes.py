"""Absolutes about people (issue 11, fourteenth session): sweeping claims without a superlative.

Essays, sermons, reviews and editorials claim with ``always``, ``never``, ``every``, ``alone``
as often as with a superlative, and technical documentation uses the same words truthfully
about programs ("this function always returns", "never commit secrets"). The shapes here are
the narrow ones that speak of people, their minds or their worth, not of a program:

* **a habit of mind said of a people or a group** (:func:`group_habit`): "Northerners never
  think about them", "English Catholics have always strongly resented the charge", "this
  administration never thinks to ask": a subject of people (not "I", "you": the writer's own
  story, an instruction), ``always``/``never``/``invariably``, then a verb of thinking, feeling
  or valuing;
* **"X and X alone", "he alone has"** (:func:`alone_claim`): one party holds what nobody else
  does ("they and they alone possess", "He alone has the wisdom", "which alone can oppose",
  "stand virtually alone in holding that conviction");
  not "on fear alone", "software alone" (a means, not a party);
* **nearly everyone** (:func:`nearly_everyone`): "Practically everybody in Berlin has ...",
  "Virtually everyone thinks ...", "nearly everyone is agreed";
* **a superlative of all** (:func:`of_all`): "the deepest and most vital of all questions",
  "the most cobbled-together of all the CMUCL ports", "the most unfortunate of all"; not
  "Best of all," nor "most important of all" (no article: a transition), nor a size ranked
  among all ("Florida's is the shortest of all": a fact), nor "the best news of all is that"
  (a transition), nor a light noun of discourse ("the most important truth of all", "the
  most fundamental thing of all": the speaker's own points, issue 11, thirty-first session);
* **a state said to have held over all time** (:func:`held_always`, issue 11, seventeenth
  session): "Americans have always stood for", "innovation has always thrived best where", "The
  solution to this problem has always been the same": "has/have always" right after a common
  noun or a people's plural; not a pronoun or a name ("we have always tried", "Guile has
  always"), a program or its parts ("The parser has always assumed UTF-8"), nor an aim ("has
  always aimed to", "has always been a goal");
  since the eighteenth session also a name when "has always been" is followed by what the name
  is ("Page has always been his company's true visionary", "America has always been willing
  to"; not "Guile has always been targeted as", a participle);
* **a state denied over all time** (:func:`held_never`, fiftieth session, at ``info``, outside
  technical writing): held_always's reading of the subject with "has/have never", "This nation has
  never found glory in war", "Our flag has never waved over any community but in blessing"; not a
  regret ("should have never happened"), the writer's own story ("the writer has never seen"),
  nor a record another frame reads ("have never been more peaceful", "never ... before");
* **"always has been"** (:func:`always_has_been`, fortieth session): the order held_always does
  not read, its subject a pronoun as often as a noun: "This statute is, and always has been,
  inconsistent with ...", "For it always has been the essence of America"; not an aim, what a
  product allows, a participle, the writer's own story, nor a program;
* **"invariably" before what a kind of thing does** (:func:`invariably_does`, eighteenth
  session): "code designed behind closed doors invariably has problems", "this review process
  invariably finds ways"; not "were, almost invariably, accompanied" (a parenthesis), "his
  invariably ardent manner" (a degree), nor "will invariably be written" (a prediction);
* **"almost always", "nearly never"** (:func:`nearly_always`, nineteenth session): a law
  over nearly every case, softened but still claimed: "Heavy preprocessor use is almost always
  a sign of code which needs cleanup", "an SQL database schema almost always does a far better
  job", "in the past developers almost always turned out to be wrong"; not advice or a
  prediction ("you should almost never", "It's almost always better to", "will almost always
  prevent it", "is almost always a bad idea"), the writer's own habit ("I almost always"), a
  program's state ("is almost always present", "it almost always is"), nor a description
  without a verb ("and almost always with a white-hot conviction", "Almost always: yes.");
* **"rarely"/"seldom" inverting its clause** (:func:`rarely_inverted`, seventeenth session):
  "Rarely has the world faced a choice more clear", "rarely if ever has this argument made its
  way", "Only rarely do you see"; not a frequency reported ("it is rarely useful");
* **"Only" inverting a claim about people** (:func:`only_inverted`, at ``info``: seen in two
  documents only): "Only then can employers hire", "Only in Europe have our lines remained
  firm"; not "Only by applying our ideas can we" (a method), nor a program ("Only after
  starting the stream will ondata be called");
* **"Only" and a clause before an inversion** (:func:`only_clause`, forty-first session, outside
  technical writing): "Only when power rests in the hands of everyone can a social revolution
  exist" (a time or a condition: a warning, right 3 of 3 over the eighty-five sets), "Only by such
  training in advance can we be sure", "Only through well-established policies ... can" (a means:
  info, right 11 of 16; the wrong ones the speaker's own program, "Only by so doing can we").
* **"Only" and a party before a modal** (:func:`only_party_modal`, forty-seventh session, at
  ``info``, outside technical writing): "Only a reduction in spending can keep borrowing down",
  "Only such a movement can stop the attacks", "Only an ostrich would look upon these wars": one
  party said to be the only one that can, every other denied; not an amount ("Only a few will",
  "Only a small percentage of bugs are"), not a quoted modal.

Measured and left out (SL101's code page has the figures): "every <person>" ("every Perl
programmer", but "a tax cut for every American" is no claim: 19 false alarms to 5 claims),
"no one" with a verb of mind ("No one anticipates": one set only), and "has/have never" beside
"has always" (2 claims against 6 false alarms: "bup has never been tested", "has never heard").
Issue 11's forty-first session (abs41) counted the broad shapes of the universals and absolutes
the annotators mark (SL101's code page has the table): outside technical writing none is right
more often than about two times in five but "Only" and an inversion, so only that one is built;
"Only" before a party and its verb ("Only the corporate sector has the resources") was right 9
times against 10 wrong and is left out.

Issue 11's fifty-second session (absolute52) counted them again by syntax and genre over the one
hundred and fifteen sets before swage (``eval/pooled_misses.py --absolute52 --by-genre``; SL101's
code page has the table): no reading of ``always``, ``never``, ``no``, ``nothing``, ``every`` or ``all``
by its subject, its tense or what heads its clause is right more often than wrong in both speeches
and essays, and documentation is mostly traps; none is built here.

Each function reads the normalised words of one sentence (``lw``; ``words`` for case) from its
trigger word at ``i`` and returns the first and last words of the claim, or None.
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks import aims
from prosecheck.checks.confidence import past_verb
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.superlative_abstract import abstract_subject
from prosecheck.checks.sentence_memo import per_sentence
from prosecheck.checks.superlative_frames import COMPARATIVES, NEARLY
from prosecheck.sentences import PLACEHOLDER

#: The classes, in the order the check tries them (also the names the evaluation uses).
CLASSES = ("habit", "alone", "everyone", "ofall", "onlyinv", "onlyclause", "onlymodal", "heldalways", "alwayshas", "rarelyinv", "invariably", "nearlyalways")

#: Trigger words of the classes (the superlative of "of all" is a trigger already).
TRIGGERS = frozenset({"always", "never", "invariably", "alone", "everyone", "everybody", "only", "rarely", "seldom"})

# --- a habit of mind said of a people or a group ------------------------------------------

# People and groups a habit of mind is claimed of (beside a capitalised plural, "Northerners").
_GROUPS = frozenset(
    "we they he she people men women americans christians catholics protestants critics "
    "administration government church party nation country society congress "
    "realtors northerners southerners liberals conservatives democrats republicans "
    "president leaders politicians voters citizens scientists philosophers theologians "
    "historians economists clergy clergymen believers".split()
)
# Auxiliaries between the subject and the adverb: "have always resented", "will never forget".
_AUX = frozenset("have has had will would did do does 've ’ve".split())
# A first person's future is a pledge, not a claim about the world.
_PLEDGES = frozenset({"will", "would", "shall"})
# Adverbs between the adverb and the verb: "have always strongly resented", "never quite thought".
_ADVERBS_BETWEEN = frozenset("strongly really truly quite even fully deeply firmly".split())
# Verbs of thinking, feeling and valuing: what the claim says a whole people holds in mind.
_MIND_VERBS = frozenset(
    "think thinks thought believe believes believed resent resents resented equate equates equated "
    "fear fears feared doubt doubts doubted forget forgets forgot forgotten understand understands "
    "understood care cares cared trust trusts trusted distrust distrusts distrusted accept accepts "
    "accepted tolerate tolerates tolerated hate hates hated love loves loved respect respects "
    "respected admire admires admired value values valued cherish cherishes cherished despise "
    "despises despised envy envies envied dare dares dared realize realizes realized realise "
    "realises realised imagine imagines imagined suspect suspects suspected regard regards "
    "regarded oppose opposes opposed favor favors favored favour favours favoured".split()
)
# Feelings after "been": "have never been afraid to face problems", "never been jealous".
_FEELINGS = frozenset("afraid jealous envious ashamed proud content reluctant eager hostile".split())


def group_habit(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """"Northerners never think", "we have never been afraid", "Catholics have always strongly
    resented": ``lw[i]`` is always/never/invariably. Not "I always knew" nor "you never want"
    (the writer's story, an instruction), nor "should never"/"must always" (advice), nor a
    program ("SQLAlchemy never assumes": not a people). With the block's text (``prose``), a
    subject before a parenthesis set off by commas counts
    ("Realtors, both generally and in this group, have invariably equated"), and the claim is
    reported from the auxiliary."""
    n = len(lw)
    s = i - 1
    while s >= 0 and lw[s] in _AUX:
        s -= 1
    if s < 0:
        return None
    start = s
    if not _people(lw, words, s):
        s = _before_parenthesis(lw, words, s, prose)
        if s is None:
            return None
        start = i
        while start - 1 > s and lw[start - 1] in _AUX:
            start -= 1  # reported from the auxiliary (or the adverb) after the parenthesis
    if lw[s] == "we" and s + 1 < i and lw[s + 1] in _PLEDGES:
        return None  # "We will never forget", "we will never negotiate out of fear": a pledge
    if aims.pledge_of_ours(lw, s, i):
        return None  # "our country will never forget the debt we owe": the speaker's pledge (N5)
    k = i + 1
    while k < n and lw[k] in _ADVERBS_BETWEEN:
        k += 1
    if k < n and lw[k] == "been" and k + 1 < n and lw[k + 1] in _FEELINGS:
        return start, k + 1
    return (start, k) if k < n and lw[k] in _MIND_VERBS else None


#: The subjects of a habit of mind that name one person: "he never forgot", "she had always
#: believed" (slprec54).
_ONE_PERSON = frozenset({"he", "she"})


def one_persons_habit(lw, start: int) -> bool:
    """The habit of mind :func:`group_habit` found from ``start`` is said of one person ("he
    never forgot Texas", "He never understood Unix", "he had always suspected Morse of the
    murders", "he has never forgotten how he started"): a biography or a story, what one mind
    held, not a habit claimed of a whole people (issue 11, fifty-fourth session, slprec54; the
    sets' RULES 1 and 3, S297). Still a warning: "we", "they" and a people ("Northerners never
    think", "we Americans have always felt")."""
    return 0 <= start < len(lw) and lw[start] in _ONE_PERSON


def _before_parenthesis(lw, words, s: int, prose: Optional[str]) -> Optional[int]:
    """Word ``s`` closes a parenthesis set off by commas (a comma after it) of at most ten
    words: the index of the people before the opening comma, or None."""
    if prose is None or s + 1 >= len(words) or "," not in prose[words[s].end : words[s + 1].start]:
        return None
    for k in range(s - 1, max(-1, s - 11), -1):
        if "," in prose[words[k].end : words[k + 1].start]:
            return k if _people(lw, words, k) else None
    return None


def _people(lw, words, s: int) -> bool:
    """Word ``s`` names a people or a group: a word of _GROUPS, or a capitalised plural that
    is not the sentence's first word ("English Catholics", "the Realtors")."""
    if lw[s] in _GROUPS:
        return True
    text = words[s].text
    return s > 0 and text[:1].isupper() and text.isalpha() and len(text) > 4 and text.endswith("s") \
        and not text.endswith("ss") and not text.isupper()



# --- a state said to have held over all time ---------------------------------------------------

# Words before "has/have always" that are no subject of the claim: pronouns (the writer's own
# story, "we have always tried"; a program, "it has always"), determiners and conjunctions
# ("... released and has always (mostly) followed"), "there" ("There have always been tales").
_NOT_SUBJECTS = frozenset(
    "i you we they he she it this that these those there here who which what whom whose and or but "
    "nor so then also still one ones all both each some many most everyone everybody nobody anyone "
    "something anything nothing everything itself themselves ourselves".split()
)
# A goal after "has always been a": an aim the writer states, not a claim about the world (A4):
# "keeping the style unchanged throughout releases has always been a goal".
_AIM_NOUNS = frozenset("goal goals aim aims intention intent plan plans priority priorities ambition hope wish".split())

# After "has always been", what a product allows or ships: "Users have always been able to set
# the port", "has always been supported", "has always been the default".
_PRODUCT_FACTS = frozenset("able possible supported available allowed optional required enabled disabled".split())
# Verbs of aiming after "has always": "has always aimed to avoid doing", "has always tried to".
_AIM_VERBS = frozenset("aimed tried sought wanted intended strived striven hoped wished planned attempted meant".split())
# Endings of the capitalised plurals that name a people or a group ("Americans", "Northerners",
# "Catholics", "Democrats", "Methodists"); not a name that ends in -s ("Saxes", "Express").
_PEOPLE_ENDINGS = ("ans", "ers", "ics", "ists", "ites", "ats", "ese")


def _people_plural(text: str) -> bool:
    """A capitalised plural of people ("Americans", "Catholics") or an acronym's plural ("CEOs")."""
    if text.endswith(_PEOPLE_ENDINGS) and text[1:].islower():
        return True
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


# Programs and their parts, whose behaviour "has always" been so is a fact of versions, not a
# claim about the world ("The parser has always assumed UTF-8"), beside the lexicon's technical nouns.
_PROGRAM_NOUNS = frozenset(
    "parser parsers library libraries tool tools program programs compiler compilers server servers "
    "client clients browser browsers mode modes default defaults module modules package packages code "
    "api apis software app apps application applications function functions method methods command "
    "commands plugin plugins format formats project projects release releases script scripts engine "
    "engines framework frameworks interface implementation behaviour behavior output build builds".split()
)


# Words after "<Name> has always been" that describe what was done to it or where it stands, not
# what it is: "Guile has always been targeted as", "has always been in", "has always been of".
_NOT_IDENTITY = frozenset("of in on at to for by with under from about".split())


def _named_identity(lw, i: int) -> bool:
    """"Page has always been his company's true visionary", "Anarchism has always been a
    socialist theory", "America has always been willing to": after a name, "has always been"
    and what the name is (a noun phrase or an adjective), a standing identity claimed over all
    time (issue 11, eighteenth session); not a participle ("Guile has always been targeted as an
    extension language", "been written"), nor a place or a matter ("has always been of great
    importance")."""
    if i + 2 >= len(lw) or lw[i + 1] != "been":
        return False
    w = lw[i + 2]
    return w.isalpha() and not w.endswith(("ed", "en")) and w not in _NOT_IDENTITY


def held_always(lw, words, i: int, prose: Optional[str] = None, technical=frozenset(),
                abstract_ok: bool = False) -> Optional[tuple[int, int]]:
    """"Americans have always stood for", "innovation has always thrived best where", "The
    solution to this problem has always been the same": ``lw[i]`` is "always" right after
    "has"/"have", whose subject ends in a common noun or a capitalised plural: a state said to
    hold over all of history, which no source in the sentence bounds. Not a pronoun or a name
    ("we have always tried", "it has always", "Guile has always been targeted": the writer's own
    story or a program's), not a program or its parts ("The parser has always assumed UTF-8",
    ``technical``: the lexicon's technical nouns), not "do what Americans have always done" (a manner the speaker calls
    for), not "the areas where boats have always been found" (a place described), nor "has
    always been a goal" (an aim)."""
    n = len(lw)
    if i < 2 or i + 1 >= n or lw[i - 1] not in ("has", "have"):
        return None
    s = i - 2
    subj = words[s].text
    if not subj.isalpha() or lw[s] in _NOT_SUBJECTS or ly_adverb(lw[s], 0):
        return None
    if lw[s] in _PROGRAM_NOUNS or lw[s] in technical:
        return None  # "The parser has always assumed UTF-8": a program's behaviour
    if prose is not None and prose[words[s].end : words[s + 1].start].strip():
        return None  # "The parser, in its default mode, has always": the subject is further back
    if subj.isupper() or subj[:1].isupper() and not _people_plural(subj) and not _named_identity(lw, i):
        if not (abstract_ok and abstract_subject(subj)):
            return None  # "Guile has always", "Saxes has always", "its C API has always": a name
        # "Anarchism has always been anti-capitalist", "our Nation has never": a capitalised kind,
        # read only when the caller asks (superlative_abstract, sixty-fourth session)
    if any(w in ("what", "where") for w in lw[max(0, s - 3) : s]):
        # "let us do what Americans have always done": a manner called for; "in the areas
        # where boats have always been found": a place described
        return None
    if lw[i + 1] in _AIM_VERBS:
        return None  # "Saxes has always aimed to avoid", "we have always tried to": an aim
    if lw[i + 1] == "been" and i + 3 < n and lw[i + 2] in ("a", "an", "the", "our", "my") and lw[i + 3] in _AIM_NOUNS:
        return None  # "has always been a goal": an aim
    if lw[i + 1] == "been" and i + 2 < n and lw[i + 2] in _PRODUCT_FACTS:
        return None  # "Users have always been able to set the port": what a product allows
    return i - 1, i + 1


# What "has/have never" may not follow or run into for held_never: a modal before "have" ("should
# have never happened": a regret, not a record), the writer named as such ("the writer has never
# experienced": the writer's own story), and a degree or a time after "never" that the frames of
# records read at their own tier ("have never been more solid", "has never happened before").
_MODALS = frozenset("should would could might may must will shall can".split())
_OWN_SUBJECTS = frozenset("writer author reviewer narrator".split())
_DEGREE_WORDS = frozenset("more less so".split())
_TIME_WORDS = frozenset("before ever again".split())


def held_never(lw, words, i: int, prose: Optional[str] = None, technical=frozenset(),
               abstract_ok: bool = False) -> Optional[tuple[int, int]]:
    """"This nation has never found glory in war", "The National Government has never given
    adequate attention to", "Our flag has never waved over any community but in blessing": held_always's
    reading with "never" (issue 11, fiftieth session, slrec50): a common noun, a people's plural or
    a name's identity, then "has/have never", a state denied over all of history. Not a regret
    ("should have never happened"), the writer's own story ("the writer has never experienced"),
    nor a record that another frame reads ("have never been more solid", "has never happened
    before")."""
    if i < 2 or lw[i - 2] in _MODALS or lw[i - 2] in _OWN_SUBJECTS:
        return None
    if any(w in _DEGREE_WORDS or w in COMPARATIVES for w in lw[i + 1 : i + 5]):
        return None  # "have never been more solid", "has never been greater"
    if any(w in _TIME_WORDS for w in lw[i + 1 : i + 10]):
        return None  # "have never been called upon to attempt before": the frames' record
    return held_always(lw, words, i, prose, technical, abstract_ok)


# Subjects of "always has been" that make it the writer's or the reader's own story ("I always
# have been wary", "you always have been able to") or a question's ("who always has been").
_NOT_INVERTED_SUBJECTS = frozenset("i you who which what".split())


def always_has_been(lw, words, i: int, technical=frozenset()) -> Optional[tuple[int, int]]:
    """"This statute is, and always has been, inconsistent with ...", "it is and it always has
    been", "that it always has been, that it always will be", "For it always has been the essence
    of America": ``lw[i]`` is "always" before "has/have been", the order held_always does not read
    (issue 11, fortieth session, sl40): a state said to have held over all time, its subject a
    pronoun as often as a noun. Not the writer's or the reader's own ("I always have been"), a
    program or its parts ("The parser always has been strict"), what a product allows ("always has
    been supported", "always has been optional"), a participle ("always has been written"), nor an
    aim ("always has been to add ...", "always has been a goal")."""
    n = len(lw)
    if i < 1 or i + 2 >= n or lw[i + 1] not in ("has", "have") or lw[i + 2] != "been":
        return None
    prev = lw[i - 1]
    if prev in _NOT_INVERTED_SUBJECTS or prev in _PROGRAM_NOUNS or prev in technical:
        return None
    nxt = lw[i + 3] if i + 3 < n else ""
    if nxt == "to" or nxt in _PRODUCT_FACTS or (nxt.isalpha() and nxt.endswith(("ed", "en"))):
        return None  # "always has been to add", "always has been supported", "always has been written"
    if nxt in ("a", "an", "the", "our", "my") and i + 4 < n and lw[i + 4] in _AIM_NOUNS:
        return None  # "always has been a goal": an aim
    return i, i + 2


# --- X and X alone -------------------------------------------------------------------------

# Parties that "alone" makes the only one: "He alone has", "which alone can".
_ALONE_PARTIES = frozenset({"he", "she", "they", "we", "which", "who", "god"})
# What follows the party: a modal or a finite verb ("He alone has", "they alone possess").
_FINITE = frozenset("can could will would must may might has have had is are was were holds knows possess possesses".split())


def alone_claim(lw, i: int) -> Optional[tuple[int, int]]:
    """"they and they alone", "He alone has", "which alone can": ``lw[i]`` is "alone"."""
    n = len(lw)
    if i >= 3 and lw[i - 2] == "and" and lw[i - 1] == lw[i - 3] and lw[i - 1].isalpha():
        return i - 3, i
    if i >= 1 and lw[i - 1] in _ALONE_PARTIES and i + 1 < n and lw[i + 1] in _FINITE:
        return i - 1, i + 1
    v = i - 2 if i >= 2 and lw[i - 1] in NEARLY else i - 1
    if v >= 0 and lw[v] in _STAND and i + 1 < n and lw[i + 1] in ("in", "among"):
        return v, i  # "the Churches stand virtually alone in holding that conviction"
    return None


# "stand alone in": a party set apart from every other (not "a stand-alone build", "can stand alone").
_STAND = frozenset({"stand", "stands", "stood"})


# --- nearly everyone -------------------------------------------------------------------------

# The softeners of "nearly everyone": superlative_frames.NEARLY.


def nearly_everyone(lw, i: int) -> Optional[tuple[int, int]]:
    """"Practically everybody in Berlin has", "Virtually everyone thinks": ``lw[i]`` is
    everyone/everybody, after practically/virtually/nearly/almost."""
    if i < 1 or lw[i - 1] not in NEARLY:
        return None
    if i + 2 < len(lw) and lw[i + 1] in _NARROWING and lw[i + 2] in _SMALL_SCOPE:
        return None  # "almost everyone in our team": a small scope the writer knows
    return i - 1, i


_NARROWING = frozenset({"in", "on", "at", "of", "among"})
_SMALL_SCOPE = frozenset({"this", "these", "my", "our", "your"})


def nearly_everyone_recounted(lw, i: int) -> bool:
    """"something which almost everyone said was impossible", "After almost everyone had gone",
    "for most of human history, almost everybody was poor": the verb right after nearly everyone
    (``lw[i]``, or one word on) is in the past (``confidence.past_verb``). The writer recounts
    what the people of an occasion did, or a state of history, not a sweep over the world as it
    stands ("Virtually everyone thinks that the name Octave ...", "nearly everyone is agreed",
    "Practically everybody in Berlin has relatives": claims). Issue 11, fifty-third session
    (prec53): over the one hundred and eighteen sets before wimble such warnings were wrong 3
    times by the sentence pairing (mallet, wrench, fuller's trap) and right none (by the line
    pairing mallet's is credited to another item of its line); the present ones were right 3
    times of 5. At info (superlatives' kind ``frame:everyonepast``), not out."""
    return any(past_verb(lw, k) for k in range(i + 1, min(len(lw), i + 3)))


# --- a superlative of all --------------------------------------------------------------------

# Light nouns of discourse: "the most important truth of all: ...", "It's the most fundamental
# thing of all", "the greatest step of all, the high threshold of the future": the speaker orders
# his own points and values (M3, M7; drill-, spade- and plumb-docs' traps), where a noun with
# content ranks the world ("the heaviest burden of all", "the greatest challenge of all":
# claims). Issue 11, thirty-first session.
_POINTS = frozenset("thing things truth truths step steps point points lesson lessons".split())

# After "of all": not a scope of rivals ("the best of all possible worlds": an idiom).
_NOT_RIVALS = frozenset({"possible", "these", "this", "that", "those", "your", "our", "my"})


def of_all(lex, lw, i: int) -> Optional[tuple[int, int]]:
    """"the most unfortunate of all", "the deepest and most vital of all questions", "the most
    witty caricaturist of them all": ``lw[i]`` is a superlative of quality after "the" (or
    "most" and an adjective), up to three words before "of all"/"of them all". Not a size or an
    order (lex.dimension: "the shortest of all"), not "Best of all" (no article)."""
    n = len(lw)
    if i == 0 or lw[i - 1] != "the":
        return None
    w = lw[i]
    if w == "most":
        if i + 1 >= n or not lw[i + 1].replace("-", "").isalpha():
            return None
    elif w not in lex.superlative:
        return None
    elif w in lex.dimension and not (i + 2 < n and lw[i + 1] == "and" and lw[i + 2] == "most"):
        return None  # "the shortest of all": a size; not "the deepest and most vital of all"
    for k in range(i + 1, min(n - 1, i + 6)):
        if lw[k] == "of":
            if lw[k + 1] == "all":
                end = k + 1
                if k + 2 < n and lw[k + 2] in _NOT_RIVALS:
                    return None
            elif lw[k + 1] == "them" and k + 2 < n and lw[k + 2] == "all":
                end = k + 2
            else:
                return None
            if end + 1 < n and lw[end + 1] in ("is", "was", "are", "were"):
                return None  # "the best news of all is that ...": a transition, as "Best of all,"
            if lw[k - 1] in _POINTS:
                return None  # "the most important truth of all: America is on the mend"
            return i - 1, end
        if not lw[k].replace("-", "").isalpha() or lw[k] in ("than", "in", "to", "is", "was", "are"):
            return None
    return None


# --- "Only then can employers hire", "Only in Europe have our lines remained firm" ------------

# What "Only" inverts before its auxiliary: "Only then", "Only in Europe", "Only by ...".
# Not "Only by applying our ideas can we find ...": a means is the writers' method, advice (A4).
_ONLY_SCOPES = frozenset({"then", "in"})
_INVERTED_AUX = frozenset("have has had can could will would do does did must shall".split())


def only_inverted(lw, words, i: int) -> Optional[tuple[int, int]]:
    """"Only then can employers hire", "Only in one instance have we moved": ``lw[i]`` is "Only"
    opening its sentence, "then" or "in" and up to five words, an auxiliary, then a people or a group
    (_GROUPS, a capitalised plural, "our"/"their" and a noun, a plural of people). Not "Only
    after starting the stream will ondata be called" (a program), nor "only in America we
    could" (no inversion)."""
    n = len(lw)
    if i != 0 or i + 3 >= n or lw[i + 1] not in _ONLY_SCOPES:
        return None
    for k in range(i + 2, min(n - 1, i + 8)):
        if lw[k] in _INVERTED_AUX:
            s = k + 1
            if lw[s] in ("our", "their") and s + 1 < n:
                return i, s + 1
            if s + 1 < n and lw[s + 1] in _PEOPLE_PLURALS and lw[s].isalpha():
                return i, s + 1  # "Only then can local communities thrive"
            if lw[s] in ("you", "it", "i") or not _people(lw, words, s) and lw[s] not in _PEOPLE_PLURALS:
                return None
            return i, s
        if not lw[k].replace("-", "").isalpha():
            return None
    return None


#: The auxiliaries of a future foretold after "Only then".
_FORETELLING = frozenset({"will", "shall"})


def then_foretold(lw, hit: tuple[int, int]) -> bool:
    """The inversion :func:`only_inverted` found (``hit``) is "Only then" and a future ("Only then
    will we be able to rid ourselves of ...", "Only then, perhaps, will he reveal his jewels"):
    the outcome the speaker foretells once the condition just named is met, not a party ranked
    the only one able (issue 11, fifty-fourth session, slprec54: the sets' RULES 3 and A4, gauge
    S372, pincer S727). "Only then can employers hire the workers they need" (what is possible
    only so) stays a claim. Reads the words of the hit only."""
    first, last = hit
    if first + 1 >= len(lw) or lw[first + 1] != "then":
        return False
    aux = next((lw[k] for k in range(first + 2, min(last + 1, len(lw))) if lw[k] in _INVERTED_AUX), None)
    return aux in _FORETELLING


# Plurals of people beside _GROUPS, lower-case after an inverted auxiliary ("can employers hire").
_PEOPLE_PLURALS = frozenset(
    "employers workers families communities parents children students teachers farmers businesses "
    "nations countries states cities".split()
)


# --- "Only when power rests ... can a social revolution exist" (issue 11, forty-first session) --

# What "Only" opens before the inversion: a condition, a time or a means ("Only when", "Only by").
# (Not "after", "until", "once": a program's order as often as not, "Only after the cache warms
# up will the server answer"; none was a claim in the sets.)
_ONLY_CLAUSES = frozenset("when by through".split())
# Words before an auxiliary that make it the clause's own verb, not the inversion: "Only when the
# machine would otherwise be idle", "Only if you have some codec".
_NOT_INVERTED_AFTER = frozenset("i you we they he she it who which that there".split())
# What the inverted auxiliary's subject opens with (beside a capitalised word).
_INVERTED_SUBJECTS = frozenset("we it he she they i you a an the our their this that these those his its there".split())
# The inverted auxiliaries, "to be" too: "Only when a concert of nations rests on ... is it likely".
_CLAUSE_INVERTED_AUX = _INVERTED_AUX | {"is", "are", "was", "were"}
#: How far the clause "Only" opens may run before the inversion: a sentence's words, bounded.
_ONLY_CLAUSE_REACH = 60


def only_clause(lw, words, i: int) -> Optional[tuple[int, int]]:
    """"Only when power rests in the hands of everyone can a social revolution exist", "Only by
    such training in advance can we be sure", "Only by leaving Apple ... was he able to mature":
    ``lw[i]`` is "Only" opening its sentence (or after "And"/"But"), then a clause of condition,
    time or means (when, by, through) and an inverted
    auxiliary before its subject: every other way or moment is denied, a claim about the world.
    Outside technical writing only (the check drops kind "frame:onlyclause" there: "Only when the
    machine would otherwise be idle is the task allowed to run", a program's rule). Not without an
    inversion ("Only if you have some codec installed"): the auxiliary must not follow a pronoun
    (the clause's own verb) and must come before a subject. One forward scan of at most
    _ONLY_CLAUSE_REACH words, once a sentence (the word opens it)."""
    n = len(lw)
    if not (i == 0 or (i == 1 and lw[0] in ("and", "but", "yet", "so"))):
        return None
    if i + 3 >= n or lw[i + 1] not in _ONLY_CLAUSES:
        return None
    for k in range(i + 3, min(n - 1, i + _ONLY_CLAUSE_REACH)):
        if lw[k] in _CLAUSE_INVERTED_AUX and lw[k - 1] not in _NOT_INVERTED_AFTER:
            if lw[k + 1] in _INVERTED_SUBJECTS or words[k + 1].text[:1].isupper():
                return i, k + 1
    return None


# The subjects of the speaker's side and the reader after the inversion of only_clause: "Only by
# so doing can we prevent it", "Only by debate can we arrive at decisions", "Only then can you":
# the speaker's own program or advice (info); any other subject ("can the Federal Government
# assure", "could the US steel industry survive", "was he able") is a claim about the world.
_SPEAKERS_SIDE = frozenset({"we", "i", "you"})


def speakers_side(subject: str) -> bool:
    """The inverted subject ``subject`` (lower case) of only_clause is the speaker's side or the
    reader ("we", "I", "you")."""
    return subject in _SPEAKERS_SIDE


# --- "Only such a movement can stop": a sole party before a modal (issue 11, forty-seventh session) --

# What may follow "Only" and open the party: an article or a demonstrative ("Only a reduction in
# spending can", "Only such a movement can", "Only this can ensure", "Only those who ... would").
_PARTY_OPENERS = frozenset("a an the such this these those".split())
# Words right after the opener that make it an amount, not a party: "Only a small percentage of
# bugs are", "Only a few will", "Only a short time will": a count or a measure, no claim that
# nothing else could do it.
_AMOUNTS = frozenset(
    "small few short little handful fraction percentage minority number part portion bit one two".split()
)
# The modals that make the party the one thing that can (or would) do it.
_SOLE_MODALS = frozenset("can could will would".split())
# Verbs that end the party's noun phrase before any modal: then the modal belongs to a later
# clause ("Only a small percentage of bugs are really OS dependant and you can always include").
_PARTY_VERBS = frozenset("is are was were has have had do does did 's ’s".split())
#: How far the party may run before its modal: a bounded scan, once a sentence (the word opens it).
_PARTY_REACH = 16


def only_party_modal(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """"Only a reduction in spending can keep borrowing down", "Only such a movement can stop the
    attacks", "Only an ostrich would look upon these wars", "Only those who blindly trust
    institutions would dare": ``lw[i]`` is "Only" opening its sentence (or after "And"/"But"),
    an article or a demonstrative, a noun phrase of at most _PARTY_REACH words without a comma,
    then can/could/will/would: one party is said to be the only one that can do it, every other
    denied (RULES 3's sweeping "only"). Not an amount ("Only a small percentage of bugs are",
    "Only a few will"), not a modal after the phrase's own verb ("... are really OS dependant
    and you can"). Outside technical writing only (the check drops kind "frame:onlymodal" there:
    "Only the module that defines this function can call it", a program's rule)."""
    n = len(lw)
    if not (i == 0 or (i == 1 and lw[0] in ("and", "but", "yet", "so"))):
        return None
    if i + 3 >= n or lw[i + 1] not in _PARTY_OPENERS or lw[i + 2] in _AMOUNTS:
        return None
    for k in range(i + 2, min(n - 1, i + 2 + _PARTY_REACH)):
        if prose is not None and "," in prose[words[k - 1].end : words[k].start]:
            return None  # "Only this, in the end, will": a parenthesis or a list, not one phrase
        w = lw[k]
        if words[k].quoted:
            return None  # 'Only this "can command the respect of governments"': another's words
        if w in _SOLE_MODALS and lw[k - 1] not in _NOT_INVERTED_AFTER:
            return i, k
        if w in _PARTY_VERBS or not w.replace("-", "").replace("'", "").isalpha():
            return None
    return None


# --- "invariably" before what a thing does (issue 11, eighteenth session) ----------------------

# Auxiliaries "invariably" may stand after and still head the claim's verb: "have invariably
# equated". Not a modal ("code will invariably be written": a prediction) nor a form of "to be"
# ("were invariably accompanied", "his invariably ardent manner": a description, a degree).
_HAVE = frozenset({"have", "has", "had"})
# Finite forms after "invariably": "invariably are aggrieved", "invariably has problems".
_FINITE_AFTER = frozenset("is are was were has have had does do did".split())
# Where a clause starts before "(almost) invariably": "that almost invariably age reveals itself".
_CLAUSE_HEADS = frozenset({"that", "and", "but", "so", "yet"})
# Words ending in -s that are no verb of the third person.
_NOT_VERB_ENDINGS = ("ss", "ous", "us", "is", "ics")


def invariably_does(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """"code which is designed behind closed doors invariably has problems", "this review
    process invariably finds ways", "the kind of chest that invariably wins contests", "almost
    invariably age reveals itself": ``lw[i]`` is "invariably" before a finite verb, or heading a
    clause: what a whole kind of thing always does, a law no source in the sentence bounds. Not
    set off by commas ("Their conversations were, almost invariably, accompanied by": a scene
    described), not before an adjective ("his invariably ardent manner"), nor after a modal or a
    form of "to be" ("code will invariably be written", "were invariably accompanied")."""
    n = len(lw)
    if i + 1 >= n or not lw[i + 1].isalpha():
        return None
    start = i - 1 if i and lw[i - 1] in ("almost", "nearly") else i
    if prose is not None:
        before = prose[words[start - 1].end : words[start].start] if start else ""
        if "," in before or "," in prose[words[i].end : words[i + 1].start]:
            return None  # "were, almost invariably, accompanied": a parenthesis
    prev = lw[start - 1] if start else ""
    nxt = lw[i + 1]
    if prev in _HAVE:
        return start - 1, i + 1  # "have invariably equated"
    if nxt in _FINITE_AFTER:
        return start, i + 1  # "invariably are aggrieved", "invariably has problems"
    if nxt.endswith("s") and not nxt.endswith(_NOT_VERB_ENDINGS) and len(nxt) > 3 and prev.isalpha() \
            and prev not in ("the", "a", "an", "his", "her", "its", "their", "our", "is", "are", "was", "were", "be"):
        return start, i + 1  # "invariably finds ways", "that invariably wins contests"
    if (not start or prev in _CLAUSE_HEADS) and nxt not in ("be", "been"):
        return start, i  # "that almost invariably age reveals itself": heading a clause
    return None


# --- "Rarely has the world faced a choice more clear" -----------------------------------------

# Before "rarely"/"seldom" at the head of a clause: "Only rarely do you see", "But rarely if ever has".
_RARELY_LEADS = frozenset({"only", "and", "but", "yet", "so"})
# After the inversion, what the reader needs or wants: a program's advice ("Rarely do you need
# to call it"), not a claim about the world.
_NEEDS = frozenset({"need", "needs", "necessary", "want", "wants", "have", "required"})


def rarely_inverted(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """"Rarely has the world faced a choice more clear", "But rarely if ever has this argument
    made its way", "Only rarely do you see features removed": ``lw[i]`` is "rarely"/"seldom"
    heading its sentence or clause (after "only", "and", "but", "yet", "so", or a comma or a
    semicolon), then ("if ever") an auxiliary before its subject: the inversion denies nearly
    every case there has been. Not "it is rarely useful", "rarely used" (no inversion: a
    frequency reported), nor "Rarely do you need to call it" (advice)."""
    n = len(lw)
    start = i - 1 if i >= 1 and lw[i - 1] == "only" else i
    head = i - 1 if i >= 1 and lw[i - 1] in _RARELY_LEADS else i
    if head > 0:
        if prose is None or not any(c in prose[words[head - 1].end : words[head].start] for c in ",;:"):
            return None
    k = i + 1
    if k + 1 < n and lw[k] == "if" and lw[k + 1] == "ever":
        k += 2
    if k + 1 >= n or lw[k] not in _INVERTED_AUX:
        return None
    if any(w in _NEEDS for w in lw[k + 1 : k + 4]):
        return None  # "Rarely do you need to call it": advice
    return start, k


# --- "almost always", "nearly never" (issue 11, nineteenth session) ---------------------------

# The softeners that leave a law over nearly every case ("almost always a sign of ..."):
# superlative_frames.NEARLY.
# Before the softener, a modal makes a prediction or advice ("will almost always prevent it",
# "should almost never be done"), not a law stated of the world.
_MODALS = frozenset("will would shall should must may might can could ought 'll ’ll".split())
# Subjects that are the writer (a habit: "I almost always"), the reader (advice: "You almost
# never want to"), a program or the step just described ("it almost always is", "This is almost
# always a bad idea"), or no subject at all ("and almost always with").
_NOT_LAW_SUBJECTS = frozenset(
    "i we you one it this that and or but nor so yet then also to".split()
)
_COPULAS = frozenset("is are was were 's ’s 're ’re".split())
# What a complement after the copula opens with: a noun phrase ("a sign of code", "the one
# that", "his own"); an adjective or a participle ("is almost always present", "is almost never
# correct", "is almost always written") describes a state of one thing, and "better to", "what
# one wants", "to have backups" are advice.
_DETERMINERS = frozenset("a an the his her their its our some".split())
# A complement that is advice to the reader: "is almost always a bad idea", "a good idea".
_ADVICE_COMPLEMENTS = frozenset({"idea", "way", "practice", "approach"})
# After the adverb, words that are no verb: a preposition, a conjunction, an answer.
_NOT_VERBS = frozenset(
    "with in on at for by to from of into as than when if because and or but yes no not only "
    "a an the".split()
)


def nearly_always(lw, words, i: int, prose: Optional[str] = None) -> Optional[tuple[int, int]]:
    """"Heavy preprocessor use is almost always a sign of code", "SQLite is almost always a
    better solution", "which almost always seems to improve", "developers almost always turned
    out to be wrong": ``lw[i]`` is "always" or "never" after almost/nearly/virtually/practically,
    with a subject of its own right before and a verb or a copula and a noun phrase after. Not
    after a modal ("will almost always prevent", "should almost never be done"), not the writer
    or the reader ("I almost always", "You almost never want to"), not "it"/"this" ("it almost
    always is", "This is almost always a bad idea"), not an adjective or a participle after the
    copula ("is almost always present", "is almost never correct", "is almost always written"),
    not advice ("is almost always better to", "is almost always a good idea"), nor no verb at
    all ("and almost always with a conviction", "Almost always: yes."), nor in a title's capitals
    ("Why More Equal Societies Almost Always Do Better")."""
    n = len(lw)
    a = i - 1
    if a < 1 or lw[a] not in NEARLY or i + 1 >= n:
        return None
    if words[a].text[:1].isupper():
        return None  # "Why More Equal Societies Almost Always Do Better": a title's capitals
    gap = prose[words[i].end : words[i + 1].start] if prose is not None else " "
    if gap.strip(" \n*_" + PLACEHOLDER):
        return None  # "Almost always: yes.", "\"almost never\" (65.6%)": no clause follows
    code = PLACEHOLDER in gap  # "the issue is almost always `pyenv` influencing": a code span
    nxt = lw[i + 1]
    prev = lw[a - 1]
    if prev in _COPULAS:
        if a < 2 or lw[a - 2] in _NOT_LAW_SUBJECTS or lw[a - 2] in _MODALS:
            return None  # "It's almost always better to", "This is almost always a bad idea"
        if nxt not in _DETERMINERS and not code and not words[i + 1].text[:1].isupper():
            return None  # "is almost always present", "is almost never what one wants"
        if nxt in _DETERMINERS and any(w in _ADVICE_COMPLEMENTS for w in lw[i + 2 : i + 5]):
            return None  # "is almost always a bad idea": advice
        return a - 1, i  # "is almost always": the complement may be a code span
    if code or not nxt.replace("'", "").isalpha() or nxt in _NOT_VERBS:
        return None  # "and almost always with a conviction": no verb follows
    if prev in _MODALS or prev in _NOT_LAW_SUBJECTS or not prev.replace("-", "").isalpha():
        return None
    if prose is not None and not prose[words[a - 1].end : words[a].start].isspace():
        return None  # "were, almost always, ...": a parenthesis; no subject before it
    return a, i + 1


# --- "capitalism never allows this", "Power always corrupts" (issue 11, sixty-first session) ---

# What stands right before the adverb and is no third-person subject of a habit: the writer, the
# reader and "they" (the writer's own story, advice, a plural's plain verb), a relative (a clause
# that describes its noun: "a president who always puts students first", "the kind of fortune that
# never misses"), a softener (nearly_always's: "almost always"), a frequency or a degree, and the
# words that head no noun phrase (determiners, prepositions, conjunctions, auxiliaries, modals).
_NOT_HABIT_SUBJECTS = frozenset(
    "i you we they one there here who which that whom whose what where when why how "
    "everyone everybody nobody someone somebody anyone anybody everything nothing something anything "
    "almost nearly virtually practically generally usually often sometimes also still just even not "
    "and or but nor so yet then if as than because since while though although unless until once "
    "a an the this these those my your our his her their its such some any all both each every no "
    "of to in on at by for with from into onto upon about over under after before through "
    "is are was were be been being am has have had do does did "
    "will would can could should must may might shall hope".split()
)
#: Third-person pronouns that may be the subject: "he never quits", "it never goes away", "this
#: never happens to non-anarchist thinkers".
_HABIT_PRONOUNS = frozenset({"he", "she", "it", "this"})
# Words of the sentence that make the habit the writer's own story or circle ("we", "my"), a story
# told in the past ("He never apologized ... was"), or a figure's record ("in 52 per cent of
# cases"): the gold counts those as events, experiences and measurements, not a sweep (RULES 3).
_FIRST_PERSON = frozenset(
    "i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll".split()
)
_PAST_AUX = frozenset("was were had did wasn't weren't hadn't didn't".split())
# Figures spelt out ("never takes more than five seconds"); not "one", a pronoun as often.
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "thousand million billion percent".split()
)
# Words in -s after the adverb that are no present verb: "always afterwards", "never perhaps".
_NOT_HABIT_VERBS = frozenset("perhaps towards afterwards sometimes always thus unless".split())


@per_sentence
def _plain_present(lw, words, prose: Optional[str]) -> bool:
    """No first person, no past auxiliary, no figure and no code span anywhere in the sentence
    (one pass per sentence, however many adverbs ask): a code span names a program's parts ("It
    never updates the `nx:run-commands` keys": a program's behaviour in a page the genre test
    does not read as technical writing)."""
    if prose is not None and words and PLACEHOLDER in prose[words[0].start : words[-1].end]:
        return False
    return not any(w in _FIRST_PERSON or w in _PAST_AUX or w in _NUMBER_WORDS or any(c.isdigit() for c in w)
                   for w in lw)


# A view reported to be answered (fix62): the habit stands in a clause after a verb of saying or
# thinking whose subject is a third party ("Capitalists argue that the market always rewards",
# "the Austrians claim the state never creates"), or after a noun of a claim and "that" ("the
# "Austrian" assertion that intervention in the market always reduces social utility cannot be
# supported": kevel I.1.5, a wrong SL101). The sweep is the view's, not the writer's (RULES 1).
_REPORT_VERBS = frozenset(
    "argue argues argued claim claims claimed say says said assert asserts asserted contend contends "
    "contended maintain maintains maintained insist insists insisted believe believes believed "
    "think thinks thought suggest suggests suggested".split()
)
_CLAIM_NOUNS = frozenset(
    "claim claims argument arguments idea ideas assertion assertions notion notions belief beliefs "
    "view views contention assumption assumptions myth myths dogma doctrine theory premise "
    "position".split()
)
_OWN_VOICES = frozenset("i we you".split())
# Words that open the writers' own clause after the view reported: "should claim that they want to
# be "left alone," since capitalism never allows this" (jointer), "The disciplinarian argument that
# ... is also defective, because it always requires some sacrifice" (drawknife): the writers'
# answer, a sweep of their own (both positives).
#: Words that open the writers' own clause again (also reported_idea's bound).
OWN_CLAUSE = frozenset("but because since although though whereas yet however for so".split())


@per_sentence
def _reported_from(lw) -> int:
    """The index of the first word after which the sentence reports another's view (a third party's
    verb of saying or thinking, or a noun of a claim and "that"), or len(lw) when it reports none
    (one pass per sentence, however many adverbs ask). A word of ``OWN_CLAUSE`` after it ("but",
    "because", "since" ...) starts the writers' own clause again: no view is reported from there."""
    n = len(lw)
    at = n
    for k, w in enumerate(lw):
        if w in OWN_CLAUSE:
            at = n
        elif at == n and k > 0:
            if w == "that" and lw[k - 1] in _CLAIM_NOUNS:
                at = k
            elif w in _REPORT_VERBS and lw[k - 1] not in _OWN_VOICES and lw[k - 1] not in ("the", "a", "this", "that"):
                at = k
    return at


def habit_present(lw, words, i: int, prose: Optional[str] = None, technical=frozenset()) -> Optional[tuple[int, int]]:
    """"capitalism never allows this", "Power always corrupts", "it always requires some
    sacrifice", "Donald always takes care of Donald", "He never quits": ``lw[i]`` is "always" or
    "never" right between a third-person subject (a noun, a name, "he", "she", "it", "this") and a
    present verb in -s: what a kind of thing or a person does in every case, stated as a law in the
    writer's present (issue 11, sixty-first session, sweep61). Not "I"/"we"/"you"/"they" (the
    writer's story, advice), not a relative ("a president who always puts students first": a
    description of its noun), not a pronoun after "that" ("unique in the sense that it never docks":
    a clause that explains another claim or states an aim), not softened ("almost always":
    nearly_always's), not set off by a mark ("It, always, ..."), and not in a sentence with the
    first person, a past auxiliary, a figure or a code span (the writer's own circle, a story
    told, a measurement, a program's parts: ``_plain_present``), nor a program or its parts as the
    subject ("The parser never assumes", ``technical``: the lexicon's technical nouns), nor (fix62)
    inside a view the sentence reports to answer it ("the claim that the market always reduces
    ...", "The millers argue that the levee never fails": ``_reported_from``). Technical writing
    drops it (a program's behaviour: "It always returns a list")."""
    n = len(lw)
    if i < 1 or i + 1 >= n:
        return None
    s, v = lw[i - 1], lw[i + 1]
    if s not in _HABIT_PRONOUNS and (s in _NOT_HABIT_SUBJECTS or s.endswith("ly") or not s.replace("-", "").isalpha()):
        return None
    if s in _PROGRAM_NOUNS or s in technical:
        return None  # "The parser never assumes a default encoding": a program's behaviour
    if s in _HABIT_PRONOUNS and i >= 2 and lw[i - 2] == "that":
        return None  # "unique in the sense that it never docks", "so that it never expects": a clause that explains or aims
    text = words[i + 1].text
    if len(v) <= 3 or not text.isalpha() or not text.islower() or not v.endswith("s") or v.endswith(_NOT_VERB_ENDINGS):
        return None  # "never Tuesdays", "always bogus": no verb of the third person
    if v in _NOT_HABIT_VERBS or v.endswith(("wards", "ways")) or not words[i].text.islower():
        return None  # "always afterwards"; "It Always Works": a title's capitals
    if prose is not None and not (prose[words[i - 1].end : words[i].start].isspace()
                                  and prose[words[i].end : words[i + 1].start].isspace()):
        return None  # "It, always, ...", "never `returns`": a parenthesis or a code span
    if not _plain_present(lw, words, prose):
        return None
    if _reported_from(lw) < i - 1:
        return None  # "the claim that the market always reduces ...": a view reported (fix62)
    return i - 1, i + 1
