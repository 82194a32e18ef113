"""What a booster's certainty lands on: the writer's own state of mind, or a claim.

"I'm certainly glad I went", "I certainly don't think so", "Needless to say, I felt guilty",
"We of course want to fix it": the booster insists on what the writer feels, hopes, wants or
remembers. Only the writer can know that, and the reader is asked to take nothing else on trust,
so there is no evidence to show and no source to cite (the labelled sets' rule D4, "certainty
about the writer's own feelings"). Measured over the thirteen labelled sets (issue 11, twelfth
session), every booster so placed is marked a trap, in four sets (kiln, ember, hearth, vault).

Not "I'm sure the fix works" nor "I have no doubt that they will": there the certainty is the
booster itself and lands on the clause after it, a claim about the world; both are marked as
claims as often as traps. Words are the sentence's normalised words (``norm_words``).
"""

from __future__ import annotations

from bisect import bisect_right

from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.sentence_memo import per_sentence
from prosecheck.checks.word_gaps import between

_FIRST_PERSON = frozenset({"i", "we"})
# "I'm certainly glad", "we are of course grateful"
_FIRST_PERSON_BE = frozenset({"i'm", "we're"})
_BE_AFTER = {"i": "am", "we": "are"}
# Verbs of the writer's own mind: feeling, wanting, hoping, remembering, holding an opinion.
# Not "know" or "see" ("I certainly know it works" vouches for the claim after it).
_MIND_VERBS = frozenset(
    """
    think thought believe believed hope hoped feel feels felt want wanted wish wished like liked
    love loved enjoy enjoyed agree agreed disagree remember remembered recall recalled appreciate
    appreciated prefer preferred regret regretted intend intended mean meant doubt doubted hate
    hated understand sympathise sympathize
    """.split()
)
# Adjectives of the writer's own feeling after "I'm certainly ...".
_FEELINGS = frozenset(
    """
    glad happy pleased grateful thankful proud sorry delighted excited relieved thrilled honored
    honoured sad disappointed curious interested tempted
    """.split()
)
# "I certainly wouldn't ...", "we definitely would ...": what the writer would choose to do, which
# only the writer can know (tongs-docs' Q5/D4 trap; issue 11, fifteenth session).
_CHOICE_MODALS = frozenset({"would", "wouldn't", "will", "won't"})
# "I'll"/"we'll" and "shall" beside "will" since the sixtieth session (source60): "I shall of
# course ensure that he receives a reply", "we'll certainly look at it" are the speaker's
# undertaking as "We will definitely ship it" is (gib-docs' trap, gauge S372: the speaker's own
# promised action).
_FIRST_PERSON_HAVE = frozenset({"i've", "we've", "i'd", "we'd", "i'll", "we'll"})
# Not a form of "to be": "we are certainly the fastest" says what the writer's product is, a claim.
_DOING_AUXILIARIES = frozenset("do did have had will would shall".split())
# Verbs by which the writer vouches for a claim about the world: "I certainly know it works",
# "we have definitely seen it fail", "we clearly found that ...".
_WITNESS_VERBS = frozenset(
    """know knew known see saw seen find found learn learned learnt notice noticed hear heard show
    showed shown prove proved proven measure measured observe observed""".split()
)
# Between the booster and the verb: an auxiliary, a negation, an intensifier ("I certainly
# don't think", "I clearly do remember", "we of course also want").
_BETWEEN = frozenset("do does did don't doesn't didn't not never also still really very so too".split())


def _head(lw, k: int) -> str:
    """The first word from ``k`` on that is not an auxiliary, negation or intensifier; "" for
    "think of" ("we definitely think of Jio first": calls to mind, a claim about Jio, ember-docs)."""
    while k < len(lw) and lw[k] in _BETWEEN:
        k += 1
    if k + 1 < len(lw) and lw[k] in ("think", "thought") and lw[k + 1] == "of":
        return ""
    return lw[k] if k < len(lw) else ""


def on_writers_mind(lw, b: int, bend: int) -> bool:
    """True when the booster ``lw[b : bend + 1]`` insists on the writer's own feeling, wish or
    opinion: "I certainly hope", "I'm certainly glad", "Needless to say, I felt"."""
    before = lw[b - 1] if b else ""
    head = _head(lw, bend + 1)
    if before in _FIRST_PERSON and head in _MIND_VERBS:
        return True  # "I certainly hope not", "I certainly don't think", "We of course want"
    be_first = before in _FIRST_PERSON_BE or (b >= 2 and _BE_AFTER.get(lw[b - 2]) == before)
    if be_first and head in _FEELINGS:
        return True  # "I'm certainly glad", "we are of course grateful"
    after = lw[bend + 1] if bend + 1 < len(lw) else ""
    if before in _FIRST_PERSON and after in _CHOICE_MODALS:
        return True  # "I certainly wouldn't implement it in Python 3": the writer's own choice
    own = before in _FIRST_PERSON_HAVE or (b >= 2 and lw[b - 2] in _FIRST_PERSON and before in _DOING_AUXILIARIES)
    adverb = bend == b or lw[b : bend + 1] == ["of", "course"]  # not "I have no doubt that ..."
    if adverb and (before in _FIRST_PERSON or own) and head and head not in _WITNESS_VERBS:
        # "I've certainly come looking for thrills", "We will definitely ship it": what the
        # writer does, did or promises (tongs-docs; every booster right after "I" or "we" the
        # nineteen sets mark is a trap but "we definitely think of", anvil-docs' "I absolutely
        # reject" and "I certainly do" among them)
        return True
    # "Needless to say, I felt ...", "Of course we want ...": the booster opens the sentence and
    # the writer, right after it, is the subject of a verb of the mind.
    return b == 0 and after in _FIRST_PERSON and _head(lw, bend + 2) in _MIND_VERBS


# The speaker's own mind after a frame that opens the clause (issue 11, fifty-fourth session,
# conc54): "And the truth is, I loved the life we had built", "But make no mistake: I am proud to
# be a Democrat", "But there's no doubt that I respect the Second Amendment", "..., but certainly
# I love to visit their mound cities". The certainty lands on what the speaker feels, loves or
# holds, which only the speaker can know (shim S297, adze S16), as on_writers_mind reads "I'm
# certainly glad". Only "I": the speeches' "we" is a nation ("The truth is we are the world's
# greatest democracy"), and "I know", "I find" vouch for a claim.
_OWN_MIND_VERBS = _MIND_VERBS | frozenset("respect respected admire admired cherish cherished".split())
_CLAUSE_LEADS = frozenset("and but so yet well now".split())
_OWN_MIND_BETWEEN = frozenset("really truly deeply also still always do did".split())
_I_AM = frozenset({"i'm", "i\u2019m"})
_ARTICLES = frozenset({"a", "an"})
_OPENING_MARKS = (",", ";", ":", "\u2014", "--")  # a clause opens after one
_COMPARING = frozenset("than better worse more less greater bigger best worst most only".split())


def opens_own_feeling(lw, b: int, bend: int, words, prose: str) -> bool:
    """The booster ``lw[b : bend + 1]`` opens its clause (the sentence or a clause mark before it,
    past "and", "but", "so") and "I" follows it (past "that") as the subject of a verb of the mind
    or of "am"/"was" and a feeling or "a"/"an" (what the speaker is)."""
    k = b
    while k > 0 and lw[k - 1] in _CLAUSE_LEADS:
        k -= 1
    if k > 0 and not any(m in between(words, prose, k - 1, k) for m in _OPENING_MARKS):
        return False
    j = bend + 1
    if j < len(lw) and lw[j] == "that":
        j += 1
    if j >= len(lw):
        return False
    if lw[j] in _I_AM:
        return j + 1 < len(lw) and (lw[j + 1] in _FEELINGS or _what_i_am(lw, j + 1))
    if lw[j] != "i":
        return False
    j += 1
    while j < len(lw) and lw[j] in _OWN_MIND_BETWEEN:
        j += 1
    if j < len(lw) and lw[j] in _OWN_MIND_VERBS:
        return True
    # "I am proud", "It's no secret that I'm a sports fan": the speaker's feeling or what the
    # speaker is, told first-hand (scraper S620)
    return j + 1 < len(lw) and lw[j] in ("am", "was") and (lw[j + 1] in _FEELINGS or _what_i_am(lw, j + 1))


def _what_i_am(lw, k: int) -> bool:
    """ "a sports fan" after "I'm": what the speaker is, not "a better miller than my father" (a
    comparison with others, a claim): "a"/"an" at ``k``, no comparative word or "than" in the
    four words after it."""
    return lw[k] in _ARTICLES and _COMPARING.isdisjoint(lw[k + 1 : k + 5])


# The writer as the subject right after "in fact" / "indeed" ("In fact, we don't add much stuff
# at all", "In fact I cannot imagine myself condemning ...") or just before it with an auxiliary
# ("we do in fact already use several modules"): the emphasis lands on what the writer does,
# thinks or can imagine, which only the writer knows (issue 11, fourteenth session: five traps
# in five sets, attic, cellar, kiln, anvil, vault; no right finding so placed).
_EMPHATIC_OWN = frozenset({"i", "we"})
_OWN_AUXILIARIES = frozenset("do did does have had am are was were".split())


# The writer as the subject right after "of course": "So of course I was thrilled to start",
# "and of course we know that ...", "Of course I do not mean that literally": the writer's own
# feeling, knowledge or words (issue 11, fifteenth session: every such "of course" the nineteen
# sets mark is a trap, seven in seven sets, none right).
_OWN_AFTER = frozenset({"i", "we", "i'm", "i've", "i'd", "we're", "we've", "we'd"})


def on_writers_doing(lw, b: int, bend: int) -> bool:
    """ "In fact, we don't add much stuff at all": "in fact" or "indeed" before or after the
    writer as the subject of the clause; "of course" just before it."""
    if lw[b : bend + 1] == ["of", "course"]:
        return bend + 1 < len(lw) and lw[bend + 1] in _OWN_AFTER
    if lw[b : bend + 1] not in (["in", "fact"], ["indeed"]):
        return False  # "In truth, I find Europe ...", "In reality, we now know": claims (kiln, anvil, forge)
    if bend + 1 < len(lw) and lw[bend + 1] in _OWN_AFTER:
        return True  # also "in fact, we're very ordinary" (forge-docs)
    if b and lw[b - 1] in _EMPHATIC_OWN:
        return True
    return b >= 2 and lw[b - 2] in _EMPHATIC_OWN and lw[b - 1] in _OWN_AUXILIARIES


# A cost the writer concedes: "Of course, continuing this costs money", "Of course, the additional
# computing power to encrypt all this traffic costs real money", "Of course this power comes at a
# price" (issue 11, sixteenth session: mallet-docs, kiln-docs, vault-docs; every booster before a
# cost in the twenty sets' gold is a negative but quarry-docs' "In fact, ... has cost the
# taxpayers", not an "of course"). The certainty grants a drawback before the writer goes on; it
# vouches for no claim an editor would source.
_COST_WORDS = frozenset(
    "cost costs costing price prices expensive overhead drawback drawbacks downside downsides "
    "tradeoff tradeoffs trade-off trade-offs penalty".split()
)
_COST_REACH = 12


def concedes_a_cost(lw, b: int, bend: int) -> bool:
    """ "Of course" before a cost or a drawback in the words after it (up to twelve)."""
    if lw[b : bend + 1] != ["of", "course"]:
        return False
    return not _COST_WORDS.isdisjoint(lw[bend + 1 : bend + 1 + _COST_REACH])


# "of course" just inside a relative clause ("-- which, of course, mattered the most", "more wharf
# rats, who, of course, say they are the victims", "every evaluation caused allocation, which was
# of course ..."): the clause is an aside on the noun before it, as a parenthesis is, and the
# certainty colours the aside, not the sentence's claim (issue 11, seventeenth session: the three
# such "of course" of the twenty-two sets' gold are negatives, anvil-, cellar- and rasp-docs, and
# none is a positive; not "certainly" or "obviously", which insist there: gouge-docs' positive
# "a number which obviously depends on the operating system").
_RELATIVES = frozenset({"which", "who"})
_RELATIVE_AUXILIARIES = frozenset("is was are were has had have will would does did".split())


def in_relative_aside(lw, b: int, bend: int) -> bool:
    """ "of course" right after "which" or "who", or after one auxiliary that follows them."""
    if lw[b : bend + 1] != ["of", "course"] or not b:
        return False
    if lw[b - 1] in _RELATIVES:
        return True
    return b >= 2 and lw[b - 2] in _RELATIVES and lw[b - 1] in _RELATIVE_AUXILIARIES


# The writers themselves after the booster in its sentence ("Obviously, that was something we
# really liked", "we're clearly not including our own java implementation", "In fact, let's do
# that", "And in fact, our existing customers are certainly happy"): in technical writing the
# certainty lands on the writers' own work, plans or feelings, which the labelled sets' rules
# (D4, G1, Z1) mark as no claim (issue 11, twenty-first session; read only for info findings in
# technical writing: hedging.Hedging.check).
# Subjects and possessives only: "lets us do", "allow us to stress test", "is still with us today"
# are about the product or the world, and were right where the sets mark them (unseen, loft, cellar).
_WRITER = frozenset("i my we our i'm i've i'd i'll we're we've we'd we'll let's".split())


_COORDINATORS = frozenset("and but so or yet".split())


def writer_after(lw, bend: int, words, prose: str) -> bool:
    """A word of the first person after the booster ending at ``bend``, in its clause: up to a
    semicolon or colon, or a comma before "and", "but", "so", "or", "yet" ("... has been proven
    to create the most robust kernel ever, and we do not want ...": the writers' wish is another
    clause, the claim stands)."""
    writers, stops = _writer_marks(lw, words, prose)
    k = bisect_right(writers, bend)
    if k == len(writers):
        return False
    stop = bisect_right(stops, bend)
    return stop == len(stops) or writers[k] < stops[stop]


@per_sentence
def _writer_marks(lw, words, prose):
    """The sentence's first-person words and the places that end a booster's clause for
    ``writer_after`` (a semicolon or colon before the word, or a comma before a coordinator; a
    first-person word there still counts, as it is read first), each sorted: worked out once per
    sentence, so a sentence of many boosters is read once, not once per booster."""
    writers, stops = [], []
    for k in range(1, len(lw)):
        if lw[k] in _WRITER:
            writers.append(k)
            continue
        gap = prose[words[k - 1].end : words[k].start]
        if ";" in gap or ":" in gap or ("," in gap and lw[k] in _COORDINATORS):
            stops.append(k)
    return writers, stops


# What a word or a name means or stands for, after the booster in its clause ("it is, in fact, an
# abbreviation of Debian PacKaGe", "it follows of course that in git bisect parlance, commits ...
# are called bad commits", "Indeed, this is the reason for the naming of the Guile modules", "what
# is commonly called socialism"): the certainty lands on a name or a definition the writer gives,
# which the labelled sets mark as no claim to source (issue 11, twenty-first session: gouge, blind,
# cellar, clamp; every such booster in the twenty-nine sets' gold is a negative but fresh-docs'
# "an obvious {backronym}", where the naming comes before the booster).
_NAMING = frozenset("abbreviation abbreviated acronym parlance".split())
_NAMED = frozenset("called named termed dubbed".split())
_BE = frozenset("is are was were".split())


def names_a_word(lw, bend: int, words, prose: str) -> bool:
    """A name or a definition given after the booster ending at ``bend``, in its clause (up to a
    semicolon or colon): "abbreviation", "acronym", "parlance", "stands for", "short for", "the
    naming of", "is (commonly) called / named", "is known as"."""
    marks, stops = _naming_marks(lw, words, prose)
    k = bisect_right(marks, bend)
    if k == len(marks):
        return False
    stop = bisect_right(stops, bend + 1)  # a semicolon right after the booster does not end it
    return stop == len(stops) or marks[k] < stops[stop]


@per_sentence
def _naming_marks(lw, words, prose):
    """The places of the sentence where a name or a definition is given (``names_a_word``'s
    words) and the places a semicolon or colon stands before, each sorted: worked out once per
    sentence, so a sentence of many boosters is read once, not once per booster."""
    marks, stops = [], []
    n = len(lw)
    for k in range(n):
        if k:
            gap = prose[words[k - 1].end : words[k].start]
            if ";" in gap or ":" in gap:
                stops.append(k)
        w = lw[k]
        nxt = lw[k + 1] if k + 1 < n else ""
        if w in _NAMING or (w in ("stands", "stand", "short") and nxt == "for") or (w == "naming" and nxt == "of"):
            marks.append(k)
        elif w in _BE:
            j = k + 1
            if j < n and ly_adverb(lw[j], 0):
                j += 1  # "what is commonly called"
            if j < n and (lw[j] in _NAMED or (lw[j] == "known" and j + 1 < n and lw[j + 1] == "as")):
                marks.append(k)
    return marks, stops


# A certainty adverb grading one attribute inside a coordination, a concession or an indefinite
# (issue 11, twenty-seventh session, boost27): "completely masculine and obviously virile men",
# "The suit, though obviously expensive, was quite soiled", "one's own unassailably rational and
# obviously correct choices", "considers even obviously absurd routes", "notice something
# obviously wrong with it", "perhaps surprising, and certainly inconsistent", "and certainly
# possible to write programs in C++", "more than 30 bucks, and definitely worth filing", "and
# definitely with different committer". The adverb says how plainly the thing has the quality, a
# description (RULES 5's manner and degree), not that a claim is beyond doubt: all nine such
# findings of the forty-three sets were negatives (chisel, hearth, hone, plumb twice, punch, rasp,
# trowel, vault), and none a positive. Not when a clause follows ("and surely we can agree", "And certainly it was not
# wrong", "and certainly don't provide all of the same methods": a predicate of its own, the
# benchmark corpus's only line), nor after "but" ("but obviously in reverse": a claim set against
# the one before).
_GRADERS = frozenset("obviously clearly certainly definitely undeniably unmistakably evidently".split())
_BEFORE_ATTRIBUTE = frozenset("and or though although even something anything nothing".split())
_CLAUSE_OPENERS = frozenset(
    """i we you he she it they there this that these those the a an my our your his her its their
    it's there's that's we're they're he's she's i'm we've they've is are was were will would can
    could should must may might has have had do does did not don't doesn't didn't won't can't
    cannot isn't aren't wasn't weren't wouldn't couldn't shouldn't hasn't haven't""".split()
)


def graded_attribute(lw, b: int, bend: int, words, prose: str) -> bool:
    """A one-word certainty adverb at ``b`` right after "and", "though", "even", "something" and
    the like, before a word that opens no clause (an adjective, a preposition)."""
    if bend != b or not b or lw[b] not in _GRADERS or lw[b - 1] not in _BEFORE_ATTRIBUTE:
        return False
    if prose[words[b - 1].end : words[b].start].strip():
        return False  # "and, certainly, ..." set off: an aside on the clause
    if b + 1 >= len(lw) or prose[words[b].end : words[b + 1].start].strip():
        return False  # "And certainly, ...": set off, it opens the clause after it
    return lw[b + 1][:1].isalpha() and lw[b + 1] not in _CLAUSE_OPENERS


# "from the obvious analogy with biological viruses", "from the obvious resemblance between a
# microwave dish and the Chinese cooking pot", "The obvious antonym to read-only memory": "obvious"
# on a likeness whose two sides the sentence names (issue 11, twenty-eighth session, boost28).
# The reader sees the likeness in the sentence itself, the ground given (unseen D6, W4); a
# lexicon's etymologies and definitions say it so. Over the forty-six sets all three such
# findings were traps (sledge W4, rake B4, pick D6), none right, and no positive of the sets has
# the shape. Not "an obvious {backronym}" nor "obvious reasons": no likeness named.
_LIKENESS = frozenset(
    """
    analogy analogies resemblance resemblances antonym antonyms synonym synonyms parallel
    parallels similarity similarities pun puns comparison comparisons counterpart counterparts
    allusion allusions
    """.split()
)


def likeness_named(lw, b: int, bend: int) -> bool:
    """ "obvious" at ``b`` before a noun of likeness ("the obvious analogy with ...")."""
    return bend == b and lw[b] == "obvious" and b + 1 < len(lw) and lw[b + 1] in _LIKENESS
