"""Hedging versus certainty (``HC``): unattributed hedges, unsupported boosters, mixed signals.

* ``HC101``: a weasel attribution ("reportedly", "it is believed", "critics claim") in a sentence
  that names no source.
* ``HC102``: a booster ("clearly", "obviously", "of course") in a sentence that carries no support.
* ``HC103``: a hedge and a booster on one claim ("almost certainly", "clearly might").
* ``HC104``: a section (heading to heading, long enough) whose boosters far outnumber its hedges,
  or that hedges nearly everything; the figures per 1,000 words are in the message.

Plain modal verbs ("may", "might", "could") are never findings on their own: in documentation
they give permission or state a possibility. They count toward ``HC104`` only. Support is judged
per sentence by :mod:`prosecheck.checks.support`; words in quotation marks are never flagged nor
counted.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, islice
from operator import le, mul, sub
from typing import Optional

from prosecheck.check import Check, Code, Option
from prosecheck.checks.lexicon import (
    PhraseMatcher,
    load,
    norm,
    norm_words,
    parse_user_terms,
    user_terms_problem,
    with_variants,
)
from prosecheck.checks import trigger_search
from prosecheck.checks import learnt_tiers
from prosecheck.checks.ly_adverbs import ly_adverb
from prosecheck.checks.participles import past_participle  # "was apparently written" (tier39)
from prosecheck.checks.trigger_search import flagged_sentences
from prosecheck.checks.confidence import INFO, broken_link, hypothetical
from prosecheck.checks.support import VAGUE, Support
from prosecheck.checks.finding_kinds import HOLDS_VIEW, NO_NOTE, Kind, noted
from prosecheck.checks import attribution, conjecture, criticism_drawn, evidence, group_feelings, group_topics, informant, peoples, reputation, vague_agent
from prosecheck.checks import booster_clauses, certain_knowledge, certainty_adverbs, certainty_frames, certainty_replies, forecast_certain, shared_knowledge
from prosecheck.checks import foreseen_views, lead_speaker, news_passives, readers_condition, speakers_knowledge
from prosecheck.checks import assurances, beyond_saying, every_knower, fact_declared, knower_vouches
from prosecheck.checks import spoken_manner  # how plainly a thing is said (boost28)
from prosecheck.checks import speakers_pledge  # a booster opening the speaker's own pledge (boost28)
from prosecheck.checks import unnamed_holders
from prosecheck.checks import house_courtesy  # the speaker's certainty about a member of the House (prec65)
from prosecheck.checks import holder_scope  # a passive of view whose holder the opening names (prec65)
from prosecheck.checks import modal_licence  # a passive of view after the writer's own "may"/"can" (prec66)
from prosecheck.checks import crowd_not_subject  # a comma parts the crowd from a verb it is not the subject of (shown55)
from prosecheck.checks import first_hand  # first-hand accounts and one mind's certainty (tell56)
from prosecheck.checks import unowned_view  # "the feeling is that", "the argument runs" (opp54)
from prosecheck.checks import own_government  # the Government's own judgement in the passive, in its own address (hcprec44)
from prosecheck.checks import usage_reports  # a usage reported with no reporter (hedge27)
from prosecheck.checks import nobody_reported  # "has also been observed" by nobody (hedge28)
from prosecheck.checks import defined_by_saying  # "Someone who ... is said to be thrashing" (hedge29)
from prosecheck.checks import booster_names  # a booster inside a title or a capitalised term (boost30)
from prosecheck.checks import booster_sources  # "In fact, according to the inventors" (boost30)
from prosecheck.checks import booster_figures  # "certainly more than 1,000,000 square miles" (boost31)
from prosecheck.checks import known_for  # "best known for", "have known for some time": no reputation (hedge31)
from prosecheck.checks import known_to  # "is known to cause", "It is now known that": known by nobody (near34)
from prosecheck.checks import told_as_lore  # a hedge inside a story called a legend or a myth (hedge31)
from prosecheck.checks import unasserted  # a hedge in a premise, an example utterance or a sense line's kind (hedge30)
from prosecheck.checks import general_assent  # "is generally admitted", "It can scarcely be doubted that" (hc38)
from prosecheck.checks import belief_passive  # "it is believed that": the speaker's own belief in the passive (prec37h)
from prosecheck.checks import clearly_predicated  # "It is clearly superior": the predicate put beyond doubt (tier38)
from prosecheck.checks import claims_made  # "The suggestion is also made that": a claim made by nobody (hc39)
from prosecheck.checks import grown_clear  # "it became clear that", "it has become evident that" (hc39)
from prosecheck.checks import plain_to_all  # "apparent to all", "plain to all thoughtful citizens" (hc40)
from prosecheck.checks import evident_judgement  # "it is evidently better": a verdict, not hearsay (hc40)
from prosecheck.checks import crowd_opening  # "Many believed America's time was up": a bare crowd opening (hc40)
from prosecheck.checks import works_cited  # a page, a section or a book cited after the hedge or booster (prechc42)
from prosecheck.checks import ground_shown  # the ground shown at once after the booster's sentence (boostctx45)
from prosecheck.checks import quoted_claim  # a booster leading into a quotation (boostprec46)
from prosecheck.checks import booster_reported  # a booster inside a view the sentence reports (boostprec50)
from prosecheck.checks import admitted_limits  # "Obviously we cannot cover every example" (boostprec47)
from prosecheck.checks import course_rated  # "it is undoubtedly better to use HTML5" (boostprec52)
from prosecheck.checks import truth_granted  # "It is certainly true that ..." (boostprec52)
from prosecheck.checks import hedged_opener  # "Indeed, it could be argued that ..." (boostprec48)
from prosecheck.checks import opening_connective  # an info opener giving way to its sentence's booster (open60)
from prosecheck.checks import inference_marked  # "It is evident, therefore, that ..." (boostprec49)
from prosecheck.checks import quantity_role  # a quantity that is an object or "most" of degree: no crowd (prechc43)
from prosecheck.checks import prevailing_view  # "the prevailing view": a view credited to a crowd by its adjective (hcrec47)
from prosecheck.checks import public_voice  # "The world thinks of us as", "hailed by the nation's press" (hcrec50)
from prosecheck.checks import side_named  # "than its supporters claim", "what the critics claim" (party59)
from prosecheck.checks import crowd_members  # "Almost every lawyer says", "a friend of mine said": crowd53
from prosecheck.checks import crowd_clause  # "Many view the Internet as", "where others fear": a crowd heading a clause (crowd42)
from prosecheck.checks import crowd_naming  # "some call Donald Trump a populist", "what some would call cynicism" (next60)
from prosecheck.checks import pronoun_sayers  # "They say Afroz had claimed": "they" the people just named (tier43)
from prosecheck.checks import doubt_denied  # "There is no reason to doubt that", "who, it is not denied, kept" (boost44)
from prosecheck.checks import seeming_quality  # "this apparently strange transformation": seemingly (prec64)
from prosecheck.checks import needless_saying  # "it need not be added that", "I need not remind you that" (hcprec45)
from prosecheck.checks import objections_foretold  # "It will be objected that": an objection foretold from nobody (hcrec46)
from prosecheck.checks import as_held  # "as is generally supposed": a view in an "as" aside, nobody behind it (passive61)
from prosecheck.checks import offered_view  # "it could be claimed that": an argument offered in the modal passive (passive61)
from prosecheck.checks import ranked_view  # "is recognized as one of the best": a ranking handed to raters nobody names (unnamed56)
from prosecheck.checks import recognized_view  # "it is recognized that", "is well recognized": a standing granted by nobody (hcrep49)
from prosecheck.checks import fact_opening  # "In fact, ..." opening a sentence outside technical writing (boostrec50)
from prosecheck.checks import dated_figures  # a year or a century is no figure that proves a claim (infact55)
from prosecheck.checks import natural_opening  # "Naturally, ..." opening a sentence outside technical writing (boostrec51)
from prosecheck.checks import booster_questions  # "Surely this means that ...?": a booster opening a question (ask62)
from prosecheck.checks.booster_scope import concedes_a_cost, graded_attribute, in_relative_aside, likeness_named, names_a_word, on_writers_doing, on_writers_mind, opens_own_feeling, writer_after
from prosecheck.checks.voice import writers_own
from prosecheck.checks.sentence_memo import any_before as _any_before, any_from, clause_marks, per_sentence, places as word_places
from prosecheck.checks.word_gaps import between, on_line_of
from prosecheck.hookspecs import hookimpl
from prosecheck.sentences import PLACEHOLDER
from prosecheck.checks import body_officials  # officials of a body the story names (hcp25)
from prosecheck.checks import inferred_here  # an inference from evidence the sentence gives (hcp25)

_CATEGORIES = (
    "weasel", "group", "group_quantified", "quantifier", "speech", "booster", "certainty", "emphatic", "hedge", "modal",
    "softener", "source_one", "source_noun",
)
# "clearly" describing how something is done, not how sure the writer is.
_MANNER_BEFORE = frozenset(
    """
    explain explains explained explaining describe describes described state states stated
    write writes written wrote document documents documented see sees seen read communicate
    communicates define defines defined indicate indicates indicated mark marks marked show
    shows shown display displays displayed separate separates separated label labels labelled
    labeled specify specifies specified identify identifies identified visible more less very
    as so how too most expressed express expresses articulate articulated think speak spoken
    structured organized organised name named
    emphasize emphasizes emphasized emphasise emphasises emphasised understand understands
    understood hear hears heard
    """.split()
)
# (The last two lines since issue 11's twenty-eighth session, boost28: "only emphasized clearly
# what was lost", "has come to understand clearly that it is our firm policy", "you can hear
# clearly partisan tones": how well it is stressed, grasped or heard, after the verb; the three
# findings of the forty-six sets so placed were wrong (spade, trowel, kiln), none right.
# "clearly demonstrates", before the verb, stays a finding.)
_MANNER_AFTER = frozenset(
    """
    defined documented marked labeled labelled visible separated written stated specified
    explained described identified displayed structured organized organised readable
    distinguished distinguishable communicate communicates communicated indicate indicates
    indicated named delineated delimited laid formatted presented articulated expressed outlined
    understood legible audible distinct label labels describe describes explain explains state
    states fake separate identify identifies communicates mark assigned designated
    """.split()
)
_AFTER_MANNER = frozenset("in on at for with to so and enough when before after within".split())
_AUXILIARIES = frozenset(
    "is are was were be been being 's will would can could should must do does did has have had "
    "it this that which".split()
)
_MODALS = frozenset({"may", "might", "could"})
_PAIR_BOOSTERS = frozenset(
    "clearly obviously undoubtedly certainly definitely surely undeniably unquestionably".split()
)
_AFTER_CERTAINTY = frozenset(
    "that to of about enough whether if why what how from when in and or but for".split()
)
# "of course you can also use yarn": a conversational aside that gives permission, not a claim.
_PERMISSION = frozenset({"can", "may", "could", "might"})
_REFERRING = frozenset({"the", "these", "those", "our", "such"})
# Nouns of a doubting disposition: "the pundits have pointed out", "The doubters would have us turn
# back the clock" name a stance, not a party the text named before, so "the" refers to nobody
# (issue 11, twenty-fifth session: hone-docs, wedge-docs; plumb-docs' bare "pessimists have told us").
_DISPOSITIONS = frozenset(e for e, cat, note in load("weasel.tsv") if cat == "group" and note == "disposition")


class Lexicon:
    def __init__(self, extend: tuple, ignore: tuple):
        entries = list(load("weasel.tsv")) + list(load("boosters.tsv")) + list(load("hedges.tsv"))
        entries += parse_user_terms(extend, "booster", _CATEGORIES)
        ignored = {" ".join(norm(t).split()) for t in ignore}
        entries = [e for e in entries if e[0] not in ignored]

        def cat(*names):
            return [e for e in entries if e[1] in names]

        def words(*names):
            return frozenset(e[0] for e in entries if e[1] in names)

        self.weasel = PhraseMatcher(cat("weasel"))
        self.group = words("group")
        self.group_quantified = words("group_quantified")
        self.groups_all = self.group | self.group_quantified  # (foreseen_views: made once, not per modal)
        self.quantifier = PhraseMatcher(cat("quantifier"))
        self.speech = PhraseMatcher(cat("speech"))
        self.boosters = PhraseMatcher(cat("booster", "emphatic"))
        self.certainty = words("certainty")
        self.hedges = PhraseMatcher(cat("hedge") + [e for e in cat("modal") if " " in e[0]])
        self.modals = frozenset(e[0] for e in cat("modal") if " " not in e[0])
        self.softeners = words("softener")
        self.source_one = words("source_one")
        self.sources = words("source_noun") | self.source_one
        #: Sources with a note of their own ("member": "this person is"), answered like a weasel.
        self.source_notes = {e[0]: e[2] for e in cat("source_one", "source_noun") if e[2]}
        self.source_kinds = {w: noted(note) for w, note in self.source_notes.items()}
        self.roles = frozenset(w for w, kind in self.source_kinds.items() if kind in _ROLE_NOTES)
        self.single_hedges = frozenset(e[0] for e in cat("hedge") if " " not in e[0]) | self.softeners
        matchers = (self.weasel, self.boosters, self.hedges, self.quantifier)
        #: Words _scan tests for themselves, not only as the first word of a listed phrase.
        tested = (
            self.group | _EVERYONE | self.certainty | self.modals | self.sources | reputation.PASSIVE_JUDGES
            | _REPORT_VERBS | reputation.SAID_TO | news_passives.PARTICIPLES | reputation.DESCRIBED | reputation.REPUTED | reputation.REPUTATION_NOUNS
            | evidence.NOUNS | conjecture.NOUNS | criticism_drawn.NOUNS | informant.VERBS | certainty_frames.KNOW | peoples.VERBS
            | reputation.REPUTE_ADJECTIVES | {news_passives.EXPECTED} | _PERFECT_GROUPS
            | assurances.WORDS | {assurances.CONFIDENT} | every_knower.ALL_VERBS | set(nobody_reported.VERBS)
            | {known_to.KNOWN} | general_assent.PARTICIPLES | claims_made.NOUNS
            | general_assent.DENIED | general_assent.NOBODY | plain_to_all.ADJECTIVES | crowd_opening.PRONOUNS | {needless_saying.NEED}
            | nobody_reported.RUMOURS | prevailing_view.ADJECTIVES | recognized_view.PARTICIPLES | unowned_view.NOUNS
            | public_voice.HEADS | {natural_opening.WORD} | crowd_members.HEADS | ranked_view.PARTICIPLES
            | {as_held.AS}
        )
        #: First words of everything _scan looks for (normalised words). A group after a quantifier
        #: ("people") and a softener ("almost") are looked at from the word before, not on their own.
        first = frozenset(
            set().union(*(m.table for m in matchers)) | tested | self.group_quantified | self.softeners
            | certainty_replies.PROOF_AUXILIARIES | certainty_frames.ARTICLES  # (tested before phrase_only's pass)
        )
        #: The modals of a crowd's view foretold that start nothing else ("will", "would"): _scan
        #: tests them for foreseen_views and passes on (issue 11, twenty-fourth session).
        self.foreseen_only = foreseen_views.MODALS - first
        #: "who" of a view held by "those who say" (unnamed_holders): tested for that alone.
        self.holders_only = {unnamed_holders.WHO} - first
        self.first = first | foreseen_views.MODALS | {unnamed_holders.WHO, doubt_denied.LITTLE}
        #: A sentence is scanned only when it holds one of these (lower-cased raw words): the
        #: rarest word of each entry, so "it is believed" costs nothing unless "believed" occurs.
        rare = {_rarest(e[0]) for e in cat("weasel", "speech", "booster", "emphatic", "hedge", "modal")}
        rare |= self.certainty | self.softeners | self.modals | self.sources | reputation.TRIGGERS | _REPORT_VERBS
        # Not evidence.NOUNS: "data" and "results" would scan a tenth more sentences of
        # documentation; the verbs of showing that are speech verbs ("suggests", "shown",
        # "indicated") and "studies", "research", "evidence" already bring the claims in.
        rare |= evidence.TRIGGERS | conjecture.TRIGGERS | criticism_drawn.NOUNS | vague_agent.TRIGGERS | vague_agent.ONE_TRIGGERS | informant.VERBS | certainty_frames.KNOW
        rare |= peoples.VERBS | peoples.TRIGGERS | reputation.REPUTE_NOUNS | news_passives.PARTICIPLES
        rare |= peoples.WISHES  # ("most Americans support": no other trigger in the sentence)
        # The verbs of a crowd's view foretold that no other entry brings in ("most serious folks
        # will recognize that"); not "call" and "describe", documentation's common words (1.3% more
        # instructions over a corpus sample): "Most Americans would call that common sense" is
        # scanned for another word ("common"), "Most voters would call it fair" is not.
        rare |= foreseen_views.TRIGGERS | unnamed_holders.TRIGGERS
        rare |= _DISPOSITIONS  # ("The doubters would have us turn back": no verb of saying to bring it in)
        rare |= _PERFECT_VERDICTS  # ("business leaders have declared that": no verb of saying either)
        # ("I can assure the Congress that", "every farmer knows", "everyone realizes that")
        rare |= assurances.WORDS | {assurances.CONFIDENT} | every_knower.ALL_VERBS
        rare |= set(nobody_reported.VERBS)  # ("It has been observed that": no other word brings it in)
        rare |= {known_to.KNOWN, nobody_reported.REPORTS}  # ("is known to cause", "There are reports that")
        rare |= nobody_reported.RUMOURS  # ("There were rumors that": hcrec47)
        rare |= prevailing_view.ADJECTIVES  # ("the prevailing view": hcrec47)
        rare |= unowned_view.NOUNS  # ("the feeling is that", "the argument runs": opp54)
        rare |= general_assent.PARTICIPLES | general_assent.DENIED  # ("is generally conceded", "It can scarcely be doubted that")
        rare |= claims_made.PARTICIPLES  # ("The suggestion is also made that": hc39)
        rare |= general_assent.NOBODY  # ("That we are making sacrifices none can deny.": hc40)
        rare |= crowd_clause.VERBS  # ("Many view the Internet as", "Some hold that": no other word brings them in; crowd42)
        rare |= crowd_naming.TRIGGERS  # ("Others call it a lost decade": no other word brings it in; next60)
        rare |= doubt_denied.TRIGGERS  # ("there is no cause of doubt", "there is no denying": boost44)
        rare |= {needless_saying.NEED}  # ("it need not be added that": no other word brings it in; hcprec45)
        rare |= {fact_declared.FACT}  # ("It is a fact that": boostrec47; "in fact", "the fact is" bring it in already)
        rare |= recognized_view.PARTICIPLES  # ("It is recognized that", "is well recognized": hcrep49)
        rare |= public_voice.TRIGGERS  # ("Society would have you believe", "the newspapers were reporting": hcrec50)
        rare |= {natural_opening.WORD}  # ("Naturally, the statewide races will ...": in no list; boostrec51)
        rare |= ranked_view.PARTICIPLES  # ("has been rated as the best": unnamed56)
        rare |= crowd_members.VERBS  # ("Almost every lawyer swears", "a friend of mine told": crowd53)
        rare |= as_held.VERBS  # ("as was supposed", "as is often asserted": passive61)
        rare |= offered_view.VERBS  # ("it could be maintained that": passive61)
        self.triggers = with_variants(rare)
        #: First words that _scan acts on only as the start of a longer phrase ("to", "of", "is"):
        #: no one-word entry, no test of their own. ``phrase_seconds[w]``: the second words of
        #: those phrases. _scan passes such a word at once when the next word is none of them.
        self.phrase_only = (
            self.first - tested - _NAMED_IN_SCAN - _ATTRIBUTIVE - certainty_frames.ADJECTIVES
            - frozenset().union(*(m.singles for m in matchers))
        )
        self.phrase_seconds = {
            w: frozenset().union(*(m.seconds.get(w, ()) for m in matchers)) for w in self.phrase_only
        }
        #: "the" (a seventh of the words _scan reaches, the first of its phrase tests) is passed
        #: as a phrase-only word once its own tests ("the fact is", "after the fact") are done,
        #: unless a list makes it a one-word entry or a word tested: the second words of its
        #: phrases, or None (issue 11, eighteenth session, langcpu).
        the_tested = tested | _ATTRIBUTIVE | certainty_frames.ADJECTIVES | frozenset().union(*(m.singles for m in matchers))
        self.the_seconds = (
            None if "the" in the_tested else frozenset().union(*(m.seconds.get("the", ()) for m in matchers))
        )



# Words _scan tests by name (``w == "the"``, ``w == "by"``...): never passed by the phrase-only
# shortcut, whatever the lists hold.
_NAMED_IN_SCAN = frozenset(
    "the according arguably it it's considered reported report reports by others".split()
) | nobody_reported.RUMOURS  # "rumour" opens "rumour has it" too: tested by name (hcrec47)

_COMMON = frozenset(
    """
    the a an it it's is are was were be been being in to of on at for with by as and or not no
    there that this these those we you i they he she one some many most few other all any more
    less much can will would have has had do does did so such than then what who which its
    we're we've i've i'm reports
    """.split()
)
# (The pronoun contractions and "reports" are common in documentation: "we're told" is scanned
# for when "told" occurs, "press reports" when "press" does.)


def _rarest(entry: str) -> str:
    """The word of ``entry`` least likely to occur by chance: the longest uncommon one."""
    tokens = entry.split()
    uncommon = [t for t in tokens if t not in _COMMON] or tokens
    return max(uncommon, key=len)


@lru_cache(maxsize=8)
def lexicon(extend: tuple = (), ignore: tuple = ()) -> Lexicon:
    return Lexicon(extend, ignore)


class Hedging(Check):
    name = "hedging"
    codes = {
        "HC101": Code("hedge or weasel attribution that names no source", "warning"),
        "HC102": Code("booster (\"clearly\", \"obviously\") in a sentence with no support", "warning"),
        "HC103": Code("hedge and booster on one claim: a mixed signal", "warning"),
        "HC104": Code("section whose boosters far outnumber its hedges, or that hedges nearly everything", "info"),
    }
    options = {
        "extend_terms": Option(
            "list[str]",
            [],
            'more terms: "phrase" adds a booster; "phrase:category" adds to a category of the '
            'built-in lists: weasel, booster, hedge, modal, softener, certainty, emphatic, group, '
            'quantifier, speech',
            validate=lambda terms: user_terms_problem(terms, "booster", _CATEGORIES),
        ),
        "ignore_terms": Option("list[str]", [], "built-in terms never to flag nor count (any category)",
                               validate=lambda terms: user_terms_problem(terms)),
        "min_section_words": Option("int", 150, "HC104 judges only sections with at least this many words"),
        "overclaim_boosters_per_1000": Option(
            "float", 6.0, "HC104: a section overclaims from this many boosters per 1,000 words..."
        ),
        "overclaim_ratio": Option(
            "float", 3.0, "HC104: ...when its boosters are at least this many times its hedges"
        ),
        "overhedge_hedges_per_1000": Option(
            "float", 50.0, "HC104: a section hedges everything from this many hedges per 1,000 words"
        ),
        "claim_model": Option("bool", False, "let the trained claim model re-judge HC101 and HC102 findings "
                                             "and add the ones it is sure of (experimental, off: see the code pages)"),
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
        scanned = flagged_sentences(doc, lex.triggers)
        found = list(found)
        for category in ("hedge", "booster"):
            found = claim_model.rejudge(doc, category, found, scanned, context, _model_message)
        return found

    def _rules(self, doc, options, context):
        lex = lexicon(tuple(options.get("extend_terms") or ()), tuple(options.get("ignore_terms") or ()))
        support: Optional[Support] = None
        hedge_counts: dict[int, int] = {}
        booster_counts: dict[int, int] = {}
        last_unnamed = -2  # the index of the last sentence with an unnamed speaker
        for sentence in flagged_sentences(doc, lex.triggers):
            index = sentence.index
            words = sentence.words
            lw = norm_words(words)
            quoted = [True] * len(words) if sentence.quoted else words.quoted()
            found, hedges, boosters = _scan(lex, sentence, words, lw, quoted, doc.sentence_table, doc)
            hedge_counts[index] = hedges
            booster_counts[index] = boosters
            if not found:
                continue
            if not writers_own(doc, sentence):
                continue  # a heading, a block quote, a guest's turn: not the writer's claim
            if support is None:
                support = Support.for_context(doc, context)
            unnamed = [f for f in found if f[3] in (UNNAMED, ANONYMOUS)]
            if unnamed:
                drop = unnamed[1:]
                if last_unnamed == index - 1 and all(f[3] == ANONYMOUS for f in unnamed):
                    drop = unnamed  # "The official spoke on condition of anonymity": said before
                drop = set(drop)  # a list tested per finding was quadratic in a sentence of many
                found = [f for f in found if f not in drop]
                last_unnamed = index
            prose = sentence.block.prose
            reported_end = -1  # where the sentence's last reported booster ends
            agent_named = None  # the sentence names a source once its unnamed agents are set aside (hcrec49)
            held_named = None  # the sentence names a source once its "as" asides are set aside (passive61)
            for a, b, code, kind in found:
                severity = None
                if code == "HC101":
                    named = None
                    if kind == ROLE_NOTE and vague_agent.agent_follows(lw, a):
                        # "cited by a Pittsburgh psychologist": the capitalised place inside the
                        # unnamed person is no source named (hcrec49, holdfast-docs)
                        if agent_named is None:
                            agent_named = support.named_past(sentence, [(f[0], f[1]) for f in found if f[3] == ROLE_NOTE and vague_agent.agent_follows(lw, f[0])])
                        named = agent_named
                    if kind is AS_HELD:
                        if held_named is None:
                            held_named = support.named_outside(sentence, [(f[0], f[1]) for f in found if f[3] is AS_HELD])
                        named = held_named  # "as has often been said": the aside's verb has no subject (passive61)
                    if kind == EVIDENCE_NOTE and evidence.past_witness(lw, a, b):
                        named = False  # "the experience of Social Democracy confirmed Bakunin's analysis": the names are the past's (show58)
                    if _answered(support, doc, sentence, kind, lw[b].endswith("s"), named):
                        continue
                    if kind == EVIDENCE_NOTE and evidence.event_witness(lw, a, b) and (
                        support.linked(sentence) or works_cited.refers_to_section(lw, sentence)
                    ):
                        continue  # "as the Kronstadt rebellion proves ... (see the appendix)": the account linked (passive61)
                    if works_cited.cited_after(lw, sentence, words[b].end):
                        continue  # "as studies have shown (see section I.4.11)": the work cited after it (prechc42)
                    if works_cited.quotation_cited_next(lw, sentence, words[b].end, support.next_sentence(sentence)):
                        continue  # 'It is argued that "the principles ... Revolution." [Kropotkin, ..., p. 4]': cited (prechc42, source60)
                    if works_cited.quoted_then_cited_next(lw, sentence, words[b].end, support.next_sentence(sentence)):
                        continue  # 'as one commentator noted, his "position ..." where ... [Werkheiser, ..., p. 212]': cited (named61)
                    if works_cited.block_quotation_cited(lw, doc, sentence):
                        continue  # 'As one historian puts it:' + '> "To consider ..." [Daniels, ..., pp. 51-2]': cited (named61)
                    if quantity_role.holds_no_view(lw, words, prose, a):
                        continue  # "I gave some thought to", "the contamination we most fear": no crowd (prechc43)
                    if kind in _UNRESOLVED_NOTES and inferred_here.inferred_here(lw, words, prose, a):
                        continue  # "A search showed that he had apparently ...": the evidence given
                    if unasserted.in_premise(lw, words, prose, a, b) or unasserted.example_utterance(lw, words, prose, a, b):
                        continue  # "If they are believed to be rarely used, ...", 'One might say "I got moofed"': no claim made
                    if unasserted.in_sense_definition(lw, words, prose, a):
                        continue  # "Used of a change to a program that is thought to be trivial": the kind the word names
                    if unasserted.quoted_speech(lw, words, prose, a, b):
                        continue  # 'They say, "It's racist."': the words of a party named before, quoted (hedge31)
                    if defined_by_saying.own_saying(lw, words, prose, a, b):
                        continue  # "A nation may be said to consist of", 'said to “dogpile”': the writer's own naming (hedge31)
                    if modal_licence.own_licence(lw, words, prose, a):
                        continue  # "history may, in some sense, be said to", "can easily be dismissed as": the writer's own licence (prec66)
                    if defined_by_saying.names_its_entry(doc, sentence, lw, b):
                        continue  # "Such letters are said to have been depeditated" under ":depeditate:": the entry's term (prec35)
                    if known_for.credits_no_reputation(lw, a):
                        continue  # "best known for inventing COBOL", "We have known for some time": no reputation (hedge31)
                    if told_as_lore.inside_lore(lw, a):
                        continue  # "the legend of the trolley-car hack, ... are said to have welded": lore told as lore (hedge31)
                    if first_hand.told_about_the_speaker(lw, words, prose, a, b):
                        continue  # "I've been told I was too young", "a nurse told me she thought I had": the speaker's own story (story57)
                    if vague_agent.named_agent_after(lw, words, b):
                        continue  # "It has been said by the Postmaster-General that", "we've been told by our opponents": the sayer named (story57)
                    if holder_scope.named_holder_leads(lw, words, prose, a, b):
                        continue  # "For Proudhon, mutual credit was seen as the means": the holder opens the sentence (prec65)
                    severity = _hedge_tier(lex, lw, a, b, kind)
                    if severity is None and _graded_by_degree(lw, words, prose, a):
                        severity = INFO  # "how apparently similar arguments", "several apparently similar tools": seemingly (hedge52)
                    if severity is None and seeming_quality.grades_quality(lw, words, prose, a):
                        severity = INFO  # "this apparently strange transformation", "only apparently removed": seemingly (prec64)
                    if severity is None and kind is HOLDS_VIEW and unnamed_holders.held_by_a_party(lw, a):
                        # "Those who say this do not know America": the holders a party (tier42). Read
                        # for every finding that says "holds this view" (finding_kinds.HOLDS_VIEW), as
                        # when the note was compared: unnamed_holders' and the others' alike (fix63)
                        severity = INFO
                    if severity is None and pronoun_sayers.heads_clause(lw, words, prose, a, b):
                        severity = INFO  # "Police say ... They say Afroz had claimed": "they" the people just named (tier43)
                    if severity is None and unasserted.in_inner_premise(lw, words, prose, a, b):
                        severity = INFO  # "until it is understood that", "the moment it is known that": supposed (prec36b)
                    if severity is None and belief_passive.speakers_belief(doc, lw, a, b):
                        severity = INFO  # "It is believed that the measures will succeed": the speaker's own belief (prec37h)
                    if severity is None and own_government.government_belief(doc, lw, a, b):
                        severity = INFO  # "provision is thought to be particularly urgent": the Government's own mind (hcprec44)
                    if severity is None and belief_passive.speakers_forecast(doc, lw, a, b):
                        severity = INFO  # "It is estimated that customs receipts will exceed": the speaker's own forecast (prechc41)
                    if severity is None and kind == EXPECTED_NOTE and belief_passive.duty_of_each(lw, words, prose, a, b):
                        severity = INFO  # "each nation is expected to contribute": a duty on every member, no forecast (hedge52)
                    if severity is None and kind == EXPECTED_NOTE and belief_passive.duty_to_obey(lw, a, b):
                        severity = INFO  # "those at the base are expected to obey": a duty laid on them, no forecast (prec63)
                    if severity is None and kind == EXPECTED_NOTE and belief_passive.overtaken_expectation(lw, a, b):
                        severity = INFO  # "from what they were expected to produce": a past forecast overtaken (prec37h)
                if code == "HC102":
                    if support.supported(sentence) or support.cited_next(sentence):
                        continue
                    if booster_reported.in_reported_view(lw, a, words, prose):
                        continue  # "Someone has remarked that this is certainly ...": the view reported (boostprec50)
                    if works_cited.refers_to_section(lw, sentence):
                        continue  # "In fact, as we argue in section H.4, ...": the text's own cross-reference (boostprec50)
                    if works_cited.cited_after(lw, sentence, words[b].end):
                        continue  # 'clearly seen by Stirner ... "ruled by a passion" [The Ego and Its Own, p. 76]' (prechc42)
                    if works_cited.quotation_cited_next(lw, sentence, words[b].end, support.next_sentence(sentence)):
                        continue  # 'It follows that obviously "the workshops are foul ..." [Bread, p. 121]': cited (prechc42, source60)
                    if works_cited.quoted_then_cited_next(lw, sentence, words[b].end, support.next_sentence(sentence)):
                        continue  # 'it is obvious that his "workshops are foul" is just nonsense. [Bread, p. 121]': cited (named61)
                    if hypothetical(words, lw, prose, a) or booster_clauses.after_condition(lw, a):
                        continue  # "when an instance is definitely in the tree", "unless, of course, we"
                    if booster_clauses.in_limit_clause(lw, words, prose, a):
                        continue  # "until it is certain that", "in a context where it is clear that": a limit's case
                    if booster_clauses.set_off_in_verb(lw, a, b, words, prose) and hypothetical(words, lw, prose, a - 1):
                        continue  # "If they had, in fact, invested in the production ...": still the condition
                    if booster_clauses.after_ground_given(lw, a, words, prose):
                        continue  # "In other words, X is definitely not ...": resting on the ground just given
                    if readers_condition.consequence_for_reader(lw, a, words, prose):
                        continue  # "If you have developed code for Linux, you clearly have ...": drawn from the reader's premise
                    if doc.technical and booster_clauses.after_opening_condition(lw, a, words, prose):
                        continue  # "If there are many rows ..., this is clearly an inefficient method": drawn from the premise
                    if booster_clauses.repeats_claim(lw, reported_end, a, words, prose):
                        continue  # "certainly alter it, and definitely for the better": one claim
                    if a == 0 and certainty_replies.emphatic_reply(lw, words, prose) == (a, b) and booster_clauses.turn_opens_next(support, sentence):
                        continue  # "Could you do it without yargonaut? Absolutely. But ...": a point granted
                    if booster_clauses.of_course_before_turn(support, sentence, lw, a, b):
                        continue  # "... is important, of course. But it is our health ...": a point granted
                    if booster_clauses.concedes_before_turn(lw, a, b, words, prose):
                        continue  # "The output is certainly readable, but ...": a point granted before the turn (prec40)
                    if lw[a] == "i" and lw[b] == "know" and speakers_knowledge.conceded(support, sentence):
                        continue  # "I know that debate will be difficult. But ...": a concession
                    if assurances.own_side(lw, a, b):
                        continue  # "and I am sure we will.", "I have no doubt that we can do it": resolve
                    if assurances.own_testimony(lw, a, b):
                        continue  # "I can honestly say it has done better than I could have imagined" (shown55)
                    if _wrong_in_documentation(doc, support, sentence, lw, a, b, words, prose):
                        continue  # "In reality, the option is ignored": technical writing's contrast
                    if names_a_word(lw, b, words, prose):
                        continue  # "it is, in fact, an abbreviation of Debian PacKaGe": a name explained
                    if ground_shown.introduces_what_follows(sentence) or ground_shown.example_follows(doc, sentence):
                        continue  # "In fact:" before the command, "... For example, ...": the ground shown (boostctx45)
                    if lw[a] in _ATTRIBUTIVE and ground_shown.example_given(lw, a, b):
                        continue  # "An obvious example is that of ...": the instance given is the ground (boostprec51)
                    if quoted_claim.opens_quotation(lw, words, prose, a, b):
                        continue  # 'Indeed, "the weight of evidence" is "against ..."': the quoted words' claim (boostprec46)
                    if admitted_limits.admits_limit(lw, a, b):
                        continue  # "Obviously we cannot cover every example": a limit granted (boostprec47)
                    if course_rated.rates_course(lw, a, b):
                        continue  # "it is undoubtedly better to use HTML5": a course of action rated (boostprec52)
                    if truth_granted.grants_truth(lw, a, b, words, prose):
                        continue  # "It is certainly true that ...": a proposition granted (boostprec52)
                    if ground_shown.shown_by_named(lw, b):
                        continue  # "is plainly indicated by the fact that ...": the ground named at once (boostprec52)
                    if hedged_opener.hedges_its_claim(lw, a, b):
                        continue  # "Indeed, it could be argued that ...": a connective before a hedged claim (boostprec48)
                    if booster_clauses.fact_turned(lw, a, b, words, prose):
                        continue  # "In fact, however, the problem is not so simple": a correction (boostprec51)
                    severity = _booster_tier(doc, sentence, support, lw, words, a, b, prose)
                    if severity == INFO and a == 0 and tuple(lw[a : b + 1]) in _SOMETIMES and opening_connective.gives_way(found, b):
                        continue  # "Indeed, ... efficiency will no doubt increase": the sentence's own booster is judged (open60)
                    if severity == INFO and opening_connective.adds_to_before(lw, a, b):
                        continue  # "Indeed, the number of units ... matches": a connective on the sentence before (open60)
                    if severity == INFO and _dated_opener(lw, a):
                        continue  # "In fact, at the Spring 1997 IETF, ...": a dated event, the ground as often (infact55)
                    if (severity == INFO or fact_opening.insists(doc, lw, a, b)) and (
                            ground_shown.figures_follow(doc, sentence) or ground_shown.explained_after_colon(lw, sentence, words[b].end)):
                        continue  # "In fact, it turned out to be a single bit. The byte 0xc7 was ...", "obviously X: he tried" (boostctx45)
                    if severity == INFO and doc.technical and writer_after(lw, b, words, prose):
                        continue  # "Obviously, that was something we really liked": the writers on their own work
                    if severity is None and booster_clauses.grants_before_turn(support, sentence, lw, a, b):
                        severity = INFO  # "a bank would certainly not use ... But in many scenarios": a point granted (ground59)
                    if severity is None and house_courtesy.addresses_member(lw, words, a, b):
                        severity = INFO  # "I am sure that my hon. Friend is aware": a courtesy of the House (prec65)
                    if severity is None and inference_marked.marks_inference(lw, a, b, words, prose):
                        severity = INFO  # "It is evident, therefore, that ...": a conclusion drawn, marked so (boostprec49)
                    if severity is None and inference_marked.drawn_from_premise(lw, a, words, prose):
                        severity = INFO  # "When we consider ..., it is obvious that ...": drawn from the premise (boostprec49)
                    if severity is None and booster_questions.opens_question(lw, words, prose, a, b):
                        severity = INFO  # "Surely this means that ...? Not so": a question voicing the objection answered next (ask62)
                    if _quotes_cited_next(support, sentence):
                        continue  # "Indeed, ... central planning. As Peter Drucker noted, "..." [..., p. 121]": cited (source60)
                    reported_end = b
                phrase = prose[words[a].start : words[b].end]
                if "\n" in phrase or "  " in phrase:
                    # one line per finding: "is\n   said to" -> "is said to"; and markup blanked in a
                    # plain-text page read as one space: POD's "is now L<considered" -> "is now considered"
                    phrase = " ".join(phrase.split())
                seen = lw[a] == "be" and a < b and lw[a + 1] in reputation.SEEN  # "came to be\nseen as a sort of"
                role = kind in _ROLE_NOTES  # "Another\nSlugLUG member remarked": on the noun's line
                passive = kind == SAID_TO_NOTE or kind == EXPECTED_NOTE
                # "we have one\nreport from a New Zealander": on the noun's line, the report (A12)
                # ("there are also\nindependent reports of": on the noun's line too, near34)
                received = kind == REPORTED and lw[b] in ("report", "reports") and lw[a] in ("we", "we've", "we'd", "there", "there're", "there's")
                if code == "HC101" and (lw[a] in ("it", "it's") or passive or seen or role or received):
                    # never past the participle of "said to": "is said\nto" is reported on "said", not on a lone "to"
                    last = b - 1 if passive and lw[b] == "to" else b
                    a = on_line_of(doc.text, words, a, b, last)  # "It has been\nplausibly suggested that": on the verb's line
                    if passive or seen or role or received:
                        phrase = prose[words[a].start : words[b].end]  # "is\nsaid to": "said to"
                if severity is None and learnt_tiers.demoted(code, phrase):
                    severity = INFO  # a kind of warning right too seldom over the sets (data/learnt_tiers.tsv)
                yield doc.diagnostic(code, _message(code, phrase, kind.note), words[a].offset, severity=severity)
        yield from _balance(doc, options, hedge_counts, booster_counts)


def _quotes_cited_next(support, sentence) -> bool:
    """The next sentence of the paragraph quotes a work and cites it (works_cited.quotes_cited_next)."""
    after = support.next_sentence(sentence)
    return after is not None and works_cited.quotes_cited_next(sentence, after, support.next_sentence(after))


def _answered(support, doc, sentence, note: str, plural: bool = False, named: Optional[bool] = None) -> bool:
    """Does the text say who is behind a weasel finding? A link or a citation in its sentence; a
    named source in its sentence (not for an unnamed speaker: a named outlet passing on an
    anonymous source does not name it); or a named source in the next sentence, which resolves a
    lead ("... has reportedly shifted. A spokesman told Army Radio ...")."""
    if support.cited(sentence):
        return True
    if note == UNNAMED and plural:
        # "Analysts said ..." then '"OPEC must hold ...," said Dillard Spriggs of ...': a group
        # whose member the next sentence quotes by name (sealed-docs' notes, RULES 4)
        return _quoted_next(support, sentence, doc)
    if note in (UNNAMED, ANONYMOUS):
        return False
    if note == PRESS_NOTE:
        # "According to media reports ..., Diekman suffered burns ... Dingell said ...": the
        # people named around it are the story's subjects and speakers, not the outlets; only a
        # link or a citation says which media (issue 11, eleventh session, phrases: attic-docs)
        return False
    if support.named(sentence) if named is None else named:
        return True
    if note in _UNRESOLVED_NOTES:
        return False  # "apparently": the next sentence's source does not say who knows it
    after = support.next_sentence(sentence)
    if after is None or not after.words or norm(after.words[0].text) in _DISPUTING:
        return False  # "But Gates said ...": a named person who disputes the claim is no source
    if note == ROLE_NOTE and norm(after.words[0].text) in _ANOTHER_PERSON:
        # "..., an AFP journalist said. A church leader told Army Radio ...": the lead already has
        # its speaker, one person known by role; a sentence opening on another such person quotes
        # someone else and cannot say who the first was (fix24)
        return False
    if lead_speaker.quoted_speaker(after) is not None:
        # '"We're rats in a lab," says Azza, ...': the quotation's speaker decides (lathe-docs)
        return _quoted_next(support, sentence, doc)
    if not support.named(after, opening=12):
        return False
    speaker = lead_speaker.subject_speaker(after)
    # "... since Representative Kevin McCarthy ... suggested ... McCarthy later said ...": the
    # person the lead is about answers it, he is not its source (attic-docs, sealed-docs)
    if speaker is None:
        return True
    # "Jerker ... Rumor has it that he's not given up piracy. Jerker says ...": the person the
    # sentence before names and the lead calls "he" is its subject too (mend48, hacksaw-docs)
    return not lead_speaker.named_in_lead(sentence, after, speaker) and not lead_speaker.named_before_lead(doc, sentence, after, speaker)


# Words that open a sentence on a person the text does not name ("A church leader", "One
# academic", "Another witness").
_ANOTHER_PERSON = frozenset({"a", "an", "one", "another"})


def _quoted_next(support, sentence, doc) -> bool:
    """The next sentence opens with a quotation and then names its speaker: '"Both sides are
    going to want to turn down the rhetoric," Danin said.', '"...," said Dillard Spriggs of
    Petroleum Analysis Ltd.': the quotation resolves the lead whatever its length (issue 11,
    rules4: blind-docs and sealed-docs) when the speaker is one of the people the lead cites,
    given a role or an affiliation there or earlier in the story, and not a person the lead itself
    names ('"...," said Jose Ramirez, who was in New York with his family.' after "Officials say";
    '"...," said Dre.' after "... condemnation" of Dre: issue 11, twenty-first session, awl-docs,
    attic-docs, lathe-docs; lead_speaker)."""
    after = support.next_sentence(sentence)
    if after is None:
        return False
    span = lead_speaker.quoted_speaker(after)
    if span is None or norm(after.words[span[0]].text) in VAGUE:
        return False
    if lead_speaker.named_in_lead(sentence, after, span):
        return False
    return lead_speaker.introduced(doc, sentence, after, span)


# A turn after the booster in its own sentence (issue 11, thirteenth session: "nevertheless" and
# "nonetheless" beside "but").
_LATER_TURNS = frozenset({"but", "nevertheless", "nonetheless"})


# Boosters right only about half the time in documentation: "of course" concedes as often as it
# insists ("It can still fall out of cache, of course"), and "In fact"/"Indeed" opening a
# sentence mostly elaborates ("In fact, that's exactly what the npm CLI does").
_SOMETIMES = frozenset({("of", "course"), ("in", "fact"), ("indeed",), ("in", "reality"), ("in", "truth")})


# "In truth" and "In reality" opening the sentence (past "and" or "but"): the writer's own
# insistence on how things are ("In truth, I find Europe to be ...", "In reality, the future
# security of America depends on it"). Info like "In fact" until the thirty-second session (boost32):
# 8 right of 8 in seven sets; inside the sentence they stay info ("Both legally and in reality").
_TRUTH = frozenset({("in", "truth"), ("in", "reality")})


def _opening_truth(lw, b: int, bend: int) -> bool:
    return tuple(lw[b : bend + 1]) in _TRUTH and (b == 0 or (b == 1 and lw[0] in ("and", "but")))


_REMAINS = frozenset({"remains", "remained"})  # "the fact remains": certainty_frames.named_fact
# "after the fact", "before the fact": the idiom says when, and "after the fact is" is no "the fact
# is" (awl-docs' kernel guide, a false alarm; issue 11, eighteenth session)
_AFTER_THE_FACT = frozenset({"after", "before"})


# Words before an emphatic booster that open its clause: "and, in fact, ...", "but in fact it's
# similar", and the contrast of a mask with the truth, "while in fact turning the country into
# ...", "yet in fact are dependable auxiliaries" (issue 11, fifteenth session: anvil-docs twice).
_CLAUSE_LEADS = frozenset({"and", "so", "but", "yet", "while", "whilst"})


def _after_semicolon(b: int, words, prose: str) -> bool:
    """ "sickly little things; in fact it is easier": a clause after a semicolon opens like a
    sentence (chisel-docs, anvil-docs)."""
    return b > 0 and ";" in prose[words[b - 1].end : words[b].start]


# Where each word of a sentence first and last stands (sentence_memo.places, once per sentence):
# a sentence's boosters are tested one after another, and a set test over the whole sentence for
# each made a sentence of thousands of words (a paragraph with no full stop) quadratic.
def _any_after(lw, wordset, k: int) -> bool:
    """One of ``wordset`` stands after index ``k`` (``not wordset.isdisjoint(lw[k + 1:])``)."""
    return any_from(lw, wordset, k + 1)


def _any_in(lw, wordset) -> bool:
    """One of ``wordset`` stands in the sentence (``not wordset.isdisjoint(lw)``)."""
    places = word_places(lw)
    return any(w in places for w in wordset)


@per_sentence
def _last_clause_turn(lw, words, prose: str) -> int:
    """The index of the sentence's last turn word (_LATER_TURNS) with a clause mark right before it
    ("..., but it is not clear which"), or -1; the marks are read once per sentence
    (sentence_memo.clause_marks), and so is this answer: each booster of a sentence asks it, and a
    reverse walk over the marks per booster could grow with the square of a long sentence's
    length (a guard: no document built to show it got past the per-check finding cap first)."""
    for k in reversed(clause_marks(lw, words, prose)):
        if lw[k + 1] in _LATER_TURNS and not shared_knowledge.phrase_contrast(lw, k + 1):
            return k + 1  # not ", but with less charm": a contrast of phrases inside the claim (know53)
    return -1


def _booster_tier(doc, sentence, support, lw, words, b: int, bend: int, prose: str):
    """``info`` for the booster classes that are right only sometimes, else None."""
    if _set_off_claim(lw, b, bend, words, prose):
        pass  # "SQLModel is, in fact, a thin layer": no elaboration, the claim itself insisted on
    elif _set_off_of_course(lw, b, bend, words, prose):
        pass  # "Lenin's analogy is, of course, flawed": the predicate put beyond question (tier40)
    elif _indeed_after_copula(lw, b, bend, words, prose):
        pass  # "It is indeed a turnaround for the ages": the predicate confirmed (tier40)
    elif _and_of_course(lw, b, bend, words, prose):
        pass  # "..., and, of course, military capability": the point added as beyond question (tier40)
    elif _demonstrative_of_course(lw, b, bend, words, prose):
        pass  # "This, of course, necessitates a stronger state": the point just made insisted on (boost56)
    elif _opening_truth(lw, b, bend):
        pass  # "In truth, I find Europe ...", "In reality, the future security of America depends on it"
    elif fact_opening.insists(doc, lw, b, bend):
        pass  # "In fact, social equality and individual liberty are inseparable": outside technical writing (boostrec50)
    elif tuple(lw[b : bend + 1]) in _SOMETIMES or tuple(lw[b : bend + 1]) in _THATLESS or (
        bend == b and lw[b] in _ATTRIBUTIVE and not _predicate_noun(lw, b)
    ):
        # "it's clear" without "that" (0 of 2 right on the corpus before _clarity), "an obvious
        # rewrite" (0 of 4: in documentation it says easy to see): eval/judged/rules3-new-findings.tsv
        return INFO
    if beyond_saying.is_should_be(lw, b, bend):
        return INFO  # "The weakness of this argument should be obvious.": right about 64% (mind65)
    # "the bitter fact that", "It's a simple fact:" (a fact named) is a warning since issue 11's
    # eighteenth session: 6 claims and 1 false alarm over the twenty-four sets (six sets), none
    # on the corpus (eval/judged/rules18-tiers-corpus.tsv)
    if lw[b] == "we" and lw[bend] == "know" and (bend == b + 1 or bend == b + 2 and lw[b + 1] == "also") and doc.technical:
        # plain "We know our economy is stronger when ...": right in speeches, the writer's own
        # reasoning often enough in documentation (shared_knowledge._plain_we_know). A warning
        # outside technical writing since the thirty-second session (boost32): its info findings
        # there were right 45 times of 60 in twenty-six sets, 0 of 2 in technical writing
        return INFO
    # The speaker's "I know" ("I know this Chamber agrees that ...", speakers_knowledge, read only
    # outside technical writing) was info like plain "we know" until the thirty-second session: a
    # warning since (boost32), its info findings right 20 times of 25 in fourteen sets.
    if doc.technical and assurances.writers_sure(lw, b, bend):
        # "I'm sure Java is fine for some stuff", "I'm sure there's some other problem with this
        # idea that I'm missing": in technical writing the writer's own "I'm sure" grants a point,
        # proposes or is modest, as "I know" is not read there (speakers_knowledge) and plain "we
        # know" is info (prec36b)
        return INFO
    if booster_clauses.denial_aside(lw, b, bend, words, prose):
        return INFO  # "-- certainly not the attention that you need", "(certainly not useful)" (prec36b)
    if booster_clauses.opens_conceding(lw, b, words, prose):
        return INFO  # "True, a Mason watercolor is unmistakably a synthesis": a point granted (shown55)
    if lw[b] in ("has", "have") and lw[bend] == "proven" and lw[bend - 1] != "been":
        # (also with an adverb inside, "have already proven": certainty_replies.proof_with_adverb)
        # Not the passive since the forty-third session (tier43): "has been proven correct", "has
        # been proven wrong time and time again", "has been proven to create the most robust
        # kernel" say a proof was made, as "is proven" does (a warning), where the active "has
        # proven a remarkably robust tool" is "turned out"; its info findings were right 3 times
        # of 3 by the same-sentence pairing over the eighty-eight sets before mitre (vault, lathe,
        # gauge; the line pairing gives vault's to a trap of its paragraph)
        return INFO  # "It has proven itself in production" after a list of its users: 0 of 2 on the corpus
    if lw[b] == "clearly" and bend == b and not clearly_predicated.predicated(lw, b):
        # the adverb grades as often as it insists ("rejects clearly invalid input", "it is
        # clearly a duplicate (i.e. ...)"); "it is clear that" stays a warning. Since the
        # thirty-eighth session (tier38) not right after "be" or "has"/"would" ("It is clearly
        # superior", "has clearly passed"): there it puts the predicate beyond doubt, right 20
        # times of 22 in sixteen sets (clearly_predicated)
        return INFO
    if doc.technical and 0 < b and bend == b and lw[b] in _EVIDENT:
        # "this is obviously slower because ...", "a patently wrong default": inside a sentence of
        # technical writing the adverb explains what the text has just given (thirty-fourth session)
        return INFO
    if tuple(lw[b : bend + 1]) in _REALISED:
        return INFO  # "It was obvious we were going to wrap it": the writer recounting a decision
    if (lw[bend] not in certainty_frames.KNOW and lw[b] != "surely" and not _POSSIBILITY.isdisjoint(
        lw[bend + 1 : bend + 4]
    ) and not _our_ability(doc, lw, bend)) or (lw[bend] not in certainty_frames.KNOW and not _POSSIBLE.isdisjoint(lw[bend + 1 : bend + 4])):
        # "Obviously stack traces can still be valuable", "It's certainly possible to build your
        # own", "Obviously you cannot use newer features": granting or denying a possibility. Not
        # "surely" before a modal (a warning since the thirty-second session): "but surely we can
        # agree that", "Surely they can work and eat ... side by side" appeal to the hearer to
        # grant the claim, 9 right of 10 in six sets ("Surely we cannot simply dump welfare"
        # stays info). Not after a knower since the thirty-seventh session (tier37): in
        # "Americans know economic security can vanish", "They know we can't afford it", "every
        # farmer knows [he can't]" the possibility is what is claimed as known, not a grant; their
        # info findings were right 5 times of 5 in five sets built after the branch, no trap
        # (eval/ablate_unseen.py); the other boosters before a modal, 7 of 12, stay info. (The
        # knower's test stands in each disjunct: eval/tier_branches.py switches each off alone.)
        # Not "we" or "all" before the modal outside technical writing since the thirty-ninth
        # session (tier39): "In truth, we can say that", "Yes indeed, we too can see", "Certainly
        # all can applaud" appeal to common ground as "surely we can" does (_our_ability)
        return INFO
    if (_any_after(lw, _LATER_TURNS, bend) and (doc.technical or _last_clause_turn(lw, words, prose) > bend)
            and not _impersonal_frame(lw, b, words, prose)) or _in_while_clause(lw, words, prose, b, bend):
        # "Obviously characters cannot be blended, but background colors can"; "While it's
        # definitely fast it's not convenient"; "undeniably there, nevertheless": a concession
        # as often as a claim. Since the thirty-eighth session (tier38), outside technical writing
        # only a turn that opens a clause after a mark (", but", "; but", ", nevertheless"): a
        # "but" with no mark before it joins words, not clauses ("would not improve but destroy
        # our market", "there can be no doubt but that", "a gaunt but gracious symbol"), and the
        # booster's claim stands (_last_clause_turn). Any later turn there: info findings right
        # 32 times of 47 over the seventy-six sets (4 of 4 in peg, quill and chock); in technical
        # writing 4 of 9, where every later turn still lowers.
        # (The genre's test stands in its own disjunct: eval/tier_branches.py switches each off alone.)
        # Since the thirty-ninth session (tier39) "while" lowers only a booster inside its own
        # clause ("while it's definitely fast it's not", "While we were obviously satisfied"): past
        # a clause mark the booster stands in the main clause that answers the concession ("While
        # X is often thought of as ..., the truth is that", "while very understandable, perpd is
        # unarguably the most complex") and insists on it (_in_while_clause).
        # Not a frame with an impersonal subject since the forty-first session (tier41): "It is
        # quite obvious that ..., but", "There can be no doubt that ..., but" put the whole clause
        # they govern beyond doubt, turn and all (_impersonal_frame).
        return INFO
    if b == 0 and lw[bend] not in certainty_frames.KNOW and booster_clauses.turn_opens_next(support, sentence):
        # "Unquestionably Trujillo did some good things ... But the price was ...": a sentence
        # that opens on a booster and is answered by a turn concedes (issue 11, thirteenth session).
        # Not a knower since the thirty-ninth session (tier39), as in the possibility branch above:
        # "We know our economy is stronger when ... But today, a full-time worker ...", "We now know
        # that two of the hijackers ... But we did not know": the turn answers what is known, the
        # knowing is claimed (right 4 times of 6 over the seventy-nine sets: gouge, awl, auger,
        # punch; traps in sledge and pick, "We know perfection will not be found here. But ...")
        return INFO
    if b == 0 and certainty_replies.emphatic_reply(lw, words, prose) == (b, bend):
        return None  # "Definitely!" answering a question: a claim, not a sentence adverb
    if 0 < b and bend == len(lw) - 1 and tuple(lw[b : bend + 1]) in _DISJUNCTS:
        # "To survive, obviously.", "which was not without risk obviously": a sentence adverb
        # closing the sentence comments on the whole of it. Until the thirty-second session also
        # one opening it ("Obviously, the best thing to do would be ...": issue 11, tenth session,
        # 3 of 9 right on the nine sets); in technical writing that is not reported
        # (_disjunct_at_edge), and elsewhere its info findings were right 21 times of 28 in
        # eighteen sets (boost32: "Certainly the United States has a high stake in ...")
        return INFO
    if broken_link(doc, sentence, support):
        return INFO
    # "If you've worked in any lab, you already know about MATLAB" (the reader's knowledge after a
    # condition) was info until the thirty-eighth session (tier38): its info findings were right 3
    # times of 3 (tongs, chisel, plumb), none wrong; "then you already know" and a booster in what
    # follows from the reader's condition are not reported (readers_condition)
    return None


def _wrong_in_documentation(doc, support, sentence, lw, b: int, bend: int, words, prose: str) -> bool:
    """Booster shapes that are right in speeches and news and mostly wrong in technical
    writing (``Document.technical``, prosecheck.genre), where they contrast or concede; not
    reported there (issue 11, twentieth session, eval/genre_boosters.py, over the twenty-eight
    sets): ``in reality`` (info elsewhere: "It looks like we enable the rule, but in reality
    ..." says how a thing works, not that a claim is beyond doubt), and a sentence that opens on a
    booster and is answered by a turn opening the next one ("Obviously, it cannot parse HTML.
    However, ...": info elsewhere, see _booster_tier). Since the twenty-second session also
    ``of course`` at the sentence's edge, opening it or closing it after a comma ("Of course, this
    switched off all warnings", "There are many ways of maintaining a private branch, of
    course."): a caveat granted or a point set aside there (booster_clauses.of_course_at_edge);
    and ``and in fact`` inside the sentence, which goes on from the ground the clause before gives
    (booster_clauses.and_in_fact). Since the twenty-sixth session also "indeed" and "of course"
    inside the sentence (booster_clauses.indeed_inside, of_course_inside): the writer's emphasis,
    whose ground is the text around it."""
    if bend == b + 1 and lw[b] == "in" and lw[bend] == "reality":
        return doc.technical
    if b == 0 and booster_clauses.turn_opens_next(support, sentence):
        return doc.technical
    if booster_clauses.of_course_at_edge(lw, b, bend, words, prose):
        return doc.technical
    if booster_clauses.and_in_fact(lw, b, bend):
        return doc.technical  # "..., and in fact the shelve module does this": from the ground just given
    if booster_clauses.clearly_inside(lw, b, bend):
        return doc.technical  # "This system is clearly not infallible; critical bugs are ...": the ground at hand
    if doc.technical and booster_clauses.indeed_inside(lw, b, bend) and not (
        _postposed(lw, b, bend, words, prose) and not prose[words[b - 1].end : words[b].start].strip()
    ):
        # "; indeed, hackers may ...", "is indeed a Ki-Swahili word": the writer's emphasis on what
        # the text gives around it (twenty-sixth session); not "a bad combination indeed," (a
        # judgement insisted on) nor "Yes indeed" (an emphatic reply)
        return not (b <= 1 and certainty_replies.emphatic_reply(lw, words, prose) == (b, bend))
    if doc.technical and booster_clauses.of_course_inside(lw, b, bend):
        return True  # "the other half was of course the low moby": known from the text (twenty-sixth session)
    if doc.technical and _disjunct_at_edge(lw, b, bend) and not (
        b == 0 and certainty_replies.emphatic_reply(lw, words, prose) == (b, bend)
    ):
        return True  # "Obviously, it requires additional guesswork.", "Undoubtedly there are more."
    if doc.technical and b == 0 and tuple(lw[b : bend + 1]) == _NEEDLESS:
        # "Needless to say, the call to recurse does not have to reside in the same function",
        # "Needless to say, the more entropy you have to begin with, the more of it you can afford
        # to lose": opening a sentence of technical writing it says what follows from the
        # definitions, figures or mechanism the text has just given (lathe W4), or the writers'
        # own record (brace Z1), as "Obviously, ..." does there (_disjunct_at_edge). Issue 11,
        # forty-fifth session (boostctx45): its warnings in technical writing were wrong 6 times
        # of 6 over the ninety-seven sets (hone, arbor, scraper, scorp, fillister), none right;
        # outside it they are right 27 times of 38 (An Anarchist FAQ's insistence) and stay.
        return True
    return False


def _disjunct_at_edge(lw, b: int, bend: int) -> bool:
    """A sentence adverb of _DISJUNCTS opening or closing the sentence ("Obviously, ...", "To
    survive and to win, obviously."): it comments on the whole sentence. Outside technical writing
    a warning when it opens the sentence and info when it closes it, since the thirty-second
    session (_booster_tier's branch of the same test, which eval/ablate.py names by its tokens).
    In technical writing it is not reported since issue 11's twenty-
    fourth session (task docs24): there it signposts the writer's inference from what the text
    has just given, concedes, or speaks of the writers' own work and product ("Without doubt it
    is a statistical spam filter", "Obviously, swapping the merge order would not match their
    taste", "Obviously, since you do not have access to the filesystem, ... won't work"): over
    the thirty-four sets 9 wrong findings in five sets (attic 3, adze 3, cellar, loft, vise)
    against 6 right in six (fresh, sealed, vault, rasp, brace, plane), and the benchmark
    corpus's 17 findings so placed were all wrong by the sets' rules (W4, M8, D4). Not an
    emphatic reply ("Definitely!" answering a question), a claim in any genre."""
    return (b == 0 or bend == len(lw) - 1) and tuple(lw[b : bend + 1]) in _DISJUNCTS


# "This is an obvious X", "was an obvious {backronym}", "As an obvious consequence": the certainty
# adjective in a noun phrase that the sentence asserts (after a form of "be") or that stands for
# the clause ("as"); a warning since issue 11's eighteenth session (4 claims, no trap or false
# alarm in fresh, bellows, gouge and rasp; no corpus finding). Elsewhere ("has an obvious single
# entry point", "their obvious importance") it stays info: "easy to see" as often as "certainly".
_PREDICATE_BEFORE = frozenset("is are was were be been being it's that's as".split())


def _predicate_noun(lw, b: int) -> bool:
    return b >= 2 and lw[b - 1] in ("a", "an") and lw[b - 2] in _PREDICATE_BEFORE


# Groups that are, in documentation, mostly the people the text is about ("Several users also
# noted", "many developers prefer"), RULES 4 and A10; not "people" ("Some people claim"), the
# classic weasel.
_AUDIENCE = frozenset("users developers customers engineers fans".split())
def _hedge_tier(lex, lw, a: int, b: int, kind: str):
    """``info`` for the hedge classes that are right only sometimes, else None."""
    if b and lw[b] == "with" and lw[b - 1] == "familiar" and (b + 1 >= len(lw) or lw[b + 1] not in _PARTICULAR):
        # "People familiar with other languages will also find", "To people familiar with Lex and
        # Yacc, pycparser's code will be simple", "People familiar with data processing
        # understand": people who know a field, the readers the text addresses, not a source on
        # a particular matter ("people familiar with the matter said", "sources familiar with
        # his plans": warnings). Forty-fifth session (hcprec45): over the ninety-seven sets 3
        # wrong warnings (mortise, ferrule, spokeshave), no right one; no corpus finding.
        return INFO
    if kind in (UNNAMED, ANONYMOUS, REPORTED):
        return None
    if any(w in _AUDIENCE for w in lw[a : b + 1]):
        return INFO
    if kind is OBJECTION:
        return INFO  # "It will be objected that": right 5 of 7 over the ninety-seven sets (hcrec46)
    if kind is ARGUMENT:
        return INFO  # "the argument is that": the speaker's own argument as often as nobody's (opp54)
    # "History has shown that", "As history shows" (hcrec46) and a bare crowd heading a clause
    # ("Many view the Internet as", "where others fear": crowd42) are warnings since the
    # forty-seventh session (hcrec47): by the sentence pairing over the one hundred sets before
    # pincer, at info they held 13 claims in eleven sets against 3 other findings and no trap
    # (history), and 17 claims in thirteen sets against 1 trap and 2 others (crowd clause).
    if kind == _ARGUED_NOTE:
        # "The AsciiDoc version is, arguably, easier to write", "it's also arguably more secure":
        # the adverb imagines no one else who argues it, so it is the writer's own softened view
        # (scraper S622, scorp-docs' addendum; RULES 4 leaves the writer's plain hedges unmarked),
        # where "One might argue", "It could be argued" (weasel.tsv, warnings) imagine an arguer.
        # The annotators split on it: over the ninety-seven sets (forty-fifth session, hcprec45)
        # its warnings were right 8 times (real, vault, tongs, lathe, reamer, drawknife) and wrong
        # 11 (arbor, caliper, cellar, chock, gusset, kiln, mitre, scraper, tine, scorp twice).
        return INFO
    if kind == _PEOPLE_WHO_NOTE:
        # "There are people who travel long distances", "where there are people who are interested
        # in applying": people the text describes as often as a view left unsourced ("There are
        # people who frown on anything that is slightly risqué"); issue 11, thirty-second session
        # (hedge32): over the sixty-one sets 2 right (fresh, sickle) against 3 wrong (bellows, awl,
        # burin), moved from the warning tier. "there are those who say" (unnamed_holders) stays.
        return INFO
    if lw[a] in _SEEMINGLY and a > 0 and (lw[a - 1] in _BEFORE_SEEMINGLY or lw[a - 1] in _POSSESSIVES) and not _told_after_be(lw, a):
        # "is apparently wrong", "an apparently valid header", "the supposedly diseased portions",
        # "your supposedly more productive setup": seemingly, not hearsay. Since the thirty-ninth
        # session (tier39) not after "be" before a participle, an article or "not" ("was
        # apparently written in 1997", "is apparently the", "was apparently not based on"): there
        # the adverb reports the whole predicate as heard, and is a warning (_told_after_be)
        return INFO
    if lw[a] in _SEEMINGLY and 0 < a < len(lw) - 1 and lw[a - 1] in _GRADED_AFTER and not lw[a + 1].endswith("ing"):
        # "confused by apparently invalid syntax", "a fondness for apparently mindless humor", "the
        # first apparently successful movement": after a preposition or an ordinal no clause can
        # start, so the adverb grades the words after it (seemingly); not before a gerund ("by
        # apparently ignoring the flag": an act reported). Issue 11, thirty-fifth session (prec35).
        return INFO
    return None


# Degree words and a quantity before "apparently" or "supposedly" (_graded_by_degree).
_SEEMING_GRADERS = frozenset({"how", "however", "too", "several"})


def _graded_by_degree(lw, words, prose: str, a: int) -> bool:
    """"apparently" or "supposedly" at ``a`` after a degree word or "several", inside the
    sentence: "shows how apparently superficially similar arguments can", "however apparently
    severe its immediate operation", "several apparently similar wrapper generation tools", "so
    apparently impartial a critic" (``so`` + adjective + ``a``): the adverb grades the adjective
    after it (seemingly), as after an article, and reports nobody's word. Not "However,
    apparently the fix works" nor a "however" or "so" that opens the sentence (a connective before
    a clause the adverb reports). Issue 11, fifty-second session (hedge52): over the one hundred
    and fifteen sets before swage such warnings were wrong 4 times (flute, peg, fillister, chamfer),
    right none."""
    if not (lw[a] in _SEEMINGLY and 1 < a < len(lw) - 2):
        return False
    before = lw[a - 1]
    if "," in prose[words[a - 1].end : words[a].start]:
        return False
    if before in _SEEMING_GRADERS:
        return True
    # "so apparently impartial a critic": "so" + adjective + article, not "and so apparently it"
    return before == "so" and lw[a + 2] in ("a", "an")


# After "apparently" or "supposedly" that follows a form of "be": words that open a predicate the
# adverb reports as heard rather than an adjective it grades ("the origin is apparently the
# ...", "there is apparently a widespread myth", "was apparently not based on"), and the past
# participles of a passive ("was apparently written", "is apparently expected to":
# participles.past_participle, as clearly_predicated reads them). Issue 11, thirty-ninth session (tier39): over the seventy-nine sets such findings
# were right 8 times of 9 (sealed-, punch-, rake-, bodkin-, cog-, chock-docs; a trap in ratchet,
# "was apparently created by"), where the branch's others, before an adjective ("is apparently
# inexpensive", "is supposedly more interoperable", "the apparently buggy component"), were right
# 6 times of 18.
_PREDICATE_OPENERS = frozenset("a an the not no".split())


def _told_after_be(lw, a: int) -> bool:
    """The evidential adverb at ``a`` follows a form of "be" and comes before a participle, an
    article or "not": it reports the predicate as heard, not a seeming quality."""
    if not (0 < a < len(lw) - 1 and lw[a - 1] in _BE_FORMS):
        return False
    nxt = lw[a + 1]
    return nxt in _PREDICATE_OPENERS or past_participle(nxt)


# Words after "familiar with" that name a particular matter ("the matter", "his plans"): a
# source's knowledge of it, where anything else ("other languages", "Lex and Yacc") is a field
# its readers know.
_PARTICULAR = frozenset("the this that these those his her its their our my your a an".split())
# The note of the lexicon's "arguably" (data/weasel.tsv): the writer's own softened view.
_ARGUED_NOTE = noted("argues it")
# The note of the lexicon's "there are people who" (data/weasel.tsv).
_PEOPLE_WHO_NOTE = noted("these people are")


# Evidential adverbs that, grading an adjective, mean "seemingly" (issue 11, nineteenth session:
# "supposedly" after an article or a possessive, 1 right of 4 in anvil, fresh, gouge, rasp).
_SEEMINGLY = frozenset({"apparently", "supposedly"})
_POSSESSIVES = frozenset("my your his her its our their".split())


_WHILE = frozenset({"while", "whilst"})
# The speaker's side as the subject of a modal after a booster (_our_ability)
_OUR_SIDE = frozenset({"we", "all"})


def _our_ability(doc, lw, bend: int) -> bool:
    """"we" or "all" stands between the booster ending at ``bend`` and the modal within three
    words after it, outside technical writing: "In truth, we can say that this broke the power
    of", "Yes indeed, we too can see", "Certainly all can applaud passage of": what the speaker's
    side can do or see, an appeal to common ground (as "surely we can agree" is), not a
    possibility granted ("Obviously stack traces can still be valuable"). Issue 11, thirty-ninth
    session (tier39): such info findings were right 5 times of 5 over the seventy-nine sets
    (quarry, anvil, bellows, punch, pick); in technical writing "we can" is the writers' own
    plan or product and stays info."""
    if doc.technical:
        return False
    for k in range(bend + 1, min(bend + 4, len(lw))):
        if lw[k] in _POSSIBILITY:
            return any(w in _OUR_SIDE for w in lw[bend + 1 : k])
    return False
# "for a while", "all the while", "worth while": the noun, no concession
_WHILE_NOUN = frozenset({"a", "the", "worth", "once"})


@per_sentence
def _while_places(lw) -> list:
    """The indexes of the sentence's "while" and "whilst", in order (once per sentence)."""
    return [k for k, w in enumerate(lw) if w in _WHILE]


# The expletive subjects a certainty frame opens on: "it is certain that", "It's obvious that",
# "There can be no doubt that", "It can scarcely be doubted that".
_IMPERSONAL = frozenset({"it", "it's", "there", "there's"})


def _impersonal_frame(lw, b: int, words, prose: str) -> bool:
    """The booster at ``b`` is a certainty frame opening on an impersonal "it" or "there" ("It is
    quite obvious that the price ... , but", "There can be no doubt that the war of words has
    gotten tiresome at times, but, look ..."): the frame governs the clause after it, and a later
    "but" turns inside what it puts beyond doubt or adds a point beside it; the concession a turn
    answers is made by a sentence adverb ("Obviously X cannot ..., but Y can", "They are
    definitely in the same room, but"). Issue 11, forty-first session (tier41): the branch's info
    findings so placed were right 7 times of 7 over the eighty-five sets (unseen, loft, plane,
    gauge, cog, peg, scribe), where the branch's others were right 19 times of 29. The "it" or
    "there" opens its clause (the sentence, a mark or a conjunction before it): "The progress
    there is unmistakable, but it is not yet irreversible" is a place, and a concession. Not after
    a condition word, as the tier40 shapes (the benchmark corpus's one such finding, pip's "if
    package A depends on version 1.0 of package B, it's obvious to a human that", an inference
    from the example given)."""
    if lw[b] not in _IMPERSONAL or _any_before(lw, _CONDITION_WORDS, b):
        return False  # "if package A needs B 1.0, it's obvious to a human that": drawn from a premise
    return b == 0 or lw[b - 1] in _CLAUSE_LEADS or any(c in between(words, prose, b - 1, b) for c in ",;:")


def _in_while_clause(lw, words, prose: str, b: int, bend: int) -> bool:
    """The booster at ``b`` stands in a clause that "while" (or "whilst") opens: the last one
    before it is a conjunction (not "for a while") and no clause mark (sentence_memo.clause_marks)
    falls between them. "While it's definitely fast it's not convenient": the concession itself;
    "While Google is often thought of as ..., the truth is that Google is": the main clause that
    answers it, a claim (issue 11, thirty-ninth session). The booster's own commas do not end the
    clause ("While some socialists have, undoubtedly, defined socialism in such terms"). A few
    bisections per booster."""
    whiles = _while_places(lw)
    i = bisect_left(whiles, b) - 1
    if i < 0:
        return False
    w = whiles[i]
    if w > 0 and lw[w - 1] in _WHILE_NOUN:
        return False
    marks = clause_marks(lw, words, prose)
    j = bisect_left(marks, w)
    if j == len(marks) or marks[j] >= b:
        return True
    # the only mark between is the one right before the booster, and one follows it: set off
    k = bisect_left(marks, bend)
    if marks[j] == b - 1 and k < len(marks) and marks[k] == bend:
        return True
    return _aside_in_while_clause(lw, marks, j, b, bend)


# Words that open an aside set off by commas inside a "while" clause, before its verb: a
# participle ("While the duties, representing only 12 per cent of imports, undoubtedly
# represent") or a relative pronoun ("While the quay, which was built in 1820, is certainly
# old"). (_aside_in_while_clause)
_ASIDE_RELATIVES = frozenset({"which", "who", "whom", "whose"})
# Words that open a new clause after the aside ("While we waited, hoping for news, obviously we
# worried"): the booster then stands before the main clause's subject, not before the while
# clause's own verb.
_CLAUSE_SUBJECTS = frozenset("i we you he she it they there this that these those the a an our my his her its their".split())


def _aside_in_while_clause(lw, marks, j: int, b: int, bend: int) -> bool:
    """Exactly two clause marks stand between the "while" and the booster at ``b``: the first
    opens an aside with a participle or a relative pronoun, the second closes it right before
    the booster, and the booster is followed by its clause's verb, not by a new subject. "While
    the duties on this small portion, representing only about 12 per cent of our imports,
    undoubtedly represent the difference ..., it is impossible to conceive": the booster is still
    inside the concession (issue 11, fortieth session, prec40: ferrule-docs' Coolidge 1926 trap,
    kiln M8, which tier39's branch had lifted to a warning). Two bisections and a few lookups."""
    if j + 1 >= len(marks) or marks[j + 1] != b - 1 or (j + 2 < len(marks) and marks[j + 2] < b):
        return False
    opener = lw[marks[j] + 1]
    if opener not in _ASIDE_RELATIVES and not (len(opener) > 5 and opener.endswith("ing")):
        return False
    return bend + 1 < len(lw) and lw[bend + 1] not in _CLAUSE_SUBJECTS


# Possibility stated with words other than a modal (issue 11, tenth session).
_POSSIBLE = frozenset({"possible", "impossible", "cannot", "can't", "couldn't"})
# Forms of "be" before an adverb and "proven" ("is scientifically proven to"): a claim of proof,
# not the record "has proven to be".
_BE_FORMS = frozenset("is are was were been be".split())
# Boosters that can stand apart from their clause as a sentence adverb ("Obviously, ...").
# Not "surely": "Surely no issue has ...", "Surely this is a reality" appeal to the reader to
# grant the claim. Its info findings were right 7 times of 7 in three sets (bellows, hearth,
# kiln), none wrong; 3 move to warning (the rest stay info by another class, "Surely they can
# work": a modal after it); no corpus finding changes (issue 11, fourteenth session).
_DISJUNCTS = frozenset(
    tuple(p.split())
    for p in ("obviously", "undoubtedly", "certainly", "definitely", "doubtless",
              "undeniably", "no doubt", "without doubt", "without a doubt", "without question")
)
_REALISED = frozenset({("it", "was", "obvious"), ("it", "was", "clear", "that")})
_NEEDLESS = ("needless", "to", "say")
# Adverbs that call a thing evident. Inside a sentence of technical writing (not opening it:
# "Obviously, ..." there is not reported at all, _disjunct_at_edge) they mostly explain rather
# than insist ("this is obviously slower because it copies", "the default is plainly wrong for
# a server"): info there since the thirty-fourth session (warn34); a warning elsewhere, and
# "Plainly, ..." opening a sentence stays one. Warning tier over the sixty-four sets: 9 right
# findings leave it (seven sets), 15 wrong (13 traps; ten sets), none in the newest three; 6
# corpus findings leave the default output, 4 wrong by W4 and 2 arguable (HC102 page).
_EVIDENT = frozenset({"obviously", "plainly", "patently", "manifestly", "self-evidently", "unmistakably"})
# Before "apparently" that grades an adjective ("seemingly"), not a clause ("He apparently left").
_BEFORE_SEEMINGLY = frozenset("is are was were be been being seems seemed looks looked a an the of with".split())
# Prepositions and ordinals before "apparently" or "supposedly": no clause can start after them,
# so the adverb grades what follows, as after an article ("of" and "with" are above). Not "to"
# ("to apparently fix it": a split infinitive, an act reported) nor "after"/"before" (a clause).
# Warning tier over the sixty-seven sets: 3 wrong findings leave it (lug-, plumb-, brace-docs),
# no right one (HC101.md).
_GRADED_AFTER = frozenset(
    "by for from in into on onto at about without within over under through than like upon "
    "toward towards despite among against via first second third last".split()
)


def _model_message(code: str, phrase: str, kind: str) -> str:
    """The message of a finding the claim model added: ``kind`` is the finder's "CODE:note"."""
    return _message(code, phrase, kind.split(":", 1)[1] if ":" in kind else "")


def _message(code: str, phrase: str, note: str) -> str:
    if code == "HC101":
        who = note or HOLDS_VIEW.note
        return (
            f'"{phrase}" does not say who {who}: name the source, '
            "or state it as fact if you can support it"
        )
    if code == "HC102":
        return (
            f'"{phrase}" insists on certainty but nothing in this sentence supports it: '
            "show the evidence or cite a source, or drop the word"
        )
    return f'"{phrase}" mixes a hedge and a booster: decide how sure you are and say it once'


class _Findings(list):
    """A sentence's findings, with the greatest start and end among them: dropping those from a
    point on (a longer finding replacing them) costs nothing when there are none, where a new list
    per finding made a sentence of thousands of findings (a paragraph with no full stop) quadratic."""

    __slots__ = ("last_start", "last_end")

    def __init__(self, items=()):
        super().__init__(items)
        if not self:  # (every scanned sentence starts with none: two generators less)
            self.last_start = self.last_end = -1
            return
        self.last_start = max((f[0] for f in self), default=-1)
        self.last_end = max((f[1] for f in self), default=-1)

    def append(self, f) -> None:
        super().append(f)
        if f[0] > self.last_start:
            self.last_start = f[0]
        if f[1] > self.last_end:
            self.last_end = f[1]

    def before(self, start: int) -> "_Findings":
        """The findings that start before ``start``."""
        return self if self.last_start < start else _Findings(f for f in self if f[0] < start)


def _defines_term(lw, words, be: int, prose: str, doc) -> bool:
    """ "is said to" at ``be`` names a term by a kind of thing (defined_by_saying); the genre is
    read only when the shape is there."""
    return defined_by_saying.defines(lw, words, be, prose, lambda: doc is not None and doc.technical)


def _scan(lex: Lexicon, sentence, words, lw, quoted, sentences=None, doc=None):
    """Findings ``(first, last, code, note)`` of one sentence, and its hedge and booster counts.
    ``sentences``: the document's sentence table, where "they know" looks back in the paragraph;
    ``doc``: its Document, whose genre the news classes read (news_passives)."""
    found = _Findings()
    n = len(lw)
    hedge_at: dict[int, int] = {}  # word index -> end index, for hedges (incl. modals)
    booster_at: dict[int, tuple[int, str]] = {}  # word index -> (end index, category)
    hedges = boosters = 0
    modal_count = emphatic_count = 0
    i = 0
    first = lex.first
    modals = lex.modals
    # The sets each word is tested against, looked up once per sentence, not once per word; a
    # PhraseMatcher's first words by its dict (``in`` on the matcher is a Python call per word).
    weasel_first, booster_first, hedge_first = lex.weasel.table, lex.boosters.table, lex.hedges.table
    # match_at only where it may find an entry (PhraseMatcher.singles, .seconds)
    weasel_singles, weasel_seconds = lex.weasel.singles, lex.weasel.seconds
    booster_singles, booster_seconds = lex.boosters.singles, lex.boosters.seconds
    hedge_singles, hedge_seconds = lex.hedges.singles, lex.hedges.seconds
    quantifier_singles, quantifier_seconds = lex.quantifier.singles, lex.quantifier.seconds
    phrase_only, phrase_seconds = lex.phrase_only, lex.phrase_seconds
    quantifier_first, group = lex.quantifier.table, lex.group
    said_to, passive_judges, reputation_nouns = reputation.SAID_TO, reputation.PASSIVE_JUDGES, reputation.REPUTATION_NOUNS
    news_participles = news_passives.PARTICIPLES
    reputed = reputation.REPUTED
    sources, evidence_nouns, certainty = lex.sources, evidence.NOUNS, lex.certainty
    rumour_nouns = nobody_reported.RUMOURS
    public_heads = public_voice.HEADS
    held_adjectives = prevailing_view.ADJECTIVES
    unowned_nouns = unowned_view.NOUNS
    informant_verbs = informant.VERBS
    foreseen_modals, foreseen_next, foreseen_only = foreseen_views.MODALS, foreseen_views.NEXT, lex.foreseen_only
    holders_only = lex.holders_only
    holders_found = False  # one view held by "those who" a sentence (unnamed_holders)
    adjectives, facts, know = certainty_frames.ADJECTIVES, certainty_frames.FACTS, certainty_frames.KNOW
    articles = certainty_frames.ARTICLES
    the_seconds = lex.the_seconds
    reply_openers = certainty_replies.OPENERS
    prose = sentence.block.prose
    nobody_first, denied_participles = general_assent.NOBODY_FIRST, general_assent.DENIED
    seen_adjectives = plain_to_all.ADJECTIVES
    no_ground_next = doubt_denied.AFTER_NO
    need = needless_saying.NEED
    hard, hard_next = certainty_frames.HARD, certainty_frames.HARD_NEXT  # "the cold, hard fact" (hcprec45)
    natural_word = natural_opening.WORD
    fact_articles, fact_word = fact_declared.ARTICLES, [fact_declared.FACT]  # "It is a fact that" (boostrec47)
    while i < n:
        w = lw[i]
        if i == 0 and w in reply_openers:
            # "Definitely!", "Yes, absolutely!", "Yes indeed, we too can see": certainty given as
            # an answer, which the filters below would take for a listed word or the writer's
            # own doing (issue 11, sixteenth session)
            r = certainty_replies.emphatic_reply(lw, words, prose) or certainty_replies.inverted_sure(lw, words, prose)
            if r is not None and not any(quoted[r[0] : r[1] + 1]):
                found.append((r[0], r[1], "HC102", NO_NOTE))
                boosters += 1
                i = r[1] + 1
                continue
        # (the two tests below after this one: their words are among ``first``, and a quoted word
        # starts neither, so the words of no entry pass with one set test; eighteenth session)
        if (w not in first and w[-8:] not in _LEARNED_ENDINGS) or quoted[i]:
            i += 1
            continue
        if w == natural_word:
            # "Naturally, established society was outraged": certainty that what follows could not
            # be otherwise, opening the sentence outside technical writing, and "was naturally an
            # expert", the predicate noun put beyond question (natural_opening, boostrec51); the
            # word is in no list, and read nowhere else
            if (i < 2 and natural_opening.opening(doc, lw, words, prose, i)) or natural_opening.predicate(doc, lw, i):
                found.append((i, i, "HC102", NO_NOTE))
                boosters += 1
            i += 1
            continue
        if w in foreseen_modals:
            # "Most Americans would call that common sense", "as any parent will tell you": a
            # crowd's view the writer foretells (before the modal's count as a hedge)
            if i + 1 < n and lw[i + 1] in foreseen_next and doc is not None:
                c = foreseen_views.foretold(lw, words, i, prose, lex.groups_all)
                if (c is not None and not any(quoted[c[0] : c[1] + 1]) and found.last_end < c[0]
                        and news_passives.outside_documentation(doc)):
                    found.append((c[0], c[1], "HC101", FORESEEN))
                    hedges += 1
                    i = c[1] + 1
                    continue
            if w in foreseen_only:
                i += 1  # "will", "would": in ``first`` for this test only, they start no entry
                continue
        if w == "who":
            # "those who say government is the enemy", "There are some who say": a view held by
            # people known only by it (before "who" is passed on: it starts no other entry)
            if doc is not None and i + 1 < n and not holders_found:
                c = unnamed_holders.held_by(lw, words, i, prose)
                if (c is not None and not any(quoted[c[0] : c[1] + 1]) and found.last_end < c[0]
                        and news_passives.outside_documentation(doc)):
                    # once a sentence: "the debate between those who say X and those who say Y"
                    # sets one unnamed side against the other, one view left unsourced
                    found.append((c[0], c[1], "HC101", HOLDS_VIEW))
                    holders_found = True
                    hedges += 1
                    i = c[1] + 1
                    continue
            if w in holders_only:
                i += 1
                continue
        if w == as_held.AS and i + 2 < n:
            # "as is generally supposed", "as it is sometimes suggested": a view in an aside with
            # nobody behind it (passive61; before "as" is passed on)
            k = as_held.as_held(lw, words, prose, i)
            if k is not None and not any(quoted[i : k + 1]):
                found.append((i, k, "HC101", AS_HELD))
                hedges += 1
                i = k + 1
                continue
        if w in certainty_replies.PROOF_AUXILIARIES:
            p = certainty_replies.proof_with_adverb(lw, i)
            if p is not None and not any(quoted[i : p + 1]):
                # "we have already proven that", "is scientifically proven to": the proof
                # entries ("is proven", "have proven") with an adverb inside the verb
                booster_at[i] = (p, "booster")
                boosters += 1
                i = p + 1
                continue
        if w in fact_articles and i >= 2 and (lw[i + 1 : i + 2] == fact_word or lw[i + 2 : i + 3] == fact_word):
            d = fact_declared.declared(lw, i, words, prose)
            if d is not None and not any(quoted[d[0] : d[1] + 1]):
                booster_at[d[0]] = (d[1], "booster")  # "It is a fact that ...", "It's a fact." (boostrec47)
                boosters += 1
                i = d[1] + 1
                continue
        if i + 3 < n and lw[i + 2] in facts and w in articles:
            p = certainty_frames.fact_before_colon(lw, i, words, prose)
            if p is not None and not any(quoted[i : p + 1]):
                booster_at[i] = (p, "booster")  # "It's a simple fact: ..."
                boosters += 1
                i = p + 1
                continue
        nxt = lw[i + 1] if i + 1 < n else ""
        # "There is no reason to doubt that", "there is no cause of doubt", "there can be no denying
        # that", "there is little doubt that": a doubt nobody could have (boost44; before "no" is
        # passed on)
        g = (doubt_denied.no_ground(lw, i) if w == "no" and nxt in no_ground_next
             else doubt_denied.little_doubt(lw, i) if w == "little" and nxt == "doubt" else None)
        if g is not None and not any(quoted[g[0] : g[1] + 1]):
            found = found.before(g[0])
            found.append((g[0], g[1], "HC102", NO_NOTE))
            boosters += 1
            i = g[1] + 1
            continue
        if w == need:
            # "it need not be added that", "I need not remind you that", "nor is there need to add
            # that": the claim put beyond saying (hcprec45)
            g = needless_saying.unsaid(lw, i)
            if g is not None and not any(quoted[g[0] : g[1] + 1]):
                found = found.before(g[0])
                found.append((g[0], g[1], "HC102", NO_NOTE))
                boosters += 1
                i = g[1] + 1
                continue
        if w in phrase_only and nxt not in phrase_seconds[w]:
            i += 1  # "to", "of", "is" starting none of their phrases: no test below can hold
            continue
        if w == "the" and i and lw[i - 1] in _AFTER_THE_FACT and nxt == "fact":
            i += 2  # "retrofitting locking after the fact is a rather more difficult task": afterwards
            continue
        if w == "the" and i + 2 < n and (lw[i + 2] in facts or lw[i + 2] in _REMAINS or lw[i + 2] == "of"
                                         or (lw[i + 2] in hard_next and lw[i + 1] in hard)):  # named_fact's first test
            e = certainty_frames.named_fact(lw, i, words, prose)
            if e is not None and not any(quoted[i : e + 1]):
                booster_at[i] = (e, "booster")
                boosters += 1
                i = e + 1
                continue
        if w == "the" and the_seconds is not None and nxt not in the_seconds:
            i += 1  # "the" starting none of its phrases: no test below can hold (Lexicon.the_seconds)
            continue
        if w in modals:
            hedge_at[i] = i
            hedges += 1
            modal_count += 1
            i += 1
            continue
        if w in nobody_first and (w != "no" or nxt in general_assent.NO_ONE):
            # "none can deny", "no one can doubt that": nobody could, said with any verb of
            # denying (hc40; the lexicon lists "no one can deny")
            u = general_assent.nobody_denies(lw, i)
            if u is not None and not any(quoted[i : u + 1]):
                found.append((i, u, "HC102", NO_NOTE))
                boosters += 1
                i = u + 1
                continue
        if w in denied_participles and i > 2 and lw[i - 1] == "be" and doc is not None and not doc.technical:
            # "That the conflicts would arise ... can not be doubted.": nobody could, with the
            # subject first (hc40); the genre is asked only once the shape is there
            s = general_assent.denied_by_nobody(lw, i)
            if s is not None and not any(quoted[s : i + 1]):
                found = found.before(s)
                found.append((s, i, "HC102", NO_NOTE))
                boosters += 1
                i += 1
                continue
        if w in seen_adjectives and nxt == "to":
            u = plain_to_all.plain_to_all(lw, i)  # "apparent to all", "plain to all thoughtful citizens" (hc40)
            if u is not None and not any(quoted[i : u + 1]):
                found.append((i, u, "HC102", NO_NOTE))
                boosters += 1
                i = u + 1
                continue
        m = None
        if w in weasel_first and (w in weasel_singles or nxt in weasel_seconds[w]):
            m = lex.weasel.match_at(lw, i)
        if w == "according":
            # "according to local news reports", "according to some analysts": the kind of
            # source, wherever it is longer than a listed phrase ("according to some")
            e = reputation.unnamed_according(lw, words, i, prose)
            if e is not None and not any(quoted[i : e + 1]) and (m is None or e > i + m[0] - 1):
                press = not reputation.PRESS.isdisjoint(lw[i + 2 : e + 1])
                found.append((i, e, "HC101", PRESS_NOTE if press else IS_SOURCE))
                hedges += 1
                i = e + 1
                continue
            if m and reputation.named_after(lw, words, i + m[0] - 1):
                m = None  # "according to analysts at Goldman Sachs": the firm is the source
        if m and w == "arguably" and _mixed_signal(lex, lw, i):
            m = None  # "arguably clear", "arguably clearly better": the hedge of HC103, below
        if m and not _weasel_excused(lw, words, i, m[3], prose):
            end = i + m[0] - 1
            if w == evident_judgement.WORD and evident_judgement.evident_judgement(lw, i):
                # "it is evidently better", "must evidently be the essence": the speaker's verdict
                # put beyond doubt, not an act inferred from afar (hc40)
                found.append((i, end, "HC102", NO_NOTE))
                boosters += 1
            else:
                found.append((i, end, "HC101", noted(m[2])))
                hedges += 1
            i = end + 1
            continue
        if m is None and (w == "it" or w == "it's"):
            k = reputation.impersonal_passive(lw, i)
            note = HOLDS_VIEW
            if k is None:
                k = known_to.known_that(lw, words, i, prose)  # "It is now known that" (near34)
                note = KNOWN
            if k is None:
                k = objections_foretold.foretold(lw, i)  # "It will be objected that" (hcrec46)
                note = OBJECTION
            if k is None:
                k = offered_view.offered(lw, words, prose, i)  # "it could be claimed that", "It could, possibly, be argued" (passive61)
                note = HOLDS_VIEW
            if k is None:
                u = general_assent.undeniable(lw, i)  # "It can scarcely be doubted that": nobody could (hc38)
                start = i
                if u is None:
                    u = doubt_denied.denied_aside(lw, words, prose, i)  # "who, it is not denied, kept" (boost44)
                if u is None:
                    nor = general_assent.nor_denied(lw, i)  # "Nor can it be denied that" (frames57)
                    if nor is not None:
                        start, u = nor
                if u is not None and not any(quoted[start : u + 1]):
                    found = found.before(start) if start < i else found
                    found.append((start, u, "HC102", NO_NOTE))
                    boosters += 1
                    i = u + 1
                    continue
                # "it has become clear that": certainty come about, outside technical writing,
                # where it mostly recounts the writers' change of plan (hc39). The genre is asked
                # only once the shape is there: asking it at every "it" made it a pass over most
                # documents' words (+1.4% instructions over c250)
                u = grown_clear.grown_clear(lw, i)
                if u is not None and (doc is None or doc.technical):
                    u = None
                if u is not None and not any(quoted[i : u + 1]):
                    found.append((i, u, "HC102", NO_NOTE))
                    boosters += 1
                    i = u + 1
                    continue
            if k is not None and not any(quoted[i : k + 1]):
                found.append((i, k, "HC101", note))
                hedges += 1
                i = k + 1
                continue
        if w in said_to:
            s = reputation.said_to(lw, i, words)
            if s is not None and _defines_term(lw, words, s, prose, doc):
                s = None  # "Someone who keeps changing his mind is said to be thrashing": a term's definition
            if s is not None and not any(quoted[s : i + 2]):
                found = found.before(s)
                found.append((s, i + 1, "HC101", SAID_TO_NOTE))
                hedges += 1
                i += 2
                continue
        if w == "supposed":
            s = reputation.supposed_to_have(lw, i)  # "Mercer is supposed to have refused it" (hcrec51)
            if s is not None and not any(quoted[s : i + 2]):
                found = found.before(s)
                found.append((s, i + 1, "HC101", SAID_TO_NOTE))
                hedges += 1
                i += 2
                continue
        if w in news_participles and doc is not None:
            # "bin Laden is said to be at a dinner", "fighters, believed to be still at large":
            # news' reports in the passive, which said_to leaves to documentation's definitions;
            # the genre is read only when the shape is there (news_passives)
            s = news_passives.said_to_be(lw, i)
            if s is None and news_passives.reduced(lw, words, i, prose):
                s = i
            elif s is not None and _defines_term(lw, words, s, prose, doc):
                s = None
            if s is not None and not any(quoted[s : i + 2]) and not doc.technical:
                found = found.before(s)
                found.append((s, i + 1, "HC101", SAID_TO_NOTE))
                hedges += 1
                i += 2
                continue
        if w == news_passives.EXPECTED and doc is not None:
            # "The inquiry is expected to be finished by June": a forecast credited to nobody,
            # outside technical writing only (an interface's contract there: news_passives)
            s = news_passives.expected_to(lw, i)
            if found.last_end >= 0:
                # "diplomatic sources indicated that the new government was expected to be
                # installed": the forecast is the flagged source's, one claim (news-dev)
                s = None
            if s is not None and not any(quoted[s : i + 2]) and news_passives.outside_documentation(doc):
                found = found.before(s)
                found.append((s, i + 1, "HC101", EXPECTED_NOTE))
                hedges += 1
                i += 2
                continue
        if w in claims_made.NOUNS:
            # "The suggestion is also made that", "the argument is often made that": a claim made
            # by nobody (hc39)
            c = claims_made.made_claim(lw, i)
            if c is not None and not any(quoted[c[0] : c[1] + 1]):
                found = found.before(c[0])
                found.append((c[0], c[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = c[1] + 1
                continue
        if w == "considered":
            s = reputation.considered_person(lw, words, i, prose)
            if s is None:
                s = reputation.considered_merit(lw, words, i, prose)
            if s is not None and not any(quoted[s : i + 1]):
                found.append((s, i, "HC101", HOLDS_VIEW))
                hedges += 1
                i += 1
                continue
        if w in general_assent.PARTICIPLES:
            # "is generally admitted to be", "is admitted on all hands": assent credited to a
            # crowd (HC101) or to everyone (HC102), the grantors unnamed (hc38)
            g = general_assent.crowd_assent(lw, i)
            if g is not None and not any(quoted[g[0] : g[1] + 1]):
                found = found.before(g[0])
                # "that are\ngenerally considered": reported on the line of the participle's phrase
                # ("which is widely\nunderstood to": on the adverb's line, hcrec45)
                a = g[0] if doc is None else on_line_of(doc.text, words, g[0], general_assent.adverb_of(lw, i))
                found.append((a, g[1], g[2], HOLDS_VIEW if g[2] == "HC101" else NO_NOTE))
                if g[2] == "HC101":
                    hedges += 1
                else:
                    boosters += 1
                i = g[1] + 1
                continue
        if w in recognized_view.PARTICIPLES:
            # "Often it is recognized that", "is well recognized", "has become recognized as":
            # a standing granted by nobody (hcrep49)
            r = recognized_view.recognized_by_nobody(lw, i)
            if r is not None and not any(quoted[r[0] : r[1] + 1]):
                found = found.before(r[0])
                found.append((r[0], r[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = r[1] + 1
                continue
        if w in ranked_view.PARTICIPLES:
            # "is recognized as one of the best places", "has been rated as the best state": a
            # ranking handed to raters nobody names (unnamed56); after the readings above
            r = ranked_view.ranked_by_nobody(lw, words, i, prose)
            if r is not None and not any(quoted[r[0] : r[1] + 1]):
                found = found.before(r[0])
                found.append((r[0], r[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = r[1] + 1
                continue
        if w in reputation.DESCRIBED:
            d = reputation.described_as(lw, words, i, prose)
            if d is not None and not any(quoted[d[0] : i + 1]):
                found = found.before(d[0])
                found.append((d[0], d[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = d[1] + 1
                continue
        if w in reputed:
            d = reputation.often_described(lw, words, i, prose)
            if d is not None and not any(quoted[d[0] : d[1] + 1]):
                found = found.before(d[0])
                found.append((d[0], d[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = d[1] + 1
                continue
        if w in passive_judges:
            s = reputation.passive_judgement(lw, words, i, prose)
            if s is None and w == news_passives.REGARDED and doc is not None:
                # "an election that is regarded as crucial": no adverb of how many, outside
                # technical writing only (news_passives)
                s = news_passives.regarded_as(lw, words, i, prose)
                if s is not None and not news_passives.outside_documentation(doc):
                    s = None
            if s is not None and not any(quoted[s : i + 2]):
                found = found.before(s)
                found.append((s, i + 1, "HC101", HOLDS_VIEW))
                hedges += 1
                i += 2
                continue
        if w == "reported":
            r = reputation.reported_by_kind(lw, words, i)
            if r is not None and not any(quoted[r[0] : r[1] + 1]):
                found = found.before(r[0])
                found.append((r[0], r[1], "HC101", IS_SOURCE))
                hedges += 1
                i = r[1] + 1
                continue
            u = usage_reports.reported_usage(lw, words, i, prose)
            if u is not None and not any(quoted[u : i + 1]):
                found = found.before(u)  # "has been reported": one finding
                found.append((u, i, "HC101", REPORTED))
                hedges += 1
                i += 1
                continue
        if w in nobody_reported.VERBS:
            u = nobody_reported.reported_by_nobody(lw, words, i, prose)
            if u is not None and not any(quoted[u : i + 1]) and found.last_end < u:
                found.append((u, i, "HC101", _NOBODY_REPORTED[w]))
                hedges += 1
                i += 1
                continue
        if w == known_to.KNOWN and nxt == "to":
            # "The drug is known to cause nausea": a fact credited to no one (near34)
            u = known_to.known_to(lw, words, i, prose, None if doc is None else doc.text)
            if u is not None and not any(quoted[u : i + 2]) and found.last_end < u:
                found.append((u, i + 1, "HC101", KNOWN))
                hedges += 1
                i += 2
                continue
        if w in reputation_nouns:
            s = reputation.held_reputation(lw, words, i)
            if s is not None and not any(quoted[s : i + 2]):
                found = found.before(s)
                found.append((s, i + 1, "HC101", REPUTATION))
                hedges += 1
                i += 2
                continue
        if w == "report" or w == "reports":
            s = reputation.received_report(lw, words, i)
            if s is None and w == nobody_reported.REPORTS:
                s = nobody_reported.reports_exist(lw, i)  # "There are reports that" (near34)
            if s is not None and not any(quoted[s : i + 1]):
                found.append((s, i, "HC101", REPORTED))
                hedges += 1
                i += 1
                continue
        if w in held_adjectives and found.last_end < i - 1:
            r = prevailing_view.held_view(lw, words, i)  # "the prevailing view" (hcrec47)
            if r is not None and not any(quoted[r[0] : r[1] + 1]) and not prevailing_view.credited(lw, words, r[1]):
                found.append((r[0], r[1], "HC101", HOLDS_VIEW))  # not "summed up by a group of auto makers" (mend48)
                hedges += 1
                i = r[1] + 1
                continue
        if w in unowned_nouns:
            r = unowned_view.unowned_at(lw, words, i, prose)  # "the feeling is that", "the argument runs" (opp54)
            if r is not None and not any(quoted[r[0] : r[1] + 1]) and found.last_end < r[0]:
                found.append((r[0], r[1], "HC101", noted(unowned_view.note(lw, i, r[1]))))
                hedges += 1
                i = r[1] + 1
                continue
        if w in rumour_nouns:
            r = nobody_reported.rumours_exist(lw, i)  # "There were rumors that" (hcrec47)
            if r is not None and not any(quoted[r[0] : r[1] + 1]) and found.last_end < r[0]:
                found.append((r[0], r[1], "HC101", RUMOUR))
                hedges += 1
                i = r[1] + 1
                continue
        if w in _REPORT_VERBS:
            s = _users_report(lw, words, i, prose)
            if s is not None and not any(quoted[s : i + 1]):
                found.append((s, i, "HC101", REPORTED))
                hedges += 1
                i += 1
                continue
        if w in sources:
            hit = attribution.find(words, lw, i, lex.sources, lex.source_one, lex.speech, prose, lex.roles)
            if hit is not None and not any(quoted[hit[0] : hit[1] + 1]):
                found = found.before(hit[0])  # "said an official": one finding
                found.append((hit[0], hit[1], "HC101", lex.source_kinds.get(lw[hit[1]], UNNAMED)))
                hedges += 1
                i += 1
                continue
        if w in evidence_nouns:
            e = evidence.shown_by(lw, words, i, prose)
            if e is not None and not any(quoted[e[0] : e[1] + 1]):
                found = found.before(e[0])
                found.append((e[0], e[1], "HC101", EVIDENCE_NOTE))
                hedges += 1
                i = e[1] + 1
                continue
        if w == "by" and not m:
            c = vague_agent.agent_at(lw, words, i, prose)
            note = HOLDS_VIEW
            if c is None:
                c = vague_agent.one_person_at(lw, words, i, prose)  # "described by a small-town boy" (hcrec48)
                note = ROLE_NOTE
            if c is None:
                c = vague_agent.plural_agent_at(lw, words, i, prose)  # "believed by some historians" (hcrec49)
                note = ESTIMATE if lw[i - 1] == "estimated" else HOLDS_VIEW
            if c is None:
                c = public_voice.agent_view(lw, words, i, prose)  # "hailed by the nation's press" (hcrec50)
                note = HOLDS_VIEW
            if c is not None and not any(quoted[c[0] : c[1] + 1]):
                found = found.before(c[0])
                found.append((c[0], c[1], "HC101", note))
                hedges += 1
                i = c[1] + 1
                continue
        if w in conjecture.NOUNS:
            c = conjecture.held_by_nobody(lw, words, i, prose)
            if c is not None and not any(quoted[c[0] : c[1] + 1]):
                found = found.before(c[0])
                found.append((c[0], c[1], "HC101", ESTIMATE if w in conjecture.ESTIMATED else HOLDS_VIEW))
                hedges += 1
                i = c[1] + 1
                continue
        if w in criticism_drawn.NOUNS:
            c = criticism_drawn.drawn_by_nobody(lw, words, i, prose)  # "attracted criticism" (unnamed55)
            if c is not None and not any(quoted[c[0] : c[1] + 1]):
                found = found.before(c[0])
                found.append((c[0], c[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = c[1] + 1
                continue
        if w in informant_verbs:
            t = informant.told_by(lw, words, i, prose)
            note = ROLE_NOTE
            if t is None:
                t = informant.told_to_writer(lw, words, i, prose)
                note = TOLD
            if t is None:
                t = informant.heard_it(lw, words, i, prose)
                note = TOLD
            if t is None:
                t = informant.heard_talk(lw, words, i, prose)
                note = TOLD
            if t is None:
                t = informant.heard_from(lw, words, i, prose)  # "I heard from some folks"
                note = TOLD
            if t is None:
                t = informant.heard_that(lw, words, i, prose)  # "We hear that", "one hears the comment that" (hcrec51)
                note = TOLD
            if t is None:
                t = informant.group_tells(lw, words, i, prose, lex.group | lex.group_quantified)
                note = HOLDS_VIEW
            if t is None:
                t = informant.they_tell(lw, words, i, prose)  # ", they tell me," (opp54)
                note = TOLD
            if t is not None and not any(quoted[t[0] : t[1] + 1]) and found.last_end < t[0]:
                # (not when the source's noun was found already: "One observer remarked")
                found.append((t[0], t[1], "HC101", note))
                hedges += 1
                i = t[1] + 1
                continue
        if w in peoples.VERBS:
            p = peoples.credited(lw, words, i, prose)
            if p is not None and not any(quoted[p[0] : p[1] + 1]) and found.last_end < p[0]:
                found.append((p[0], p[1], "HC101", PEOPLES))
                hedges += 1
                i = p[1] + 1
                continue
        if w in peoples.LIKE_QUANTITIES and i and lw[i - 1] == "like":
            p = peoples.like_most(lw, words, i, prose, group | lex.group_quantified)
            if p is not None and not any(quoted[p[0] : p[1] + 1]) and found.last_end < p[0]:
                found.append((p[0], p[1], "HC101", PEOPLES))  # "Like most Americans, I believe"
                hedges += 1
                i = p[1] + 1
                continue
        g = None
        if w in group or learned_profession(w) or w in _EVERYONE or w in _PERFECT_GROUPS or (w == "others" and i == 0) or (w in quantifier_first and (w in quantifier_singles or nxt in quantifier_seconds[w])):
            # (a quantifier that starts no phrase here and names no group claims nothing: "a")
            g = _group_claim(lex, lw, i, words, prose)
            if g is not None and group_feelings.a_feeling(lw, g):
                g = None  # "a lot of Americans feel anxious": their feeling told, no view credited
            elif g is not None and group_topics.a_topic(lw, g):
                g = None  # "other developers have thought about the problem": a topic, no view
            elif g is not None and lw[g] in crowd_naming.VERBS and defined_by_saying.names_entry_after(doc, sentence, lw, g):
                g = None  # "Many hackers call it laser chicken" under ":laser chicken:": the entry's term (next60)
        if g is None and i == 0 and w in crowd_opening.PRONOUNS:
            g = crowd_opening.opening_view(lw)  # "Some will also say", "Others imagine" (hc40)
        if g is not None:
            found.append((i, g, "HC101", HOLDS_VIEW))
            hedges += 1
            i = g + 1
            continue
        if w in crowd_clause.PRONOUNS and found.last_end < i:
            g = crowd_clause.clause_view(lw, words, i, prose)  # "Many view", "where others fear" (crowd42)
            if g is not None and lw[g] in crowd_naming.VERBS and defined_by_saying.names_entry_after(doc, sentence, lw, g):
                g = None  # "Others call it laser chicken" under ":laser chicken:": the entry's term (next60)
            if g is not None and not any(quoted[i : g + 1]):
                found.append((i, g, "HC101", CROWD_CLAUSE))
                hedges += 1
                i = g + 1
                continue
        if w in crowd_members.HEADS and found.last_end < i:
            g = crowd_members.member_view(lw, words, i, prose)  # "Almost every lawyer says", "a friend of mine said" (crowd53)
            if g is not None and not any(quoted[g[0] : g[1] + 1]) and found.last_end < g[0]:
                found.append((g[0], g[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = g[1] + 1
                continue
        if w in public_heads and found.last_end < i:
            g = public_voice.subject_view(lw, words, i, prose)  # "The world thinks of us as" (hcrec50)
            if g is not None and not any(quoted[g[0] : g[1] + 1]) and found.last_end < g[0]:
                found.append((g[0], g[1], "HC101", HOLDS_VIEW))
                hedges += 1
                i = g[1] + 1
                continue
        if w in reputation.REPUTE_ADJECTIVES:
            r = reputation.reputed_experts(lw, words, i)
            if r is not None and not any(quoted[i : r + 1]) and found.last_end < i:
                found.append((i, r, "HC101", STANDING))  # "the recognised experts"
                hedges += 1
                i = r + 1
                continue
        m = None
        if w in booster_first and (w in booster_singles or nxt in booster_seconds[w]):
            m = lex.boosters.match_at(lw, i)
        if m and (_split_by_code(words, i, i + m[0] - 1, prose) or (w == "sure" and _not_colloquial_sure(lw, i))):
            m = None  # "make sure `var` is", "be sure is": not the colloquial booster "it sure is"
        if m and m[1] == "booster" and i and lw[i - 1] in lex.softeners and not quoted[i - 1]:
            # "almost certainly", "nearly always": one calibrated degree (very likely), as in the
            # IPCC's "virtually certain", not a booster; judged wrong 4 of 4 times as HC103 on
            # the corpus (eval/judged/HC103-corpus-s6.tsv). It still pairs with a hedge around
            # it ("may almost certainly become").
            end = i + m[0] - 1
            booster_at[i] = (end, "degree")
            i = end + 1
            continue
        if m:
            end = i + m[0] - 1
            booster_at[i] = (end, m[1])
            boosters += 1
            if m[1] != "booster":
                emphatic_count += 1
            i = end + 1
            continue
        m = None
        if w in hedge_first and (w in hedge_singles or nxt in hedge_seconds[w]):
            m = lex.hedges.match_at(lw, i)
        if m:
            end = i + m[0] - 1
            hedge_at[i] = end
            hedges += 1
            i = end + 1
            continue
        if w in _ATTRIBUTIVE and _attributive(lw, words, i, prose):
            # "their obvious importance", "this was an obvious backronym": the certainty adjective
            # before its noun vouches for it as "obviously" does (issue 11, rules3)
            booster_at[i] = (i, "booster")
            boosters += 1
            i += 1
            continue
        s = None
        if w in adjectives:
            # "one thing is clear", "It is quite evident that": the predicate vouches for the
            # claim as "clearly" does (issue 11, thirteenth session)
            s = certainty_frames.predicate(lw, words, i, prose)
            if s is None and w in beyond_saying.ADJECTIVES:
                s = beyond_saying.should_be(lw, words, i, prose)  # "The flaw should be obvious." (mind65, info)
            if s is None and w in forecast_certain.ADJECTIVES:
                s = forecast_certain.stated(lw, i)  # "this trend is certain to continue" (frames57)
        elif w in know:
            # "As we know, the Soviet peasant ...": the claim made common knowledge (the two
            # word sets are disjoint)
            s = certainty_frames.common_knowledge(lw, i, words, prose)
            if s is None:
                s = certainty_frames.readers_knowledge(lw, i, words, prose)
                if s is not None and (speakers_knowledge.no_claim_after(lw, i) or first_hand.about_the_speaker(lw, i)):
                    # "You know that I could hold right here in my hand ...", "All of you know I
                    # believe ...", "You know they're Americans because ...": the clause tests of
                    # the speaker's "I know" (issue 11, twenty-fifth session: 5 wrong findings
                    # fewer in five sets, no right one lost)
                    s = None
            if s is None:
                # "we now know that ...", "the whole world now knows that ...": knowledge
                # credited to everyone (issue 11, sixteenth session)
                s = shared_knowledge.shared_knowledge(
                    lw, i, words, prose, None if sentences is None else (sentences, sentence.index))
            if s is None:
                # "We know with certainty that ...", "Everyone in this Chamber knows this to be
                # true": the knowledge declared certain (issue 11, twenty-third session)
                c = certain_knowledge.declared(lw, i, words, prose)
                if c is not None and i not in booster_at and not any(quoted[i : c + 1]):
                    booster_at[i] = (c, "booster")
                    boosters += 1
                    i = c + 1
                    continue
            if s is None and w in speakers_knowledge.KNOW and doc is not None and not doc.technical:
                # "And I know this Chamber agrees that ...": the speaker's word alone vouches for
                # a claim about others, outside technical writing (issue 11, twenty-fourth session)
                s = speakers_knowledge.speaker_knows(lw, i, words, prose)
                if s is None:
                    # "But I also know this: ...", "This we do know: Our cause is just" (twenty-fifth session)
                    s = speakers_knowledge.announced(lw, i, words, prose)
        if s is None and w in every_knower.VERBS:
            # "every farmer knows he cannot prosper unless ...", "everyone realizes that ...":
            # knowledge credited to a whole class (issue 11, twenty-seventh session)
            s = every_knower.every_knower(lw, i, words, prose)
            if s is None:
                # "Anyone who has spent time in Siberia knows that ..." (know58)
                s = every_knower.anyone_who(lw, i, words, prose)
            if s is None and doc is not None and not doc.technical:
                # "President Obama knows that education is ...": one knower vouching for the
                # claim, outside technical writing (RULINGS 6; sixty-fourth session, ruled64)
                s = knower_vouches.knower_vouches(lw, i, words, prose)
        elif s is None and w in every_knower.PLURAL_VERBS:
            # "All of us agree that ...", "Most of us recognize that ...": the speaker declares
            # what his whole audience holds (issue 11, thirty-second session)
            s = every_knower.all_of_us(lw, i, words, prose)
        if s is not None and s not in booster_at and not any(quoted[s : i + 1]):
            booster_at[s] = (i, "booster")
            boosters += 1
            i += 1
            continue
        if w in assurances.WORDS or w == assurances.CONFIDENT:
            # "I can assure the Congress that ...", "I can say with confidence that ...": the
            # speaker's own word vouching for the claim (issue 11, twenty-seventh session)
            c = assurances.confident(lw, i) if w == assurances.CONFIDENT else assurances.assured(lw, i, words, prose)
            if c is not None and c[0] not in booster_at and found.last_end < c[0] and not any(quoted[c[0] : c[1] + 1]):
                booster_at[c[0]] = (c[1], "booster")
                boosters += 1
                i += 1
                continue
        if w == "inevitably" and certainty_adverbs.inevitable_claim(lw, i, doc):
            # "he inevitably creates forms": a consequence presented as bound to happen
            booster_at[i] = (i, "booster")
            boosters += 1
            i += 1
            continue
        if w in certainty and i and lw[i - 1] in lex.single_hedges and not quoted[i - 1] and lw[i - 1] not in lex.softeners:
            # "probably obvious"; not "sometimes, certain attributes", nor the degree "almost certain"
            joined = sentence.block.prose[words[i - 1].end : words[i].start].strip() == ""
            if joined and (not nxt[:1].isalpha() or nxt in _AFTER_CERTAINTY):
                booster_at[i] = (i, "certainty")
        i += 1
    paired: set[int] = set()
    for b, (bend, category) in booster_at.items():
        if category == "certainty":
            a = b - 1
            if a in hedge_at:
                found.append((a, b, "HC103", NO_NOTE))
                paired.add(b)
            continue
        if bend != b or lw[b] not in _PAIR_BOOSTERS:
            continue
        if booster_figures.bounds_a_figure(lw, b, bend):
            continue  # "certainly five, possibly even ten years": an estimate graded, no mixing (booster_figures)
        # A degree pairs across its softener only: "may almost certainly"
        for a in (b - 2, b + 1, b + 2) if category == "degree" else (b - 1, b - 2, b + 1, b + 2):
            if a in hedge_at and hedge_at[a] == a and (lw[a] in _MODALS or lw[a] in lex.single_hedges):
                if a == b - 1 and lw[a] in _MODALS and _modal_graded(lw, bend):
                    continue  # "so that you could clearly see", "could surely be translated": no mixed signal (prechc41)
                if abs(a - b) == 2:
                    mid = lw[(a + b) // 2]
                    if not mid.isalpha() or mid in ("and", "or", "but"):
                        continue
                first, last = min(a, b), max(a, b)
                found.append((first, last, "HC103", NO_NOTE))
                paired.add(b)
                break
    for b, (bend, category) in booster_at.items():
        if b in paired or category != "booster":
            continue
        if booster_names.in_title(lw, b, bend, words, prose):
            continue  # "his book Surely You're Joking, Mr. Feynman!": a name, no certainty (booster_names)
        if booster_clauses.course_as_noun(lw, b, bend, words, prose):
            boosters -= 1
            continue  # "a change of course which will ...": the noun, no booster (booster_clauses)
        if lw[b] == "clearly" and _manner(lw, b, words, sentence):
            boosters -= 1
            continue
        if lw[b] == "of" and _permission(lw, b, bend):
            continue
        if lw[b] in _EMPHASIS_ONLY and _emphasis(lw, b):
            boosters -= 1
            continue
        if _concessive(lw, b, bend, words, prose) or _advice(lw, bend, words, prose, b):
            continue
        if _aside(lw, b, bend, words, prose) or _readers_need(lw, b, bend) or on_writers_doing(lw, b, bend):
            continue
        joined = not b or not prose[words[b - 1].end : words[b].start].strip()
        if (_not_insisting(lw, b, bend, joined) and not booster_clauses.appeal_alone(lw, b, bend, words, prose)) or _existential(
                lw, b, bend) or _paired_with_manner(lw, b, bend, words, prose):
            continue
        if on_writers_mind(lw, b, bend):
            continue  # "I'm certainly glad": the writer's own feeling, no claim (booster_scope)
        if opens_own_feeling(lw, b, bend, words, prose):
            continue  # "And the truth is, I loved the life we had built": the speaker's own mind (conc54)
        if concedes_a_cost(lw, b, bend):
            continue  # "Of course, continuing this costs money": a drawback granted (booster_scope)
        if in_relative_aside(lw, b, bend):
            continue  # "-- which, of course, mattered the most": an aside on the noun (booster_scope)
        if graded_attribute(lw, b, bend, words, prose):
            continue  # "masculine and obviously virile men": a quality graded, no claim (booster_scope)
        if likeness_named(lw, b, bend):
            continue  # "from the obvious analogy with biological viruses": the likeness named (booster_scope)
        if first_hand.told_first_hand(lw, b, bend, quoted) or first_hand.one_mind(lw, b, bend):
            continue  # "In fact, he joined me", "obvious to the Committee": first-hand, one mind's (tell56)
        if (tuple(lw[b : bend + 1]) in _THATLESS or tuple(lw[b : bend + 1]) in _OBVIOUS) and _clarity(lw, b, bend):
            continue
        if certainty_adverbs.visibly(lw, b):
            continue  # "he becomes demonstrably riled": how the state shows, no claim proven
        if lw[b] == "manifestly" and not certainty_adverbs.manifest_now(lw, b):
            continue  # "It was manifestly the duty", "has operated manifestly in favor": no claim made now (boost44)
        if certainty_frames.held_as(lw, b, bend):
            continue  # "regards as self-evident that": someone's view reported, not the writer's
        if booster_clauses.made_clear(lw, b, bend) or booster_clauses.not_an_appeal(lw, b, bend, words, prose):
            continue  # "We made the law crystal clear": manner; "Don't believe me?": no appeal
        if spoken_manner.said_plainly(lw, b, bend) or spoken_manner.own_statement(lw, b, bend):
            continue  # "To speak plainly", "let me be crystal clear": manner (spoken_manner)
        if spoken_manner.sensed_plainly(lw, b, bend):
            continue  # "those same words are plainly heard", "you plainly perceive": manner (conc54)
        if booster_clauses.surely_of_manner(lw, b, bend, words, prose):
            continue  # "be surely detected", "just as surely as we dealt with": manner (prec37h)
        if speakers_pledge.opens_pledge(lw, b, bend):
            continue  # "Make no mistake about it: ... I will veto it": the speaker's pledge (speakers_pledge)
        if booster_clauses.calls_on_us(lw, b, bend):
            continue  # "But surely we can understand a father who fears ...": a call, no claim
        if booster_clauses.of_the_addressee(lw, b, bend):
            continue  # "you will doubtless amend it", "You're doubtless familiar with": the addressee's own mind (hc38)
        if booster_clauses.question_as_noun(lw, bend):
            continue  # "There is no question mark after the title": the noun, no certainty
        if booster_sources.clear_from(lw, b, bend):
            continue  # "it's clear from their writings that": the ground named (booster_sources)
        if booster_clauses.realised_then(lw, b, bend):
            continue  # "At that point it was clear that the code base had become ancient": recounted (W4)
        if booster_clauses.vouches_for_advice(lw, bend):
            continue  # "It is obviously a good idea not to ...": certainty about advice (real A9)
        if booster_figures.bounds_a_figure(lw, b, bend):
            continue  # "certainly more than 1,000,000 square miles": an estimate (booster_figures)
        found.append((b, bend, "HC102", NO_NOTE))
    technical = None
    dated: set = set()  # the emphatic openers reported only because the sentence's figures are dates
    for b, (bend, category) in booster_at.items():
        # "In fact, you can keep using your notebooks": emphasis that insists on a claim, unless
        # the sentence gives the figures that prove it ("Indeed, payrolls grew by 630,000").
        if category == "emphatic" and tuple(lw[b : bend + 1]) in _INSISTING:
            if booster_names.in_title(lw, b, bend, words, prose):
                continue  # "In Fact Mode": a name, no insisting (booster_names)
            if (
                b == 0 or lw[b - 1] in _CLAUSE_LEADS or _after_semicolon(b, words, prose)
                or _set_off_after_copula(lw, b, bend, words, prose) or _postposed(lw, b, bend, words, prose)
                or _inside_verb(lw, b, bend, words, prose)
                or certainty_adverbs.indeed_in_verb(lw, b, words, prose)
            ):
                # Inline code marks a technical elaboration ("In fact `--clear-screen` and
                # `--clearScreen` are both mapped to ..."): a fact the reader can check.
                if technical is None:  # once per sentence, not a copy of it per booster
                    technical = PLACEHOLDER in prose[sentence.start : sentence.end]
                if not _OUGHT.isdisjoint(lw[bend + 1 : bend + 4]):
                    continue  # "In fact, you should be able to decide": advice, not a claim
                if booster_clauses.opener_before_advice(lw, bend):
                    continue  # "Indeed you are encouraged to do so": advice, not a claim (booster_clauses)
                if _may_after(lw, bend):
                    continue  # "Indeed it might be a more appropriate vehicle": a possibility, nothing insisted on
                if _aside(lw, b, bend, words, prose) or on_writers_doing(lw, b, bend):
                    continue  # "In fact, we don't add much": the writer's own doing (booster_scope)
                if booster_clauses.indeed_widens(lw, b, bend, words, prose):
                    continue  # "and indeed to all the nations": "and even", a span widened (kiln M5)
                if booster_clauses.indeed_adds(lw, b, bend):
                    continue  # "and, indeed, hinders them": "and even", a point added (kiln M5, prec40)
                if booster_clauses.indeed_set_off(lw, b, bend, words, prose):
                    continue  # "In some, indeed, alarms were at first conceived": a connective set off (boostprec51)
                if first_hand.told_first_hand(lw, b, bend, quoted):
                    continue  # "In fact, my most powerful memory came before ...": first-hand (tell56)
                if booster_sources.names_its_ground(lw, b, bend, words, prose):
                    continue  # "Indeed, the TMRC Dictionary defined dike as": the ground named (booster_sources)
                if booster_figures.bounds_a_figure(lw, b, bend):
                    continue  # "There are, in fact, nearly a million": an estimate (booster_figures)
                if technical or _concessive(lw, b, bend, words, prose):
                    continue
                figures = dated_figures.figures(lw, words, prose)
                if _has_figure(figures):
                    continue  # "Indeed, payrolls grew by 630,000": the figures that prove it
                found.append((b, bend, "HC102", NO_NOTE))
                if figures == dated_figures.DATES:
                    dated.add(b)  # "In fact, the main reason for the 1970s breakdown": a date proves nothing
    _DATED_OF[0] = (lw, dated)
    found.sort()
    # (all hedges, hedges that are not modal verbs), (all boosters, boosters proper)
    return found, (hedges, hedges - modal_count), (boosters, boosters - emphatic_count)


#: The note of a finding about an unnamed person or group who speaks: only a link or a citation
#: in the sentence answers it (a named outlet passing on an anonymous source does not).
UNNAMED = noted("is speaking")
#: The note of "according to media reports", "according to the Japanese media": the outlets left
#: out; a person named in the sentence is the story's subject, not its source (_answered).
PRESS_NOTE = noted("published it")
_UNRESOLVED_NOTES = frozenset({noted("knows it"), noted("reads it so")})
_DISPUTING = frozenset({"but", "however", "yet", "still", "nevertheless", "nonetheless", "instead"})
#: The kind of a view in an "as" aside (as_held): its own, read apart from the others' (the
#: sentence's named source is looked for outside the aside); its message, "holds that view".
AS_HELD = Kind("as held", as_held.NOTE)
#: The kinds of the finders whose notes other modules hold (finding_kinds.noted: one per message).
IS_SOURCE = noted("is the source")
REPUTATION = noted("gives it this reputation")
STANDING = noted("grants them this standing")
ESTIMATE = noted(conjecture.ESTIMATE_NOTE)
TOLD = noted(informant.TOLD_NOTE)
KNOWN = noted(known_to.NOTE)
OBJECTION = noted(objections_foretold.NOTE)
FORESEEN = noted(foreseen_views.NOTE)
PEOPLES = noted(peoples.NOTE)
CROWD_CLAUSE = noted(crowd_clause.NOTE)
RUMOUR = noted(nobody_reported.RUMOUR_NOTE)
ARGUMENT = noted(unowned_view.ARGUMENT_NOTE)
_NOBODY_REPORTED = {w: noted(note) for w, note in nobody_reported.VERBS.items()}
#: The note of evidence with no source ("Recent studies have shown", "experience shows that"):
#: evidence.shown_by.
EVIDENCE_NOTE = noted("found it")
#: The note of a report from unnamed users ("A user reports that ..."): an evidential report
#: whoever the users are, not the view of the people the text is about.
REPORTED = noted("reported it")
_REPORT_VERBS = frozenset({"report", "reports", "reported"})
# The people a FAQ or a README passes reports from without a name (sealed-docs F1, real-docs A10),
# and since issue 11's twenty-first session the people who build with it ("Developers report that
# SQLite is often faster", "Systems designers report success": vise-docs), known by a role, no name.
_REPORTERS = frozenset(
    "user users customer customers reader readers developers designers programmers engineers administrators".split()
)
# After "report": the act of filing, not a report of a fact ("users report bugs on GitHub").
_FILED = frozenset(
    "a an the it them this these any bugs bug issues issue problems problem back to on via in at "
    "through with errors".split()
)
# Before the reporter: a condition or a procedure ("if a user reports a crash", "when users report").
_CONDITIONS = frozenset("if when whenever once until unless before after should let where".split())


def _users_report(lw, words, i: int, prose: str) -> Optional[int]:
    """The first word of "A user reports that ...", "what *attrs* users report missing most",
    when ``lw[i]`` is the verb: users who pass on a fact, never named (sealed-docs F1), or None."""
    if i == 0 or lw[i - 1] not in _REPORTERS or i + 1 >= len(lw) or lw[i + 1] in _FILED:
        return None
    if not lw[i + 1].isalpha() or prose[words[i].end : words[i + 1].start].strip():
        return None  # "users report." or "users report: ...": nothing reported in the sentence
    s = i - 1
    if s and lw[s - 1] in ("a", "one", "some", "several", "many", "our", "most"):
        s -= 1
    if not _CONDITIONS.isdisjoint(lw[max(0, s - 3) : s]):
        return None
    return s


#: The note of "is said to overlap", "is alleged to work" (reputation.said_to): reported on the
#: participle's line when the verb "to be" ends the line before (A12: the cue word's line).
SAID_TO_NOTE = noted("says so")
#: The note of a forecast credited to nobody ("is expected to": news_passives.expected_to).
EXPECTED_NOTE = noted("expects it")

#: The note of one person known only by role ("One SlugLUG member commented": data/weasel.tsv).
ROLE_NOTE = noted("this person is")
_ROLE_NOTES = frozenset({ROLE_NOTE})

#: The note of "who asked not to be named", "on condition of anonymity".
ANONYMOUS = noted("asked not to be named")
# "allegedly" after an arrest, a charge or an investigation: the charge says who alleges.
_CHARGES = frozenset(
    """
    arrest arrested arresting charge charged charges charging accused indicted indictment
    prosecute prosecuted prosecution prosecutors investigation investigations investigated
    investigating lawsuit sued trial convicted
    """.split()
)
# Words that may stand before "people say" when it opens a clause: not "the things people say".
_BEFORE_GROUP = frozenset(
    "that and but so because while as if when what how why many some most few other and or "
    "yet though although since".split()
)


# Words before "they say" that make it a free relative or the proverb's "as they say".
_FREE_RELATIVE = frozenset({"what", "who", "whom", "whatever", "whoever", "as"})


# Before "sure", words that make it "certain" or an instruction, not the colloquial booster
# "it sure got an earful".
_SURE_AFTER = frozenset(
    "make makes making made ensure be being been is are am was were not for so pretty feel felt "
    "sure quite very too fairly i'm we're you're they're i\u2019m we\u2019re you\u2019re they\u2019re".split()
)


def _not_colloquial_sure(lw, i: int) -> bool:
    # ("it's sure not": a contraction before it is a word, not a mark)
    return i == 0 or lw[i - 1] in _SURE_AFTER or not lw[i - 1].replace("'", "").replace("\u2019", "").isalpha()


def _mixed_signal(lex: Lexicon, lw, i: int) -> bool:
    """A booster that HC103 pairs with the hedge at ``i``: a word of certainty just after it
    ("arguably clear"), or a pairing booster within two words ("arguably clearly better")."""
    if i + 1 < len(lw) and lw[i + 1] in lex.certainty:
        return True
    return any(w in _PAIR_BOOSTERS for w in lw[max(0, i - 2) : i] + lw[i + 1 : i + 3])


# After "could", "may" or "might" and a pairing booster, a verb of perceiving or grasping: the
# booster says how well the act is done, "so that you could clearly see adjustments against the
# backdrop", "that the people may clearly see the necessity of proceeding" (manner, as HC102
# reads "see clearly"); or a passive: "could surely be translated, too" says what can and ought
# to be done (burin S271), no claim made sure and hedged at once. Not "may clearly fail", "might
# obviously break", "may certainly be faster": there the booster stands on the claim the modal
# hedges. Issue 11, forty-first session (prechc41): over the development sets the three HC103
# findings so placed (burr-, dowel-, gauge-docs) were all wrong, and none right.
_GRASPING = frozenset(
    """
    see perceive discern distinguish recognise recognize understand grasp comprehend hear
    """.split()
)


def _modal_graded(lw, bend: int) -> bool:
    """The booster ending at ``bend``, right after a modal, grades a verb of perceiving or a
    passive ("could clearly see", "could surely be translated")."""
    k = bend + 1
    if k >= len(lw):
        return False
    if lw[k] in _GRASPING:
        return True
    return lw[k] == "be" and k + 1 < len(lw) and past_participle(lw[k + 1])


def _split_by_code(words, a: int, b: int, prose: str) -> bool:
    """Inline code (a placeholder) between the words of a phrase: not the phrase."""
    return b > a and PLACEHOLDER in prose[words[a].end : words[b].start]


def _weasel_excused(lw, words, i: int, entry: str, prose: str) -> bool:
    """A weasel entry that, here, hides nobody."""
    if entry in ("allegedly", "alleged", "reputedly", "purportedly") and _any_in(lw, _CHARGES):
        return True
    if entry in reputation.FAME_ADJECTIVES and reputation.fame_excused(lw, words, i):
        return True  # "the legendary Joe Frazier", "The most notorious of the three"
    if entry == "known for" and i + 2 < len(lw) and lw[i + 2] in ("sure", "certain", "certainty"):
        return True  # "cannot be known for sure": the verb "know", not a reputation
    if entry == "is well known" and i + 3 < len(lw) and lw[i + 3] == "to":
        return True  # "is well known to have latency": a property, like "has been known to" (D5)
    if entry in ("news reports", "press reports") and i >= 2 and words[i - 1].text[:1].isupper():
        return True  # "The Harbor Times news reports": the outlet is named
    if entry in _TOLD_ENTRIES and informant.teller_follows(lw, i + len(entry.split())):
        return True  # "I was told that by the man that owns that company": the teller follows
    if entry in _NAMED_STUDIES and i and _named_body(words[i - 1].text, i - 1):
        return True  # "NLRDA studies show": the association that made the studies is named
    if entry in _CRITICISM and i + len(entry.split()) < len(lw) and lw[i + len(entry.split())] in ("from", "by"):
        return True  # "faced criticism from their employees": the critics are said
    if i == 0 and entry.endswith(" quarters"):
        return True  # "In some quarters our diplomacy is vexed": places, not holders (hc40)
    if entry == "it is thought" and i + 3 < len(lw) and lw[i + 3] in ("of", "about"):
        return True  # "too often it is thought of at the last moment": considered, not believed
    if entry == "the story goes" and i + 3 < len(lw) and lw[i + 3] in ("on", "back", "further", "beyond"):
        return True  # "and the story goes on from there": the plot, not a tale passed on
    if entry in ("highly regarded", "generally regarded") and i and lw[i - 1] in ("most", "more", "less", "least"):
        return True  # "the most highly regarded philosophy department": a comparison, SL101's claim
    n = len(entry.split())
    if n > 1 and i + n <= len(lw) and (crowd_not_subject.object_before_comma(lw, words, prose, i, i + n - 1)
                                       or crowd_not_subject.say_for_instance(lw, words, prose, i + n - 1)):
        return True  # "on behalf of the American people, say that", "we have people, say, attacking" (shown55)
    if side_named.named_side(lw, i):
        return True  # "what the critics claim it does": the side the passage answers (party59)
    if _names_a_term(lw, i, words, prose):
        return True  # "sometimes called magic methods, or it's said that they implement a protocol"
    if entry == "they say" and i and lw[i - 1] in _FREE_RELATIVE and not prose[words[i - 1].end : words[i].start].strip():
        # "people are who they say they are", "mean exactly what they say", the proverb's "As
        # they say": "they" is the people just named, or nobody at all; not a hidden source
        # (issue 11, eleventh session: cellar-docs, unseen-docs twice, vault-docs; no positive).
        return True
    if entry == "they say" and i and lw[i - 1] in _WHEN_THEY:
        # "Romney and Ryan are correct when they say that", "When they say we have a duty to grow
        # government", "and then they say something": the people the text is speaking of, in a
        # frame of time or sequence, not hearsay (issue 11, fifteenth session: forge-docs twice,
        # bellows-docs, kiln-docs; no positive, no corpus line)
        return True
    if i and entry.startswith("sources ") and (lw[i - 1] in attribution.WRITERS or attribution.side(words[i - 1].text)):
        # "Our sources say": the writer's own unnamed sources; "US and Israeli sources said": a
        # side's (attribution.find, UNNAMED, which a name the sentence reports on does not answer)
        return True
    if i and " " in entry and entry.split()[0] in ("people", "they", "sources", "experts", "critics"):
        # "the positive things people say about your brand": a relative clause, not a source
        prev = lw[i - 1]
        gap = prose[words[i - 1].end : words[i].start].strip()
        if not gap and prev.isalpha() and prev not in _BEFORE_GROUP and prev.endswith("s"):
            return True
    return False


# Entries of the writer told, after which informant.teller_follows says by whom: "told that by
# the man who owns the company" (issue 11, seventeenth session: rasp-docs' trap; informant's
# told_to_writer leaves "told by the minister" alone).
_TOLD_ENTRIES = frozenset({"i was told", "we were told", "i've been told", "we've been told", "we are told", "we have been told", "we're told"})


# Weasel entries of studies that a name before them credits (issue 11, fifteenth session:
# chisel-docs' "NLRDA studies show"), and of criticism whose critics "from"/"by" names.
_NAMED_STUDIES = frozenset(
    "studies show|studies suggest|studies have shown|research shows|research suggests|research has shown".split("|")
)
_CRITICISM = frozenset({"faced criticism", "drawn criticism", "come under criticism", "faced scrutiny"})


def _named_body(text: str, index: int) -> bool:
    """An acronym ("NLRDA", "NIH") anywhere, or a capitalised word not opening the sentence."""
    letters = text.replace(".", "").replace("-", "")
    if len(letters) > 1 and letters.isalpha() and letters.isupper():
        return True
    return index > 0 and text[:1].isupper() and text[1:].islower() and text.isalpha()


_WHEN_THEY = frozenset({"when", "whenever", "then"})
_TERM_CUES = (("called",), ("known", "as"), ("referred", "to", "as"), ("termed",), ("dubbed",))


def _names_a_term(lw, i: int, words, prose: str) -> bool:
    """The clause is about what something is called ("are sometimes also called *magic
    methods* or it's said that ..."): a term of art, like "known as" (RULES 4), not a view.
    A clause mark between the name and the word ends it: in "a syndrome called Attention
    Deficit Disorder (ADD), supposedly characterized by ..." and "also called 'high-function
    autism', though researchers are divided" the weasel is in a clause of its own."""
    # Only the last cue before ``i`` matters: a clause mark between it and ``i`` also stands
    # between any earlier cue and ``i``.
    cues, marks = _term_marks(lw, words, prose)
    c = bisect_left(cues, i)
    if c == 0:
        return False
    m = bisect_right(marks, i)
    return m == 0 or marks[m - 1] <= cues[c - 1]


_TERM_CLAUSE_MARKS = (";", "(", ")", "\u2013", "\u2014", " - ")
_TERM_CUE_FIRST = frozenset(cue[0] for cue in _TERM_CUES)


def _clause_mark_before(lw, words, prose: str, j: int) -> bool:
    """A clause ends before word ``j``: a parenthesis, a dash, a semicolon, or a comma not
    followed by "or" ("called magic methods, or it's said that ..." goes on naming)."""
    gap = prose[words[j - 1].end : words[j].start]
    return any(m in gap for m in _TERM_CLAUSE_MARKS) or ("," in gap and lw[j] != "or")


# Once per sentence: each weasel of a sentence of thousands of words looking back through the
# whole sentence for a cue made it quadratic.
@per_sentence
def _term_marks(lw, words, prose: str) -> tuple:
    """Where the sentence's naming cues start, and the words a clause mark stands before (sorted)."""
    cues = [k for k, w in enumerate(lw)
            if w in _TERM_CUE_FIRST and any(tuple(lw[k : k + len(cue)]) == cue for cue in _TERM_CUES)]
    ends = [j for j in range(1, len(lw)) if _clause_mark_before(lw, words, prose, j)] if cues else []
    return cues, ends


def _proper(text: str) -> bool:
    return text[:1].isupper() and text[1:2].islower()


_PREPOSITIONS = frozenset("at in on of for from with by to into onto about".split())


def _group_claim(lex: Lexicon, lw, i: int, words=(), prose: str = "") -> Optional[int]:
    """ "many experts think", "critics claim", "some say": the index of the claim's last word."""
    if i and lw[i - 1] in _REFERRING and not (lw[i - 1] == "the" and lw[i] in _DISPOSITIONS):
        return None  # "the critics", "these users": a group named before
    if side_named.named_side(lw, i):
        return None  # "less wonderful than its supporters claim": the side of a thing named (party59)
    if i and lw[i - 1] in _PREPOSITIONS:
        return None  # "at some point to pass arguments": an object, not a speaker
    j = i
    generic = False  # a plural noun of no list after a quantity: "most pastors", "some of my friends"
    perfect_only = False  # a role's holders ("leaders"): a view only in the perfect of saying
    q = lex.quantifier.match_at(lw, i) if lw[i] in lex.quantifier.table else None
    if q:
        j = i + q[0]
        if j + 1 < len(lw) and "-" in lw[j] and lw[j].replace("-", "").isalpha() and (lw[j + 1] in lex.group or lw[j + 1] in lex.group_quantified):
            j += 1  # "Most right-thinking people regard": a compound adjective before the group
        plural = _some_people(words, lw, j, prose) if lw[i] in _QUANTITIES else None
        if j < len(lw) and (lw[j] in lex.group or lw[j] in lex.group_quantified or learned_profession(lw[j]) or _people_of(words, lw, j)):
            j += 1
        elif plural is not None:
            j = plural
            generic = True
        elif lw[i] not in lex.group:
            return None
    elif lw[i] in lex.group or learned_profession(lw[i]):
        if i and _proper(words[i - 1].text) and lw[i - 1] not in _BEFORE_GROUP and lw[i - 1] != "the" and lw[i] not in _STANCES:
            return None  # "Liberian authorities said", "Pentagon officials said": a named body
        if body_officials.body_officials(lw, words, i):
            return None  # "company officials said", "zoo officials report": the body named before
        j = i + 1
    elif lw[i] in _PERFECT_GROUPS:
        # "business leaders have declared that", "what leaders in both parties have already
        # suggested": a role's holders credited with a view, in the perfect only (below); not
        # "Pentagon leaders said" (a named body), "team leaders review the plan" (a deed)
        if i and _proper(words[i - 1].text) and lw[i - 1] not in _BEFORE_GROUP:
            return None
        j = i + 1
        perfect_only = True
    elif lw[i] in _EVERYONE:
        # "Everybody thinks managers make decisions", "the attack that everybody thought
        # preordained", "something which almost everyone said was impossible": a view credited to
        # all, none named (issue 11, eighteenth session: lathe-docs, forge-docs, mallet-docs);
        # not "Everyone says to me it will be good" (what the writer is told: the tellers are the
        # people around him), below
        j = i + 1
    elif lw[i] == "others" and i == 0:
        # "Others said, it's like throwing good money after bad", "Others thought it said a lot":
        # opening the sentence, nobody named before them in it (issue 11, thirteenth session:
        # forge-docs, hearth-docs; "while some ..., others suggested" pairs with its "some")
        j = i + 1
    else:
        return None
    group_end = j  # the index after the group's noun: "most Americans" ends before the verb
    if group_end > i and lw[group_end - 1] not in lex.quantifier.table and lw[group_end - 1] not in _QUANTITIES:
        j = _where_from(lw, words, j, prose)  # (not "some of them have said": a part of people named)
    if group_end > i and j == group_end:
        j = _scope_then_view(lw, words, j, prose)  # "many supporters of capitalism claim" (crowd53)
    if q and lw[i] in lex.group and j + 1 < len(lw) and lw[j] == "in" and _proper(words[j + 1].text) and j == i + 1:
        j += 2  # "some in Congress say": a part of a named body, its members unnamed
    elif q and lw[i] in lex.group and j + 2 < len(lw) and lw[j] == "in" and lw[j + 1] == "the" and _proper(words[j + 2].text) and j == i + 1:
        j += 3  # "some in the West were so quick to assume" (issue 11, thirteenth session)
    while j < len(lw) and (lw[j] in _GROUP_ADVERBS or _manner_adverb(lw[j])):
        j += 1
    j = _quick_to(lw, j)
    if j + 2 < len(lw) and lw[j] in _SEEM and lw[j + 1] == "to" and lw[j + 2] in _GENERIC_SPEECH | _SEEM_PERFECT:
        j += 2  # "as some prophets seem to believe", "most of the pundits seem to have suspected" (crowd53)
    if j == i + 1 and j + 3 < len(lw) and lw[j] == "would" and lw[j + 1] == "have" and lw[j + 2] in ("us", "you") and (
        lw[j + 3] not in lex.speech and lw[j + 3].isalpha() and not (prose and words and prose[words[j + 2].end : words[j + 3].start].strip())
    ):
        # "The doubters would have us turn back the clock", "as some would have you believe":
        # what a crowd would have the writer's people do is its view, whatever the verb
        # (issue 11, twenty-fifth session: wedge-docs; "would have us believe" below as before)
        return j + 3
    if j == i + 1 and j + 1 < len(lw) and lw[j] in _GROUP_MODALS and (
        (lw[j + 1] in lex.speech and lw[j + 1] not in _EXPERIENCE_VERBS) or lw[j + 1 : j + 3] in (["have", "us"], ["have", "you"])
    ):
        # "Critics may say", "Many will attest", "some would have us believe" (issue 11,
        # fourteenth session: cellar-docs, forge-docs, vault-docs, news-dev); not "Some users may
        # find that the page is slow", "which some people might consider a drawback": a reader's
        # possible view, documentation's concession (the benchmark corpus's 2 findings of the first
        # version); only one word, a group or a quantity, before the modal
        j += 3 if lw[j + 1] == "have" and lw[j + 2] in ("us", "you") else 1
    if j + 1 < len(lw) and lw[j] in ("do", "does", "did") and lw[j + 1] in lex.speech:
        j += 1  # "most Americans do consider": the emphatic auxiliary
    perfect = False
    if j + 1 < len(lw) and lw[j] in ("have", "had"):
        # "A number of experts have challenged": any speech verb in the perfect; one adverb may
        # come between ("economists have already said", "several people have already noted":
        # issue 11, nineteenth session, awl-docs, rasp-docs)
        k = j + 1
        if k + 1 < len(lw) and _perfect_adverb(lw[k]) and lw[k + 1] in lex.speech:
            k += 1
        if lw[k] in lex.speech:
            j = k
            perfect = True
        elif lw[k] in _PERFECT_VERDICTS and lw[i] not in _OFFICES and _verdict_follows(lw, k + 1):
            # "scientists have concluded unequivocally that", "business leaders have declared
            # that": a verdict credited to the group, its clause told (issue 11, twenty-fifth
            # session, task hedge25b: plumb-docs, hone-docs); not "authorities have declared
            # a state of emergency" (an office's act, and no clause)
            return k
    if perfect_only and not perfect:
        return None
    if j + 1 < len(lw) and lw[i] not in _OFFICES and lw[i] not in _EVERYONE and lw[i] != "few":
        # "some call Donald Trump a populist", "what some would call cynicism", "Some have called
        # it": a crowd's name for a thing is its verdict (next60); "call" is documentation's verb
        # for a deed, so crowd_naming reads the thing and the name after it
        v = j + 1 if (lw[j] in _GROUP_MODALS and lw[j + 1] == "call") or (lw[j] in ("have", "had") and lw[j + 1] == "called") else j
        if lw[v] in crowd_naming.VERBS:
            if not q and i and lw[i - 1] in crowd_naming.RELATIVES:
                return None  # "what sociologists call a total institution": a discipline's term of art, not a verdict
            return crowd_naming.named(lw, words, i, v, prose)
    if lw[i] in _EVERYONE:
        if j >= len(lw) or lw[j] not in _EVERYONE_VERBS or (j + 1 < len(lw) and lw[j + 1] == "to"):
            return None  # "Everyone says to me": the writer is told, by the people around him
        return j
    if j >= len(lw) or lw[j] not in lex.speech:
        if q and lw[i] in _QUANTITIES and words and peoples.wishes(words, lw, i + q[0], group_end, j):
            return j  # "most Americans support the plan": a people's counted part backs it
        return None
    if lw[j] in _NOUN_VERBS and j == i + 1 and lw[i] in lex.quantifier.table:
        return None  # "There is even some question whether": the noun after a bare quantity
    if lw[j] in attribution.GROUP_ONLY and not q and lw[i] in _OFFICES:
        return None  # "Officials dismiss the problem as trivial": a body's own stance (E4)
    if generic and (
        (lw[j] not in _GENERIC_SPEECH and not (perfect and lw[j] in _SAID_IN_PERFECT))
        or (j + 1 < len(lw) and lw[j + 1] in ("to", "by", "on"))
    ):
        return None  # "some tests assume", "Some games thought to be legitimate", "functions insist on"
    if generic and lw[j] in ("agree", "agreed") and not (j + 1 < len(lw) and lw[j + 1] == "that"):
        return None  # "Most anarchists agree with Berneri", "agree on the importance": a named view or a topic (crowd53)
    if generic and lw[j] in ("find", "found") and not (
        j + 1 < len(lw) and lw[j + 1] == "that" or ("to", "be") in zip(lw[j + 2 : j + 8], lw[j + 3 : j + 9])
    ):
        return None  # "Some functions find the file": a judgement is "find that", "find X to be"
    m = lex.speech.match_at(lw, j)
    if m and j > i and prose and words and any(c in prose[words[j - 1].end : words[j].start] for c in "([:;"):
        # "still common in program comments (compare the widespread confusion)": a verb that opens
        # a bracket or follows a colon is not the group's (the twenty-ninth session: froe-docs'
        # Jargon File, the finding quoting "comments (compare")
        return None
    if m and j == i + 1 and m[0] == 1 and lw[j].endswith("ed") and not _clause_follows(lw, j + 1) and lw[i] != "others":
        # ("Others reported supervisors demanding credit": the pronoun takes no participle)
        return None  # "There are some observed inconsistencies": a participle before a noun, not a verb
    if m and (crowd_not_subject.object_before_comma(lw, words, prose, i, j) or crowd_not_subject.say_for_instance(lw, words, prose, j)):
        return None  # "on behalf of the American people, say that", "we have people, say, attacking" (shown55)
    if m and lw[j] in _EXPERIENCE_VERBS:
        if prose and words and prose[words[j - 1].end : words[j].start].strip():
            return None  # "... contain comments. ([see below](...))": a cross-reference, not a verb
        if j + 1 >= len(lw) or lw[j + 1] in _NOT_AFTER_EXPERIENCE or not lw[j + 1][:1].isalpha():
            return None  # "Several find and replaces": the noun "find", not a judgement
    return j + m[0] - 1 if m else None


_GROUP_MODALS = frozenset({"will", "would", "may", "might"})
# Nouns of a stance for or against something: a capital before one names what the group is for or
# against, not a body it speaks for ("DeCSS detractors have repeatedly claimed", "Brexit supporters
# say"), unlike "Pentagon officials said" (issue 11, twenty-fifth session, task hedge25b: rasp-docs).
_STANCES = _DISPOSITIONS | frozenset(e for e, cat, note in load("weasel.tsv") if cat == "group" and note == "stance")
# Verbs of a verdict that count as saying only in the perfect and before their clause ("have
# concluded that", "have declared that"): "concluded the meeting", "declared a variable" are deeds.
_PERFECT_VERDICTS = frozenset({"concluded", "declared"})


# Holders of a role who speak as a group only in the perfect of saying ("business leaders have
# said"): in the present they lead ("team leaders review the plan").
_PERFECT_GROUPS = frozenset({"leaders"})
# Where a group is from, between it and "have": "leaders in both parties", "business leaders
# around the world", "economists across the spectrum" (lower case: "researchers at Google" names one).
_WHERE_FROM = frozenset({"in", "around", "across", "from", "of"})


def _where_from(lw, words, j: int, prose: str) -> int:
    """The index of "have" after a phrase of where the group is from (``lw[j]`` its preposition,
    at most three words of lower case after it, no mark between), or ``j``."""
    if j >= len(lw) or lw[j] not in _WHERE_FROM or not words:
        return j
    for k in range(j + 1, min(j + 5, len(lw))):
        if prose[words[k - 1].end : words[k].start] != " ":
            return j
        if lw[k] in ("have", "had") and k > j + 1:
            return k
        if not words[k].text.isalpha() or not words[k].text.islower():
            return j
    return j


def _verdict_follows(lw, k: int) -> bool:
    """ "that" at ``k``, or after one manner adverb ("concluded unequivocally that")."""
    if k < len(lw) and _manner_adverb(lw[k]):
        k += 1
    return k < len(lw) and lw[k] == "that"


# The verbs of saying a plural noun of no list may take in the perfect: "As many anarchists have
# noted" (brace-docs), "several people have already noted" (rasp-docs); a deed is not among them
# ("Several plugins have been written", "some packagers have called it").
_SAID_IN_PERFECT = frozenset(
    "said noted claimed argued suggested observed remarked pointed stated asserted contended "
    "maintained insisted commented".split()
)
# Adverbs between "have" and the verb of saying; not "never" (a denial credits no view).
_PERFECT_ADVERBS = frozenset("already long also often all since recently repeatedly rightly".split())


def _perfect_adverb(word: str) -> bool:
    return word in _PERFECT_ADVERBS or (_manner_adverb(word) and word != "never")


# Verbs of doubting or disputing that are nouns too: after a bare quantity ("There is even some
# question whether", "When some dispute arises", "some object types") the noun is meant; a group
# noun must come between ("some people question if", "Few people dispute that").
_NOUN_VERBS = frozenset({"question", "dispute", "suspect", "object"})
# Holders of an office, who doubt or dispute for their body, not as a vague group: with those
# verbs they need a quantity ("some officials question", not "Officials dismiss the problem").
# A learned profession named by its suffix, read as weasel.tsv's group nouns are ("economists",
# "historians", "scientists"): "Psychologists point out that", "Most psychiatrists dismiss",
# "sociologists argue" (school60: gauge-, holdfast-, jointer-docs). A profession's members credited
# with a view as a body, none named. Not "apologists" (a stance, not a trade) nor "ideologists".
_LEARNED_ENDINGS = frozenset({"ologists", "iatrists"})
_NOT_LEARNED = frozenset({"apologists", "ideologists"})


def learned_profession(w: str) -> bool:
    """The lower-cased word is the plural of a learned profession: "psychologists",
    "psychiatrists", "sociologists"; not "apologists"."""
    return len(w) > 9 and w[-8:] in _LEARNED_ENDINGS and w.isalpha() and w not in _NOT_LEARNED


_OFFICES = frozenset("officials authorities ministers commanders diplomats sources insiders".split())
# Everyone as the holder of a view (_group_claim), with a verb of saying or believing only: not
# "Everyone found the bug" (a deed), nor "everyone knows" (what the text takes as given: four
# sets' unlabelled lines; HC102's), nor "agrees", "assumed" (the weasel list's entries), nor
# "Everyone expected the plan inevitably to fail" (a forecast, HC102's example of a booster).
_EVERYONE = frozenset({"everyone", "everybody"})
_EVERYONE_VERBS = frozenset(
    "say says said think thinks thought believe believes believed claim claims claimed argue argues "
    "argued".split()
)


# Quantities before a plural noun of no list (issue 11, fourteenth session: "some Englishmen
# claim", "most pastors find that", "Some foreign companies boast", "Some of the president's
# advisers said", bellows-docs, hearth-docs, forge-docs); not "other", "top", "leading": kinds.
_QUANTITIES = frozenset("some many most several numerous countless few".split())
# The verbs such a group must have: saying or believing proper, that only people do; not
# "assume", "suggest", "indicate", "report" ("some tests assume", "some values suggest").
_GENERIC_SPEECH = frozenset(
    "say said claim claimed believe believed think thought feel felt insist argue argued contend "
    "maintain find found fear boast boasted aver averred assert asserted agree agreed".split()
)
# "seem to" between a crowd and its verb of view: the writer doubts the crowd, whose view it still is
# ("as some prophets seem to believe"); "have" for the perfect after it ("seem to have suspected").
_SEEM = frozenset({"seem", "seemed"})
_SEEM_PERFECT = frozenset({"have"})
# What part of the world a crowd of no list is from, between its plural noun and its verb: "many
# supporters of capitalism claim", "some comics fans on the net now claim", "some fans of C
# maintain" (crowd53, fifty-third session; "of" + "the"/"my" right after the quantity is
# _some_people's part of a group).
_SCOPES = frozenset({"of", "on", "in", "within", "across"})
# Verbs of view that are also nouns or deeds after a scope phrase: "forms of anarchist thought",
# "fans of the breed found the trail".
_SCOPE_NOUNS = frozenset({"find", "found", "feel", "felt", "thought", "fear", "say"})
# Words that end a scope phrase: a pronoun or a pointer names the part of a party told before ("many
# of them believe", "some of us thought", "economists of this school maintain"), a relative opens
# another clause ("some in our country who argue"), an auxiliary is the clause's own verb.
_SCOPE_STOPS = frozenset(
    "us them you we it these those this that who whom which whose will would may might can could "
    "shall should must do does did have has had is are was were be been".split()
)


def _scope_then_view(lw, words, j: int, prose: str) -> int:
    """The index of the verb of view after a scope phrase at ``j`` (its preposition, then one to
    three words, no mark between, adverbs allowed before the verb), or ``j``."""
    if j >= len(lw) or lw[j] not in _SCOPES or not words or not prose:
        return j
    for k in range(j + 2, min(j + 5, len(lw))):
        if between(words, prose, k - 1, k) != " " or not words[k - 1].text.replace("-", "").isalpha():
            return j
        if lw[k - 1] in _SCOPE_STOPS:
            return j
        v = k
        while v < len(lw) and v < k + 2 and (lw[v] in _GROUP_ADVERBS or _manner_adverb(lw[v])):
            v += 1
        if v < len(lw) and lw[v] in _GENERIC_SPEECH and lw[v] not in _SCOPE_NOUNS:
            return v
    return j


_PARTITIVE = frozenset("the my our his her their".split())
_SUBJECTS_OF_STUDY = peoples.SUBJECTS_OF_STUDY  # (their findings, RULES 4)


def _plural_noun(words, lw, j: int) -> bool:
    text = words[j].text
    return text.isalpha() and text.islower() and peoples.plural_form(lw[j])


def _some_people(words, lw, j: int, prose: str) -> Optional[int]:
    """The index after a plural noun phrase of no list that follows a quantity at ``j``: up
    to two modifiers and a plural noun ("pastors", "foreign companies", "Englishmen"), or a
    part of a group ("of the president's advisers", "of my friends in corporate America").
    None when there is none."""
    n = len(lw)
    k = j
    if k + 1 < n and lw[k] == "of" and lw[k + 1] in _PARTITIVE:
        k += 2
        if k < n and lw[k].endswith("'s"):
            k += 1  # "of the president's advisers"
    for m in range(k, min(n, k + 3)):
        if m + 1 < n and prose and prose[words[m].end : words[m + 1].start].strip():
            return None  # "some special options, fear not": a mark ends the phrase before its verb
        if lw[m] in _SUBJECTS_OF_STUDY:
            return None
        if _plural_noun(words, lw, m) or (m > k and _people_of(words, lw, m)):
            e = m + 1
            if k > j and e + 1 < n and lw[e] == "in":
                # "of my friends in corporate America say": a place after the part, up to 3 words
                for f in range(e + 2, min(n, e + 4)):
                    if words[f - 1].text[:1].isupper():
                        return f
            return e
        if not lw[m].replace("-", "").isalpha() or lw[m] in peoples.NOT_PLURAL or lw[m] in _CLAUSE_STARTS:
            return None
    return None


# "were (so) quick to" between a group and its verb: "some in the West were so quick to assume"
# (quarry-docs), "some business analysts were quick to conclude" (ember-docs); issue 11,
# thirteenth session.
_QUICK = frozenset({"quick", "eager", "keen", "ready", "slow"})


def _quick_to(lw, j: int) -> int:
    """The index after "were (so) quick to" at ``j``, or ``j`` itself."""
    k = j
    if k < len(lw) and lw[k] in ("are", "were", "was", "is"):
        k += 1
        if k < len(lw) and lw[k] in ("so", "too", "very", "all", "always"):
            k += 1
        if k + 1 < len(lw) and lw[k] in _QUICK and lw[k + 1] == "to":
            return k + 2
    return j


# Adverbs between a group and its verb: "critics still claim", "some even compare", and any
# adverb of manner ("Some people loudly defend"), issue 11, twelfth session.
_GROUP_ADVERBS = frozenset("also still often now generally usually even openly".split())
# Words in -ly of five letters or more that are no adverb of manner (ly_adverb passes no shorter
# word: "only", "rely", "July", "ally", "fly").
_NOT_MANNER = frozenset("early family reply apply supply italy".split())


def _manner_adverb(word: str) -> bool:
    return ly_adverb(word) and word not in _NOT_MANNER


# Verbs of judging by experience (issue 11, rules4): "most people find getmail easier", "what
# many Tunisians saw as a failure", "many people choose Debian". They are common words in other
# senses, so they must be the verb of the clause: joined to the group, and followed by their object.
_EXPERIENCE_VERBS = frozenset({"find", "saw", "choose", "found", "regard"})
_NOT_AFTER_EXPERIENCE = frozenset("and or of in on for to with from by at below above also".split())


# Words that may follow a verb of saying in the past ("some observed that", "many questioned
# the decision"); anything else after "some observed" is the noun the participle describes.
_CLAUSE_STARTS = frozenset(
    "that the a an it this these those him her them his their its our to how whether what why if "
    "on about".split()
)


def _clause_follows(lw, k: int) -> bool:
    return k < len(lw) and lw[k] in _CLAUSE_STARTS


def _people_of(words, lw, j: int) -> bool:
    """A people or a party named in the plural after a quantifier: "many Tunisians", "some
    Republicans" (a capital, then lower case, ending in s; not a possessive)."""
    if j >= len(lw):
        return False
    text = words[j].text
    return (
        len(text) > 4 and text[:1].isupper() and text[1:].isalpha() and text[1:].islower()
        and (text.endswith("s") and not text.endswith("ss") or text.endswith("men"))
    )  # "-men": "some Englishmen claim" (issue 11, fourteenth session)


# Boosters that, in a piece of advice, only add emphasis: "you should definitely file an issue
# first", "use it with caution and definitely not in production". Not "it is definitely not
# representative", which insists on a claim.
_EMPHASIS_ONLY = frozenset({"definitely", "absolutely", "certainly"})
_ADVICE_MODALS = frozenset({"should", "must", "shouldn't", "mustn't", "need", "needs"})
_PLACES = frozenset({"in", "on", "for", "at", "with", "within", "inside", "under", "during", "before"})


def _emphasis(lw, b: int) -> bool:
    if any(w in _ADVICE_MODALS for w in lw[max(0, b - 2) : b]):
        return True
    return b + 2 < len(lw) and lw[b + 1] == "not" and lw[b + 2] in _PLACES


# Emphatic words that insist on a claim when they open a sentence ("In fact, ...", "And indeed").
# "In reality" and "in truth" insist the same way ("In truth, I find Europe to be ...", "And in
# truth it is getting worse"), and in documentation as often contrast how a thing looks with how it
# works ("It looks like we enable the rule, but in reality ..."): info, like "in fact" (_SOMETIMES).
_INSISTING = frozenset({("indeed",), ("in", "fact"), ("in", "reality"), ("in", "truth")})
_DASHES = ("-", "\u2013", "\u2014")


# The sentence _turns last looked at, and what it found: a sentence's boosters are tested one
# after another, and scanning the whole sentence for each made a sentence of thousands of words
# (a paragraph with no full stop) quadratic.
_TURNS_OF: list = [(None, (-1, 1 << 30))]  # one (sentence words, turns) pair, read and replaced whole


def _turns(lw, words, prose: str) -> tuple[int, int]:
    """The index of the sentence's last "but" after a dash ("- but") and of its first concessive
    "although" / "(even) though", or -1 and a number past the end when there is none."""
    seen, turns = _TURNS_OF[0]
    if seen is lw:
        return turns
    last_turn, first_although = -1, 1 << 30
    for k, w in enumerate(lw):
        if w == "but" and k and any(d in prose[words[k - 1].end : words[k].start] for d in _DASHES):
            last_turn = k
        elif first_although > k and (w == "although" or (w == "though" and (k == 0 or lw[k - 1] in ("even", "(")))):
            first_although = k
    _TURNS_OF[0] = (lw, (last_turn, first_although))
    return last_turn, first_although


def _concessive(lw, b: int, bend: int, words, prose: str) -> bool:
    """The booster concedes a point before the writer turns to another: "speed is certainly
    important - but ...", "Of course there are other things that matter too", "Although it
    indeed uses WebSocket"; or qualifies a caveat: "(but not always, and certainly not by
    definition)". Certainty granted to a point the writer then sets aside is not a claim."""
    last_turn, first_although = _turns(lw, words, prose)
    if last_turn > bend:
        return True  # "– but": the turn that a concession sets up (", but" is too common)
    if first_although < b:
        return True  # not the adverb "Just in case, though, here are examples that ..."
    if b <= 2 and "too" in lw[bend + 1 :] and lw[b : bend + 1] == ["of", "course"]:
        # "Of course there are lots of other things that matter too"; only "of course", which
        # grants: "I am sure that Castro was happy, too", "We were certainly not ... too" and
        # "the reality is that the JS community is just too diverse" insist (issue 11,
        # fourteenth session: +3 right in bellows, forge, fresh; +1 trap in ember)
        return True
    if b and lw[b - 1] in ("and", "but", "or") and bend + 1 < len(lw) and lw[bend + 1] == "not":
        return True  # "(but not always, and certainly not by definition)"
    if lw[b : bend + 1] == ["of", "course"]:
        return _granting(lw, bend, words, prose)
    return False


# The verb of an existential clause after "there" ("there are", "there's": one word as prose is read).
_THERE_BE = frozenset({"is", "are", "was", "were", "be", "been", "remain", "remains"})
_THERE_IS = frozenset({"there's", "there're", "there'll"})


def _existential(lw, b: int, bend: int) -> bool:
    """The booster, after "there is", vouches only that something exists: "There are doubtless
    inaccuracies", "there's definitely more than one way", "There certainly is!",
    "There are, no doubt, good people who ...". Said of what exists, certainty grants a point
    (there are exceptions, other ways, other views) before the writer turns to their own; it is
    not a claim the reader must take on trust. Every such booster the labelled sets mark is a
    trap (vault-docs, cellar-docs, attic-docs). Not "there's no doubt that ...", where "there"
    belongs to the booster itself."""
    if lw[b] == "there" or lw[b] in _THERE_IS or lw[b] in certainty_frames.ARTICLES:
        # ("there is the undeniable fact that ...": the fact named is what the clause sets out,
        # its claim after "that", not a thing whose being the booster grants; hcprec45)
        return False
    before = lw[b - 1] if b else ""
    if before in _THERE_IS or (before == "there" and bend + 1 < len(lw) and lw[bend + 1] in _THERE_BE):
        return True  # "there's definitely more", "There certainly is!"
    # "There are doubtless inaccuracies", "There are, no doubt, good people". Not a booster
    # before "there": "Now obviously there are frameworks around that ..." and "And, of course,
    # there are the perennial holy wars" are marked as claims (real-docs, fresh-docs) as often
    # as "Undoubtedly there are more" is marked as a trap.
    return b >= 2 and lw[b - 2] == "there" and before in _THERE_BE


# Words that make "of course" grant a point rather than insist on one: a turn ("but", "still",
# "yet"), an exception ("some", "exceptions"), a limit the writer sets ("you can't order people").
_GRANTING = frozenset("but still yet though although however exceptions exception".split())
# A limit or a possibility right after "of course" ("Of course, regressions may not be a big
# problem"): granting a point, not insisting.
_LIMITS = frozenset("some can't cannot couldn't may might could".split())
# A denial that goes on ("Of course I do not mean that literally"): a disclaimer; not one that
# ends the sentence ("Of course it's not!", "Of course not."), an emphatic answer.
_DENIALS = frozenset("not don't doesn't didn't isn't aren't won't never".split())


def _granting(lw, bend: int, words, prose: str) -> bool:
    """ "There are, of course, some exceptions", "Of course, you can't order people ...", "keys
    are of course still the norm, but ...", "And, of course, in bullet-point format:": "of
    course" concedes or frames, it does not vouch for a fact (RULES-ADDENDUM A9)."""
    if _any_after(lw, _GRANTING, -1):
        return True
    after = lw[bend + 1 : bend + 6]
    if not _LIMITS.isdisjoint(after):
        return True
    if any(w in _DENIALS and bend + 1 + k < len(lw) - 1 for k, w in enumerate(after)):
        return True
    end = words[-1].end
    if prose[end : end + 1] == ":":
        return True  # a lead-in to what follows
    nxt = lw[bend + 1] if bend + 1 < len(lw) else ""
    if nxt in _CONDITION_AFTER:
        # "Of course, if your pool is close to the house, ...", "All of this would be wasted, of
        # course, if ...": the certainty lands on a hypothesis, not a fact (issue 11, fifteenth
        # session: 5 traps in three sets, chisel, tongs, vault; no right finding so placed)
        return True
    if (nxt == "there" and bend + 2 < len(lw) and lw[bend + 2] in _THERE_BE) or nxt in _THERE_IS:
        # "Of course, there remains much to do", "Then, of course, there are those of us who":
        # granting that something exists turns the argument to it (RULES-ADDENDUM Q3; 7 traps
        # in seven sets, three of them already dropped by other tests, 1 right: fresh-docs' "And,
        # of course, there are the perennial holy wars")
        return True
    if bend >= 2 and lw[bend - 2] in ("and", "or") and nxt in _LIST_PREPOSITIONS:
        # ", and, of course, for sunlight": the expected last item of a list (B2), no clause
        # (cellar-docs, tongs-docs; no right finding so placed)
        return True
    return _framing_after(lw, bend, words, prose)


# Words of a condition right after "of course".
_CONDITION_AFTER = frozenset({"if", "when", "whenever", "unless", "once", "whether"})
# Prepositions that open a list's last item after "and, of course,".
_LIST_PREPOSITIONS = frozenset("for in on with to at by from about against".split())


# Prepositions that open a framing phrase after "Of course," at the head of a sentence: "Of
# course, in order to use the new features, ...", "Of course, after getting the basics right,
# ...", "Of course, due to every character using two bytes, ...", "Of course, in prudential
# calculation, ... Yet" (issue 11, fourteenth session: 6 traps in five sets, vault, cellar,
# loft twice, hearth, bellows; 1 right, ember's "Of course, in large measure, that is because").
_FRAMING = frozenset("in for after due from with under during before given despite".split())


def _framing_after(lw, bend: int, words, prose: str) -> bool:
    """ "Of course, in order to preserve the software, ...": "Of course" opening the sentence
    and set off before a framing phrase qualifies what came before: it concedes, like RULES-
    ADDENDUM Q3's "Of course, there is also an optimistic side"."""
    if bend != 1 or bend + 1 >= len(lw) or lw[bend + 1] not in _FRAMING:
        return False
    return "," in prose[words[bend].end : words[bend + 1].start]


def _advice(lw, bend: int, words=None, prose: str = "", b: int = -1) -> bool:
    """ "You certainly shouldn't have to rewrite it", "Without a doubt you should try",
    "Obviously not all Emitters should be limited to 10", "what you should use without
    question": certainty about what ought to be, anywhere in the booster's clause."""
    if b > 0 and not _OUGHT.isdisjoint(lw[max(0, b - 3) : b]) and lw[b] != "inevitably":
        return True  # (not "must inevitably arise": a necessity foretold, certainty_adverbs; boost44)
    for k in range(bend + 1, min(len(lw), bend + 8)):
        if words is not None and k > bend + 1 and any(m in prose[words[k - 1].end : words[k].start] for m in ",;:("):
            return False
        if lw[k] in _OUGHT:
            return True
    return False


# Before a booster: a modal of possibility makes it permission or possibility ("You can
# obviously use a different template engine", "it can also obviously cause"), A9.
_POSSIBILITY = frozenset({"can", "could", "may", "might"})
_NEGATIONS = frozenset({"not", "isn't", "wasn't", "aren't", "never", "hardly"})


def _paired_with_manner(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "would gradually but definitely make its mark", "slowly but surely": the booster joined
    to an adverb of manner before it says how, as its partner does (bellows-docs; the mirror of
    "obviously or demonstrably incorrect" in _not_insisting)."""
    if bend != b or b < 2 or lw[b - 1] not in ("and", "but", "or") or not _manner_adverb(lw[b - 2]):
        return False
    return not prose[words[b - 2].end : words[b].start].strip(" ").replace(lw[b - 1], "", 1).strip(" ")


def _not_insisting(lw, b: int, bend: int, joined: bool = True) -> bool:
    """The booster is there but insists on nothing: possibility ("can obviously"), a negation
    ("it is not that self-evident"), a split infinitive of manner ("To clearly spell it out"),
    "most obviously" (= most notably), or the word alone as a list item (a word mentioned in a
    style guide's list of words to avoid)."""
    before = lw[max(0, b - 3) : b]
    if lw[b] == "rest":
        return False  # "you can rest assured": the modal belongs to the booster
    if lw[bend] == "sure" and bend + 1 < len(lw) and lw[bend + 1] in _READER_AFTER_SURE:
        return True  # "I'm sure you know what to do with it!": a nod to the reader, not a claim
    if lw[bend] == "proven" and lw[bend - 1] == "been" and bend == len(lw) - 1:
        return True  # "merging changes only once they have been proven.": tested, no claim proven
    if lw[bend] == "proven" and bend + 1 < len(lw) and lw[bend + 1] == "to" and not (bend == b + 2 and (lw[b] in _BE_FORMS or lw[b + 1] == "been")):
        # "has proven to be a source of ideas": a record the sentence goes on to show; not the
        # passive with an adverb, "is scientifically proven to increase", nor the perfect
        # passive, "has been proven to create the most robust ... kernel" (proof claimed)
        return True
    if before[-1:] and before[-1] in _POSSIBILITY:
        return True
    if len(before) >= 2 and before[-2] in _POSSIBILITY and before[-1] in ("also", "be", "still", "then", "you", "we"):
        return True
    if any(w in _NEGATIONS for w in before[-2:]) and before[-2:] != ["not", "only"] and not _or_not(lw, b):
        # not "Not only, as we know, did Chou En-lai ...": "not only" adds, it denies nothing;
        # nor "Believe it or not, we have already proven that": the idiom denies nothing
        return True
    if _nor_inverted(before):
        return True  # "nor do we all know how the other databases behave": negated by "nor"
    if b and (lw[b - 1] == "to" or (lw[b - 1] == "most" and lw[b] not in _MOST_INTENSIFIED and joined)):
        # "most obviously" is most notably; "most certainly" insists all the more. Only when the
        # two words are joined: in "Most, of course, will simply grumble" and "most, I am sure,
        # have never heard of it" "most" is the subject and the booster an aside on the claim
        # (hearth-docs, brace-docs; issue 11, nineteenth session)
        return True
    if _elliptical_reply(lw, bend):
        return True
    if b and lw[b - 1] in _DEGREE and bend == b:
        return True  # "so obviously wrong as to be a joke": the adverb grades, it does not insist
    if bend + 2 < len(lw) and lw[bend + 1] in ("or", "and") and ly_adverb(lw[bend + 2], 0):
        return True  # "from obviously or demonstrably incorrect premises": two adverbs of manner
    return len(lw) == bend - b + 1  # "* Obviously": the word mentioned, not used


# "nor" and an auxiliary inverted before the booster negate it as "not" does ("nor do we all know
# how all the other relational databases out there behave", "Nor is it well known how fast ...").
# Issue 11, twenty-fifth session (boost25): wedge-docs' trap; a repair of the negation test.
_INVERTED = frozenset("do does did is are was were can could will would has have had".split())


def _nor_inverted(before) -> bool:
    """ "nor" + an auxiliary among the three words before the booster (``before``)."""
    return any(before[k] == "nor" and before[k + 1] in _INVERTED for k in range(len(before) - 1))


def _or_not(lw, b: int) -> bool:
    """ "or not" is the only negation in the two words before ``b`` ("Believe it or not, we")."""
    near = [k for k in range(max(0, b - 2), b) if lw[k] in _NEGATIONS]
    return all(lw[k] == "not" and k and lw[k - 1] == "or" for k in near)


# After "most" these insist all the more ("would most certainly disagree", "is most definitely
# there"); "most obviously" and "most clearly" say most notably (issue 11, fifteenth session:
# tongs-docs 2, quarry-docs 1 right).
_MOST_INTENSIFIED = frozenset({"certainly", "definitely", "surely"})
# An auxiliary that can close an elliptical reply ("It most definitely was.", "I most certainly have.").
_REPLY_AUXILIARIES = frozenset("is was are were am be been have has had do does did can could will would".split())


def _elliptical_reply(lw, bend: int) -> bool:
    """ "It most definitely was.", "I most certainly have.": the booster and one auxiliary close
    the sentence, an emphatic reply that confirms the sentence before; the claim, and its
    support, are there (attic-docs, tongs-docs: both traps)."""
    return bend + 2 == len(lw) and lw[bend + 1] in _REPLY_AUXILIARIES and bend >= 1


# After "I'm sure": the reader ("I'm sure you know what to do with it!"), a courtesy, not a claim
# (1 of 1 new corpus finding wrong before this: eval/judged/rules4-hc-new-findings.tsv).
_READER_AFTER_SURE = frozenset({"you", "you'll", "you've", "you're", "your"})


# Certainty adjectives that vouch for the noun they stand before ("their obvious importance");
# not "clear" nor "sure" ("a clear error message", "a sure way").
# (and the other adjectives that mean nothing but certainty, as certainty_frames' predicates:
# "an incontestable witness to its continuity", gouge-docs; issue 11, seventeenth session)
_ATTRIBUTIVE = frozenset(
    "obvious evident undeniable indisputable unquestionable incontestable irrefutable unassailable undoubted".split()
)
# Not "the" but before a quality the sentence asserts (certainty_frames.quality_asserted): "the
# obvious ones are optparse and argparse", "all the obvious places" point to a referent the
# reader can guess; they vouch for nothing (2 of 2 wrong on the dev sets).
_ATTRIBUTIVE_BEFORE = frozenset("a an their its his her our this these those".split())


def _attributive(lw, words, i: int, prose: str) -> bool:
    """A determiner, the adjective, then a word of its noun phrase: "an obvious {backronym}"."""
    if i == 0 or i + 1 >= len(lw):
        return False
    if lw[i - 1] not in _ATTRIBUTIVE_BEFORE and not (lw[i - 1] == "the" and certainty_frames.quality_asserted(lw, i)):
        return False
    if prose[words[i - 1].end : words[i].start].strip() or prose[words[i].end : words[i + 1].start].strip(" \t\r\n{[*_\"\u201c"):
        return False  # a mark between: "the obvious: ..." (a line break is no mark: "an obvious\nrule")
    return lw[i + 1][:1].isalpha() and lw[i + 1] not in _AFTER_CERTAINTY


# "It's clear" and "it is apparent" without "that": a booster before a clause ("It's clear this
# craze is driving us nuts"), but clarity before a question word or in a purpose clause ("It's
# clear reading the test what the output is", "so that it is clear this is intended").
_THATLESS = frozenset({("it's", "clear"), ("it", "is", "clear"), ("it's", "apparent"), ("it", "is", "apparent")})
# "it's obvious what changed and easy to fix": easy to see, like "It's clear from the test what
# the output is" (_clarity); loft-docs' trap, issue 11, fourteenth session. Its tier is its own.
_OBVIOUS = frozenset({("it's", "obvious"), ("it", "is", "obvious")})
_QUESTION_WORDS = frozenset("what how why which who whom whether where when".split())


def _clarity(lw, b: int, bend: int) -> bool:
    if b >= 2 and lw[b - 2 : b] == ["so", "that"] or (b and lw[b - 1] in ("make", "makes", "making", "made")):
        return True
    return not _QUESTION_WORDS.isdisjoint(lw[bend + 1 : bend + 6])


_OUGHT = frozenset({"should", "shouldn't", "must", "mustn't", "ought"})
# "Indeed it might be a more appropriate vehicle than NATO", "In fact, subsystem maintainers may
# want to use the --no-ff flag", "Indeed users may sometimes wait for a problem to occur": "may" or
# "might" within three words after "In fact" / "Indeed" makes the clause a possibility, which the
# opener cannot put beyond doubt (issue 11, thirtieth session, boost30: three wrong findings of the
# fifty-two sets, anvil, awl, sickle, all traps, none right; "can" and "could" are left, ability
# insisted on: real's "In fact, you can continue using your previous pandas notebooks", ember, sealed).
# Not the month ("In fact, in May the bridge closed").
_MAY = frozenset({"may", "might"})
_BEFORE_MONTH = frozenset("in by of until since from during through early late last next this".split())


def _may_after(lw, bend: int) -> bool:
    for k in range(bend + 1, min(len(lw), bend + 4)):
        if lw[k] in _MAY and lw[k - 1] not in _BEFORE_MONTH:
            return True
    return False


_DEGREE = frozenset({"so", "too", "very", "less", "more", "quite", "rather"})


_COPULAS = frozenset("is are was were".split())
# Also after another auxiliary or a pronoun subject: "which had, in fact, been current", "and
# they, in fact, shared our ideals" (issue 11, thirteenth session: vault-docs and quarry-docs,
# no false alarm on the sets, no corpus finding).
_SET_OFF_AFTER = _COPULAS | frozenset("has have had do does did they he she we it this".split())


def _set_off_after_copula(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "SQLModel is, in fact, a thin layer on top of ...": the emphasis set off by commas between
    a verb "to be" and what it asserts insists on the claim (not "whether it is in fact ...")."""
    if b == 0 or bend + 1 >= len(lw) or lw[b - 1] not in _SET_OFF_AFTER:
        return False
    before = prose[words[b - 1].end : words[b].start]
    after = prose[words[bend].end : words[bend + 1].start]
    return "," in before and "," in after


def _set_off_claim(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "SQLModel is, in fact, a thin layer on top of ...", "they, in fact, shared our ideals",
    "This, in fact, is our new American moment": "in fact" set off by commas inside the clause it
    insists on, not inside a parenthesis ("(it is, in fact, an abbreviation of Debian PacKaGe)",
    an aside that explains a name). A warning, unlike "In fact," at a sentence's head, which
    mostly elaborates (issue 11, seventeenth session: 7 of 8 right on the sets)."""
    if lw[b : bend + 1] != ["in", "fact"] or not _set_off_after_copula(lw, b, bend, words, prose):
        return False
    # not inside a parenthesis: the sentence's depths are read once (_paren_depth, tier40's), not
    # the sentence's head again per booster
    return _paren_depth(lw, words, prose)[b] <= 0


def _set_off_of_course(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "Lenin's analogy is, of course, flawed", "These are, of course, the same people", "It is
    they, of course, who keep it alive": "of course" set off by commas inside the clause, after a
    verb "to be", an auxiliary or a pronoun subject (as _set_off_claim reads "in fact"), puts what
    the clause asserts beyond question; it does not grant a point before a turn the way "Of course,
    ..." at a sentence's head does (a later "but" or a modal still lowers it: _booster_tier's
    branches below). Not in a parenthesis, not after a condition word ("If you build it, of
    course, they will come"), not after an existential "there" ("There has, of course, been a
    decrease in ...": that something exists, reported) or "This" (below), not inside a relative
    clause ("a promise that, of course, is hollow"). A warning since the fortieth session (tier40,
    issue 11): its info findings were right 15 times of 17 over the seventy-nine sets before dado
    (thirteen sets; 11 of 13 after the verb, 4 of 4 before "is"), 1 of 1 on dado, ferrule and
    spindle (spindle's "These two basic malformations have, of course, many variations")."""
    if lw[b : bend + 1] != ["of", "course"] or b == 0 or bend + 1 >= len(lw):
        return False
    if not _set_off_after_copula(lw, b, bend, words, prose) and not (
        lw[bend + 1] in _COPULAS and lw[b - 1] not in _RELATIVES
        and "," in prose[words[b - 1].end : words[b].start] and "," in prose[words[bend].end : words[bend + 1].start]
    ):
        # (or between the subject and its "is": "Safety rules, of course, are more important")
        return False
    if lw[b - 1] == "this" or (b >= 2 and lw[b - 2] == "there"):
        # "This, of course, suggests a top-down structure": the point just made, and what follows
        # from it drawn (1 right of 3 on the sets); "This, of course," opening the sentence before
        # another verb is _demonstrative_of_course's (boost56)
        return False
    if _any_before(lw, _CONDITION_WORDS, b):
        return False  # "If you build it, of course, they will come": what follows from a premise
    return _paren_depth(lw, words, prose)[b] <= 0


# Words that open a condition: a booster after one ("If you build it, of course, they will come")
# draws what follows from a premise, and the tier40 shapes below leave it at info.
_CONDITION_WORDS = frozenset({"if", "when", "whenever", "unless", "once"})


@per_sentence
def _paren_depth(lw, words, prose: str) -> list:
    """How many parentheses are open before each word of the sentence, read in one pass per
    sentence (a test of the sentence's head per booster made a long one quadratic)."""
    ws = list(words)
    out, depth = [], 0
    pos = ws[0].start if ws else 0
    for w in ws:
        gap = prose[pos : w.start]
        depth += gap.count("(") - gap.count(")")
        out.append(depth)
        pos = w.start
    return out


# Words that open a relative clause: "a promise that, of course, is hollow" asserts nothing of
# the sentence's own subject.
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose"})


def _indeed_after_copula(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "It is indeed a turnaround for the ages", "The results that have followed are indeed
    significant", "Prokofieff's outlook ... was, indeed, brilliant": "indeed" right after "is",
    "are", "was" or "were" confirms the predicate it stands before, as "is, in fact," does
    (_set_off_claim); not in a parenthesis (a booster right after "very ... indeed" is no claim:
    certainty_adverbs), not after a condition word. A warning since the fortieth session (tier40,
    issue 11): its info findings were right 7 times of 9 over the seventy-nine sets before dado
    (six sets: bellows, chisel twice, forge, reamer, shim, whet; wrong: trowel's conceded "we
    clearly recognize that some of the recent Soviet accomplishments ... are indeed brilliant" and
    pawl's "the orc priests ... preach that Beogh is indeed the only true god", both inside a
    "that" clause after a verb of knowing or saying); none on dado, ferrule and spindle."""
    if lw[b] != "indeed" or bend != b or b == 0 or bend + 1 >= len(lw) or lw[b - 1] not in _COPULAS:
        return False
    if not lw[bend + 1][:1].isalpha():
        return False  # "is indeed." / "was, indeed —": nothing after it to confirm
    if _any_before(lw, _CONDITION_WORDS, b):
        return False  # "if the parser is indeed faster": a premise, not a claim
    return _paren_depth(lw, words, prose)[b] <= 0


# "of course" and "in fact" set off right after "and" (_and_of_course); not "and, indeed,", which
# widens a span as "and even" does ("and, indeed, all the monitors": 2 right of 7 on the sets).
_ADDED_AS_SURE = frozenset({("of", "course"), ("in", "fact")})


def _and_of_course(lw, b: int, bend: int, words, prose: str) -> bool:
    """ ", and, of course, military capability", "And, of course, these privatisation suggestions
    ignore ...", "is no worse and, in fact, is not as bad": "of course" or "in fact" set off by
    commas right after "and" adds the point that crowns a list or an argument as one beyond
    question; the concession "of course" makes opens its sentence or stands before a turn (a later
    "but", a modal: _booster_tier's branches below still lower those). Not in a parenthesis, not
    after a condition word. A warning since the fortieth session (tier40, issue 11): its info
    findings were right 12 times of 13 over the seventy-nine sets before dado (eleven sets; "of
    course" 9 of 10, wrong: tenon's "-- and, of course, they were always set on 'spin cycle'", a
    joke; "in fact" 3 of 3: fresh, drill, tang), 0 of 1 on dado, ferrule and spindle (dado's "And,
    of course, they will continue to work and live with those who elected them", the writer's own
    proposal)."""
    if tuple(lw[b : bend + 1]) not in _ADDED_AS_SURE or b == 0 or lw[b - 1] != "and" or bend + 1 >= len(lw):
        return False
    if "," not in prose[words[b - 1].end : words[b].start] or "," not in prose[words[bend].end : words[bend + 1].start]:
        if not _and_of_course_opening(lw, b, bend, words, prose):
            return False
    if _any_before(lw, _CONDITION_WORDS, b):
        return False
    return _paren_depth(lw, words, prose)[b] <= 0


def _and_of_course_opening(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "And of course the Soviet threat was responsible for NATO", "And of course, he has promised
    to repeal the DREAM Act": "And of course" opening the sentence with no comma after "And" adds
    the point as beyond question, as "And, of course," does (_and_of_course); only "of course",
    only at the sentence's head (a lower-case "and of course" inside a list is the list's last
    item), and a plain word after it (not "And of course -- and of course we know ...", a
    speaker's false start). A warning since the fifty-sixth session (boost56, issue 11): its info
    findings were right 7 times of 10 over the one hundred and twenty-seven sets before peen
    (seven sets: real, attic, hearth, anvil, gouge, rivet, chuck; traps: anvil's "And of course
    Larkin has just the thing they want", plumb's, forge's), and 1 of 1 on hasp."""
    if b != 1 or lw[b : bend + 1] != ["of", "course"] or not lw[bend + 1][:1].isalpha():
        return False
    return between(words, prose, 0, b).isspace() and between(words, prose, bend, bend + 1).strip() in ("", ",")


# "This" or "That" opening a sentence before ", of course,": the demonstrative is the subject
# (_demonstrative_of_course). Not before a verb that draws an inference from the point just made
# ("This, of course, suggests a top-down structure", "That, of course, means ...").
_DEMONSTRATIVES = frozenset({"this", "that"})
_DRAWS = frozenset("suggests suggested implies implied means meant indicates indicated".split())


def _demonstrative_of_course(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "This, of course, necessitates a strengthening of the state", "That, of course, is the
    whole point", "And this, of course, is exactly what Madison Avenue has been accused of": "This"
    or "That" opening the sentence (after "And" too) as the subject of the clause that ", of
    course," sets off puts what it says of the point just made beyond question, as "is, of
    course," does (_set_off_of_course). Not before a verb that draws an inference from that point
    (_DRAWS: "This, of course, suggests ...", the tier40 trap), not in a parenthesis, not after a
    condition word. A warning since the fifty-sixth session (boost56, issue 11): its info findings
    were right 5 times of 6 over the one hundred and twenty-seven sets before peen (spline,
    rabbet, chamfer, pincer, sprue; quill's "This, of course, suggests" the trap), 1 of 1 on peen."""
    if lw[b : bend + 1] != ["of", "course"] or bend + 1 >= len(lw) or lw[b - 1] not in _DEMONSTRATIVES:
        return False
    if not (b == 1 or (b == 2 and lw[0] == "and")):
        return False
    if "," not in between(words, prose, b - 1, b) or "," not in between(words, prose, bend, bend + 1):
        return False
    if not lw[bend + 1][:1].isalpha() or lw[bend + 1] in _DRAWS:
        return False
    return _paren_depth(lw, words, prose)[b] <= 0


# Auxiliaries and forms of "to be" that "in fact" may stand after, inside the verb it stresses:
# "servers do in fact exist", "were in fact requested by users". Not a modal ("may in fact be
# removed": a possibility), and not in a clause of doubt ("whether it is in fact a form of").
_FACT_AUXILIARIES = frozenset("do does did is are was were has have had".split())
_DOUBT = frozenset({"whether", "if"})


def _inside_verb(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "Database servers do in fact exist": "in fact" between an auxiliary and its verb, with
    no comma around it, insists that the claim is true (issue 11, rules4)."""
    if lw[b] != "in" or b < 2 or bend + 1 >= len(lw) or lw[b - 1] not in _FACT_AUXILIARIES:
        return False
    if prose[words[b - 1].end : words[bend + 1].start].count(",") or not lw[bend + 1].isalpha():
        return False
    if lw[b - 2] in _POSSIBILITY or lw[b - 2] in _OUGHT or _any_before(lw, _DOUBT, b):
        return False
    if lw[b - 1] in ("do", "does", "did"):
        return True
    # After "to be" or "to have", a participle: "were in fact requested"; not an adjective or a
    # gerund ("the character is in fact optional", "they are in fact using it": an inference
    # or a manner, 0 of 5 right on the corpus and a trap of sealed-docs before this test).
    return lw[bend + 1].endswith("ed")


def _aside(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "(of course, none of them is needed)", "(indeed, if we started again ...)": "of course",
    "in fact" or "indeed" opening a parenthesis is an aside that grants or elaborates; the claim
    is the sentence around it (vault-docs G1, unseen-docs D4; issue 11, rules5)."""
    if tuple(lw[b : bend + 1]) not in _SOMETIMES:
        return False
    j = words[b].start  # read back in place: a copy of the prose before each booster is quadratic
    while j > 0 and prose[j - 1] in " \t\n*_":
        j -= 1
    return j > 0 and prose[j - 1] == "("


_NEED_NEGATIONS = frozenset({"don't", "not", "won't", "never", "doesn't"})


def _readers_need(lw, b: int, bend: int) -> bool:
    """ "you certainly don't need to be a wizard", "Of course, in the end, you need to make this
    call yourself": certainty about what the reader needs to do or know is advice or
    reassurance, like "should" (_advice), not a claim (issue 11, rules5)."""
    if b and lw[b - 1] == "you":
        k = bend  # "you certainly don't need to"
    else:
        k = next((k for k in range(bend + 1, min(len(lw), bend + 8)) if lw[k] == "you"), None)
        if k is None:
            return False
    j = k + 1
    if j + 1 < len(lw) and lw[j] in ("do", "will") and lw[j + 1] == "not":
        j += 2
    elif j < len(lw) and lw[j] in _NEED_NEGATIONS:
        j += 1
    return j + 1 < len(lw) and lw[j] == "need" and lw[j + 1] == "to"


def _postposed(lw, b: int, bend: int, words, prose: str) -> bool:
    """ "a very important role indeed.", "a bad combination indeed, as ...": "indeed" after the
    noun it stresses, closing its clause, insists on the judgement."""
    if lw[b] != "indeed" or b < 2 or not lw[b - 1].isalpha() or lw[b - 1] in _AUXILIARIES:
        return False
    if lw[b - 2] in _DEGREE_BEFORE:
        return False  # "very hard indeed.", "seemed feeble indeed.": a degree raised, not a claim insisted on
    return prose[words[b].end : words[b].end + 1] in (".", ",", "!", ";")


# Before the adjective that a postposed "indeed" stresses: a degree adverb or a linking verb makes
# the word an adjective of degree ("is sometimes very hard indeed", "can be very wide indeed",
# "Very misleading indeed", "my first efforts seemed feeble indeed", "may end up being messy
# indeed"), where "indeed" only raises the degree (RULES-ADDENDUM E5, M5; lathe, whet, attic, vise,
# bellows: issue 11, twenty-fourth session); a noun after its adjective stays a judgement insisted
# on ("a very important role indeed", "a bad combination indeed": real-docs' positives). The
# eighteenth session's "very hard indeed" count (2 right against 3 wrong) took in those nouns.
_DEGREE_BEFORE = frozenset(
    """very so quite too extremely really rather pretty truly seem seems seemed look looks looked
    sound sounds sounded feel feels felt be being been is are was were become becomes became""".split()
)


def _has_figure(figures: int) -> bool:
    """The sentence (its ``dated_figures.figures``) holds a figure that is not a date: "Indeed,
    payrolls grew by 630,000", not "In fact, the 1970s breakdown" (infact55)."""
    return figures == dated_figures.MEASURE


# The emphatic openers _scan last reported in a sentence whose only figures are dates, by the
# sentence's words: one slot, read by _rules right after _scan (dated_figures, infact55).
_DATED_OF: list = [(None, frozenset())]


def _dated_opener(lw, a: int) -> bool:
    """Was the emphatic opener at ``a`` reported only because the sentence's figures are dates?"""
    seen, dated = _DATED_OF[0]
    return seen is lw and a in dated


def _permission(lw, b: int, bend: int) -> bool:
    """ "Of course, you can also...", "you can of course re-register": permission, not a claim."""
    window = lw[max(0, b - 3) : b] + lw[bend + 1 : bend + 5]
    return any(w in _PERMISSION for w in window) and ("you" in window or "we" in window)


# "clearly" before a verb of showing or telling apart whose object is a thing, not a clause: how
# plainly it shows ("the radar picture clearly shows individual buildings", "so that it clearly
# distinguishes paid vendors", "clearly parallelizable"; chisel-docs, unseen-docs, sealed-docs:
# every one in the gold is a negative). Not "clearly shows that ...", which insists on a finding.
_SHOWING = frozenset(
    "shows show showed distinguishes distinguish distinguished depicts depict depicted "
    "parallelizable".split()
)
_CLAUSE_OPENERS_AFTER_SHOWING = frozenset("that how why what whether which who if us me".split())
# Evidence that "clearly shows" a finding: "The chart clearly shows a spike after the release" reads
# the data, a claim (tests/data/claims.tsv), unlike a picture that shows what is in it.
_EVIDENCE_NOUNS = frozenset(
    "chart charts graph graphs plot plots data results result figure figures study studies evidence "
    "analysis benchmark benchmarks numbers statistics stats logs log trace profile test tests "
    "experiment experiments survey research record records measurements table".split()
)


def _manner(lw, b: int, words, sentence) -> bool:
    """ "explain clearly", "clearly defined": "clearly" says how, not how sure."""
    if b and lw[b - 1] in _MANNER_BEFORE:
        return True
    if b >= 2 and lw[b - 1] in ("and", "or") and ly_adverb(lw[b - 2], 0):
        return True  # "explicitly and clearly referencing"
    if b + 1 < len(lw) and lw[b + 1] in _MANNER_AFTER:
        return True
    if (b + 2 < len(lw) and lw[b + 1] in _SHOWING and lw[b + 2] not in _CLAUSE_OPENERS_AFTER_SHOWING
            and not (b and lw[b - 1] in _EVIDENCE_NOUNS)):
        return True  # "the radar picture clearly shows individual buildings": visibly (sixteenth session)
    if 0 < b < len(lw) - 1 and lw[b + 1] in _AFTER_MANNER and lw[b - 1] not in _AUXILIARIES:
        return True  # "explain the steps clearly in the pull request"
    if b > 0:
        prose = sentence.block.prose
        after = prose[words[b].end : words[b].end + 1]
        if after in (".", ",", ";", ":", ")", "") and words[b].end >= sentence.end - 1:
            return True  # "... state it clearly."
    return False


def _balance(doc, options, hedge_counts, booster_counts):
    """HC104: one finding per section whose balance of hedges and boosters is off."""
    min_words = options.get("min_section_words", 150)
    over_rate = options.get("overclaim_boosters_per_1000", 6.0)
    ratio = options.get("overclaim_ratio", 3.0)
    hedge_rate = options.get("overhedge_hedges_per_1000", 50.0)
    if sum(strong for _, strong in booster_counts.values()) < 2 and sum(plain for _, plain in hedge_counts.values()) < 3:
        # No section can have 2 strong boosters or 3 plain hedges (the tests below): its words
        # need not be counted (most documents; issue 11/14, fourteenth session)
        return
    headings = sorted(doc.headings, key=lambda h: h.offset)
    sections, first_sentence = _section_counts(doc, headings, hedge_counts, booster_counts)
    for k, (nwords, hedges, plain_hedges, boosters, strong) in enumerate(sections):
        if nwords < min_words or nwords == 0:
            continue
        hper = hedges * 1000.0 / nwords
        bper = boosters * 1000.0 / nwords
        if k == 0:
            where, offset = "the text before the first heading", None
        else:
            h = headings[k - 1]
            where, offset = f'section "{h.text.strip()}"', h.offset
        figures = (
            f"{where} ({nwords} words) has {bper:.1f} boosters and {hper:.1f} hedges per 1,000 words"
        )
        if strong >= 2 and bper >= over_rate and boosters >= ratio * hedges:
            msg = f"{figures}: it overclaims; support its strongest claims or state them more modestly"
        elif hper >= hedge_rate and plain_hedges >= 3:
            msg = f"{figures}: it hedges nearly everything; state plainly what you can support"
        else:
            continue
        if offset is None:
            offset = first_sentence()
        yield doc.diagnostic("HC104", msg, offset)


def _section_counts(doc, headings, hedge_counts, booster_counts):
    """Per section (the text before the first heading, then each heading's), ``[words, hedges,
    hedges other than modals, boosters, boosters other than emphatics]``, counting the sentences
    outside headings and outside quotations and, in them, the words outside quotations; and a
    function giving the offset of the first sentence counted in the first section (0 if none).

    Read from the Document's sentence and word arrays (``doc.sentence_table``): a Python step per
    heading, per quoted word and per scanned sentence, none per sentence or per word.
    """
    table = doc.sentence_table
    n = len(table)
    bounds = [h.offset for h in headings]
    offsets = table.offsets
    sections: list[list[int]] = [[0, 0, 0, 0, 0] for _ in range(len(headings) + 1)]
    if n and not all(map(le, offsets, islice(offsets, 1, None))):
        return _section_counts_in_order(doc, headings, hedge_counts, booster_counts)
    # Sentences in the order of their offsets: section k's are those from cuts[k - 1] to cuts[k].
    cuts = [bisect_left(offsets, b) for b in bounds]
    counted = bytearray(b"\x01") * n
    blocks = doc.blocks
    owners = table.block_indexes
    heading_ids = {id(h.block) for h in headings}
    for bi in compress(range(len(blocks)), map(heading_ids.__contains__, map(id, blocks))):
        first = bisect_left(owners, bi)
        last = bisect_right(owners, bi, first)
        counted[first:last] = bytes(last - first)  # a heading's sentences
    for i in compress(range(n), table.quoted_flags):
        counted[i] = 0
    nwords = list(map(mul, map(sub, table.word_ends, table.word_starts), counted))
    words = doc.words
    flags, owner_of = words.quoted_flags, words.sentence_indexes
    at = flags.find(1)
    while at >= 0:  # each run of quoted words (few: a step per quoted word, none per word)
        stop = flags.find(0, at)
        stop = len(flags) if stop < 0 else stop
        for i in owner_of[at:stop]:
            if i >= 0 and counted[i]:
                nwords[i] -= 1  # a quoted word of a counted sentence
        at = flags.find(1, stop)
    running = [0, *accumulate(nwords)]
    for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, n])):
        sections[k][0] = running[b] - running[a]
    for i, (hedges, plain) in hedge_counts.items():
        if counted[i]:
            sec = sections[bisect_right(cuts, i)]
            boosters, strong = booster_counts[i]
            sec[1] += hedges
            sec[2] += plain
            sec[3] += boosters
            sec[4] += strong

    def first_sentence() -> int:
        i = counted.find(1, 0, cuts[0] if cuts else n)
        return offsets[i] if i >= 0 else 0

    return sections, first_sentence


def _section_counts_in_order(doc, headings, hedge_counts, booster_counts):
    """:func:`_section_counts` one sentence at a time, for a document whose sentences are not in
    the order of their offsets (a section then runs from a heading to the next sentence before it)."""
    heading_blocks = {id(h.block) for h in headings}
    bounds = [h.offset for h in headings]
    sections: list[list[int]] = [[0, 0, 0, 0, 0] for _ in range(len(headings) + 1)]
    first: dict[int, int] = {}
    k = 0
    block = None
    for s in doc.sentences:
        if s.block is not block:
            block = s.block
            in_heading = id(block) in heading_blocks
        if in_heading or s.quoted:
            continue
        while k < len(bounds) and bounds[k] <= s.offset:
            k += 1
        sec = sections[k]
        if k not in first:
            first[k] = s.offset
        sec[0] += sum(1 for w in s.words if not w.quoted) if block.quotations else len(s.words)
        if s.index in hedge_counts:
            sec[1] += hedge_counts[s.index][0]
            sec[2] += hedge_counts[s.index][1]
            sec[3] += booster_counts[s.index][0]
            sec[4] += booster_counts[s.index][1]
    return sections, lambda: first.get(0, 0)


@hookimpl
def prosecheck_checks():
    return [Hedging()]
