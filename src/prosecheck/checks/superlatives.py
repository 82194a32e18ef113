"""Superlatives (``SL``): superlative, absolute and promotional claims that carry no source.

A claim is judged by its sentence: a working link, a footnote, a citation marker or a named
source in the same sentence supports it (see :mod:`prosecheck.checks.support`). Words inside
quotation marks are someone else's and never flagged.

``SL101`` looks for grammatical superlatives used as claims ("the fastest", "the most respected",
"the world's largest", "the second-largest") and absolute claims ("unmatched", "the only ... in
the world", "number one"). Technical documentation uses superlatives all the time without
claiming anything ("returns the largest value", "the latest release", "the best way to install
it is", "the only required argument"), so a superlative of size or order is flagged only when it
is predicated of a subject ("X is the largest"), ranked ("one of the largest", "the world's
largest") or scoped ("the largest in Europe"); a superlative of quality ("the best") is flagged
unless it names a way of doing something ("the best way", "the easiest option").

``SL102`` looks for peacock terms ("world-class", "cutting-edge", "revolutionary").
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from prosecheck.check import Check, Code, Option
from prosecheck.checks.lexicon import (
    PhraseMatcher,
    by_category,
    load,
    norm,
    norm_words,
    parse_user_terms,
    user_terms_problem,
    with_variants,
)
from prosecheck.checks import aims
from prosecheck.checks import learnt_tiers
from prosecheck.checks import reported_idea  # the idea the writers put up to weigh (prec65)
from prosecheck.checks import superlative_absolutes as absolutes
from prosecheck.checks import superlative_ever as ever_records
from prosecheck.checks import superlative_exposition as exposition
from prosecheck.checks import superlative_frames as frames
from prosecheck.checks import superlative_likeness as likeness
from prosecheck.checks import superlative_own as own
from prosecheck.checks.superlative_only_bare import only_bare_party  # "only equality can" (sweep64)
from prosecheck.checks.superlative_abstract import capitalised_kind  # a capitalised kind is no name (sweep64)
from prosecheck.checks import superlative_own_life as own_life  # the speaker's own life, a priority (prec57)
from prosecheck.checks import works_cited  # a page, a section or a book cited after the superlative (fixes43)
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.voice import ends_on_question_mark  # a question asserts no record (a vault-docs trap)
from prosecheck.checks.superlative_certainty import compares_certainty, nobody_can_know, nobody_will
from prosecheck.checks.superlative_equals import equals_another_case, equals_every_rival
from prosecheck.checks.superlative_softened import softened_habit
from prosecheck.checks.superlative_reader import done_to_reader
from prosecheck.checks.superlative_prospect import in_prospect
from prosecheck.checks.superlative_roles import ranks_a_role
from prosecheck.checks.superlative_labels import labelled_by_others
from prosecheck.checks.superlative_points import ranks_own_point
from prosecheck.checks.superlative_scalar import after_scalar_even
from prosecheck.checks.superlative_manner import grades_manner
from prosecheck.checks.nobody_passive import done_to_nobody
from prosecheck.checks.superlative_reference import names_by_rank
from prosecheck.checks.superlative_first import first_in_history, first_in_years, first_time_opening
from prosecheck.checks.superlative_stakes import STAKE_TRIGGERS, ranked_stake
from prosecheck.checks.superlative_subjects import plain_prose, ranked_aspect, ranked_course, ranked_judged, ranked_trouble
from prosecheck.checks import trigger_search
from prosecheck.checks.superlative_only import no_other_way, only_able, only_by_means, only_course, only_heading, only_thing, only_way
from prosecheck.checks.superlative_results import ranks_results_above
from prosecheck.checks.trigger_search import flagged_sentences
from prosecheck.checks.confidence import INFO, broken_link, describes_linked, governed_by_aim, hypothetical
from prosecheck.checks.superlative_context import (
    answers_readers_need,
    benchmarked_nearby,
    credits_others,
    advice_follows,
    enabling_verb,
    in_conduct_section,
    intensified_fault,
    introduces_list,
    measured_below,
    measured_in_paragraph,
    own_trials,
    ranks_questions,
    ranks_within_product,
    readers_work,
    rival_as_reference,
)
from prosecheck.checks.sentence_memo import any_before, per_sentence
from prosecheck.checks.word_gaps import between, on_line_of
from prosecheck.checks.superlative_forms import EST_FORMS
from prosecheck.checks.superlative_unexampled import NOUNS as unexampled_nouns, unexampled
from prosecheck.checks import superlative_beyond as beyond
from prosecheck.checks import superlative_no_phrase as no_phrase  # a rival denied to a whole noun phrase (slrec45)
from prosecheck.checks import superlative_none as none_rival  # every rival matched or outdone by "none" (slrec46)
from prosecheck.checks.superlative_unique import bare_name_subject, unique_in
from prosecheck.checks.superlative_by_far import by_far_ranking  # "by far the finest" (slrank51)
from prosecheck.checks.superlative_great import TRIGGERS as great_triggers  # "one of the great ... of all time" (rank55)
from prosecheck.checks.superlative_great import great_ranked
from prosecheck.checks.superlative_ultimate import TRIGGERS as ultimate_triggers  # "the ultimate in ..." (rank56)
from prosecheck.checks.superlative_ultimate import ultimate_ranked
from prosecheck.checks.superlative_outdo import TRIGGERS as outdo_triggers  # "outproduce anybody" (history57)
from prosecheck.checks.superlative_outdo import outdoes_everyone
from prosecheck.checks.superlative_course import course_said  # "X is the best way to ..." (rank56)
from prosecheck.checks.superlative_wish import wished_for  # a ranking inside the speaker's wish or pledge (slprec46)
from prosecheck.checks.superlative_complement import complement_ranking
from prosecheck.checks.superlative_prose import existential_before, graded_quality, judged_most, prose_lexicon, quality_lexicon
from prosecheck.checks.support import Support
from prosecheck.checks.voice import writers_own
from prosecheck.hookspecs import hookimpl
from prosecheck.prose_words import WordSpan
from prosecheck.sentences import PLACEHOLDER

_CATEGORIES = (
    "evaluative", "dimension", "most_evaluative", "most_never", "absolute", "ranking", "ordinal",
    "advice_noun", "only_noun", "technical_noun", "place", "scope", "copula", "deictic",
    "intensifier", "peacock", "absolute_predicate", "offer_verb", "reference_noun", "idiom",
    "compound_tail", "market_noun",
)
_PHRASE_CATEGORIES = ("absolute", "absolute_predicate", "ranking", "peacock")
# Words that may stand between a verb "to be" and the superlative: "is by far the best".
_PRE_ADVERBS = frozenset(
    "by far easily arguably probably simply truly still now also officially currently definitely "
    "undoubtedly surely possibly perhaps not really quite just certainly indeed undisputedly "
    "consistently often widely".split()
)
# Capitalised words after "in" that name no place or field: "the largest file in Markdown".
_NOT_PLACES = frozenset(
    "javascript typescript python java rust go ruby markdown html css json yaml node react vue "
    "chrome firefox safari linux windows macos the this that these".split()
)
# "It's best to...", "That's the fastest": contractions, not possessives.
_NOT_POSSESSIVE = frozenset("it that what there here who let he she where how this".split())
# After "#1" or "number one": what the writer means to do, not a claim about the world.
_INTENT_NOUNS = frozenset("priority priorities goal goals aim aims focus objective objectives concern".split())
# Subjects that make a superlative about code, not a claim: "which is the largest".
_TECHNICAL_SUBJECTS = frozenset({"which", "that", "what", "who", "whichever", "whatever"})


class Lexicon:
    def __init__(self, extend: tuple, ignore: tuple):
        entries = list(load("superlatives.tsv")) + list(load("peacock.tsv"))
        entries += parse_user_terms(extend, "peacock", _CATEGORIES)
        ignored = {" ".join(norm(t).split()) for t in ignore}
        entries = [e for e in entries if e[0] not in ignored]
        cats = by_category(entries)
        get = lambda c: frozenset(cats.get(c, ()))  # noqa: E731
        self.evaluative = get("evaluative")
        # the -est forms no list names, derived from a real word list (superlative_forms.py)
        self.dimension = (get("dimension") | (EST_FORMS - ignored)) - self.evaluative
        self.most_evaluative = get("most_evaluative")
        self.most_never = get("most_never")
        self.ordinal = get("ordinal")
        self.advice_noun = get("advice_noun")
        self.only_noun = get("only_noun")
        self.technical_noun = get("technical_noun")
        self.place = get("place")
        self.copula = get("copula")
        self.deictic = get("deictic")
        self.intensifier = get("intensifier")
        self.offer_verb = get("offer_verb")
        self.reference_noun = get("reference_noun")
        self.scope = PhraseMatcher([e for e in entries if e[1] == "scope"])
        self.phrases = PhraseMatcher([e for e in entries if e[1] in _PHRASE_CATEGORIES])
        self.superlative = self.evaluative | self.dimension
        self.idioms = PhraseMatcher([e for e in entries if e[1] == "idiom"])
        self.compound_tail = get("compound_tail")
        #: what a product or a firm is ranked among: "no other browser", "the leading provider"
        self.market_noun = get("market_noun")
        compounds = {f"{o}-{w}" for o in self.ordinal for w in self.superlative}
        #: "most-watched", "highest-paid": graded compounds, each a trigger word of its own
        self.graded = {f"{h}-{t}" for h in self.superlative | {"most", "least"} for t in self.compound_tail}
        #: The words _find looks at: superlatives and the first words of phrases.
        self.starts = with_variants(
            set(self.superlative) | {"most", "least", "only", "sole", "first", "1", "uniquely", "unlike", "no", "every"}
            | set(_MARKET_RANKS) | set(self.phrases.table) | _NOBODY
            | compounds | self.graded | _FRAME_TRIGGERS | absolutes.TRIGGERS | unexampled_nouns
            | beyond.TRIGGERS | {"unique"} | great_triggers | ultimate_triggers | outdo_triggers
        )
        #: A sentence is looked at only when it holds one of these (the same words today).
        self.triggers = self.starts


@lru_cache(maxsize=8)
def lexicon(extend: tuple = (), ignore: tuple = ()) -> Lexicon:
    return Lexicon(extend, ignore)


class Superlatives(Check):
    name = "superlatives"
    codes = {
        "SL101": Code("superlative or absolute claim with no source in its sentence", "warning"),
        "SL102": Code("promotional (peacock) term with no source in its sentence", "warning"),
    }
    options = {
        "extend_terms": Option(
            "list[str]",
            [],
            'more terms: "phrase" adds a peacock term (SL102); "phrase:category" adds to a '
            'category of the built-in list, e.g. "speediest:evaluative" or "peerless:absolute"',
            validate=lambda terms: user_terms_problem(terms, "peacock", _CATEGORIES),
        ),
        "ignore_terms": Option("list[str]", [], "built-in terms never to flag (any category)",
                               validate=lambda terms: user_terms_problem(terms)),
        "claim_model": Option("bool", False, "let the trained claim model re-judge SL101 findings and add "
                                             "the ones it is sure of (experimental, off: see the code page)"),
    }

    def prepare(self, options, context):
        # A big run: the lexicon made and its triggers noted once, before the workers fork, not
        # once in each worker.
        lex = lexicon(tuple(options.get("extend_terms") or ()), tuple(options.get("ignore_terms") or ()))
        trigger_search.prepare(lex.triggers)

    def check(self, doc, options, context):
        found = self._rules(doc, options, context)
        if not options.get("claim_model"):
            return found
        from prosecheck.checks import claim_model

        lex = lexicon(tuple(options.get("extend_terms") or ()), tuple(options.get("ignore_terms") or ()))
        return claim_model.rejudge(doc, "superlative", list(found), flagged_sentences(doc, lex.triggers), context,
                                   lambda code, phrase, kind: _message(phrase, kind))

    def _rules(self, doc, options, context):
        lex = lexicon(tuple(options.get("extend_terms") or ()), tuple(options.get("ignore_terms") or ()))
        support: Optional[Support] = None
        lowercase = _LowerCaseWords(doc)
        titles = None  # the text of each link, by block: computed at the first finding
        # other prose than documentation (superlative_subjects.plain_prose): asked only when a
        # shape needs it, once per document (the genre's word count is a pass over the document)
        plain = _Once(lambda: plain_prose(doc))
        for sentence in flagged_sentences(doc, lex.triggers):
            if sentence.quoted:
                continue
            words = sentence.words
            lw = norm_words(words)
            found = _widest(_find(lex, sentence, words, lw, lowercase, plain))
            if not found:
                continue
            found = _outside_idioms(lex, lw, found)  # "the best of both worlds", "least of all"
            if not found:
                continue
            if not writers_own(doc, sentence):
                continue  # a heading, a block quote, a guest's turn: not the writer's claim
            if support is None:
                support = Support.for_context(doc, context)
            if support.cited(sentence) or support.cited_next(sentence):
                continue
            if benchmarked_nearby(doc, sentence, support) or own_trials(lw):
                continue  # "When I benchmarked it in 2017 I concluded:" next; a "Benchmarks" section
            prose = sentence.block.prose
            gaps = lambda k: prose[words[k].end : words[k + 1].start]  # noqa: E731 (the text between words k and k + 1)
            named = None
            if titles is None:
                titles = _link_titles(doc)
            spans = titles.get(id(sentence.block), ())
            for a, b, code, kind in found:
                if any(s <= words[a].start and words[b].end <= e for s, e in spans):
                    continue  # "[One of the fastest frameworks](#performance)": a page's title
                if not _appositive(words, a, prose, lw):
                    # "..., his sponsors said" reports the news; it does not vouch for the
                    # writer's own appositive ("Blake, one of the most successful sailors, ...")
                    if named is None:
                        named = support.named(sentence, asides=True)
                    if named:
                        continue
                if code == "SL101" and (works_cited.cited_after(lw, sentence, words[b].end) or works_cited.quotation_cited_next(
                        lw, sentence, words[b].end, support.next_sentence(sentence))):
                    continue  # "has always been ... (see section D.8)": the work it rests on, cited after it (RULES 2)
                if code == "SL101" and works_cited.refers_to_section(lw, sentence):
                    # "As we discuss in section F.8, the answer has always been no", "(recall Chapter
                    # 1, ...), and it is undoubtedly one of the most important components": a
                    # cross-reference before the claim points to where the text argues it out, a
                    # link on the page the text was taken from (RULES 2), as HC102 reads it since
                    # the fiftieth session (issue 11, sixty-second session, rank62: 6 wrong findings
                    # in six sets of the 145 before scutch, no right one, by either pairing)
                    continue
                if code == "SL101":
                    if rival_as_reference(words, lw, prose, a, b):
                        continue  # "in comparison to the fastest JS parser, Acorn": a rival as yardstick
                    if measured_in_paragraph(sentence, support, lw[max(0, a - 2) : b + 3]):
                        continue  # "... faster than any other known implementations. ... 15-50% more compact"
                    if ranks_results_above(doc, sentence, lw[max(0, a - 2) : b + 3]):
                        continue  # "PostgreSQL: 3.629", "MySQL: 2.760", ... then "But SQLite is still the fastest."
                if hypothetical(words, lw, prose, a):
                    continue  # "even if you use the best PRNG in the world": a hypothesis
                if code == "SL101" and after_scalar_even(lw, a):
                    continue  # "even the best organized Government will only be ...": a scale's far end
                if _negated(lw, a):
                    continue  # "not necessarily the best topic": a ranking denied, no claim
                # (not "in no other way": an adverbial of the verb, not the object a modal aims at:
                # "We can secure in no other quarter of the world such benefits")
                # (nor "It would be impossible to overstate": the modal weighs the praise, it aims at nothing)
                aim = (kind not in ("frame:noother", "frame:beyond") and governed_by_aim(lw, a) and not _grown_to(lw, a) and not _may_be(lw, a) and not _set_off(words, prose, a)
                       and not aims.states_not_aims(lw, a) and not _likely_record(lex, lw, words, prose, a, b))
                if code == "SL101" and support.in_named_view(sentence, a, lw):
                    continue  # "which Sol Hurok ... considers the finest house": a named party's view (RULES 1)
                if code == "SL101" and not doc.technical and names_by_rank(lex, words, lw, a, b, frames.history_scope_near):
                    continue  # "three of Australia's biggest banks": a standing that picks a thing out (RULES 3)
                if code == "SL101" and support.unnamed_view(sentence, a, lw) == "group":
                    continue  # "Many believe that ... the world's greatest": HC101's hedge is the claim (B5)
                if code == "SL101" and support.others_view(sentence, a, lw):
                    continue  # "Most of them believe that ... the best": a view the sentence hands to them (RULES 1)
                if code == "SL101" and reported_idea.inside_idea(lw, words, prose, a):
                    continue  # "the idea that Marxists have always supported ... is untrue": the view put up to be weighed (prec65)
                if code == "SL101" and exposition.grades_material(lw, a, b) \
                        and not _scoped(lex, lw, b, words, exposition.noun_phrase_end(lex, lw, b)) \
                        and not _said_of_name(lex, words, lw, a, lowercase):
                    continue  # "one of the simplest applications you can make": the text's own material
                if code == "SL101" and own.ranks_own_doing(lw, b, gaps):
                    continue  # "One of the biggest promises I made", "the finest ... we can produce": the speaker's own
                if code == "SL101" and own_life.about_speakers_life(lw, a, b, gaps):
                    continue  # "I had never before been in a similar situation", "Nobody believes me": the speaker's own life
                if code == "SL101" and own_life.ranks_priority(lw, a, b, gaps):
                    continue  # "There can be no higher priority than ...": the speaker's own agenda (S1044)
                if code == "SL101" and (aims.we_can_make(lw, a) or aims.let_it_be(lw, a) or aims.to_make(lw, a, gaps)):
                    continue  # "we can make the years ahead the best in our history": a goal (M4)
                if code == "SL101" and wished_for(lw, a, gaps):
                    continue  # "I'm determined that the United States will remain the strongest": a wish or pledge (M4)
                if aim and code == "SL101":
                    continue  # "aims to provide the best experience", "would be the best": A4, A5
                if code == "SL102" and (_not_praise(lw, words, a) or credits_others(lw)
                                        or intensified_fault(lw, a)):
                    continue  # a name, a mention, a measure; thanks or credit for others' work
                if kind in ("frame:course", "frame:coursesaid"):
                    if not plain():
                        # "The best way to install it is ...", "a cross-merge is the best way to
                        # resolve them": advice to the reader (A5)
                        continue
                if kind in ("frame:onlything", "frame:onlyheads") and doc.technical:
                    continue  # "The only thing you have to do is run make": advice to the reader
                if kind == "frame:uniquepart" and doc.technical:
                    continue  # "This event is unique in that it includes a payload": a part of the program
                if kind == "frame:nophrase" and doc.technical:
                    continue  # "there are no known attacks significantly better than brute force": a fact of the field
                if kind == "frame:unmatched" and doc.technical:
                    continue  # "brackets left unmatched in the input": a program's state
                if kind == "frame:onlyable" and doc.technical:
                    continue  # "the release manager is the only person who can tag": a project's role
                if kind == "frame:onlyway" and doc.technical:
                    continue  # "the only way to install it is ...": advice to the reader
                if kind == "frame:unexampled" and doc.technical:
                    continue  # "no precedent in the history of this repository": a program's own past
                if kind in ("frame:onlyclause", "frame:onlywhen", "frame:onlyothers", "frame:onlymodal",
                            "frame:onlybare") and doc.technical:
                    continue  # "Only when the machine is idle is the task allowed to run": a program's rule
                if kind == "frame:ultimatesaid" and doc.technical:
                    continue  # "`defaultEncoding` is the ultimate fallback encoding": a program's last resort
                if kind == "frame:firsttime" and doc.technical:
                    continue  # "For the first time setup, run ...": a step of the program's use
                if kind == "frame:heldnever" and doc.technical:
                    continue  # "The parser has never supported tabs": a program's own history
                if kind == "frame:heldabstract" and doc.technical:
                    continue  # "Documentation has always been generated": a project's own history
                if kind == "frame:habitnow" and doc.technical:
                    continue  # "It always returns a list": a program's behaviour
                if kind == "frame:sidepast" and doc.technical:
                    continue  # "the fastest build we've ever had": a project's own history
                if kind == "frame:firsthistory" and doc.technical:
                    continue  # "the first release in the project's history": a project's own order
                if kind == "frame:byfar" and doc.technical:
                    continue  # "This is by far the largest submodule": a program's own parts described
                if kind in ("frame:therenever", "frame:likeit") and doc.technical:
                    continue  # "Since there has never been a 2.0 release": a project's own history
                if kind == "frame:everpast" and doc.technical:
                    continue  # "a major task and no one ever committed the time": the project's history
                if kind in _FRAME_KINDS:
                    # issue 11, twelfth session: a shape the frames below pass over
                    severity, kind = _FRAME_KINDS[kind]
                else:
                    severity = _tier(doc, sentence, support, lex, lw, words, a, b, code, aim, prose, lowercase)
                if code == "SL101" and severity is None and \
                        compares_certainty(lw, a, b, gaps):
                    severity = INFO  # "more than ever convinced", "nothing is clearer than that": a mind's certainty
                if code == "SL101" and severity is None and nobody_will(lw, a):
                    severity = INFO  # "No one will ever forget", "no one will call you": a forecast or a pledge
                if code == "SL101" and severity is None and nobody_can_know(lw, a):
                    severity = INFO  # "Nobody can be absolutely certain", "no one can tell": a limit of knowledge
                if code == "SL101" and severity is None and equals_another_case(lw, a, b):
                    severity = INFO  # "no better excuse on the water than it is on land": alike, no rival
                if code == "SL101" and severity is None and equals_every_rival(lw, a):
                    severity = INFO  # "no more appeal than any other work": level with the class, no rank (slprec54)
                if code == "SL101" and severity is None and grades_manner(lw, a, b):
                    severity = INFO  # "in the most generic form possible": the manner of an act
                if code == "SL101" and severity is None and lw[a] in _NOBODY_ELSE and _else_follows(lw, a):
                    # "Every word is written by myself and no one else", "commodities that no one
                    # else recognizes": everyone but the party just named, not a sweep over the
                    # world's rivals (issue 11, forty-first session: 7 wrong of 9 warnings over the
                    # eighty-five sets; none on the corpus). Info, not out: "as no one else can",
                    # "Nobody else offers ..." said of a product may still be a claim. The frame
                    # that runs on to its verb ("as no-one else uses the resource": cramp-docs) too,
                    # since the forty-eighth session's review.
                    severity = INFO
                if code == "SL101" and severity is None and softened_habit(lw, a, b):
                    severity = INFO  # "Perl nearly always prefers to throw memory at it": a habit softened
                if code == "SL101" and severity is None and done_to_reader(lw, a):
                    severity = INFO  # "no one is going to bite your head off": what nobody does to the reader
                if code == "SL101" and severity is None and in_prospect(lw, words, prose, a):
                    severity = INFO  # "an opportunity for unprecedented progress": what a prospect holds out (M4)
                if code == "SL101" and severity is None and ranks_a_role(lw, a, b):
                    severity = INFO  # "I was the sole developer", "our #1 bug reporter": a project's people ranked
                if code == "SL101" and severity is None and labelled_by_others(lw, a):
                    severity = INFO  # "It's called the highest civilian honor", "was rated one of the worst": another's label
                if code == "SL101" and severity is None and ranks_own_point(lw, a, b):
                    severity = INFO  # "The most obvious objection is that": the writers' own point ranked (prec63)
                a = _on_cue_line(doc, words, lw, a, b)
                last = words[b].end
                if frames.history_then_dash(lw[b]):
                    last = words[b].start + len("history")  # "... in history-but": not the dash's word
                phrase = prose[words[a].start : last]
                if severity is None and learnt_tiers.demoted(code, phrase):
                    severity = INFO  # a kind of warning right too seldom over the sets (data/learnt_tiers.tsv)
                yield doc.diagnostic(code, _message(phrase, kind), words[a].offset, severity=severity)


# Nouns of lex.technical_noun that also count people or things of the world ("more than any other
# age group", "than any other recorded case"): after a modifier they are not a system's parts.
_WORLDLY_NOUNS = frozenset({"group", "groups", "case", "cases", "record", "records", "data", "item", "items"})

# Peacock words that describe how things fit together as often as they sell ("works seamlessly
# with Python 3.6+", "hosts can come up and down seamlessly"): right about half the time.
_TECHNICAL_PEACOCKS = frozenset({"seamlessly", "seamless", "effortlessly", "effortless"})
_VERB_MARKERS = frozenset({"to", "can", "could", "would", "should", "might", "may", "must"})
_PRONOUN_SUBJECTS = frozenset({"it", "this", "that"})
_NAMING = (("referred", "to", "as"), ("known", "as"), ("called",), ("named",), ("dubbed",))


# "has grown to become", "went on to become": "to" tells what came of it, not what is aimed at.
_RESULT_VERBS = frozenset({"grown", "grew", "grows", "went", "gone", "goes", "rose", "risen"})


def _grown_to(lw, a: int) -> bool:
    """"Python has grown to become the dominant language": a result the writer states."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in _ONE_OF:
        p -= 2
    if p < 2 or lw[p] not in ("become", "be") or lw[p - 1] != "to":
        return False
    q = p - 2
    if q >= 0 and lw[q] == "on":
        q -= 1  # "went on to become"
    return q >= 0 and (lw[q] in _RESULT_VERBS or lw[q] in _FACTIVE_FEELINGS)


# Feelings whose "to be" states what the subject is, no aim (issue 11, twentieth session): "I was
# proud to be the first President to stand in the picket line" (plane-docs), "I am also proud to
# be the first President to include in my budget ..." (mallet-docs).
_FACTIVE_FEELINGS = frozenset(
    "proud honored honoured privileged glad pleased delighted thrilled humbled grateful".split()
)


# Modals of likelihood: "SQLite might be the most widely deployed component" hedges a ranking
# the writer still puts forward; "would be", "could be", "should be" are the aims of A4/A5.
_LIKELIHOOD = frozenset({"may", "might"})
_HEDGE_ADVERBS = frozenset({"well", "just", "very", "now", "still", "also"})


def _may_be(lw, a: int) -> bool:
    """"he may be America's most celebrated writer", "might well be the best": a ranking hedged
    by a modal of likelihood, and "there could be no greater contrast", a comparison no rival
    can meet: claims, not aims (issue 11, sixteenth session, second round)."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in _ONE_OF:
        p -= 2
    if p < 1 or lw[p] != "be":
        return False
    q = p - 1
    while q >= 0 and (lw[q] in _HEDGE_ADVERBS or ly_adverb(lw[q], 4)):
        q -= 1
    if q >= 1 and lw[a] == "no" and lw[q] in ("could", "can") and lw[q - 1] == "there":
        return True  # "There could be no greater contrast": no rival can exist, not an aim
    if q < 0 or lw[q] not in _LIKELIHOOD:
        return False
    # "this just might be the best a successful businessman can do": the idiom of effort (A7)
    tail = lw[a + 1 : a + 9]
    return not any(w in ("can", "could") and k + 1 < len(tail) and tail[k + 1] == "do" for k, w in enumerate(tail))


# Modals of likelihood before a record over time (issue 11, twenty-sixth session): "could pose the
# most serious threat to the peace since the Second World War", "may have the best chance since
# World War II", "what could be the most decisive decade in its long history". The modal weighs
# what will happen; the comparison with every year past is stated all the same, and no aim
# reaches back into history (sledge-docs S84, trowel-docs S72). Not "can", "would", "should" or
# "must": "we can pass the toughest crime bill in history" is a goal, a pledge (sledge's trap).
_LIKELY = frozenset({"could", "may", "might"})


def _likely_record(lex: Lexicon, lw, words, prose: str, a: int, b: int) -> bool:
    """The phrase ``a``..``b`` is a record over history or a span of years, and the modal
    governing it is one of likelihood (_LIKELY), not of aim or ability."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in _ONE_OF:
        p -= 2
    p = _past_adverbs(lw, p)  # the verb: "could pose", "may well have"
    q = _past_adverbs(lw, p - 1)  # the modal: "could possibly be"
    if q < 0 or lw[q] not in _LIKELY or not lw[p].isalpha():
        return False
    for i in range(a, min(b + 1, a + 6)):
        w = lw[i]
        if w == "most" or w in lex.superlative:
            end = i + 1 if w == "most" and i + 1 < len(lw) else i
            return _record_over_time(lex, lw, w, end, words, prose)
    return False


def _past_adverbs(lw, p: int) -> int:
    """The index of the first word at or before ``p``, going back, that is no -ly adverb."""
    while p >= 0 and ly_adverb(lw[p], 4):
        p -= 1
    return p


_DEMONSTRATIVES = frozenset({"these", "those", "such"})


def _demonstrated(lw, i: int) -> bool:
    """"these amazing people", "these two amazing libraries:": the praise points at others the
    text names (thanks, credits, dependencies), not at the product."""
    if i and lw[i - 1] in _DEMONSTRATIVES:
        return True
    return i >= 2 and lw[i - 2] in ("these", "those") and (lw[i - 1] in _COUNTS or lw[i - 1].isdigit())


def _not_praise(lw, words, a: int) -> bool:
    """A peacock word that names rather than praises: a capitalised word inside a sentence is a
    name ("the _Remarkable_ code", a package), a term introduced as one ("referred to as
    *next-generation* APIs") is a mention; a measurement in the sentence is the fact it stands
    for ("scales effortlessly ...; over 6,000,000 operations/sec")."""
    if a > 0 and words[a].text[:1].isupper() and words[a - 1].text[:1].islower():
        return True
    for phrase in _NAMING:
        k = len(phrase)
        if a >= k and tuple(lw[a - k : a]) == phrase:
            return True
    return _measured(lw)


def _tier(doc, sentence, support, lex, lw, words, a: int, b: int, code: str, aim: bool, prose: str,
          lowercase=frozenset()):
    """``info`` for the classes that are right only sometimes (see the code pages' "Confidence"
    section), else None (the code's own severity, ``warning``)."""
    if broken_link(doc, sentence, support) or describes_linked(doc, sentence, support):
        return INFO  # a link that does not resolve; a row or an item that a link leads
    if in_conduct_section(doc, sentence):
        return INFO  # "create amazing things together" under "Code of Conduct": an aspiration
    if code == "SL102":
        if enabling_verb(lw, a) or readers_work(lw, a):
            return INFO  # "empowers maintainers to create" (lets); "You just built an amazing utility"
        if lw[a] in _TECHNICAL_PEACOCKS or aim or (a and lw[a - 1] in _VERB_MARKERS):
            # "works seamlessly with"; "to be blazing fast"; a verb: "you can future-proof it"
            return INFO
        if a >= 2 and lw[a - 2] == "so" and lw[a - 1] in ("it's", "they're", "that's"):
            return INFO  # "Does not perform a copy, so it's super fast": the reason is given
        after = support.next_sentence(sentence)
        if after is not None and after.block is sentence.block and _figures([norm(w.text) for w in after.words]):
            return INFO  # "This is amazing. ... it now has 18,000 lines, 700 versions": the figures follow
        if measured_below(sentence, support, lw[max(0, a - 2) : b + 3]):
            return INFO  # "amazingly short ... ids", then "* By default 7-14 url-friendly characters"
        return None
    if code == "SL101":
        if lw[a] == "unlike" and lw[b] == "most":
            # "Unlike most other SQL databases, SQLite does not have a separate server process":
            # "most" is the majority (fresh-docs B3) and the sentence says how the product
            # differs; right 1 time of 4 over the twenty-six sets, 1.5 of 2 on the corpus
            # (issue 11, nineteenth session); "Unlike other parser generators" stays a warning
            return INFO
        if _first_ever(lw, a, b):
            # "we're launching the first ever White House Initiative", "Tonight I propose the first
            # ever national effort", "Chelsea's first ever black footballer": what the speaker
            # founds, or a record of the story told, as often as a claim of rank. Issue 11,
            # forty-first session (tier41): over the eighty-five sets right 2 times of 7 at
            # warning (mallet, whet; traps in fresh, ember, plane, drill, punch)
            return INFO
        if support.unnamed_view(sentence, a, lw) == "passive":
            return INFO  # "we are considered ... the hottest economy": a view of nobody (B5), HC101's
        if answers_readers_need(words, lw, prose, a):
            return INFO  # "if you want to persist the state ..., cookies offer the best": advice
        if introduces_list(sentence, support):
            return INFO  # "Some of the most popular ... are listed below:" and the table of them
        if advice_follows(sentence, support):
            return INFO  # "It is the easiest and the fastest way ... Use it when the input ..."
        if (_ranks_parts(lw, b) and doc.technical) or ranks_within_product(lw, b) or ranks_questions(lw, a, b):
            # "one of the best features of Fastify": ranks a thing's own parts. Only in technical
            # writing (issue 11, thirty-second session): in speeches, news and essays "one of the
            # most valuable features in recent legislation", "The biggest and most politically
            # charged change" are claims 4 times of 5 over the sixty-one sets (news-dev, bellows-,
            # trowel-, bodkin-docs; a trap in rasp-docs)
            return INFO
        ranked = a >= 2 and lw[a - 1] == "of" and lw[a - 2] in _ONE_OF
        by_far = a >= 2 and lw[a - 2 : a] == ["by", "far"]
        scoped = _scoped(lex, lw, b, words) or (a < len(lw) and lw[a].endswith("'s"))
        q = _subject_at(lex, lw, a)
        if q is None or scoped:
            return None
        pronoun = lw[q].removesuffix("'s")
        if pronoun in _PRONOUN_SUBJECTS:
            if pronoun != "it" and not ranked and not by_far and doc.technical:
                # "This is the easiest model to deploy, but ...": often a guide's advice. Outside
                # technical writing a warning since the thirty-seventh session (tier37): "This is
                # the best record", "this is the clearest indictment possible" claim; there its
                # info findings were right 5 times of 6 over the seventy-three sets (1 trap), in
                # technical writing 0 of 1 (eval/ablate_unseen.py: 5 of 7 on the sets built after it)
                return INFO
            # "It was the first popular distribution to ...", "it is the smallest combination":
            # "it" stands for the thing the text is about, and the rank is claimed for it
            # (info until issue 11's ablation: 5 claims of the eight sets lowered, no false alarm)
        elif not _product_like(words, q, lw[q], lowercase) and doc.technical:
            # "Preserving input state is one of the biggest UX wins", "cookies offer the best
            # user experience": a practice or an option ranked in a guide, advice as often as not.
            # Only in technical writing (prosecheck.genre): in speeches, news and essays a common
            # noun ranked ("the dominant language", "sockets are by far the most popular") is a
            # claim 12 times of 15 over the twenty-eight sets (issue 11, twentieth session)
            return INFO
    return None


def _first_ever(lw, a: int, b: int) -> bool:
    """The finding is the lexicon's "first ever" or "first-ever" ("the first ever national effort")."""
    return lw[a : b + 1] in (["first", "ever"], ["first-ever"])


# Nouns for the parts of one thing: a superlative that ranks them ("one of the best features of
# Fastify", "The most significant change in Axios 1.x", "the number one goal of this library")
# compares a thing with itself, not with its rivals: right as a claim only sometimes.
_PART_NOUNS = frozenset(
    "feature features change changes consequence consequences goal goals addition additions "
    "improvement improvements aspect aspects "
    # a program's own qualities ranked ("Beartype's greatest strength is that ...", "Rust's
    # greatest ambition is to ...", "Guido's most important attribute"): forty-second session
    "strength strengths weakness weaknesses ambition ambitions attribute attributes trait traits".split()
)


def _ranks_parts(lw, b: int) -> bool:
    """Whether a part noun heads the phrase the superlative ending at ``b`` starts: at most two
    words (modifiers) between."""
    for k in range(b + 1, min(b + 4, len(lw))):
        if lw[k] in _PART_NOUNS:
            return True
        if not lw[k][:1].isalpha() or lw[k] in ("of", "in", "is", "are", "was", "to", "that", "and"):
            return False
    return False


# Nouns that stand for the product a README sells: a superlative said of one is a claim.
_PRODUCT_NOUNS = frozenset(
    "library libraries package packages module modules tool tools project framework frameworks "
    "implementation implementations version versions parser client server engine app application "
    "platform product service we our".split()
)
_AUXILIARY = frozenset(
    "has have had will would to be been being not also still can could may might should must now "
    "is are was were already".split()
)


def _subject_at(lex, lw, a: int):
    """The index of the subject of the verb "to be" that leads to the claim at ``a`` ("X is one
    of the best", "it's the fastest"), or None."""
    p = a - 1
    if p >= 1 and lw[p] == "of" and lw[p - 1] in _ONE_OF:
        p -= 2
    elif p >= 0 and lw[p] == "among":
        p -= 1
    while p >= 0 and (lw[p] in _PRE_ADVERBS or (ly_adverb(lw[p], 0) and lw[p] not in lex.copula)):
        p -= 1
    if p < 0:
        return None
    verb = lw[p]
    if verb.endswith("'s") and verb[:-2] in _PRONOUN_SUBJECTS:
        return p  # "it's the best", "that's the fastest"
    if verb not in lex.copula:
        return None  # "power offers some of the most riveting exchanges": the subject is far
    q = p - 1
    while q >= 0 and lw[q] in _AUXILIARY:
        q -= 1
    if q < 0 or lw[q] in ("and", "or", "but", "which", "who", "that"):
        return None  # "... and has become one of the most advanced": the subject is further back
    return q if lw[q][:1].isalpha() or lw[q] == PLACEHOLDER else None


def _said_of_name(lex, words, lw, a: int, lowercase) -> bool:
    """The claim at ``a`` is the complement of "to be" whose subject is a name or the product
    ("Harbor is the simplest router for small teams")."""
    q = _subject_at(lex, lw, a)
    return (q is not None and lw[q].removesuffix("'s") not in _PRONOUN_SUBJECTS and lw[q] not in ("here", "there")
            and _product_like(words, q, lw[q], lowercase))


def _product_like(words, q: int, w: str, lowercase) -> bool:
    """A name (capitalised, and not only because it opens the sentence; or written like a
    package: "smol-toml", "date-fns"; inline code) or a noun standing for the product."""
    if w == PLACEHOLDER or _is_name(words, q, lowercase) or any(c in w for c in "-._0123456789"):
        return True
    return w in _PRODUCT_NOUNS


# Words that may lead a claim before its cue word: "one of the fastest", "among the best".
_LEADING = frozenset("one of the a an among some many several its their our".split())


def _on_cue_line(doc, words, lw, a: int, b: int) -> int:
    """Where to report a claim that runs over a line break ("one of the\nfastest web
    frameworks"): from its cue word's line, where an editor looks for it."""
    cue = a
    while cue < b and lw[cue] in _LEADING:
        cue += 1
    return on_line_of(doc.text, words, a, cue)


def _link_titles(doc) -> dict:
    """Where each link's text lies in its block's prose: the text names the page it leads to
    ("[Flat node_modules is not the only way](...)"), so a claim in it is that page's, and the
    page is its support."""
    spans: dict = {}
    for link in doc.links:
        if link.kind == "link" and link.block is not None and link.prose_end > link.prose_start:
            spans.setdefault(id(link.block), []).append((link.prose_start, link.prose_end))
    return spans


_DASHES = (",", "\u2013", "\u2014", " - ", "(")


def _appositive(words, a: int, prose: str, lw) -> bool:
    """The claim opens an appositive after a name: "Sir Peter Blake, one of the most successful
    sailors, ...", "the new plant - the largest it has ever built - ..."."""
    if a >= 2 and lw[a - 1] == "of" and lw[a - 2] in _ONE_OF:
        a -= 2
    if a == 0:
        return False
    gap = prose[words[a - 1].end : words[a].start]
    if not any(d in gap for d in _DASHES):
        return False
    if gap.strip() == "," and _after_according(lw, a - 1):
        # "According to Billington, the best structural engineers do not ...": the comma closes
        # the attribution, and the claim after it is what the named source says (RULES 1), not
        # an appositive of the name (spudger-docs' trap; issue 11, forty-ninth session, slprec49)
        return False
    return words[a - 1].text[:1].isupper() or " - " in gap or "\u2014" in gap or "\u2013" in gap


#: How far back "according to" may open the source a comma closes ("according to the 2023 census,").
_ACCORDING_REACH = 6


def _after_according(lw, k: int) -> bool:
    """The word ``k`` ends a phrase "according to ..." that opens within ``_ACCORDING_REACH`` words."""
    for j in range(k, max(0, k - _ACCORDING_REACH), -1):
        if lw[j] == "to" and lw[j - 1] == "according":
            return True
    return False


_DENIALS = frozenset({"not", "never", "hardly", "isn't", "wasn't", "aren't", "weren't"})


def _negated(lw, a: int) -> bool:
    """"is not the best", "not necessarily the fastest", "isn't always the best choice"."""
    k = a - 1
    while k >= 0 and lw[k] in ("necessarily", "always", "exactly", "quite", "really", "even"):
        k -= 1
    return k >= 0 and lw[k] in _DENIALS


def _widest(hits) -> list:
    """One finding per claim: "the easiest and most intuitive" is found from "easiest" and again
    from "intuitive", both starting at "the"; keep the longer."""
    out: list = []
    for hit in hits:
        if out and out[-1][0] == hit[0]:
            if hit[1] > out[-1][1]:
                out[-1] = hit
            continue
        out.append(hit)
    return out


def _outside_idioms(lex: Lexicon, lw, found: list) -> list:
    idiom: set = set()
    for a, length, *_ in lex.idioms.finditer(lw):
        idiom.update(range(a, a + length))
    if not idiom:
        return found
    return [f for f in found if not idiom.intersection(range(f[0], f[1] + 1))]


def _message(phrase: str, kind: str) -> str:
    if "\n" in phrase or "  " in phrase:
        # one line, single spaces, as hedging quotes its phrases: a phrase over a line break, or
        # across markup a plain-text page blanks in place (POD's "the B<most> popular")
        phrase = " ".join(phrase.split())
    kind = _FRAME_KINDS.get(kind, (None, kind))[1]
    if kind == "peacock":
        return (
            f'"{phrase}" is a promotional word with no source in this sentence: '
            "replace it with the fact it stands for, or cite a source"
        )
    if kind == "absolute":
        return (
            f'"{phrase}" is an absolute claim with no source in this sentence: '
            "cite one, or narrow it to what you can show"
        )
    return (
        f'"{phrase}" is a superlative with no source in this sentence: '
        "cite one, or state the measurable fact"
    )


class _LowerCaseWords:
    """The words the document writes in lower case somewhere (built on the first question)."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self._words: Optional[frozenset] = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = self.doc.words.lower_case_texts  # shared with voice.py
        return word in self._words


class _Once:
    """A zero-argument answer worked out at the first call and kept: the document's genre, which
    most documents never need (no shape that asks it occurs)."""

    __slots__ = ("_fn", "_value")

    def __init__(self, fn) -> None:
        self._fn = fn
        self._value = None

    def __call__(self) -> bool:
        if self._value is None:
            self._value = bool(self._fn())
        return self._value


def _find(lex: Lexicon, sentence, words, lw, lowercase=frozenset(), plain=lambda: False):
    """``(first word, last word, code, kind)`` for each claim in the sentence; ``plain()``: the
    document is other prose than documentation (superlative_subjects.plain_prose)."""
    n = len(lw)
    i = 0
    prose = sentence.block.prose
    gaps = lambda k: prose[words[k].end : words[k + 1].start]  # noqa: E731 (the text between words k and k + 1)
    triggers = lex.starts
    phrase_first = lex.phrases.table  # its first words: ``in`` on the matcher is a Python call
    # match_at only where it may find an entry (PhraseMatcher.singles, .seconds)
    phrase_singles, phrase_seconds = lex.phrases.singles, lex.phrases.seconds
    # Each word's quoted flag read from the word arrays (a sentence's WordSpan), not from a Word
    # made for every trigger word.
    if words.__class__ is WordSpan:
        quoted, base = words.table.quoted_flags, words.start
    else:
        quoted, base = [w.quoted for w in words], 0
    said_records = []  # the records found so far in this sentence: (first, last)
    said_ranks = []  # the last word of each superlative found so far in this sentence
    said_way = False  # "the only way" found in this sentence already
    while i < n:
        w = lw[i]
        if w not in triggers or quoted[base + i]:
            i += 1
            continue
        if w == "unlike":
            end = _unlike_others(lw, i, words, prose)
            if end is not None:
                yield i, end, "SL101", "absolute"
                i = end + 1
                continue
            # "unlike those drawn from ... any other country": every rival, no "than" (sl39)
            hit = likeness.unlike_any_other(lw, i, gaps)
            if hit:
                yield hit[0], hit[1], "SL101", "frame:rival"
                i = hit[1] + 1
            else:
                i += 1
            continue
        if w == "every":
            # "Rsyslog (like every other modern syslog daemon) fudges this": every rival (sl39);
            # "every" is a trigger for this shape alone
            hit = likeness.like_every_other(lw, i, gaps) if i else None
            if hit:
                yield hit[0], hit[1], "SL101", "frame:rival"
                i = hit[1] + 1
            else:
                i += 1
            continue
        if w == "first":
            hit = _first_to(lex, lw, words, i, prose)
            if hit:
                yield hit[0], hit[1], "SL101", "absolute"
                i = hit[1] + 1
                continue
            hit = frames.historical_record(lex, lw, i)
            if hit and not ends_on_question_mark(words, prose):
                yield hit[0], hit[1], "SL101", "frame:history"  # "for the first time in history"
                i = hit[1] + 1
                continue
            hit = first_in_history(lw, gaps, lambda k: words[k].text[:1].isupper(), i)
            if hit and not ends_on_question_mark(words, prose):
                # "the first political party in American history", "the first computer school in the
                # world": a first over every year there has been (rank55; the check drops it in
                # technical writing, a project's own history there)
                yield hit[0], hit[1], "SL101", "frame:firsthistory"
                i = hit[1] + 1
                continue
            hit = first_in_years(lw, gaps, i)
            if hit and not ends_on_question_mark(words, prose):
                yield hit[0], hit[1], "SL101", "frame:firstspan"  # "for the first time in 65 years"
                i = hit[1] + 1
                continue
            hit = first_time_opening(lw, gaps, i)
            if hit and not ends_on_question_mark(words, prose):
                # "For the first time, more people live under democracy than ...": a record over all
                # time, heading the sentence (slrec48; the check drops it in technical writing)
                yield hit[0], hit[1], "SL101", "frame:firsttime"
                i = hit[1] + 1
                continue
            if w not in phrase_first:
                i += 1
                continue  # else a phrase of the list may start here: "its first ever ferry"
        m = None
        if w in phrase_first and (w in phrase_singles or (i + 1 < n and lw[i + 1] in phrase_seconds[w])):
            m = lex.phrases.match_at(lw, i)
        if m:
            length, category = m[0], m[1]
            last = i + length - 1
            if any(quoted[base + i : base + last + 1]):
                i += 1
                continue
            if category == "peacock":
                if not _demonstrated(lw, i):  # "these amazing people", "these two amazing libraries"
                    yield i, last, "SL102", "peacock"
                i = last + 1
                continue
            if category == "absolute" and lw[last] == "else" and lw[i] in _NOBODY_ELSE and not _else_sweeps(lw, i, words, prose):
                i = last + 1  # "I blame no one else", "(and nobody else does it for you)": one case
                continue
            if category == "absolute" and lw[last] == "knows" and _knows_open_question(lw, last):
                i = last + 1  # "Nobody knows what will happen in that time": an open question (Q2)
                continue
            if category == "absolute" and lw[i] in _NOBODY_ELSE and done_to_nobody(lw, i):
                i = last + 1  # "an economy where no one is left behind": done to nobody, no sweep
                continue
            if category == "absolute" and lw[i : last + 1] == ["never", "lost"] and _kept_not_unbeaten(lw, i, last):
                i = last + 1  # "mail is never lost", "never lost its rough edges": kept, no record of contests
                continue
            if category == "absolute":
                # "unmatched brackets"; "lower priority than any other parametric node": a
                # comparison among the parts of a system (a noun of lex.technical_noun next, or
                # after one modifier), not a claim about the product; not "than any other age
                # group" (news-dev), where the noun counts people or things of the world
                # (nor "more courteous than any other drivers I've ever encountered": a
                # comparison among what the writer has met with, as `_writers_experience` reads
                # a superlative's, bellows Q7: slprec49)
                if not (last + 1 < n and lw[last + 1] in lex.technical_noun) and not (
                    last >= 2 and lw[last - 1] == "any" and last + 2 < n
                    and lw[last + 2] in lex.technical_noun and lw[last + 2] not in _WORLDLY_NOUNS
                ) and not (lw[i] == "than" and _writers_experience(lw, last)):
                    yield i, last, "SL101", "absolute"
                i = last + 1
                continue
            if category == "absolute_predicate" and i == 0 and _bare_absolute(lex, lw, words, prose):
                yield i, i, "SL101", "absolute"  # "Unmatched performance and speed": a tagline
                i = last + 1
                continue
            if category == "absolute_predicate":
                # "performance is unmatched", not "there are unmatched pairs"
                after = lw[last + 1] if last + 1 < n else ""
                subject = _predicate(lex, lw, words, i, prose)
                if (
                    subject not in (None, PLACEHOLDER)
                    and subject not in lex.deictic
                    and subject not in lex.technical_noun  # "the closing bracket is unmatched"
                    and (not after[:1].isalpha() or after in ("in", "by", "among", "anywhere"))
                ):
                    yield i, last, "SL101", "absolute"
                elif lw[i] == "unmatched":
                    hit = beyond.unmatched_by(lw, i)  # "on a scale unmatched by any other nation" (slrec44)
                    if hit:
                        yield hit[0], hit[1], "SL101", "frame:unmatched"
                i = last + 1
                continue
            if category == "ranking" and _ranked(lex, lw, words, i, last, prose):
                start = i - 1 if i and lw[i - 1] in ("the", "a") else i
                yield start, last, "SL101", "absolute"
                i = last + 1
                continue
        if w == "1" and words[i].start > 0 and prose[words[i].start - 1] == "#":
            if _ranked(lex, lw, words, i, i, prose):
                start = i - 1 if i and lw[i - 1] in ("the", "a") else i
                yield start, i, "SL101", "absolute"
            i += 1
            continue
        if w == "only" or w == "sole":
            # "the sole surviving prison rodeo in the country": "sole" claims what "only" does
            hit = _only(lex, lw, words, i, prose)
            if hit and _writers_experience(lw, i):
                hit = None  # "the only language I've seen properly implement ..."
            if hit:
                yield hit[0], i, "SL101", "absolute"
                i += 1
                continue
            course = only_course(lw, i) if w == "only" and not hit else None
            if course and course[0] < i and _predicate(lex, lw, words, course[0], prose) in lex.deictic:
                course = None  # "AFAIK this is the only solution that ...": as `_only`, a deictic subject
            if course and not ends_on_question_mark(words, prose):
                # "The only force powerful enough to stop ...", "There's only one option left"
                yield course[0], course[1], "SL101", "frame:onlymeans"
                i = course[1] + 1
                continue
            way = only_way(lw, i) if w == "only" and not course else None
            if way and not ends_on_question_mark(words, prose):
                # "The only way to protect our people ... is", "There's only one way to ...": outside
                # technical writing (the check drops kind "frame:onlyway" there). Once a sentence:
                # "The only way to protect our people, the only way to secure the peace, the only
                # way to control our destiny is ..." repeats one claim for rhythm
                if not said_way:
                    said_way = True
                    yield way[0], way[1], "SL101", "frame:onlyway"
                i = way[1] + 1
                continue
            thing = only_thing(lw, i) if w == "only" and not way else None
            if thing and not ends_on_question_mark(words, prose):
                # "The only thing that can defeat us is ...": outside technical writing (the check
                # drops kind "frame:onlything" there), a warning since tier41
                yield thing[0], thing[1], "SL101", "frame:onlything"
                i = thing[1] + 1
                continue
            heads = only_heading(lw, gaps) if w == "only" and not way and i <= 2 else None
            if heads and heads[1] == i and not ends_on_question_mark(words, prose):
                # "The only possible antidote is the truth": any noun heading the sentence, in the
                # present (fifty-second session, absolute52; at info, dropped in technical writing)
                yield heads[0], heads[1], "SL101", "frame:onlyheads"
                i = heads[1] + 1
                continue
            means = only_by_means(lw, i) if w == "only" else None
            if means and not ends_on_question_mark(words, prose):
                # "can only be attained by bringing ...", "protected from attack only by ..."
                yield means[0], means[1], "SL101", "frame:onlymeans"
                i = means[1] + 1
                continue
            able = only_able(lw, i) if w == "only" else None
            if able and not ends_on_question_mark(words, prose):
                # "There is only one candidate who will protect it", "the only thing that can stop
                # it": one agent alone able, every other ruled out (fifty-ninth session, rank59;
                # dropped in technical writing, a project's roles there)
                yield able[0], able[1], "SL101", "frame:onlyable"
                i = able[1] + 1
                continue
            if w == "only" and _only_name_can(words, lw, i):
                yield i, i + 2, "SL101", "absolute"  # "designed as only Apple can do it"
                i += 3
                continue
        if w == "never" and _never_will(lw, i):
            yield i - 1, i + 2, "SL101", "absolute"  # "debates that will never be resolved"
            i += 3
            continue
        if w in _NOBODY or w == "no" or w in _NOBODY_HAS:
            end = _nobody_does(lw, i, words, prose)
            if end is not None:
                # "nobody would write", "no one can read"; "no one ever tried" (a past: not in
                # technical writing, where it tells the project's own history)
                yield i, end, "SL101", "frame:everpast" if ever_past(lw, end) else "absolute"
                i = end + 1
                continue
            hit = none_rival.nearly_nobody(lw, i)
            if hit:
                yield hit[0], hit[1], "SL101", "frame:nearlynobody"  # "almost nobody uses it" (slrec46)
                i = hit[1] + 1
                continue
        if w in absolutes.TRIGGERS:
            hit = _absolute_frame(lw, words, i, prose, lex.technical_noun)
            if hit and not ends_on_question_mark(words, prose):
                yield hit  # "Northerners never think", "they and they alone", "Virtually everyone"
                i = hit[1] + 1
                continue
        if w == "no" or w in _MARKET_RANKS:
            hit = _market_rank(lex, lw, i)
            if hit:
                yield hit[0], hit[1], "SL101", "absolute"
                i = hit[1] + 1
                continue
        if w in unexampled_nouns:
            hit = unexampled(lw, i, gaps)
            if hit and not ends_on_question_mark(words, prose):
                yield hit[0], hit[1], "SL101", "frame:unexampled"  # "is without parallel", "no parallel in history"
                i = hit[1] + 1
                continue
        if w in beyond.TRIGGERS:
            hit = beyond.beyond_estimate(lw, i)
            if hit and not ends_on_question_mark(words, prose):
                yield hit[0], hit[1], "SL101", "frame:beyond"  # "can not be estimated too highly" (slrec44)
                i = hit[1] + 1
                continue
        if w == "unique":
            hit = unique_in(lw, i, gaps)
            if hit and not ends_on_question_mark(words, prose):
                # "Logbook is unique in that it has ...", "unique in our history" (slrec44); a reason
                # in technical writing only of a bare name (the check drops the rest there)
                reason = hit[2] and not bare_name_subject(lw, i, gaps)
                yield hit[0], hit[1], "SL101", "frame:uniquepart" if reason else "frame:unique"
                i = hit[1] + 1
                continue
        if w in great_triggers:
            hit = great_ranked(lw, i, lex.scope, lambda k: words[k].text, gaps)
            if hit and not ends_on_question_mark(words, prose):
                # "one of the great sea mysteries of all time", "one of the great singers of our
                # time": "great" ranked among the first of all there are (rank55)
                yield hit[0], hit[1], "SL101", "frame:great"
                i = hit[1] + 1
                continue
        if w in ultimate_triggers:
            hit = ultimate_ranked(lw, i, lex.copula | lex.offer_verb, gaps)
            if hit and not ends_on_question_mark(words, prose):
                # "It was the ultimate in monolithic mail packages", "Clinton is the ultimate
                # Washington insider": "ultimate" ranking, not meaning "final" (rank56)
                yield hit[0], hit[1], "SL101", "frame:ultimate" if lw[hit[1]] == "in" else "frame:ultimatesaid"
                i = hit[1] + 1
                continue
        if w in outdo_triggers:
            hit = outdoes_everyone(lw, i, gaps)
            if hit and not ends_on_question_mark(words, prose):
                # "we can outproduce, outcompete, and outsell anybody", "out-produce the rest of
                # the world": a verb of outdoing over every rival, first of all (history57)
                yield hit[0], hit[1], "SL101", "frame:outdo"
                i = hit[1] + 1
                continue
        if w in STAKE_TRIGGERS:
            hit = ranked_stake(lw, i, gaps)
            if hit:
                yield hit[0], hit[1], "SL101", "frame:stake"  # "the heaviest burden of all", "our best chance"
                i = hit[1] + 1
                continue
        hit = _superlative(lex, lw, words, i, prose, lowercase, said_ranks[-1] if said_ranks else None)
        if not hit and judged_most(lw, i) and plain():
            # "one of the most important trusts confided to Congress": outside documentation a
            # judging adjective after "most" ranks (superlative_prose.py); the other gates stay
            hit = _superlative(prose_lexicon(lex), lw, words, i, prose, lowercase, said_ranks[-1] if said_ranks else None)
        if not hit and w == "most":
            hit = _most_ranked(lex, lw, words, i, prose, lowercase)
        if not hit and w == "uniquely":
            hit = _uniquely(lw, i)
        if not hit and (w == "most" or w in lex.superlative):
            hit = _ranks_name(lex, lw, words, i, prose, lowercase)
        if not hit and i <= 6 and (w == "most" or w in lex.superlative) and not ends_on_question_mark(words, prose):
            # "The most common cause of corruption so far has been ...", "The biggest problem is
            # ...": a cause or a trouble ranked first at the head of the subject (thirty-fifth session)
            hit = ranked_trouble(lw, i, lex.superlative, gaps)
            if not hit and judged_most(lw, i) and plain():
                hit = ranked_judged(lw, i, gaps)  # "The most important part of accounting is ..."
            if not hit and plain():
                hit = ranked_aspect(lw, i, lex.superlative, gaps)  # "The most damning aspect of the report is ..." (rank58)
            if not hit:
                course = ranked_course(lw, i, lex.superlative, gaps)
                if course:
                    # "The best way to reduce government spending is to ...": a course ranked best,
                    # outside technical writing only (the check drops kind "frame:course" there)
                    yield course[0], course[1], "SL101", "frame:course"
                    i = course[1] + 1
                    continue
        if not hit and i >= 3 and (w == "most" or w in lex.superlative) and not ends_on_question_mark(words, prose):
            said = course_said(lw, i, lex.superlative, gaps)
            if said:
                # "Working together is the best way to solve our problems": a course ranked best as
                # the complement of "to be", outside technical writing only (rank56; the check
                # drops kind "frame:coursesaid" there)
                yield said[0], said[1], "SL101", "frame:coursesaid"
                i = said[1] + 1
                continue
        if not hit and i >= 3 and (w == "most" or w in lex.superlative):
            far = by_far_ranking(lw, i, lex.superlative, gaps)
            if far and not _of_a_few(lw, far[1]) and not _writers_experience(lw, far[1]) and not ends_on_question_mark(words, prose):
                # "by far the finest ... are two large French engravings": a ranking heading a
                # subject or an object, said of no name (slrank51; the check drops it in technical writing)
                yield far[0], far[1], "SL101", "frame:byfar"
                i = far[1] + 1
                continue
        if hit and (_of_a_few(lw, hit[1]) or _writers_experience(lw, hit[1])):
            # "The most notorious of the three is Carl Peters": ranked among a few named; "the
            # most beautiful pansies in my experience": ranked among what the writer has seen
            if not _of_a_few(lw, hit[1]) and plain() and not ends_on_question_mark(words, prose) and \
                    ever_records.side_past_relative(lw, hit[1], gaps) is not None:
                # "the best relationship we've ever had with China", "the best investment we
                # ever made": outside documentation "we" and "ever" sweep over all the speaker's
                # nation or side has had, a record, not one writer's experience (rank53: 5
                # claims in four of the one hundred and eighteen sets before wimble, no trap;
                # the check drops kind "frame:sidepast" in technical writing)
                said_ranks.append(hit[1])
                yield hit[0], hit[1], "SL101", "frame:sidepast"
                i = hit[1] + 1
                continue
            hit = None
        if hit:
            start, end = hit
            said_ranks.append(end)
            yield start, end, "SL101", "superlative"
            i = end + 1
            continue
        # (only where a frame class may start: a superlative after a determiner, or its words)
        if w in _FRAME_STARTS or (i and lw[i - 1] in frames.RECORD_DETERMINERS):
            hit = _frame_claim(lex, lw, i, gaps,
                               lambda k: words[k].text[:1].isupper())
        if hit and hit[3] == "frame:record" and any(
                lw[a : b + 1] == lw[hit[0] : hit[1] + 1] for a, b in said_records):
            # "And near record—and near record unemployment—near record unemployment for ...": a
            # speaker's restart says the one record twice; one finding tells the editor
            i = hit[1] + 1
            continue
        if hit and not ends_on_question_mark(words, prose):
            if hit[3] == "frame:record":
                said_records.append((hit[0], hit[1]))
            yield hit
            i = hit[1] + 1
            continue
        if w == "most" and i + 1 < n and graded_quality(lex, lw[i + 1]) and plain() and not ends_on_question_mark(words, prose):
            # "It is the most demoralizing factor in our public life", "This is the most endearing
            # of Lao ceremonies": outside documentation any adjective "most" grades ranks a quality
            # (superlative_prose.graded_quality), read last, after every other reading of the word
            # (slrank51), and only when said of a subject by "to be": heading an object or a
            # subject it was right as often as wrong ("Religion provides the most attractive
            # rewards" a claim, "the most competitive economy anywhere" an aim, "The most marked
            # change ... relates to" a report: the SL101 code page has the figures)
            hit = _superlative(quality_lexicon(lex, lw[i + 1]), lw, words, i, prose, lowercase,
                               said_ranks[-1] if said_ranks else None)
            if hit and not _of_a_few(lw, hit[1]) and not _writers_experience(lw, hit[1]):
                start, end = hit
                subject = _predicate(lex, lw, words, start, prose)
                if (subject not in (None, "", PLACEHOLDER) and subject not in _TECHNICAL_SUBJECTS
                        and not existential_before(lw, start)):
                    said_ranks.append(end)
                    yield start, end, "SL101", "frame:qualitysaid"
                    i = end + 1
                    continue
        if (w == "most" or w in lex.superlative) and plain():
            # "Anarchists are the strongest supporters of ...": a plain superlative as the
            # complement of "to be", which every reading above let pass; info (plain65,
            # superlative_complement)
            hit = complement_ranking(lex, lw, words, i, lambda: _figures(lw) or _measured(lw))
            if (hit and not _reference_fact(lex, lw, hit[1]) and not _piece_of_advice(lex, lw, hit[1]) and not _of_a_few(lw, hit[1])
                    and not _writers_experience(lw, hit[1]) and not ends_on_question_mark(words, prose)):
                said_ranks.append(hit[1])
                yield hit[0], hit[1], "SL101", "frame:complement"
                i = hit[1] + 1
                continue
        i += 1


# Words the frame classes start from, beside the superlatives: "nothing is more important",
# "Never has there been", "an all-time record".
_FRAME_TRIGGERS = frozenset({"few", "none", "nothing", "nowhere", "never", "all-time", "alltime", "than", "anyone", "anybody", "record", "led", "leads", "lead",
                             "nobody's", "no-one's", "haven't", "hasn't"}
                            | frames.RECORD_COMPOUNDS)
_FRAME_STARTS = frozenset({"few", "none", "no", "nothing", "nowhere", "never", "haven't", "hasn't", "all-time", "alltime", "than", "anyone", "anybody", "record", "nobody", "no-one",
                           "led", "leads", "lead", "leading"} | frames.RECORD_COMPOUNDS)
# The frame classes' kinds: (severity, the kind their message names).
_FRAME_KINDS = {
    "frame:history": (None, "superlative"),
    "frame:comparative": (None, "absolute"),
    # a rival denied to a whole noun phrase, "No domestic challenge is more crucial", "There can be
    # no crime more serious than bribery" (forty-fifth session, slrec45, superlative_no_phrase)
    "frame:nophrase": (None, "absolute"),
    "frame:rival": (None, "absolute"),
    "frame:record": (None, "superlative"),
    "frame:habit": (None, "absolute"),
    "frame:alone": (None, "absolute"),
    "frame:everyone": (None, "absolute"),
    # "something which almost everyone said was impossible", "almost everybody was poor": nearly
    # everyone with a past verb, an occasion or a state of history recounted; info (3 wrong
    # warnings in three of the one hundred and eighteen sets before wimble, none right: fifty-third
    # session, prec53, superlative_absolutes.nearly_everyone_recounted)
    "frame:everyonepast": ("info", "absolute"),
    # "he never forgot Texas", "he had always suspected Morse": one person's habit of mind (a
    # habit said of "he" or "she", not of a people), a biography or a story told, no sweep over
    # a people; info (5 wrong warnings in five of the one hundred and twenty-one sets before
    # knurl against 1 right: fifty-fourth session, slprec54, superlative_absolutes.one_persons_habit)
    "frame:habitone": ("info", "absolute"),
    # "Only then will we be able to ...", "Only then, perhaps, will he reveal ...": the outcome
    # the speaker foretells once the condition just named is met (RULES 3, A4), not a party ranked
    # the only one able; info (4 wrong warnings in four of the one hundred and twenty-one sets
    # before knurl, none right; "Only then can employers hire" stays: fifty-fourth session,
    # slprec54, superlative_absolutes.then_foretold)
    "frame:onlythenwill": ("info", "absolute"),
    # "almost nobody uses it", "supported by virtually no one": nearly nobody, the mirror of
    # nearly everyone; info (3 claims in three of the ninety-seven older sets against a trap
    # and an unlabelled sentence: forty-sixth session, slrec46, superlative_none.nearly_nobody)
    "frame:nearlynobody": ("info", "absolute"),
    # "Only then can employers hire": info until the thirty-ninth session (two documents, ember-
    # and anvil-docs); a warning since (tier39): right 5 times of 6 over the seventy-nine sets
    # (ember, anvil, gauge; a trap in froe, "Only in this way could our spiritual goals")
    "frame:onlyinv": (None, "absolute"),
    # "Only by such training in advance can we be sure", "Only through well-established policies
    # ... can": a means or a condition heading an inversion, outside technical writing (forty-first
    # session, abs41): right 11 times of 16 over the eighty-five sets (nine sets), the wrong ones
    # the speaker's own program ("Only by so doing can we", twice; "Only by debate can we")
    "frame:onlyclause": ("info", "absolute"),
    # "Only when power rests in the hands of everyone can a social revolution exist": a time or a
    # condition heading the inversion, the part of onlyclause right 3 times of 3 (anvil, chisel,
    # arbor): a warning
    "frame:onlywhen": (None, "absolute"),
    # "Only through well-established policies ... can the Federal Government assure", "Only by
    # such means can our foreign trade be financed", "Only by leaving Apple ... was he able to
    # mature": a means heading the inversion with a subject other than the speaker's side or the
    # reader (superlative_absolutes.speakers_side): the claim is about how the world works, not
    # the speaker's own program. Forty-second session (tier42): onlyclause's info findings with
    # such a subject were right 5 times of 5 over the eighty-five sets before rabbet (awl,
    # gimlet, rivet, kerf, arbor), those with "we" 6 times of 11: a warning
    "frame:onlyothers": (None, "absolute"),
    # "Only a reduction in spending can keep borrowing down", "Only such a movement can stop the
    # attacks": "Only", an article or a demonstrative and a party before can/could/will/would,
    # outside technical writing (forty-seventh session, slrec47, superlative_absolutes.
    # only_party_modal); info: see the SL101 code page for its figures
    "frame:onlymodal": ("info", "absolute"),
    # "only self-liberation can produce a free society", "for only equality can maximise liberty": a
    # bare party said to be the only one able, outside technical writing (sixty-fourth session,
    # sweep64, superlative_only_bare): 21 right, 7 traps, 5 on no item over the 151 sets before flail
    "frame:onlybare": ("info", "absolute"),
    "frame:ofall": (None, "superlative"),
    # "by far the finest ... are two large French engravings", outside technical writing: 9 claims
    # in eight of the one hundred and fifteen sets against 1 trap (fifty-first session, slrank51,
    # superlative_by_far)
    "frame:byfar": (None, "superlative"),
    # "one of the great sea mysteries of all time", "one of the great singers of our time": "great"
    # ranked among the first of all there are over an age, the world or all time (fifty-fifth
    # session, rank55, superlative_great)
    "frame:great": (None, "superlative"),
    # "the ultimate in human misery", "Clinton is the ultimate Washington insider": "ultimate"
    # ranking its noun's highest instance, not "final" (fifty-sixth session, rank56,
    # superlative_ultimate)
    "frame:ultimate": (None, "superlative"),
    # the same said of a subject ("Clinton is the ultimate Washington insider"), outside technical
    # writing ("`defaultEncoding` is the ultimate fallback encoding": a program's last resort)
    "frame:ultimatesaid": (None, "superlative"),
    # "we can outproduce, outcompete, and outsell anybody", "out-produce the rest of the world": a
    # verb of outdoing over every rival (fifty-seventh session, history57, superlative_outdo)
    "frame:outdo": (None, "absolute"),
    # "the best relationship we've ever had with China", "the toughest set of border security
    # reforms we've ever seen": a ranking over all the speaker's side has had, outside
    # technical writing (fifty-third session, rank53, superlative_ever.side_past_relative)
    "frame:sidepast": (None, "superlative"),
    # "the most endearing of Lao ceremonies", "It is the most demoralizing factor in our public
    # life": any adjective "most" grades, said of a subject by "to be", outside documentation
    # (fifty-first session, slrank51, superlative_prose.graded_quality)
    "frame:qualitysaid": (None, "superlative"),
    # "Anarchists are the strongest supporters of ...", "Social struggle is the most obvious sign
    # of ...": a plain superlative as the complement of "is"/"are"/"was"/"were", outside
    # documentation, that no reading above found; info (sixty-fifth session, plain65,
    # superlative_complement: 39 right, 11 traps, 5 on no item by the sentence over the 154 sets
    # before pritchel, in 31 sets; info, not warning: the advice-noun exclusion that lifted it to 71%
    # was chosen after seeing the figures (67% without it), and the newest trio holds one)
    "frame:complement": ("info", "superlative"),
    "frame:onlymeans": (None, "absolute"),
    "frame:heldalways": (None, "absolute"),
    # "This statute is, and always has been, ...", "it always has been": the inverted order of
    # heldalways (fortieth session, sl40)
    "frame:alwayshas": (None, "absolute"),
    # "The National Government has never given adequate attention to", "Our flag has never waved
    # over": held_always's reading of a subject with "has/have never", a state denied over all
    # time, outside technical writing (fiftieth session, slrec50): roughly even over the one
    # hundred and nine sets before chuck, so at info
    "frame:heldnever": ("info", "absolute"),
    # "Anarchism has always been anti-capitalist", "this Government has never interfered":
    # held_always's and held_never's reading of a capitalised abstract noun, outside technical
    # writing (sixty-fourth session, sweep64): 12 right of 12 in eleven of the 151 sets before flail
    "frame:heldabstract": (None, "absolute"),
    "frame:rarelyinv": (None, "absolute"),
    "frame:ownpast": (None, "absolute"),
    # a rival denied by doing: 7 claims in six sets, no trap (twenty-second session)
    "frame:doing": (None, "absolute"),
    "frame:invariably": (None, "absolute"),
    # "few" and a comparison with a rival: 6 claims in four sets, no negative (twenty-fourth session)
    "frame:few": (None, "absolute"),
    "frame:nearlyalways": (None, "absolute"),
    # "capitalism never allows this", "Power always corrupts", "He never quits": a third party,
    # "always"/"never" and a present verb in -s, in a sentence with no first person, past or
    # figure, outside technical writing (sixty-first session, sweep61,
    # superlative_absolutes.habit_present)
    "frame:habitnow": (None, "absolute"),
    # the first in a span of years: 5 claims against 3 negatives over the sets (twenty-first session)
    "frame:firstspan": ("info", "superlative"),
    # "the first political party in American history", "the first $2 trillion economy in the
    # history of the world": a first over all history or the world, outside technical writing
    # (fifty-fifth session, rank55, superlative_first.first_in_history)
    "frame:firsthistory": (None, "superlative"),
    # "For the first time, ..." heading a sentence with no span: a record over all time, 8 claims in
    # eight of the one hundred and three sets before coping against 2 traps (forty-eighth session,
    # slrec48, superlative_first.first_time_opening); info, as the span's record is
    "frame:firsttime": ("info", "superlative"),
    # "no one ever tried": nobody, "ever" and a past tense (twenty-third session; dropped in
    # technical writing, a project's own history there)
    "frame:everpast": (None, "absolute"),
    # "the only way" outside technical writing (twenty-fifth session)
    "frame:onlyway": (None, "absolute"),
    # "There is only one candidate who will protect it", "the only thing that can stop it": one
    # agent alone able to do a thing, outside technical writing (fifty-ninth session, rank59,
    # superlative_only.only_able)
    "frame:onlyable": (None, "absolute"),
    # "The only thing that can defeat us is ..." heading the sentence, outside technical writing:
    # 5 claims in five sets against 3 negatives (fortieth session, sl40), at info; a warning since
    # the forty-first session (tier41): its info findings were right 5 times of 5 over the
    # eighty-five sets (forge, bevel, hoe, spindle twice), no trap and no other false alarm
    "frame:onlything": (None, "absolute"),
    # "The only possible antidote is the truth", "The only real response to ... is to urge people
    # not to vote": "The only" and any noun heading the sentence before a present "is"/"are",
    # outside technical writing (fifty-second session, absolute52, superlative_only.only_heading):
    # right a little more often than not over the one hundred and fifteen sets, so at info
    "frame:onlyheads": ("info", "absolute"),
    # "is without parallel", "no previous example in the annals of our country": nothing has
    # matched it (9 claims in seven sets against 1 trap; thirty-eighth session, superlative_unexampled)
    "frame:unexampled": (None, "superlative"),
    # "The best way to reduce spending is ...": a course ranked best heading the subject, outside
    # technical writing (thirty-fifth session, superlative_subjects.ranked_course)
    "frame:course": (None, "superlative"),
    # "Working together is the best way to solve our problems": the same course ranked as the
    # complement of "to be", outside technical writing (fifty-sixth session, rank56,
    # superlative_course)
    "frame:coursesaid": (None, "superlative"),
    # a burden, challenge or duty ranked above all (7 claims in five sets, no trap) and "our best
    # chance" (3 claims in three sets, no negative): twenty-seventh session
    "frame:stake": (None, "superlative"),
    # "no nation has ever", "has never been attempted before": a record over every nation or all
    # time (10 claims in six sets, no negative: twenty-eighth session, superlative_ever)
    "frame:ever": (None, "absolute"),
    # "There has never been anything like this", "there's never been so many lies": the existential
    # "there" and a perfect over all time, outside technical writing (fifty-fifth session,
    # sweep55, superlative_ever.there_never_been)
    "frame:therenever": (None, "absolute"),
    # "America never witnessed anything like this before", "We haven't seen anything like this":
    # the speaker's nation or side, or the world, outside technical writing (sweep55,
    # superlative_ever.nothing_like_it)
    "frame:likeit": (None, "absolute"),
    # "in no other way", "in no other quarter of the world": every other means or place denied
    # (5 claims in five sets, three of them among the fifty-five older, no negative: thirty-second
    # session, superlative_only.no_other_way)
    "frame:noother": (None, "absolute"),
    # "to none more so than", "by none more than", "none are of greater gravity than", "to no
    # portion of it more so": "none" outdone after a preposition (forty-fourth session, slrec44)
    "frame:nonerest": (None, "absolute"),
    # "can not be overestimated", "can not be estimated too highly" (slrec44)
    "frame:beyond": (None, "absolute"),
    # "Logbook is unique in that ...", "unique in our history" (slrec44)
    "frame:unique": (None, "absolute"),
    "frame:uniquepart": (None, "absolute"),
    # "on a scale unmatched by any other nation", "unmatched in the history of freedom", outside
    # technical writing (slrec44)
    "frame:unmatched": (None, "absolute"),
}


def _frame_finding(hit, kind: str):
    """A frame's ``(first, last)`` span as an SL101 finding of ``kind``, or None for no span."""
    return (hit[0], hit[1], "SL101", kind) if hit else None


def _absolute_frame(lw, words, i: int, prose: Optional[str] = None, technical=frozenset()):
    """A claim of superlative_absolutes at word ``i`` (always, never, alone, everyone...):
    ``(first, last, code, kind)`` or None."""
    w = lw[i]
    if w in ("always", "never", "invariably"):
        hit, kind = absolutes.group_habit(lw, words, i, prose), "frame:habit"
        if hit is not None and absolutes.one_persons_habit(lw, hit[0]):
            kind = "frame:habitone"  # "he never forgot Texas": one person's mind, not a people's (slprec54)
        if hit is None and w == "always":
            hit, kind = absolutes.held_always(lw, words, i, prose, technical), "frame:heldalways"
        if hit is None and w == "always":
            hit, kind = absolutes.always_has_been(lw, words, i, technical), "frame:alwayshas"
        if hit is None and w == "never":  # "This nation has never found glory in war" (fiftieth session)
            hit, kind = absolutes.held_never(lw, words, i, prose, technical), "frame:heldnever"
        if hit is None and w != "invariably" and i >= 2 and capitalised_kind(lw, words, i - 2):
            # "Anarchism has always been anti-capitalist", "our Nation has never been aroused": a
            # capitalised kind is no name (sixty-fourth session, sweep64, superlative_abstract)
            held = absolutes.held_always if w == "always" else absolutes.held_never
            found = held(lw, words, i, prose, technical, abstract_ok=True)
            if found is not None:
                hit, kind = found, "frame:heldabstract"
        if hit is None and w == "invariably":
            hit, kind = absolutes.invariably_does(lw, words, i, prose), "frame:invariably"
        elif hit is None:  # "almost always", "nearly never"
            hit, kind = absolutes.nearly_always(lw, words, i, prose), "frame:nearlyalways"
        if hit is None and w != "invariably":
            # "capitalism never allows this", "Power always corrupts": a third party's habit in
            # the present, a law over every case (sixty-first session, sweep61)
            hit, kind = absolutes.habit_present(lw, words, i, prose, technical), "frame:habitnow"
    elif w == "alone":
        hit, kind = absolutes.alone_claim(lw, i), "frame:alone"
    elif w in ("rarely", "seldom"):
        hit, kind = absolutes.rarely_inverted(lw, words, i, prose), "frame:rarelyinv"
    elif w == "only":
        hit, kind = absolutes.only_inverted(lw, words, i), "frame:onlyinv"
        if hit is not None and absolutes.then_foretold(lw, hit):
            kind = "frame:onlythenwill"  # "Only then will we be able to": an outcome foretold (slprec54)
        if hit is None:  # "Only when power rests ... can a revolution exist" (forty-first session)
            hit = absolutes.only_clause(lw, words, i)
            kind = "frame:onlywhen" if hit and lw[hit[0] + 1] == "when" else "frame:onlyclause"
            if kind == "frame:onlyclause" and hit and not absolutes.speakers_side(lw[hit[1]]):
                kind = "frame:onlyothers"  # "Only by such means can our foreign trade be financed"
        if hit is None:  # "Only such a movement can stop the attacks" (forty-seventh session)
            hit, kind = absolutes.only_party_modal(lw, words, i, prose), "frame:onlymodal"
        if hit is None:  # "only self-liberation can produce a free society" (sixty-fourth session, sweep64)
            hit, kind = only_bare_party(lw, words, i, prose), "frame:onlybare"
    else:
        hit, kind = absolutes.nearly_everyone(lw, i), "frame:everyone"
        if hit is not None and absolutes.nearly_everyone_recounted(lw, i):
            kind = "frame:everyonepast"  # "After almost everyone had gone": an occasion recounted (prec53)
    return _frame_finding(hit, kind)


def _after_mark(gaps, i: int) -> bool:
    """A comma, a semicolon, a colon or a dash stands right before word ``i`` (``gaps(k)``: the
    text between words ``k`` and ``k + 1``): a clause may open there."""
    return gaps is not None and i > 0 and any(c in (gaps(i - 1) or "") for c in ",;:\u2013\u2014")


def _frame_claim(lex: Lexicon, lw, i: int, gaps=None, caps=None):
    """A claim of superlative_frames at word ``i``: ``(first, last, code, kind)`` or None;
    ``gaps(k)``: the text between words ``k`` and ``k + 1``."""
    w = lw[i]
    if w == "no" and i and lw[i - 1] == "by" and i + 1 < len(lw) and lw[i + 1] == "means":
        return None  # "is by no means as great as": "not at all", a denial, no "no <rival>"
    if w == "no":
        hit = no_other_way(lw, i)  # "can be conducted in no other way": every other means denied
        if hit:
            return _frame_finding(hit, "frame:noother")
        hit = beyond.no_part_more_so(lw, i)  # "and to no portion of it more so" (slrec44)
        if hit:
            return _frame_finding(hit, "frame:nonerest")
    if w in ("haven't", "hasn't"):
        # "We haven't seen anything like this": superlative_ever.nothing_like_it (sweep55)
        return _frame_finding(ever_records.nothing_like_it(lw, i), "frame:likeit")
    if w in ("no", "nothing", "never"):
        hit = frames.comparative_absolute(lw, i, gaps, lex.advice_noun)
        if hit:
            return _frame_finding(hit, "frame:comparative")
        if w != "never":
            # "No domestic challenge is more crucial", "There can be no crime more serious than
            # bribery": a rival denied to a whole noun phrase (forty-fifth session, slrec45)
            hit = no_phrase.no_phrase_comparative(lw, i, gaps)
            if hit:
                return _frame_finding(hit, "frame:nophrase")
        hit = frames.no_other_people(lw, i, not i or lw[i - 1] in _CLAUSE_OPENERS, gaps) if w == "no" else None
        if not hit and w != "never":
            hit = frames.equative_absolute(lw, i, gaps)  # "No grape variety invites as much intrigue as"
        if not hit and w == "no":
            hit = frames.nobody_better(lw, i)  # "No one works harder or runs faster than Donald"
        if not hit and w != "nothing":
            # "no nation has ever faced such a challenge", "a scale that has never been attempted
            # before": a record over every nation or all time (twenty-eighth session)
            ever = (ever_records.no_people_ever if w == "no" else ever_records.never_before)(lw, i, gaps)
            if not ever and w == "never":
                # "There has never been anything like this": nothing of the kind at any time, the
                # existential "there" opening its clause (fifty-fifth session, sweep55)
                opens_at = lambda k: not k or lw[k - 1] in _CLAUSE_OPENERS or _after_mark(gaps, k)  # noqa: E731
                there = ever_records.there_never_been(lw, i, opens_at, gaps)
                if there:
                    return _frame_finding(there, "frame:therenever")
                # "Never has an issue been more demagogued", "Never has a Congress had a greater
                # opportunity": the inverted subject a noun phrase (fifty-fifth session, sweep55)
                there = ever_records.never_inverted(lw, i, opens_at, gaps)
                if there:
                    return _frame_finding(there, "frame:comparative")
                # "America never witnessed anything like this before": the speaker's nation or side,
                # or the world, has lived nothing like it (fifty-fifth session, sweep55)
                there = ever_records.nothing_like_it(lw, i)
                if there:
                    return _frame_finding(there, "frame:likeit")
            if not ever and w == "no":
                ever = ever_records.no_earlier_time(lw, i, gaps)  # "at no previous time has ..."
            if not ever and w == "no":
                # "No fleet of such size has ever made such a voyage": any thing, where a clause
                # opens, before a past over all time (thirtieth session, superlative_ever)
                opens = not i or lw[i - 1] in _CLAUSE_OPENERS or _after_mark(gaps, i)
                ever = ever_records.no_thing_ever(lw, i, opens, gaps)
            if ever:
                return _frame_finding(ever, "frame:ever")
        if not hit and w != "never":
            # "Nothing does that better than the EITC", "no area holds more promise than energy"
            hit = frames.denies_by_doing(lw, i, not i or lw[i - 1] in _CLAUSE_OPENERS or _after_mark(gaps, i), gaps)
            return _frame_finding(hit, "frame:doing")
        return _frame_finding(hit, "frame:rival")
    if w in _NOBODY:
        hit = frames.nobody_better(lw, i)
        return _frame_finding(hit, "frame:rival")
    if w == "none":
        # "Of all the changes ..., none brings greater promise than ...": every member of a kind
        # outdone (thirtieth session, superlative_frames.none_outdoes)
        hit = frames.none_outdoes(lw, i, not i or lw[i - 1] in _CLAUSE_OPENERS or _after_mark(gaps, i), gaps)
        if hit:
            return _frame_finding(hit, "frame:rival")
        # "and to none more so than to the United States", "by none more than the holders of
        # property", "and surely none more so than", "none are of greater gravity than" (slrec44)
        opens_before = lambda k: not k or lw[k - 1] in _CLAUSE_OPENERS or _after_mark(gaps, k)  # noqa: E731
        if beyond.none_opens(lw, i, opens_before, caps):
            hit = frames.none_outdoes(lw, i, True, gaps)
            if hit:
                return _frame_finding(hit, "frame:nonerest")
        if opens_before(i) or beyond.none_opens(lw, i, opens_before, caps):
            # "but none is so varied, vast and vigilant as", "none are equal to those", "none have
            # been attended with greater success than" (forty-sixth session, slrec46)
            return _frame_finding(none_rival.none_matched(lw, i, gaps), "frame:nonerest")
        return None
    if w == "few":
        # "few Americans give more to their country than our diplomats" (twenty-fourth session)
        hit = frames.few_rivals(lw, i, not i or lw[i - 1] in _CLAUSE_OPENERS or _after_mark(gaps, i), gaps)
        return _frame_finding(hit, "frame:few")
    if w == "nowhere":
        # "And nowhere is the promise of innovation greater than in American-made energy"
        hit = frames.nowhere_inverted(lw, i, not i or lw[i - 1] in _CLAUSE_OPENERS or _after_mark(gaps, i), gaps)
        return _frame_finding(hit, "frame:rival")
    if w in ("than", "anyone", "anybody"):
        hit = frames.every_rival(lw, i)
        if not hit and w == "than":
            hit = frames.than_own_past(lw, i, gaps)  # "more oil than we have in 15 years"
            return _frame_finding(hit, "frame:ownpast")
        return _frame_finding(hit, "frame:rival")
    if w in ("led", "leads", "lead", "leading"):
        hit = frames.led_the_field(lw, i)  # "California has led the nation in ..."
        return _frame_finding(hit, "frame:rival")
    if w == "record" or w in frames.RECORD_COMPOUNDS:
        hit = frames.record_adjective(lw, i)
        return _frame_finding(hit, "frame:record")
    hit = absolutes.of_all(lex, lw, i)
    if hit:
        return _frame_finding(hit, "frame:ofall")  # "the deepest and most vital of all questions"
    hit = frames.historical_record(lex, lw, i, gaps, caps)
    if hit and w in _AGE_WORDS and _figures(lw):
        # "becoming the oldest heavyweight champion in history" after "at 45": a record of age
        # with its figure, the kind a reference work lists. Only age (issue 11, sixteenth
        # session): "raised homeownership to its highest level in history" after "In the past 4
        # years" and "GM is making the largest investment in its history—$7 billion" are claims
        # the figures do not establish (the gold of the twenty sets: _record_over_time)
        return None
    return _frame_finding(hit, "frame:history")


# Adjectives that rank a product or a firm first in its market: "the leading provider", "the
# dominant language"; they claim a rank only before a noun of a market (Lexicon.market_noun), not
# in "the leading slash", "the dominant colour".
_MARKET_RANKS = frozenset({"leading", "dominant", "leader"})
# Before "leader": "the market leader", "an industry leader"; "a world leader in ...".
_LEADER_OF = frozenset({"market", "industry"})
_LEADER_IN = frozenset({"world", "global"})
# After "No other tools are": a fact of the setup, not a comparison ("are needed", "are supported").
_SETUP_STATES = frozenset({"necessary", "available", "possible", "allowed", "supported", "needed", "required"})


# People a country's "leading" ranks among its best (issue 11, fifteenth session: anvil-docs,
# tongs-docs); firms are left to reference knowledge.
_RANKED_PEOPLE = frozenset(
    """
    comedians actors actresses players athletes writers authors novelists poets playwrights artists
    painters sculptors musicians singers composers conductors pianists dancers directors architects
    designers scientists scholars thinkers economists historians philosophers lawyers surgeons
    doctors physicians chefs critics journalists coaches
    """.split()
)


def _market_rank(lex: Lexicon, lw, i: int) -> Optional[tuple[int, int]]:
    """The first and last words of "No other browser gives you ..." (opening a clause, and not "No other
    tools are needed") or of "the leading (data science) distribution": a product or a firm
    ranked above every rival in its market; else None."""
    n = len(lw)
    if lw[i] == "no":
        if i + 2 >= n or lw[i + 1] != "other" or (i and lw[i - 1] not in _CLAUSE_OPENERS):
            return None
        for k in range(i + 2, min(n, i + 4)):
            if lw[k] in lex.market_noun:
                verb = lw[k + 1] if k + 1 < n else ""
                state = lw[k + 2] if k + 2 < n else ""
                if not verb or (verb in ("is", "are", "was", "were", "be") and (state.endswith("ed") or state in _SETUP_STATES)):
                    return None  # "No other tools are required."
                return i, k
            if not lw[k].isalpha():
                return None
        return None
    if lw[i] == "leader":
        # "the market leader", "As a leader in the Arizona market"; not "the leader in a Raft
        # cluster" (a role of a node) nor "a team leader"
        if i == 0:
            return None
        prev = lw[i - 1]
        if prev in _LEADER_OF:
            return (i - 2 if i >= 2 and lw[i - 2] in ("the", "a", "an") else i - 1), i
        if i + 1 < n and lw[i + 1] == "in":
            if prev == "a":
                return i - 1, i + 1
            if prev in _LEADER_IN and i >= 2 and lw[i - 2] == "a":
                return i - 2, i + 1
        return None
    if i >= 3 and lw[i] == "leading" and lw[i - 1].endswith("'s") and lw[i - 2] == "of" and lw[i - 3] in ("one", "some"):
        # "one of Russia's leading comedians", "one of England's leading professional polo
        # players": a person ranked among a country's best; not "one of China's leading Internet
        # companies", a firm's standing, reference knowledge (ember-docs' negative)
        for k in range(i + 1, min(n, i + 4)):
            if lw[k] in _RANKED_PEOPLE:
                return i - 3, k
        return None
    if i == 0 or lw[i - 1] != "the":
        return None
    for k in range(i + 1, min(n, i + 4)):
        if lw[k] in lex.market_noun:
            return i - 1, k
        if not lw[k].replace("-", "").isalpha() or lw[k] in _PREPOSITIONS or lw[k] in ("and", "or"):
            return None  # "the leading and trailing spaces", "the leading `/`"
    return None


# Subjects that deny anyone at all: "Nobody would write ...", "no one can read every posting".
_NOBODY = frozenset({"nobody", "no-one"})
# "Nobody's ever seen that before": "nobody" and "has" contracted, read before "ever" only.
_NOBODY_HAS = frozenset({"nobody's", "no-one's"})
# What "nobody" does that sweeps over everyone: a modal, or a verb of wanting, caring, daring,
# knowing. Not "Nobody needs to sleep there" (one place, one trip), "nobody thought of correcting ...", "no one involved realized"
# (events a history tells), nor "no one lost a penny". With "ever" between, any verb sweeps over all
# time too ("no one ever tried, until now": _nobody_ever), except a past in technical writing.
_NOBODY_VERBS = frozenset(
    "can could would will should might must cares cared dares dared wants knows".split()
)
# "ensure (that) no one can", "so that nobody can": what a safeguard prevents, a product's own
# behaviour (A6), not a sweep over the world.
_SAFEGUARDS = frozenset("ensure ensures ensuring ensured sure so guarantee guarantees prevent".split())
_DENY = frozenset({"deny", "doubt", "dispute", "question", "argue"})
# "If ..., no one will have won": a sweep under a condition is not asserted.
_CONDITIONS = frozenset({"if", "unless"})


# Adverbs between "nobody" and its verb: "Nobody really knows", "nobody actually lives by it".
_NOBODY_ADVERBS = frozenset("really actually truly seriously else today anymore".split())
# Words that open what narrows "nobody" before its verb: "nobody among BSD developers is using
# it", "No-one but the programmer can examine them", "nobody with a bit of sense would consider".
_NOBODY_NARROWERS = frozenset({"among", "but", "with", "outside"})
# Present-tense verbs of using, believing and living by, said of nobody at all (issue 11, tenth
# session): "nobody uses gzip anymore", "no one seems close to surpassing it". Not "needs"
# ("Nobody needs to sleep in the back": one trip), nor the past of a history ("nobody thought of").
_NOBODY_PRESENT = frozenset(
    "uses lives seems believes reads bothers remembers understands trusts follows expects".split()
)


def _nobody_verb(lw, k: int) -> Optional[int]:
    """The index of the verb "nobody" governs from ``k`` (past adverbs and a short narrowing
    phrase), when it sweeps over everyone: a modal, a verb of _NOBODY_VERBS or _NOBODY_PRESENT,
    or "is" and a present participle ("is using"); else None."""
    n = len(lw)
    while k < n and lw[k] in _NOBODY_ADVERBS:
        k += 1
    if k < n and lw[k] in _NOBODY_NARROWERS:
        for m in range(k + 1, min(n, k + 7)):
            if _sweeping_verb(lw, m):
                return m
            if not lw[m].replace("-", "").isalpha():
                return None
        return None
    return k if k < n and _sweeping_verb(lw, k) else None


# "Nobody knows what will happen in that time", "No one knows what causes the mysterious bursts",
# "no one knows for certain which industries will generate the jobs": "nobody knows" before a
# question it leaves open is an idiom of uncertainty (bellows-docs Q2), not a claim that everyone
# is ignorant of a fact the writer could source. Issue 11, twenty-second session: over the thirty
# sets the 4 findings so followed were all traps (auger, bellows, tongs, vise), and the 2 right
# ones have no question after them ("Nobody really knows.", "(no one knows who)": the question
# left unsaid); the corpus has no "nobody knows". Not "who" ("No one knows who carved the first
# stone"): a fact of the past someone could find out, as fresh-docs' right "(no one knows who)"
# (added by one of the lab's hackers) says. Words that may stand between: "for certain", "for
# sure", "exactly", "yet".
_OPEN_QUESTIONS = frozenset("what which when whether how why where if".split())
_BEFORE_QUESTION = frozenset("for certain sure exactly yet really".split())


def _knows_open_question(lw, k: int) -> bool:
    """``lw[k]`` is "knows" and a question follows it, a wh-word and at least one word after."""
    if lw[k] != "knows":
        return False
    n = len(lw)
    m = k + 1
    while m < n and m <= k + 2 and lw[m] in _BEFORE_QUESTION:
        m += 1
    return m + 1 < n and lw[m] in _OPEN_QUESTIONS and lw[m + 1][:1].isalnum()


# What may stand between "nobody" and its verb of knowing before an open question: "No one can
# know how long", "nobody (outside of GE) seems to know what", "Otherwise no one will know what
# foo.bar.baz refers to" (issue 11, twenty-eighth session: traps in sledge-, adze- and wedge-docs,
# Q2's idiom of uncertainty and A6's rationale; no labelled claim has the shape).
_BEFORE_KNOWING = frozenset("can could will would may might seems seem appears to really truly yet ever".split())
_KNOWING = frozenset("know tell predict foresee guess say".split())


def _open_question_after(lw, k: int) -> bool:
    """From ``lw[k]`` (a modal, "seems to"), a verb of knowing within three words, then a
    question: a wh-word and at least one word after it."""
    n = len(lw)
    m = k
    while m < n and m <= k + 3 and lw[m] in _BEFORE_KNOWING:
        m += 1
    if m == k or m >= n or lw[m] not in _KNOWING:
        return False
    m += 1
    while m < n and m <= k + 6 and lw[m] in _BEFORE_QUESTION:
        m += 1
    return m + 1 < n and lw[m] in _OPEN_QUESTIONS and lw[m + 1][:1].isalnum()


# "ever" after "nobody" sweeps it over all time as well as over everyone (issue 11, twenty-third
# session): "nobody has ever seen anything like it", "Please note that nobody has ever had an
# incentive before", "in a way that no one ever has had before", "nobody ever believes that",
# "no one ever tried, until now" (whet, kiln, lathe, mallet). "No one has ever" was an entry of
# the lexicon already (reported wherever it stands); this reads "nobody" and "had ever" alike,
# and "ever" before a verb. Not before a past tense in technical writing: "performing a good
# conversion is a major task and no one ever committed the time required" is the project's own
# history told by one of its developers (fresh-docs; the check drops kind "frame:everpast" there).
# Not before a word that is no verb ("nobody ever again" is left alone: no tense is read).
_HAVE = frozenset({"has", "have", "had"})
# Past tenses without "-ed" a sweep over all time takes: "no one ever thought", "nobody ever saw".
_IRREGULAR_PAST = frozenset("saw did made thought knew found got came went said took wrote built heard gave".split())


def _nobody_ever(lw, k: int) -> Optional[int]:
    """The last word of "has ever"/"ever has" or of "ever <verb>" at ``k`` after "nobody": its
    index; None if no "ever" is there."""
    n = len(lw)
    if k + 2 < n and lw[k] in _HAVE and lw[k + 1] == "ever" and lw[k + 2].isalpha():
        return k + 1  # "nobody has ever seen", "no one had ever done"
    if k + 1 >= n or lw[k] != "ever":
        return None
    verb = lw[k + 1]
    if verb in _HAVE:
        return k + 1  # "no one ever has had before"
    if verb in _NOBODY_VERBS or verb in _NOBODY_PRESENT or (len(verb) > 3 and verb.endswith("s") and verb.isalpha()
                                                             and not verb.endswith("ss")):
        return k + 1  # "nobody ever believes", "no one ever wants"
    if (len(verb) > 4 and verb.endswith("ed") and verb.isalpha()) or verb in _IRREGULAR_PAST:
        return k + 1  # "no one ever tried, until now" (see ever_past)
    return None


def ever_past(lw, end: int) -> bool:
    """The sweep ending at ``end`` is "ever" and a past tense ("no one ever tried"): a history."""
    return end >= 1 and lw[end - 1] == "ever" and lw[end] not in _HAVE and (
        lw[end].endswith("ed") or lw[end] in _IRREGULAR_PAST)


def _sweeping_verb(lw, k: int) -> bool:
    w = lw[k]
    if w in _NOBODY_VERBS or w in _NOBODY_PRESENT:
        return True
    nxt = lw[k + 1] if k + 1 < len(lw) else ""
    return w == "is" and len(nxt) > 4 and nxt.endswith("ing")


def _opens_clause(words, lw, i: int, prose: str) -> bool:
    """Word ``i`` opens its sentence or a clause: after a conjunction, "which", or a comma,
    colon or dash ("but nobody actually lives by it", "for some reason, nobody among ..."); an
    ASCII dash "--" too, and so a plain-text heading's underline ("Curio is Different" over a
    line of "----"), which the plain-text paragraph joins to the sentence under it."""
    if i == 0 or lw[i - 1] in _CLAUSE_OPENERS or lw[i - 1] == "which":
        return True
    gap = prose[words[i - 1].end : words[i].start]
    return "--" in gap or any(c in gap for c in ",;:\u2013\u2014(")


def _nobody_does(lw, i: int, words, prose: str) -> Optional[int]:
    """The last word of "nobody would", "no one can", "no-one cares": a statement about
    everyone, with nothing to show for it; else None."""
    k = i + 1
    contracted = lw[i] in _NOBODY_HAS
    if lw[i] == "no":
        if k >= len(lw) or lw[k] not in ("one", "one's"):
            return None
        contracted = lw[k] == "one's"
        k += 1
    if i and (lw[i - 1] in _PREPOSITIONS or lw[i - 1].endswith("ing")):
        return None  # "I know of nobody who ...", "hurting nobody": an object, not a subject
    if contracted:
        # "Nobody's ever seen that before", "No one's ever seen numbers like this": "has ever",
        # contracted (fifty-fifth session, sweep55); not "nobody's perfect", "no one's payments",
        # "if nobody's already written one": no "ever", no sweep read
        ever = k if k + 1 < len(lw) and lw[k] == "ever" and lw[k + 1].isalpha() else None
        if ever is None:
            return None
    else:
        ever = _nobody_ever(lw, k)
    if ever is not None:
        k = ever  # "nobody has ever seen anything like it", "nobody ever believes"
    elif k < len(lw) and lw[k] in _NOBODY_VERBS:
        pass  # "nobody would", "no one can" (issue 11 rules5)
    elif _opens_clause(words, lw, i, prose):
        k = _nobody_verb(lw, k)  # "Nobody really knows", "nobody among BSD developers is using"
    else:
        return None  # "reclaims entries nobody reads again": a relative clause about data
    if k is None or any_before(lw, _CONDITIONS, i):
        return None
    if done_to_nobody(lw, i):
        return None  # "no one can be left out", "No one is required to ...": a passive (nobody_passive)
    if _knows_open_question(lw, k) or _open_question_after(lw, k):
        return None  # "Nobody really knows what comes next", "No one can know how long": an open question, an idiom (Q2)
    if aims.moral_should(lw, k):
        return None  # "No one should ever have to suffer ...": what ought to be (A4)
    if k + 1 < len(lw) and lw[k + 1] in _DENY:
        return None  # "No one can deny that ...": a booster, HC102's (boosters.tsv), not a sweep of its own
    p = i - 1 if i and lw[i - 1] == "that" else i
    if p and lw[p - 1] in _SAFEGUARDS:
        return None  # "takes steps to ensure that no one can access the key": a safeguard it describes
    return k


# Forms of "to be" before "never lost": the passive, a thing kept ("mail is never lost").
_BE_BEFORE_LOST = frozenset("is are was were be been being".split())
_POSSESSIVES = frozenset("its their his her our my your".split())


def _kept_not_unbeaten(lw, i: int, last: int) -> bool:
    """ "never lost" of a thing kept, not a record of contests: in the passive ("getmail goes to
    great lengths to ensure that mail is never lost", "pipes between daemons and loggers are
    never lost": a program's behaviour, A6) or before a possessive ("his style never lost its
    rough edges", "we have never lost our beliefs": a quality kept). The record the entry is for
    loses a contest ("they have never lost a best-of-five Worlds series", news-dev). Issue 11,
    eighteenth session: the sets' 3 findings of the two shapes (sealed, cellar, hearth) were all
    wrong, news-dev's record is kept."""
    if i and lw[i - 1] in _BE_BEFORE_LOST:
        return True
    return last + 1 < len(lw) and lw[last + 1] in _POSSESSIVES


# The entries "nobody else", "no one else" open with these ("than anything else" is a comparison).
_NOBODY_ELSE = frozenset({"nobody", "no", "no-one"})


def _else_follows(lw, a: int) -> bool:
    """ "else" right after "nobody" or "no-one" at ``a``, or after "no one": the finding's span may
    end on "else" or run on to a frame's verb ("no-one else uses")."""
    k = a + 2 if lw[a] == "no" else a + 1
    return k < len(lw) and lw[k] == "else" and (lw[a] != "no" or lw[a + 1] == "one")


def _else_sweeps(lw, i: int, words, prose: str) -> bool:
    """ "Nobody else offers ...", "no one else" as the subject opening its clause and asserted:
    a sweep over every rival. As an object ("I blame no one else", "to the highest bidder, and to
    nobody else", "it meant no one else was pointing to the object") or under a condition ("If
    you are unable to fix it (and nobody else does it for you), ...") it excludes the others from
    one case the sentence is about: no claim about the world (issue 11, eighteenth session: the
    sets' 3 findings of the form, in forge, rasp and awl, and the corpus's one, were all wrong;
    no labelled claim has it)."""
    return _opens_clause(words, lw, i, prose) and not any_before(lw, _CONDITIONS, i)


# Words after the ranked noun that rank it among every one there is: "the smallest diffs possible".
_POSSIBLE = frozenset({"possible", "available", "imaginable", "conceivable"})
# Nouns of "to the greatest extent possible": an idiom of degree, no ranking.
_DEGREE_NOUNS = frozenset({"extent", "degree", "amount", "number", "value", "values", "version", "versions", "size"})
# Words of striving earlier in the sentence make "the best X possible" an aim, not a result.
_STRIVING = frozenset(
    """try tries tried trying aim aims aimed strive strives striving goal goals attempt attempts
    seek seeks seeking sought look looks looking""".split()
)
# "the most recent version available": an order in time, not a claim.
_ORDER_WORDS = frozenset({"recent", "current", "up-to-date", "frequently", "commonly", "likely"})


# Adjectives that "the most" leaves as a description in documentation ("the most common
# option", most_never) but that rank when the writer singles one out among all: "one of the
# most common forms of data corruption", "One of the most important ideas from software
# architecture". Not the words of order or time ("recent", "likely"), nor adverbs ("one of the
# most commonly used encodings": a frequency, a fact of use).
_RANKED_ONE_OF = frozenset(
    "important common frequent significant useful interesting obvious straightforward convenient "
    "natural sensible reasonable expensive relevant appropriate suitable".split()
)


# Words after the adjective that show no noun follows it: "one of the most important is ...".
_NOT_NOUNS = frozenset("is are was were be been that which who than as".split())


def _one_of_the_most(lw, i: int, words, prose: str) -> bool:
    """"one of the most <adjective> <noun>" (``lw[i]`` is "most") opening its sentence or a clause
    or a parenthesis: one singled out among all of its kind, the subject of what follows ("One of
    the most frequent sources of bugs is parsing", "(one of the most common forms of data
    corruption)"), issue 11 eleventh session. Not the complement of a subject ("A stale cache is
    one of the most common causes": a diagnosis, as documentation gives it), not "a few of the most
    useful extensions" (a selection), nor "the most important" with no noun after it."""
    if i < 3 or lw[i - 1] != "the" or lw[i - 2] != "of" or lw[i - 3] != "one":
        return False
    if not _opens_clause(words, lw, i - 3, prose):
        return False
    if i + 2 >= len(lw) or lw[i + 1] not in _RANKED_ONE_OF:
        return False
    after = lw[i + 2]
    if after in ("and", "or") and i + 4 < len(lw):
        after = lw[i + 4]  # "one of the most straightforward and flexible models"
    return after.isalpha() and after not in _PREPOSITIONS and after not in _NOT_NOUNS


# "the best piece of advice", "the best bit of advice": a partitive before the advice noun.
_PARTITIVES = frozenset({"piece", "pieces", "bit", "bits", "word", "words"})


def _piece_of_advice(lex: Lexicon, lw, end: int) -> bool:
    n = len(lw)
    return end + 3 < n and lw[end + 1] in _PARTITIVES and lw[end + 2] == "of" and lw[end + 3] in lex.advice_noun


def _of_all_possible(lw, end: int) -> bool:
    """After the superlative at ``end``: one to three words of its noun, then "possible" or
    "available" ("the most straightforward interface possible")."""
    for k in range(end + 1, min(len(lw), end + 4)):
        w = lw[k]
        if w in _POSSIBLE:
            return k > end + 1 and lw[k - 1] not in _DEGREE_NOUNS
        if not w.replace("-", "").isalpha() or w in _PREPOSITIONS or w in ("and", "or"):
            return False
    return False


def _never_will(lw, i: int) -> bool:
    """"debates that will never be resolved", "extensions that will never be supported by
    browsers": a prediction about the world, sweeping over all time, in a clause that describes
    a noun. Not "Harbor will never send your data" (a product's promise about itself, A6), nor
    "which will always be a string" (a type)."""
    return (
        i >= 2 and lw[i - 1] == "will" and lw[i - 2] in ("that", "which")
        and i + 2 < len(lw) and lw[i + 1] == "be" and lw[i + 2].isalpha()
    )


# Words between "is" and the name it ranks: "is still the Free Software Foundation".
_BEFORE_NAME = frozenset("still probably clearly undoubtedly arguably now the a an".split())
_BE = frozenset({"is", "are", "was", "were"})


def _ranks_name(lex: Lexicon, lw, words, i: int, prose: str, lowercase=frozenset()) -> Optional[tuple[int, int]]:
    """"The largest single contributor is still the Free Software Foundation", "The best attempt
    (IMO) is Hibernate": a superlative heading the subject of "to be", and the complement a name:
    a product, a firm or a person ranked first. Not "The most common use case is to ..." nor
    "The best way to install it is pip" (the complement is no name; a way is advice)."""
    start = i - 1
    if start < 0 or lw[start] != "the":
        return None
    if start and lw[start - 1] not in _CLAUSE_OPENERS and "," not in prose[words[start - 1].end : words[start].start]:
        return None  # the subject opens its clause: "While many have contributed, the largest ..."
    end = i + 1 if lw[i] == "most" else i
    n = len(lw)
    if end >= n or not lw[end].isalpha():
        return None
    if any(w in lex.advice_noun and w != "to" for w in lw[end + 1 : end + 3]):
        return None  # "The best way to install it is Homebrew": advice (A5)
    for k in range(end + 1, min(n, end + 12)):
        if lw[k] in _BE:
            m = k + 1
            while m < n and lw[m] in _BEFORE_NAME:
                m += 1
            if m < n and _proper_name(words[m].text) and (m > k + 1 or lw[m] not in lowercase):
                return start, end
            return None
        if not lw[k].replace("-", "").isalpha() and lw[k] != PLACEHOLDER:
            return None
    return None


def _predicate(lex: Lexicon, lw, words, start: int, prose: str) -> Optional[str]:
    """When a verb "to be" (or "ranks", "named"...) leads to ``start``: its subject, else None.

    The subject is the normalised word before the verb; ``PLACEHOLDER`` for inline code; ``""``
    when there is none in the sentence.
    """
    p = start - 1
    while p >= 0 and (lw[p] in _PRE_ADVERBS or (ly_adverb(lw[p], 0) and lw[p] not in lex.copula)):
        p -= 1
    if p < 0:
        return None
    verb = lw[p]
    if verb.endswith("'s") and verb[:-2] in lex.deictic:
        return verb[:-2]  # "it's the best", "that's the only"
    if verb not in lex.copula:
        return None
    # "has been", "will be", "to be": look past auxiliaries for the subject.
    q = p - 1
    while q >= 0 and lw[q] in ("has", "have", "had", "will", "would", "to", "be", "been", "being", "not", "also", "still", "can", "could", "may", "might", "should", "must", "now"):
        q -= 1
    if _placeholder_before(prose, words[p].start):
        return PLACEHOLDER
    return lw[q] if q >= 0 else ""


def _placeholder_before(prose: str, pos: int) -> bool:
    """The prose before ``pos``, emphasis marks and spaces left out, ends with the placeholder of
    left-out text (inline code, a link's URL). Read in place: a copy of the prose up to ``pos``
    per superlative made one long paragraph quadratic (benchmarks/adversarial.py, according_to)."""
    j = pos
    while j > 0 and prose[j - 1] in " *_":
        j -= 1
    return prose.endswith(PLACEHOLDER, 0, j)


def _ranked(lex: Lexicon, lw, words, i: int, last: int, prose: str) -> bool:
    """"the number one", "is #1", "#1 in the world": a ranking, not an issue number, nor a
    statement of intent ("performance is our #1 priority", "the number one goal")."""
    if last + 1 < len(lw) and lw[last + 1] in _INTENT_NOUNS:
        return False
    if i == 1 and last + 1 < len(lw) and lw[last + 1] in lex.advice_noun:
        return False  # "The number one work-around is to configure ...": advice that opens the sentence (A5)
    if i and lw[i - 1] in ("the", "a", "our", "world's"):
        return True
    if i and lw[i - 1].endswith("'s") and words[i - 1].text[:1].isupper():
        return True
    if _predicate(lex, lw, words, i, prose) not in (None, PLACEHOLDER):
        return True
    return lex.scope.match_at(lw, last + 1) is not None if last + 1 < len(lw) else False


def _scoped(lex: Lexicon, lw, end: int, words=None, stop: Optional[int] = None) -> bool:
    """A scope after the superlative: "in the world", "in club history", "in Germany"; with
    ``stop``, within ``lw[:stop]`` (read in place, as _span_scope's bound)."""
    limit = len(lw) if stop is None else min(stop, len(lw))
    if _span_scope(lw, end, limit):
        return True
    for k in range(end + 1, min(limit, end + 6)):
        if lw[k] in lex.scope and lex.scope.match_at(lw, k, limit):
            return True
        if lw[k] == "in" and _qualified_world(lw, k, limit):
            return True
        if words is not None and lw[k] == "in" and k + 1 < limit:
            name = words[k + 1].text
            if name[:1].isupper() and name[1:2].islower() and lw[k + 1] not in _NOT_PLACES:
                return True
    return False


# The heads of a scope over everything there is, qualified: "in the developed world", "in the
# entire country" (rank60).
_WORLDS = frozenset("world country nation universe planet hemisphere".split())
_GLOBES = frozenset("world universe planet".split())


def _qualified_world(lw, k: int, limit: int, heads=_WORLDS) -> bool:
    """``lw[k]`` is "in" and opens a world, a country or a nation that one or two words qualify:
    "the lowest unemployment in the developed world", "the highest price in the entire world",
    "the largest progressive democracy in the modern world", "in the English-speaking world" (issue
    11's sixtieth session, rank60: the bare "in the world", "in the country" are scope entries of
    the lexicon; the words between named every kind of world, so they are read by their shape, not
    listed). Not "in the real world", which sets practice against theory and ranks among nothing,
    nor a preposition between ("in the valley of the world")."""
    if k + 3 >= limit or lw[k + 1] != "the":
        return False
    for m in (k + 3, k + 4):
        if m < limit and lw[m] in heads:
            between = lw[k + 2 : m]
            return "real" not in between and all(
                w.replace("-", "").isalpha() and w not in _PREPOSITIONS and w not in _WORLDS for w in between)
    return False


_FIRST_NOT = frozenset(
    "time step thing way place one result results match hit entry item element argument release version "
    "call request line page".split()
)
# "the first company to ship", "the first Python library that ...": a record, said of a name.
_RECORD_LINKS = frozenset({"to", "that", "who"})


def _made_first(lw, start: int) -> bool:
    """"..., making it the first source-portable OS": a result the writer claims for the subject;
    the noun follows ("making it the first." alone says nothing)."""
    if start < 2 or start + 2 >= len(lw) or not lw[start + 2][:1].isalpha():
        return False
    if lw[start - 1] in ("her", "him"):
        # "asking us to make her the first president to take the oath": a person's record
        # (twentieth session); not "make it the first entry", an instruction
        return lw[start - 2] in ("making", "makes", "made", "make")
    return lw[start - 1] in ("it", "them") and lw[start - 2] in ("making", "makes", "made")
_MAKE = frozenset({"make", "makes", "making", "made"})


def _made_superlative(lw, words, start: int) -> bool:
    """"features that make it the most complete browser", "making Firefox the most private
    browser": "make" with an object ("it", "them" or a name), then the superlative and its noun,
    a result the writer claims for the object, as "making it the first ..." (_made_first)."""
    if start < 3 or lw[start - 2] not in _MAKE or start + 2 >= len(lw):
        return False  # (nor "Make it the largest value": an instruction opening its sentence)
    obj = lw[start - 1]
    return (obj in ("it", "them") or _proper_name(words[start - 1].text)) and lw[start + 2][:1].isalpha()


def _proper_name(text: str) -> bool:
    return text[:1].isupper() and text[1:2].islower()


# After "the first ... to": words that begin a noun phrase, not the verb of a record.
_NOT_VERBS = frozenset("the a an this that these those its your their our his her my each every any".split())


def _first_to(lex: Lexicon, lw, words, i: int, prose: str) -> Optional[tuple[int, int]]:
    """"Acme was the first company to ship ...", "Blake, the first man to ...": a record claimed
    for a named subject. Not "the first step to", nor "the first firm to collapse" said of
    nobody in particular."""
    if i == 0 or lw[i - 1] != "the":
        return None
    start = i - 1
    n = len(lw)
    if _made_first(lw, start):
        return start, i  # "rewritten in C, making it the first source-portable OS"
    k = i + 1
    while k < n and k <= i + 3 and lw[k] not in _RECORD_LINKS:
        # a hyphenated modifier is a word of the noun phrase: "the first French-language book that"
        if not lw[k].replace("-", "").isalpha() or lw[k] in _FIRST_NOT:
            return None
        k += 1
    if k >= n or lw[k] not in _RECORD_LINKS or k == i + 1 or k + 1 >= n or not lw[k + 1].isalpha():
        return None
    if lw[k] == "to" and lw[k + 1] in _NOT_VERBS:
        return None  # "the first argument to the callback": a position, not a record
    # "Pine was one of the first programs to support MIME": the verb leads to "one of"
    lead = start - 2 if start >= 2 and lw[start - 1] == "of" and lw[start - 2] in _ONE_OF else start
    subject = _predicate(lex, lw, words, lead, prose)
    if subject not in (None, "", PLACEHOLDER) and subject not in lex.deictic and subject not in _TECHNICAL_SUBJECTS:
        q = _subject_index(lw, words, lead, subject)
        if q is not None and words[q].text[:1].isupper():
            return start, k - 1
    if _appositive(words, start, prose, lw):
        return start, k - 1
    if subject in _HISTORY_SUBJECTS and lw[start - 1] in ("was", "became") and _FIRST_NOT.isdisjoint(lw[i + 1 : k]):
        return start, k - 1  # "It was the first popular distribution to provide a live CD": a record in history
    if _proud_to_be(lw, lead) and lw[k] == "to" and _FIRST_NOT.isdisjoint(lw[i + 1 : k]):
        return start, k - 1  # "I was proud to be the first President to stand in the picket line"
    return None


# Who may be proud to be the first: the speaker, or a person named before.
_PROUD_SUBJECTS = frozenset({"i", "we", "he", "she", "they"})


def _proud_to_be(lw, lead: int) -> bool:
    """"I was proud to be the first President to ...", "I am also proud to be the first ...": a
    feeling about what the subject is states the record (issue 11, twentieth session)."""
    q = lead - 1
    if q < 3 or lw[q] != "be" or lw[q - 1] != "to" or lw[q - 2] not in _FACTIVE_FEELINGS:
        return False
    r = q - 3
    while r >= 0 and lw[r] in ("also", "so", "very", "especially", "truly", "really"):
        r -= 1
    if r >= 0 and lw[r] in ("am", "was", "are", "were", "is"):
        r -= 1
    elif r >= 0 and lw[r] in ("i'm", "i\u2019m", "we're", "we\u2019re"):
        return True
    else:
        return False
    return r >= 0 and lw[r] in _PROUD_SUBJECTS


# Subjects of a record told in the past ("It was the first ...", "She became the first woman
# to ..."): the text has named the thing or person in the sentences before.
_HISTORY_SUBJECTS = frozenset({"it", "he", "she", "they"})


def _only_name_can(words, lw, i: int) -> bool:
    """"as only Apple can", "something only Acme could build": a name credited with what no one
    else can do."""
    if i + 2 >= len(lw) or lw[i + 2] not in ("can", "could"):
        return False
    text = words[i + 1].text
    return text[:1].isupper() and i > 0 and lw[i - 1] in ("as", "what", "that", "something", "which", "like")


# A circle small and plain enough that "the only" in it is a fact anyone there can count: "the
# only sister here with a driver's license", "the only Western woman in the company", "the only
# completely new designs this year" (RULES 3; issue 11, fifteenth session: five in five sets, all
# traps, and one on the corpus, no finding).
_CIRCLE_NOUNS = frozenset(
    "company team family group class room office house household village school department club "
    "band unit crew firm".split()
)
_CIRCLE_TIMES = frozenset("year season week month".split())


def _small_circle(lw, i: int) -> bool:
    """The noun phrase after "the only" at ``i`` is scoped, within five words, to "here", "this
    year" or "in the/our company" (see _CIRCLE_NOUNS)."""
    n = len(lw)
    for k in range(i + 2, min(n, i + 7)):
        w = lw[k]
        if w == "here":
            return True
        if w == "this" and k + 1 < n and lw[k + 1] in _CIRCLE_TIMES:
            return True
        if w == "in" and k + 2 < n and lw[k + 1] in ("the", "our", "my", "his", "her", "their") and lw[k + 2] in _CIRCLE_NOUNS:
            return True
        if not w[:1].isalnum():
            return False
    return False


def _only(lex: Lexicon, lw, words, i: int, prose: str) -> Optional[tuple[int]]:
    """"X is the only library that...", "the only one in the world": an absolute claim."""
    if i == 0 or lw[i - 1] != "the":
        return None
    start = i - 1
    nxt = lw[i + 1] if i + 1 < len(lw) else ""
    if _small_circle(lw, i):
        return None
    if _scoped(lex, lw, i, words):
        return (start,)
    if not nxt or nxt in lex.only_noun or not nxt[:1].isalpha():
        return None
    subject = _predicate(lex, lw, words, start, prose)
    if subject is None or subject in lex.deictic or subject in _TECHNICAL_SUBJECTS or subject in ("", PLACEHOLDER):
        return None
    # "Acme is the only vendor that...", not "the admin is the only person who can add users"
    q = _subject_index(lw, words, start, subject)
    if q is None or not words[q].text[:1].isupper():
        return None
    return (start,)


def _superlative(lex: Lexicon, lw, words, i: int, prose: str, lowercase=frozenset(),
                 said_rank: Optional[int] = None) -> Optional[tuple[int, int]]:
    """``said_rank``: the last word of the superlative found before this one in the sentence, if
    any (a series: "the freest nation on Earth, the strongest nation on Earth")."""
    n = len(lw)
    w = lw[i]
    end = i
    if w in ("most", "least"):
        if i + 1 >= n or words[i + 1].quoted:
            return None
        adj = lw[i + 1]
        if not adj[:1].isalpha():
            return None
        judged_here = adj in _JUDGED and (_names_after(words, lw, i + 1) or (i and lw[i - 1] in lex.place))
        # "the most convenient encoding available": ranked among every one there is
        judged_here = judged_here or (i and lw[i - 1] == "the" and adj not in _ORDER_WORDS and _of_all_possible(lw, i + 1))
        # "one of the most common forms of data corruption": ranked among every one of its kind
        judged_here = judged_here or _one_of_the_most(lw, i, words, prose)
        # "Perhaps the most important was ...": a hedged ranking opening its clause
        judged_here = judged_here or (adj not in _ORDER_WORDS and frames.hedged_ranking(words, lw, i - 1, prose))
        # "the most significant gun safety law in nearly 30 years", "the most deadly terrorist
        # attack in the nation in more than a decade": a record over time ranks among all the
        # years there have been, whatever the adjective (issue 11, twenty-fourth session)
        record_here = _record_grade(lex, lw, words, i, adj, prose)
        judged_here = judged_here or record_here
        head, hyphen, tail = adj.partition("-")
        adj_graded = False
        if hyphen and ly_adverb(head, 0) and tail[:1].isalpha():
            # "the most widely-used platform", "the most commonly-used properties": an adverb
            # joined to its participle reads as the two words apart ("the most widely used")
            if head in lex.most_never or head in lex.most_evaluative:
                adj = head
            elif tail.endswith(_GRADED_ENDINGS):
                adj_graded = True  # "the most heavily-guarded": the adverb grades its participle
        if adj in lex.most_never and not judged_here and not (i and lw[i - 1] == "the" and _made_superlative(lw, words, i - 1)):
            # "the most important option"; not "the most important group Hamas", nor "the
            # country's most important relationship" (ranked among all of a place's)
            return None
        kind = "evaluative" if (w == "most" and (adj_graded or adj in lex.most_evaluative or adj in _JUDGED or _peacock_at(lex, lw, i + 1))) else "dimension"
        end = i + 1
        if ly_adverb(adj, 0) and adj not in lex.most_evaluative and not (record_here and adj in _LY_ADJECTIVES):
            # "the most heavily guarded", "the most politically charged": an adverb, then the
            # adjective it grades; not "the most immediately evident" said of nothing
            after = lw[i + 2] if i + 2 < n else ""
            if not (after.endswith(_GRADED_ENDINGS)
                    and after not in lex.most_never):
                return None
            end = i + 2
            kind = "evaluative"
    elif w in lex.evaluative:
        kind = "evaluative"
    elif w in lex.dimension:
        kind = "dimension"
    elif "-" in w:
        head, _, tail = w.partition("-")
        if head in lex.ordinal and tail in lex.superlative:
            kind = "ranking"
        elif w in lex.graded:
            kind = "graded"  # "its most-watched show", "the three highest-paid executives"
        else:
            return None
    else:
        return None
    j = i - 1
    if j >= 0 and lw[j] in lex.ordinal:
        kind = "ranking"
        j -= 1
    while j >= 0 and lw[j] in lex.intensifier:
        j -= 1
    if j >= 0 and lw[j] in _COUNTS and ("-" in w or (j >= 1 and lw[j - 1] == "the")):
        j -= 1  # "the three highest-paid executives", "the two most celebrated athletes on the planet"
    if j >= 2 and lw[j] in ("and", "or") and lw[j - 1] in lex.superlative:
        # "The biggest and most politically charged change"; a list of them (since issue 11's
        # twentieth session): "the strongest, freest, and most prosperous nation the world has
        # ever known" (mallet-docs)
        k = j - 1
        while k >= 0 and lw[k] in lex.superlative:
            k -= 1
        if k >= 0 and lw[k] == "the":
            j = k
            kind = "evaluative"
    if j < 0:
        # "Fastest http server with full Express compatibility.": a bare superlative opening a
        # verbless sentence is a tagline, as "The fastest ..." is
        if i == 0 and kind == "evaluative" and w not in ("most", "least") and _bare_tagline(lex, lw, words, prose):
            return 0, end
        return None
    det = lw[j]
    possessive = False
    if kind == "graded":
        kind = "evaluative"
        if det in ("its", "their", "his", "her"):
            det = "the"  # "its most-watched show": a ranking of its own, still a claim
    if det == "the":
        start = j
    elif det in lex.place or (
        det.endswith("'s") and words[j].text[:1].isupper() and len(det) > 3 and det[:-2] not in _NOT_POSSESSIVE
    ) or _bare_possessive(words, lw, j, prose):
        possessive = True
        start = j - 1 if j and lw[j - 1] == "the" else j
    elif det in frames.RECORD_DETERMINERS and _record_over_time(lex, lw, w, end, words, prose) and not ends_on_question_mark(words, prose):
        return _record_span(lex, lw, words, prose, i, j, end)  # "their single largest decline in 46 years"
    else:
        return None
    one_of = start >= 2 and lw[start - 2] in _ONE_OF and lw[start - 1] == "of"
    if start >= 1 and lw[start - 1] == "among":
        one_of = True
    nxt = lw[end + 1] if end + 1 < n else ""
    nxt2 = lw[end + 2] if end + 2 < n else ""
    if lw[start] == "the" and nxt not in lex.advice_noun and _of_all_possible(lw, end):
        # "the smallest diffs possible": ranked among all there could be; not "tries to ...
        # while getting the best developer experience possible" (what it strives for), nor
        # "hoisted to (installed at) the highest level possible" (a degree: as high as it goes)
        if any_before(lw, _STRIVING, start) or (start and lw[start - 1] in ("to", "at")):
            return None
        return start, end
    if nxt in lex.advice_noun or (
        nxt2 in lex.advice_noun and nxt2 != "to" and nxt not in ("of", "and", "or") and nxt.isalpha()
    ) or _piece_of_advice(lex, lw, end):
        # "the best way to", "the easiest option": advice, unless it ranks among all or is said
        # of a name ("Harbor is clearly the best choice": a product ranked, not a way of working).
        if possessive or _scoped(lex, lw, end, words) or _made_superlative(lw, words, start):
            return start, end  # (and "makes it the best choice": a product ranked, not advice)
        if _record_over_time(lex, lw, w, end, words, prose) and not ends_on_question_mark(words, prose):
            # "one of the worst things that ever happened in the entire history of the world": a
            # record over the years ranks among all there have been, as a scope does
            return start, end
        if _opens(lw, start) and nxt in _TAGLINE_NOUNS and not any(w in lex.copula for w in lw[end + 1 :]) and not _label(words, prose):
            return start, end  # a tagline: "The easiest way to enforce consistent style."
        return (start, end) if _named_subject(lex, lw, words, start, prose, lowercase) else None
    if kind in ("ranking", "dimension") and _ranked_by_us(lex, lw, words, start, end, det):
        # "yet we have the largest addict population in the world", "we remain ... the world's
        # strongest economy": the speaker's own side ranked over the whole world (rank60)
        return start, end
    if kind in ("ranking", "dimension") and (_reference_fact(lex, lw, end) or _figures(lw)):
        # "the world's tallest stone obelisk", "the country's second-largest port"; "Victoria's
        # third biggest, producing a fifth of the state's electricity": the figure establishes it;
        # not a record over the years ("GM is making the largest investment in its history—$7
        # billion": the figure is the level, not the comparison with every year)
        if ((_reference_fact(lex, lw, end) and not _world_past(lw, words, prose, end))
                or not _record_over_time(lex, lw, w, end, words, prose) or ends_on_question_mark(words, prose)):
            # (an economy is what an encyclopedia ranks by size, "the world's largest economy";
            # "the strongest economy ... the world has ever known" ranks it over all the world's
            # past, which no reference work measures: twenty-ninth session)
            return None
        return _record_span(lex, lw, words, prose, i, start, end)
    if _measured(lw):
        # "one of the fastest web frameworks in town: we can serve 76 thousand requests per
        # second": the measurement in the sentence is the support
        return None
    if (w in lex.dimension and not possessive and _identifies_a_name(words, lw, prose, start - 2 if one_of else start, lowercase)
            and _apposition_closes(lex, words, lw, prose, end) and not frames.history_scope_near(lw, end)
            and not _ever_known(lw, end) and not _next_in_series(lex, words, lw, prose, said_rank, start - 2 if one_of else start)):
        # "IOI, one of the largest palm oil traders in the world, has ...", "HSBC - one of the
        # biggest banks in the world - is funding ...": a size set off after a name tells the
        # reader who the name is, as a reference work would (RULES 3); said of it as the
        # predicate ("HSBC is one of the largest providers"), it is still the writer's claim;
        # a record over history ("rebuild America, the single biggest investment in history")
        # identifies nothing (found by mallet-docs' one score, after it: fifteenth session), nor
        # does a rank among all the world has known ("welcome to NATO, the strongest military
        # alliance the world has ever seen", plane-docs: twentieth session)
        return None
    if kind == "ranking" or possessive or one_of or _scoped(lex, lw, end, words):
        return start, end
    if _record_over_time(lex, lw, w, end, words, prose) and not ends_on_question_mark(words, prose):
        # "the longest streak of private sector job creation in history", "the strongest 2 years
        # of job growth since the 1990s": a record over the years past the scope's usual reach
        # (not a question: "Isn't this the best harvest ever?" asks, as the frame's rule says)
        return _record_span(lex, lw, words, prose, i, start, end)
    if frames.hedged_ranking(words, lw, start, prose):
        return start, end  # "Probably the worst defect of the format is ...": a ranking of the writer's
    if kind == "evaluative" and _names_after(words, lw, end):
        return start, end  # "the most important radical group Hamas"
    if _made_superlative(lw, words, start):
        return start, end  # "making Firefox the most private browser": a result claimed for it
    subject = _predicate(lex, lw, words, start, prose)
    if subject and not any(c.isalpha() for c in subject):
        return None  # "so 1000 is the fastest": a value, not a product
    if kind == "evaluative":
        if subject is not None and subject not in _TECHNICAL_SUBJECTS and subject != PLACEHOLDER:
            return start, end  # "X is the best", "it's the fastest"
        if start and lw[start - 1] in lex.offer_verb and not _gerund_subject(lw, start - 1):
            return start, end  # "provides the most complete"
        if _opens(lw, start) and not any(w in lex.copula for w in lw[end + 1 :]) and not _label(words, prose):
            return start, end  # a tagline: "The fastest deep equal with ES6 support."
        if start >= 1 and _name_before_comma(words, lw, start - 1, lowercase):
            if prose[words[start - 1].end : words[start].start].strip() == ",":
                return start, end  # in apposition to a name: "Harbor, the fastest platform"
        return None
    # A superlative of size or order: a claim only when said of a named subject.
    if subject and subject != PLACEHOLDER and subject not in _TECHNICAL_SUBJECTS:
        q = _subject_index(lw, words, start, subject)
        if q is not None and _is_name(words, q, lowercase):
            return start, end
    return None


def _bare_possessive(words, lw, j: int, prose: str) -> bool:
    """A name ending in "s" and its bare apostrophe ("one of Emacs' biggest wins", "the United
    Nations' most controversial leader", "Paris' most fashionable hotel"): the possessive that
    "Emacs's" spells with "'s" (rank56). The tokenizer leaves the apostrophe in the gap after
    the word."""
    w = lw[j]
    if not (w.endswith("s") and len(w) > 2 and words[j].text[:1].isupper() and w not in _NOT_POSSESSIVE):
        return False
    if prose[words[j - 1].end if j else 0 : words[j].start].endswith(("'", "\u2018")):
        return False  # "The 'Atlas' best feature": a quoted name, its apostrophe the closing mark
    return between(words, prose, j, j + 1) in ("' ", "\u2019 ")


# Hedging adverbs that may open a tagline: "Probably the fastest.", "Arguably the simplest ...".
_TAGLINE_HEDGES = frozenset("probably arguably perhaps possibly quite simply easily literally".split())


def _peacock_at(lex: Lexicon, lw, k: int) -> bool:
    """A promotional word of the list ("renowned", "acclaimed") at ``k``: after "most" it
    judges ("Tunisia's most renowned museum"), as "most important" does, whatever the figures
    in the sentence."""
    m = lex.phrases.match_at(lw, k) if lw[k] in lex.phrases else None
    return m is not None and m[0] == 1 and m[1] == "peacock"


def _opens(lw, start: int) -> bool:
    """The claim opens its sentence, alone or after a hedging adverb."""
    return start == 0 or (start == 1 and lw[0] in _TAGLINE_HEDGES)


def _bare_tagline(lex: Lexicon, lw, words, prose: str) -> bool:
    """"Fastest http server with ...": a capitalised superlative opening a verbless sentence and
    followed by the noun it ranks; not "Best practices ..." (advice), a caption ("Fastest
    setup:"), an idiom ("Best of all, ..."), an instruction ("Best combine it with ..."), nor the
    meaning of a value ("`1` Fastest compression": inline code before it)."""
    if not words[0].text[:1].isupper() or len(lw) < 3 or not lw[1].isalpha():
        return False
    if _placeholder_before(prose, words[0].start):
        return False
    if lw[1] in lex.advice_noun or lw[1] in _PREPOSITIONS or lw[1] in ("and", "or"):
        return False
    if not _CLAUSE_WORDS.isdisjoint(lw):
        return False
    return not any(w in lex.copula for w in lw[1:]) and not _label(words, prose)


# Pronouns and modals that make a sentence a clause, not a tagline: "Best combine it with ...".
_CLAUSE_WORDS = frozenset("it you we they them this i can should must will".split())


# Adjectives that "most" grades without a claim in documentation ("the most common option"), but
# that rank when a scope says among what ("the most common choice among programmers", "the most
# important change in Python 2.0") or a name is ranked ("HTML has become the most important format").
_HOW_TO = frozenset("way ways method methods approach approaches pattern patterns practice practices".split())
_DETERMINERS = frozenset("the a an this that these those its their all his her your our".split())
_RANKABLE = frozenset("important significant common obvious popular widespread prevalent".split())
_SCOPE_WORDS = frozenset({"in", "of", "among", "across"})


def _most_ranked(lex: Lexicon, lw, words, i: int, prose: str, lowercase=frozenset()):
    """"the most important/common X" ranked in a scope the writer asserts, or said of a name."""
    n = len(lw)
    if i == 0 or lw[i - 1] != "the" or i + 1 >= n or lw[i + 1] not in _RANKABLE:
        return None
    start, end = i - 1, i + 1
    if _named_subject(lex, lw, words, start, prose, lowercase):
        return start, end
    if end + 1 < n and lw[end + 1] in _HOW_TO:
        return None  # "the most common way in JavaScript is to use ...": usage, not a ranking
    for k in range(end + 1, min(n - 1, end + 5)):
        if lw[k] in lex.copula or not lw[k].isalpha():
            return None  # "the most common option is": the scope must qualify the ranked noun
        if lw[k] in _SCOPE_WORDS:
            if lw[k] in ("among", "across"):
                # "among mainstream programmers", not "among the sources" (a value's inputs)
                return (start, end) if lw[k + 1] not in _DETERMINERS else None
            name = words[k + 1].text
            if name[:1].isupper() and lw[k + 1] not in ("the", "this", "that", "these", "those"):
                return start, end  # "in Python 2.0", "of Linux"
            return None
    return None


# Adjectives "uniquely" grades as a claim ("uniquely flexible", "uniquely positioned"); not the
# technical "uniquely identifies".
_UNIQUE_PARTICIPLES = frozenset("positioned suited qualified equipped placed talented gifted designed".split())
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "al", "ic", "ent", "ant", "ense", "ile", "ish", "less")


def _uniquely(lw, i: int):
    nxt = lw[i + 1] if i + 1 < len(lw) else ""
    if nxt.startswith(("identif", "determin", "address", "resolv", "decodab")):
        return None  # "uniquely identifiable", "uniquely determinable": a property of a key
    if nxt in _UNIQUE_PARTICIPLES or (nxt.isalpha() and nxt.endswith(_ADJECTIVE_ENDINGS)):
        return i, i + 1
    return None


# After "Unlike other": the competitors a claim sets the product apart from ("Unlike other
# datetime libraries"); "Unlike other adapters" or "other options" compares a package's own parts.
_RIVALS = frozenset(
    "library libraries package packages tool tools framework frameworks implementations solutions "
    "projects products alternatives engines parsers servers clients".split()
)


def _ends_clause(words, k: int, prose: str) -> bool:
    """A clause mark right after word ``k`` ("Unlike most, ...")."""
    return prose[words[k].end : words[k].end + 1] in (",", ";", ":", ".")


def _unlike_others(lw, i: int, words, prose: str):
    """"Unlike most parser generators, nearley can ...", "Unlike other datetime libraries for
    Python, ...": a claim about every competitor, opening its sentence; not "Unlike the previous
    example", nor "Unlike other solving functions" (the package's own parts)."""
    if i != 0 or len(lw) < 3:
        return None
    for k in range(1, min(len(lw), 5)):
        if lw[k] == "most":
            if k + 1 < len(lw) and lw[k + 1][:1].isalpha() and not _ends_clause(words, k, prose):
                return k  # "Unlike most libraries", "Unlike when using most other tools"
            return None  # "Unlike most, he's white": most of the people of the story, no rival
    if lw[1] == "other" and not _RIVALS.isdisjoint(lw[2:5]):
        return 1
    return None


def _bare_absolute(lex: Lexicon, lw, words, prose: str) -> bool:
    """"Unmatched Performance & Speed": an absolute opening a verbless sentence, before a noun
    that is not technical ("Unmatched brackets are reported" has a verb)."""
    if not words[0].text[:1].isupper() or len(lw) < 2 or not lw[1].isalpha() or lw[1] in lex.technical_noun:
        return False
    if _placeholder_before(prose, words[0].start) or not _CLAUSE_WORDS.isdisjoint(lw):
        return False
    return not any(w in lex.copula for w in lw[1:]) and not _label(words, prose)


def _label(words, prose: str) -> bool:
    """A verbless sentence that ends in a colon labels what follows ("The fastest validation
    call:" above a code example): a caption, not a tagline."""
    return prose[words[-1].end : words[-1].end + 3].lstrip("*_`").startswith(":")


# Endings of the word an adverb grades after "most": adjectives and participles, the irregular
# ones included ("the most severely misunderstood", "the most widely known", "most often written").
_GRADED_ENDINGS = (
    "ed", "ing", "al", "ive", "ful", "ous", "ic", "ant", "ent", "able", "ible",
    "ood", "own", "wn", "en", "ought", "ung", "ilt", "elt", "ept",
)
# Advice nouns that, heading a verbless sentence, make it a tagline: "The easiest way to lint your
# prose." (not "The best practices here will help ...").
_TAGLINE_NOUNS = frozenset({"way", "choice", "option", "solution"})
# Adjectives that "most" grades without a claim in documentation ("the most important option"),
# but that rank when the noun they describe is a name ("the most important radical group Hamas").
_JUDGED = frozenset("important significant notable influential powerful prominent dangerous famous".split())
# Adjectives in "-ly" that a record grades itself, no adverb ("the most deadly attack in a
# decade", "the most costly storm in history"): read as the adjective only in a record over time.
_LY_ADJECTIVES = frozenset("deadly costly bloody friendly lively lovely ugly orderly".split())


def _record_grade(lex: Lexicon, lw, words, i: int, adj: str, prose: str) -> bool:
    """``lw[i]`` is "most" after "the" or a possessive, and "most <adj>" is a record over history or
    over a span of years: "the most significant action ever on climate", "the most significant
    environmental gains in the last 30 years", "the most deadly terrorist attack ... in more than a
    decade" (issue 11, twenty-fourth session: drill-docs, saw-docs, vise-docs, blind-docs). Only for
    an adjective the lists leave as a description in documentation ("the most significant change
    is", most_never) or an adjective in "-ly": a record ranks among every year whatever grades it;
    not an order ("the most recent release in years")."""
    if not (i and lw[i - 1] in frames.RECORD_DETERMINERS):
        return False
    if not (adj in _JUDGED or adj in _LY_ADJECTIVES):
        return False
    if frames.historical_record(lex, lw, i, lambda k: prose[words[k].end : words[k + 1].start], _caps(words)):
        return False  # "the most important election since 1980": the history frame reports it, as before
    return _record_over_time(lex, lw, "most", i + 1, words, prose)


_ONE_OF = frozenset({"one", "some", "many", "several", "two", "three", "few"})
_COUNTS = frozenset("two three four five six seven eight nine ten dozen".split())
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred a".split()
)
_SPANS = frozenset(
    {"years", "decades", "months", "weeks", "centuries", "generations", "seasons", "decade", "century", "generation"}
)


def _of_a_few(lw, end: int) -> bool:
    """The superlative ranks among a few the text has just named: "the most notorious of the
    three", "the widest gamut of the three", "the cheapest of these two"."""
    n = len(lw)
    for k in (end + 1, end + 2):
        if k + 2 < n and lw[k] == "of" and lw[k + 1] in ("the", "these", "those") and (
            lw[k + 2] in _COUNTS or lw[k + 2] == "both"
        ):
            return True
    return False


# What the writer has met with: "the best pad I've used", "the most beautiful bed I have ever seen".
_EXPERIENCED = frozenset(
    "seen used tried had met known read heard owned tasted eaten visited driven played tested encountered "
    "witnessed watched ever".split()
)


def _writers_experience(lw, end: int) -> bool:
    """The superlative ending at ``end`` is ranked among what the writer has met with, within
    the next eight words: "I've seen", "I have ever used", "in my (or any of my neighbors')
    experience". Not "I know of", which claims to know the field (fresh-docs' whoosh)."""
    n = len(lw)
    for k in range(end + 1, min(n, end + 9)):
        w = lw[k]
        if w in ("i've", "we've") and k + 1 < n and lw[k + 1] in _EXPERIENCED:
            return True
        if w in ("i", "we") and k + 2 < n and lw[k + 1] in ("have", "had") and lw[k + 2] in _EXPERIENCED:
            return True
        if w == "in" and k + 1 < n and lw[k + 1] in ("my", "our") and "experience" in lw[k + 2 : k + 8]:
            return True
    return False


# The speaker's side, in the first person plural (rank60).
_OURS = frozenset({"we", "our", "us", "let's", "let\u2019s", "we're", "we\u2019re", "we've", "we\u2019ve", "ours"})
# Verbs that make the ranking an end state aimed at ("WILL make us once again the most competitive
# economy in the world", "building the most competitive economy anywhere"): a goal, not a state.
_BECOMING = frozenset("make makes making made build builds building become becomes becoming".split())
# Scope entries over the whole world and all of its time.
_WORLD_ENTRIES = frozenset({"in the world", "on the planet", "on earth", "anywhere", "in existence", "of all time", "in history"})


@per_sentence
def _ours(lw) -> bool:
    """The sentence speaks in the first person plural."""
    return not _OURS.isdisjoint(lw)


def _ranked_by_us(lex: Lexicon, lw, words, start: int, end: int, det: str) -> bool:
    """A ranking of a noun a reference work ranks (an economy, a population, a city:
    ``_reference_fact``) over the whole world, said in a sentence in the first person plural,
    with no figure in it: "yet we have the largest addict population in the world", "America
    still has the largest, most prosperous economy in the world" after "the hits we've taken",
    "we remain the greatest nation on Earth, the world's strongest economy" (issue 11's sixtieth
    session, rank60: caliper, hone, snips, spoke). A reference work states such a size with its
    figure and its source ("the world's largest importer of crude in October 2016"); a speaker
    ranking his own side over the world argues it. Not a scope short of the world ("the largest
    city in Germany", "India's most populous state"), not after a verb of making or becoming (a
    goal: "WILL make us once again the most competitive economy in the world"), and not with a
    figure in the sentence (the figure is the support, as ``_figures`` reads it)."""
    if not _ours(lw) or _figures(lw) or not _reference_fact(lex, lw, end):
        return False
    if not _BECOMING.isdisjoint(lw[max(0, start - 5) : start]):
        return False
    if det in ("world's", "world\u2019s", "earth's", "planet's"):
        return True
    for k in range(end + 1, min(len(lw), end + 7)):
        hit = lex.scope.match_at(lw, k) if lw[k] in lex.scope else None
        if hit and hit[3] in _WORLD_ENTRIES:
            return True
        if lw[k] == "in" and _qualified_world(lw, k, len(lw), _GLOBES):
            return True
    return False


def _reference_fact(lex: Lexicon, lw, end: int) -> bool:
    """A superlative of size or a ranked statistic heading a noun an encyclopedia ranks: a
    mountain, a port, a dam, a city ("the country's second-largest port")."""
    for k in range(end + 1, min(len(lw), end + 4)):
        if lw[k] in lex.reference_noun:
            return True
        if (not lw[k].isalpha() and "-" not in lw[k]) or lw[k] in _PREPOSITIONS:
            return False  # "the longest in the region": the region is the scope, not the noun
    return False


_PREPOSITIONS = frozenset("in of on at to for among by from with than".split())
_FRACTIONS = frozenset("half third quarter fifth tenth percent per cent million billion trillion thousand".split())


@per_sentence
def _figures(lw) -> bool:
    """The sentence states a figure: a number other than a year, a percentage or a fraction."""
    for k, w in enumerate(lw):
        if w[:1].isdigit():
            if not (len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")):
                return True
        elif w in _FRACTIONS and (w not in ("third", "fifth", "tenth", "quarter") or (k and lw[k - 1] in ("a", "one"))):
            return True
    return False


# Words after a number that make it a measurement: "76 thousand requests per second", "3x".
_UNITS = frozenset(
    "per times thousand million billion percent % x ms requests ops operations faster slower".split()
)


@per_sentence
def _measured(lw) -> bool:
    """The sentence gives a measurement: a number followed within two words by a unit."""
    for k, w in enumerate(lw):
        if w[:1].isdigit() and (w.endswith(("x", "%")) or not _UNITS.isdisjoint(lw[k + 1 : k + 3])):
            return True
    return False


def _names_after(words, lw, end: int) -> bool:
    """A name right after the superlative's noun: "the most important radical group Hamas"."""
    for k in range(end + 1, min(len(lw), end + 4)):
        text = words[k].text
        if text[:1].isupper() and text[1:2].islower():
            return k > end + 1
        if not lw[k].isalpha() or lw[k] in _PREPOSITIONS:
            return False  # "the best concepts from Pylons and BFG": a source set, not a name
    return False


def _span_scope(lw, end: int, stop: Optional[int] = None) -> bool:
    """"in seven years", "in the past 50 years", "in decades", "in over half a century": a record
    over a span of time. Any "in" of the next seven words may open it ("the largest increase in
    defense spending in two decades"; the caller gives ``stop``, the word at a mark where the
    phrase ends: a bound, not a slice of ``lw``, so a long sentence is not copied per superlative)."""
    limit = len(lw) if stop is None else min(stop, len(lw))
    for k in range(end + 1, min(limit, end + 8)):
        if lw[k] != "in":
            continue
        rest = lw[k + 1 : min(k + 6, limit)]
        for m, w in enumerate(rest):
            if w in _SPANS:
                before = rest[:m]
                if all(frames.whole_number(b) or b in _NUMBER_WORDS or b in _SPAN_LEADS for b in before):
                    return True
                break
    return False


# Words that may stand between "in" and its span: "in the past 50 years", "in more than a decade",
# "in over half a century", "in nearly two decades"; since issue 11's twenty-fifth session "in a
# quarter century", "in a quarter of a century" (wedge-docs, plumb-docs); since the twenty-sixth
# "in several years", "in many years" (trowel-docs' "at the highest rate in several years"), as
# superlative_first's reader of "the first ... in many years" has them.
_SPAN_LEADS = frozenset("the past last over more than nearly almost half quarter of several many".split())
# Superlatives of age: a figure of years beside them measures them ("becoming the oldest
# heavyweight champion in history" after "at 45"; "at 28 years old ... the youngest coach").
_AGE_WORDS = frozenset({"oldest", "youngest", "eldest"})


def _record_over_time(lex: Lexicon, lw, w: str, end: int, words=None, prose: str = "") -> bool:
    """The superlative ``w`` (ending at ``end``) is a record over history or over a span of
    years ("its highest level in history", "the lowest rate in over half a century", "their
    single largest decline in 46 years"), and not one of age. A figure in its sentence does not
    establish such a record (issue 11, sixteenth session): it is the level reached ("$7 billion",
    "143 structures") or a date ("7 years ago", "In the past 4 years"), while the record is a
    comparison with every year there has been, which the figure does not show."""
    if w in _AGE_WORDS:
        return False
    if _world_past(lw, words, prose, end):
        return True  # "the greatest reduction of world tariffs that the world has ever seen"
    reach = min(len(lw), end + 9)
    stop = None  # no mark within reach: the span's own words may run past it
    for k in range(end + 1, reach):
        if words is not None and prose[words[k - 1].end : words[k].start].strip() and not _abbreviation_gap(lw, words, prose, k):
            stop = k  # "the most effective, efficient foreign aid program ever": past a mark, another phrase
            break
        if lw[k] in lex.technical_noun or lw[k] in _DEGREE_NOUNS:
            return False  # "returns the largest value in the last 10 years of data": what a program keeps
        if lw[k] in _LISTENERS or lw[k] in _FUTURE:
            # "the worst banana you ever saw": the listener's experience (as the writer's, D3);
            # "Let's make the best mapping library that will ever exist": a hope, no record
            stop = k
            break
        if frames.history_scope(lw, k, _caps(words)) is not None:
            return True
    # An "in" near the end of the reach opens a span whose words lie past it: "the lowest
    # combined rate of unemployment and inflation in 25 years" (issue 11, twenty-sixth session:
    # the reach cut "years" off, so the span was never read). _span_scope bounds its own look.
    return _span_scope(lw, end, stop)


def _world_past(lw, words, prose: str, end: int) -> bool:
    """A relative ranks the superlative ending at ``end`` over all the world's past or every
    nation there has been (superlative_ever.world_past_relative): "the strongest economy and
    middle class the world has ever known", "the greatest, in fact, that any nation has ever
    been privileged to embark upon"."""
    gaps = (lambda k: prose[words[k].end : words[k + 1].start]) if words is not None else None
    # since the fifty-third session (rank53) also over all the speaker's side or anybody has known:
    # "the best relationship we've ever had with China", "the greatest mess anyone's ever seen"
    return (ever_records.world_past_relative(lw, end, gaps) is not None
            or ever_records.side_past_relative(lw, end, gaps) is not None)


def _set_off(words, prose: str, a: int) -> bool:
    """A comma or a dash stands right before word ``a``: an apposition ("welcome to NATO, the
    strongest military alliance the world has ever seen"), not the object of the word before it,
    so no infinitive governs it (the "to" of "welcome to NATO" is no aim)."""
    return a > 0 and any(m in prose[words[a - 1].end : words[a].start] for m in (",", "\u2014", "\u2013", " - "))


# The whole past a relative may rank over: "the world has ever seen", "history has ever known".
_ALL_THE_PAST = frozenset({"world", "history", "mankind", "humanity", "man"})


def _ever_known(lw, end: int) -> bool:
    """A relative ranking over all the world's past within five words of the superlative at
    ``end``: "the strongest military alliance the world has ever seen"."""
    for k in range(end + 1, min(len(lw) - 2, end + 6)):
        if lw[k] in _ALL_THE_PAST and lw[k + 1] in ("has", "had", "have") and lw[k + 2] == "ever":
            return True
    return False


def _abbreviation_gap(lw, words, prose: str, k: int) -> bool:
    """The mark before word ``k`` is the last dot of an abbreviation ("the gravest threat to U.S.
    democracy since the Civil War"), no end of the phrase."""
    return prose[words[k - 1].end : words[k].start].strip() == "." and "." in lw[k - 1]


def _caps(words):
    """``caps(k)``: word ``k`` is capitalised (a named event after "since"); None without the words."""
    return (lambda k: words[k].text[:1].isupper()) if words is not None else None


def _record_span(lex: Lexicon, lw, words, prose: str, i: int, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of a record over time, to the end of its scope where the historical-record
    frame reads one ("the smallest budget since 1951"), as the frame reported it before."""
    record = frames.historical_record(lex, lw, i, lambda k: prose[words[k].end : words[k + 1].start], _caps(words))
    return (start, record[1]) if record and record[0] == start else (start, end)


# A future before "ever" makes it a prediction or an aim, not a record of the years past.
_FUTURE = frozenset({"will", "would", "shall", "'ll"})


# People whose experience bounds an "ever" after them: "the most poignant thing you've ever heard".
_LISTENERS = frozenset({"you", "you've", "you’ve", "you'll", "you’ll", "i", "i've", "i’ve", "i'd", "i’d"})


def _named_subject(lex: Lexicon, lw, words, start: int, prose: str, lowercase=frozenset()) -> bool:
    """The superlative is predicated of a capitalised name: "Harbor is the best choice".

    Not of a gerund ("Caching is the best approach"), a pronoun or code.
    """
    subject = _predicate(lex, lw, words, start, prose)
    if not subject or subject == PLACEHOLDER or subject in _TECHNICAL_SUBJECTS or subject in lex.deictic:
        return False
    if subject.endswith("ing"):
        return False
    q = _subject_index(lw, words, start, subject)
    return q is not None and _is_name(words, q, lowercase)


def _gerund_subject(lw, verb: int) -> bool:
    """"supporting LTS offers the greatest return": an action offers it, as a reason, not a
    product as a claim. A gerund at most three words before the verb, opening its clause."""
    for q in range(verb - 1, max(-1, verb - 4), -1):
        w = lw[q]
        if len(w) > 4 and w.endswith("ing") and w.isalpha() and (q == 0 or lw[q - 1] in _CLAUSE_OPENERS):
            return True
    return False


_CLAUSE_OPENERS = frozenset({"and", "but", "because", "so", "that", "since", "while", "as", "or"})


# What sets an apposition off after a name: "IOI, one of ...", "HSBC - one of ...",
# "Association—one of ...", "Bradley (one of ...".
_APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014", "--", "("})
_SENTENCE_ADVERBS = frozenset(
    "today yesterday tomorrow now then here there meanwhile however still also instead again once "
    "later earlier recently currently finally first second next last and but so yet thus".split()
)


def _name_before_comma(words, lw, q: int, lowercase) -> bool:
    """Word ``q`` (before a comma and a superlative of quality) is a name the superlative stands in
    apposition to ("Harbor, the fastest platform"): capitalised, and when it opens the sentence,
    not for that alone: the page never writes it in lower case, and it is no adverb ("Today,",
    "Ultimately,": "Ultimately, the greatest myth of Marxism is ..." heads its subject, as "The
    greatest myth of Marxism must surely be ..." does, and neither is flagged)."""
    if not words[q].text[:1].isupper():
        return False
    return q > 0 or (lw[0] not in _SENTENCE_ADVERBS and not ly_adverb(lw[0]) and lw[0] not in lowercase)


def _identifies_a_name(words, lw, prose: str, head: int, lowercase: frozenset) -> bool:
    """The phrase opening at word ``head`` stands in apposition right after a name ("the San
    Diego Police Officers Association--one of ...", "IOI, one of ..."): a capitalised word, which,
    opening the sentence, the page never writes in lower case and is no adverb of time."""
    if head < 1 or head >= len(words):
        return False
    q = head - 1
    if not words[q].text.replace("\u2019", "").replace("'", "").isalpha() or not _is_name(words, q, lowercase):
        return False
    if q == 0 and lw[0] in _SENTENCE_ADVERBS:
        return False  # "Today, one of the largest banks failed": capitalised because it opens the sentence
    return prose[words[q].end : words[head].start].strip() in _APPOSITION_MARKS


_CLOSING_MARKS = (",", "-", "\u2013", "\u2014", ")", ";")


def _next_in_series(lex: Lexicon, words, lw, prose: str, said_rank: Optional[int], head: int) -> bool:
    """The phrase opening at ``head`` follows a comma that closes the superlative found before it
    in the sentence ("the freest nation on Earth, the strongest nation on Earth, the richest ..."):
    the name before the comma ends the last item's scope, so the phrase is the series' next item,
    not an apposition telling the reader who the name is (sl25b, plumb-docs). One lookup in the
    sentence's stops, not a walk."""
    if said_rank is None or said_rank >= head:
        return False
    stops, closes = _apposition_stops(lw, words, prose, lex)
    s = bisect_right(stops, said_rank)
    return s < len(stops) and stops[s] == head and closes[s]


def _apposition_closes(lex: Lexicon, words, lw, prose: str, end: int) -> bool:
    """The phrase ending at word ``end`` closes (a comma, a dash, a parenthesis, or the sentence's
    end) before any verb "to be": an apposition ("IOI, one of the largest traders in the world,
    has ..."), not the subject of a new clause ("contributed to Linux, the largest single
    contributor is still the FSF")."""
    stops, closes = _apposition_stops(lw, words, prose, lex)
    s = bisect_right(stops, end)
    return s == len(stops) or closes[s]


@per_sentence
def _apposition_stops(lw, words, prose: str, lex: Lexicon) -> tuple:
    """Once per sentence, the words where a walk forward from a phrase stops, in order, and for
    each whether it stops on a closing mark before the word (True) or on a verb "to be" (False):
    walking from each superlative to the next stop made a paragraph of thousands of "Name (one
    of the largest ..." with no closing mark quadratic."""
    stops, closes = [], []
    for k in range(1, len(words)):
        if any(m in prose[words[k - 1].end : words[k].start] for m in _CLOSING_MARKS):
            stops.append(k)
            closes.append(True)
        elif lw[k] in lex.copula:
            stops.append(k)
            closes.append(False)
    return stops, closes


def _is_name(words, q: int, lowercase: frozenset) -> bool:
    """Word ``q`` is capitalised, and not merely because it starts the sentence: a word the
    document also writes in lower case ("Days are the largest unit" beside "28 days") is not a
    name."""
    text = words[q].text
    if not text[:1].isupper():
        return False
    return q > 0 or text.lower() not in lowercase


def _subject_index(lw, words, start: int, subject: str) -> Optional[int]:
    for q in range(start - 1, -1, -1):
        if lw[q] == subject:
            return q
    return None


@hookimpl
def prosecheck_checks():
    return [Superlatives()]
