#!/usr/bin/env python3
"""Which of the language rules' exemptions hide more claims than false alarms (issue 11's ablation).

usage: python3 eval/ablate.py [--sets news-dev,...] [--only NAME,...] [--news-dev DIR] [--docs NAME=DIR ...] [-v]

An *exemption* is a predicate or a branch of the rule decisions of SL101/SL102 (superlatives.py)
and HC101/HC102/HC103 (hedging.py, and support.py, voice.py, confidence.py, reputation.py that
they use) that turns a trigger the rules found into no finding (``hide``), or lowers a finding to
``info`` (``tier``). Each is listed in ``EXEMPTIONS`` with what switches it off: a function
replaced by one that never exempts, or a word set emptied, patched in this process only (the
rules have no switch; nothing changes by default). A ``tier`` exemption is a branch of a tier
function (superlatives._tier, hedging._booster_tier, hedging._hedge_tier): the function is rebuilt
from its own source with that branch's test taken out (eval/tier_branches.py), so the finding
goes on to the branches below it, as if the line were deleted; nothing restates the rules, and
tests/test_eval_ablate.py fails when a ``return INFO`` of theirs has no entry here. For each exemption in turn, every document of
the one hundred and sixty development sets (crossval.SETS) is checked again with it off, and the findings are
scored with eval/scoring.py's matching (crossval.tally: same line, nearest column, one finding
per item, HC103 counts for hedge and booster, every document of the set).

Per exemption it prints what it hides: positives (gold claims found with it off and not with it
on, net), traps (traps flagged with it off and not on) and other false alarms (findings no gold
item credits and no trap, off minus on), pooled over the one hundred and sixty sets, for the three newest sets
(hod-, trug- and lopper-docs, the last three held out) apart, and per set ``P/F`` (positives /
traps + other false alarms). Two tables: every tier (as score.py counts), and the warning tier
alone (info findings dropped, as eval/judged/warning_tier.py scores; the ``tier`` exemptions are
only in it). ``verdict``: ``HIDES-MORE`` when the exemption hides more positives than false
alarms pooled and in at least two sets (the brief's test for removing or narrowing it), ``saves``
when it hides more false alarms than positives pooled, else ``even``. -v lists, per exemption,
each positive it hides (set, document, line, phrase).

The documents are parsed once; the checks run in this process with their default options. The
output is the same on every run. About a minute per 20 exemptions here.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import defaultdict
from contextlib import ExitStack, contextmanager

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import crossval  # noqa: E402
import tier_branches  # noqa: E402
from prosecheck.check import Context  # noqa: E402
from prosecheck.checks import aims, booster_clauses, certainty_adverbs, certainty_frames  # noqa: E402
from prosecheck.checks import confidence, hedging, reputation, superlatives, support, voice  # noqa: E402
from prosecheck.checks import speakers_knowledge, superlative_exposition  # noqa: E402
from prosecheck.checks import booster_names, booster_sources  # noqa: E402
from prosecheck.checks import unasserted  # noqa: E402
from prosecheck.checks import admitted_limits, ground_shown, quoted_claim  # noqa: E402
from prosecheck.checks import hedged_opener  # noqa: E402
from prosecheck.checks import booster_reported, works_cited  # noqa: E402
from prosecheck.checks import inference_marked  # noqa: E402
from prosecheck.checks import booster_questions  # noqa: E402
from prosecheck.checks import assurances, crowd_not_subject  # noqa: E402
from prosecheck.checks import belief_passive  # noqa: E402
from prosecheck.checks import fact_declared, prevailing_view  # noqa: E402
from prosecheck.checks import defined_by_saying, known_for, told_as_lore  # noqa: E402
from prosecheck.document import parse  # noqa: E402

NEWEST = ("hod-docs", "trug-docs", "lopper-docs")
SL, HC = "superlatives", "hedging"

_never = lambda *a, **k: False  # noqa: E731
_always = lambda *a, **k: True  # noqa: E731
_no_tier = lambda *a, **k: None  # noqa: E731


def _fn(module, attr, value):
    return ("attr", module, attr, value)


def _empty(module, attr):
    return ("attr", module, attr, frozenset())


def _branch(module, function, *tokens):
    """The branches of a tier function whose test uses one of ``tokens`` (eval/tier_branches.py)."""
    return ("tier", module, function, frozenset(tokens), None)


def _narrowed(module, function, name, value):
    """A tier function with a word set it tests replaced, in it alone, by ``value``."""
    return ("tier", module, function, frozenset(), {name: value})


def _lex(check, attr):
    """A word set of a check's (cached, default) lexicon emptied."""
    return ("lex", check, attr, frozenset())


Sup = support.Support
_UNNAMED_VIEW = Sup.unnamed_view


def _passive_view_only(sup, sentence, a, lw):
    """Support.unnamed_view with its "group" answer (a hide) off and its "passive" one (a tier) on."""
    kind = _UNNAMED_VIEW(sup, sentence, a, lw)
    return kind if kind == "passive" else None

#: name -> (check it belongs to, kind, what it exempts, the patches that switch it off)
EXEMPTIONS = {
    # --- superlatives.py: SL101 / SL102 hidden ----------------------------------------------------
    "sl.writers_own": (SL, "hide", "heading, block quote, guest's turn, opening quotation (voice.writers_own)",
                       [_fn(superlatives, "writers_own", _always)]),
    "sl.asks": (SL, "hide", '"Is Privoxy the best choice for me?": a direct question (voice.asks, in writers_own)',
                [_fn(voice, "asks", _never)]),
    "sl.exposition": (SL, "hide", '"one of the simplest applications you can make": the text\'s own material',
                      [_fn(superlative_exposition, "grades_material", _never)]),
    "sl.scalar_even": (SL, "hide", '"even the best organized Government will only be": a scale\'s far end (precsl42)',
                       [_fn(superlatives, "after_scalar_even", _never)]),
    "sl.idioms": (SL, "hide", '"the best of both worlds": idiom list', [_fn(superlatives, "_outside_idioms", lambda lex, lw, found: found)]),
    "sl.cited": (SL, "hide", "a link, URL or citation marker in the sentence (Support.cited)",
                 [("method", SL, "cited", _never)]),
    "sl.cited_next": (SL, "hide", "evidence link in the next sentence (Support.cited_next)",
                      [("method", SL, "cited_next", _never)]),
    "sl.link_title": (SL, "hide", "the superlative is a link's text", [_fn(superlatives, "_link_titles", lambda doc: {})]),
    "sl.named": (SL, "hide", "a named source in the sentence (Support.named), not in an appositive",
                 [("method", SL, "named", _never)]),
    "sl.hypothetical": (SL, "hide", '"even if you use the best": in a condition', [_fn(superlatives, "hypothetical", _never)]),
    "sl.negated": (SL, "hide", '"not necessarily the best"', [_fn(superlatives, "_negated", _never)]),
    "sl.aim": (SL, "hide", '"aims to provide the best", "would be the best" (also its SL102 info tier)',
               [_fn(superlatives, "governed_by_aim", _never)]),
    "sl.not_praise": (SL, "hide", "SL102: a name, a term introduced, a measurement", [_fn(superlatives, "_not_praise", _never)]),
    "sl.technical_noun": (SL, "hide", '"unmatched brackets": an absolute before a technical noun',
                          [_lex(SL, "technical_noun")]),
    "sl.most_never": (SL, "hide", '"the most important option": most + a documentation adjective',
                      [_lex(SL, "most_never")]),
    "sl.advice_noun": (SL, "hide", '"the best way to", "the easiest option": advice', [_lex(SL, "advice_noun")]),
    "sl.reference_fact": (SL, "hide", '"the country\'s second-largest port": a reference noun',
                          [_fn(superlatives, "_reference_fact", _never)]),
    "sl.figures": (SL, "hide", "a figure in the sentence (size or rank superlatives; SL102 info)",
                   [_fn(superlatives, "_figures", _never)]),
    "sl.measured": (SL, "hide", "a measurement in the sentence (76 thousand requests per second)",
                    [_fn(superlatives, "_measured", _never)]),
    "sl.technical_subject": (SL, "hide", '"which is the largest": a relative pronoun subject',
                             [_empty(superlatives, "_TECHNICAL_SUBJECTS")]),
    "sl.deictic": (SL, "hide", '"this is unmatched": a deictic subject', [_lex(SL, "deictic")]),
    "sl.gerund_subject": (SL, "hide", '"supporting LTS offers the greatest return"', [_fn(superlatives, "_gerund_subject", _never)]),
    "sl.not_possessive": (SL, "hide", "possessive-looking words that are not (it's, that's ...)",
                          [_empty(superlatives, "_NOT_POSSESSIVE")]),
    "sl.superlative_gates": (SL, "hide", "all of _superlative's gates at once (a subject, a name, advice, most_never, "
                             "reference facts, measurements...): every 'the X-est' found (an upper bound)",
                             [("gates",)]),
    "sl.striving": (SL, "hide", '"the best experience possible" after a verb of striving',
                    [_empty(superlatives, "_STRIVING")]),
    "sl.benchmarked_nearby": (SL, "hide", 'a benchmark named next ("When I benchmarked it ..."), a "Benchmarks" section',
                              [_fn(superlatives, "benchmarked_nearby", _never)]),
    "sl.own_trials": (SL, "hide", '"the fastest in our benchmarks": the writer\'s own trials named',
                      [_fn(superlatives, "own_trials", _never)]),
    "sl.rival_as_reference": (SL, "hide", '"in comparison to the fastest JS parser, Acorn": a rival as yardstick',
                              [_fn(superlatives, "rival_as_reference", _never)]),
    "sl.measured_in_paragraph": (SL, "hide", "SL101: what it ranks measured in the next sentences of its paragraph",
                                 [_fn(superlatives, "measured_in_paragraph", _never)]),
    "sl.results_above": (SL, "hide", "SL101: a speed or size ranking after its section's own results (two short blocks with figures)",
                         [_fn(superlatives, "ranks_results_above", _never)]),
    "sl.writers_experience": (SL, "hide", '"the best pad I have ever used", "than any other drivers I\'ve ever encountered": '
                              "ranked among what the writer has met with (than-comparisons since slprec49)",
                              [_fn(superlatives, "_writers_experience", _never)]),
    "sl.credits_others": (SL, "hide", 'SL102 "All credit to the jQuery authors for this amazing utility"',
                          [_fn(superlatives, "credits_others", _never)]),
    "sl.intensified_fault": (SL, "hide", 'SL102 "remarkably sloppy": a peacock adverb before a fault',
                             [_fn(superlatives, "intensified_fault", _never)]),
    "sl.named_view": (SL, "hide", 'SL101 "which Sol Hurok considers the finest house": a named party\'s view',
                      [("method", SL, "in_named_view", _never)]),
    "sl.unnamed_view": (SL, "hide", 'SL101 "Many believe that ... the world\'s greatest": inside a group\'s view, HC101\'s',
                        [("method", SL, "unnamed_view", _passive_view_only)]),
    "sl.we_can_make": (SL, "hide", 'SL101 "we can make the years ahead the best in our history": a goal',
                       [_fn(aims, "we_can_make", _never)]),
    "sl.pledge_of_ours": (SL, "hide", '"our country will never forget": the speaker\'s pledge (a habit frame)',
                          [_fn(aims, "pledge_of_ours", _never)]),
    "sl.moral_should": (SL, "hide", '"No one should ever have to suffer": what ought to be (nobody does)',
                        [_fn(aims, "moral_should", _never)]),
    "sl.frame_question": (SL, "hide", '"Isn\'t coverage testing the best thing ever?": a frame in a question',
                    [_fn(superlatives, "ends_on_question_mark", _never)]),
    # --- superlatives.py: SL101 / SL102 lowered to info (the branches of _tier) -------------------
    "sl.tier": (SL, "tier", "every info class of _tier (all of those below)", [_fn(superlatives, "_tier", _no_tier)]),
    "sl.tier.broken_link": (SL, "tier", "a link in the sentence that does not resolve",
                            [_branch(superlatives, "_tier", "broken_link")]),
    "sl.tier.describes_linked": (SL, "tier", "a table row or a list item that a link leads",
                                 [_branch(superlatives, "_tier", "describes_linked")]),
    "sl.tier.conduct": (SL, "tier", '"create amazing things together" under a "Code of Conduct" heading',
                        [_branch(superlatives, "_tier", "in_conduct_section")]),
    "sl.tier.enabling_verb": (SL, "tier", 'SL102 "empowers maintainers to create": what it lets people do',
                              [_branch(superlatives, "_tier", "enabling_verb")]),
    "sl.tier.readers_work": (SL, "tier", 'SL102 "You just built an amazing utility": the reader\'s own work',
                             [_branch(superlatives, "_tier", "readers_work")]),
    "sl.tier.sl102_technical": (SL, "tier", 'SL102 "works seamlessly with": a peacock word of fit (seamless, effortless)',
                                [_branch(superlatives, "_tier", "_TECHNICAL_PEACOCKS")]),
    "sl.tier.sl102_aim": (SL, "tier", 'SL102 "aims to be blazing fast", "would be amazing": under an aim',
                          [_branch(superlatives, "_tier", "aim")]),
    "sl.tier.sl102_modal": (SL, "tier", 'SL102 "to be blazing fast", "you can future-proof it": after "to" or a modal',
                            [_branch(superlatives, "_tier", "_VERB_MARKERS")]),
    "sl.tier.sl102_reason": (SL, "tier", 'SL102 "so it\'s super fast": the reason given', [_branch(superlatives, "_tier", "so")]),
    "sl.tier.sl102_figures": (SL, "tier", "SL102 with figures in the next sentence of its block",
                              [_branch(superlatives, "_tier", "_figures")]),
    "sl.tier.measured_below": (SL, "tier", 'SL102 "amazingly short ids", measured two sentences on or in the list below',
                               [_branch(superlatives, "_tier", "measured_below")]),
    "sl.tier.unnamed_passive": (SL, "tier", 'SL101 "we are considered ... the hottest": a view in the passive, of nobody',
                                [_branch(superlatives, "_tier", "unnamed_view")]),
    "sl.tier.readers_need": (SL, "tier", 'SL101 "if you want to persist the state, cookies offer the best": advice',
                             [_branch(superlatives, "_tier", "answers_readers_need")]),
    "sl.tier.introduces_list": (SL, "tier", 'SL101 "Some of the most popular are listed below:" and the list',
                                [_branch(superlatives, "_tier", "introduces_list")]),
    "sl.tier.advice_follows": (SL, "tier", 'SL101 "It is the fastest way ... Use it when ...": advice next',
                               [_branch(superlatives, "_tier", "advice_follows")]),
    "sl.tier.ranks_parts": (SL, "tier", 'SL101 "one of the best features of Fastify": a thing\'s own parts ranked',
                            [_branch(superlatives, "_tier", "_ranks_parts")]),
    "sl.tier.ranks_within_product": (SL, "tier", 'SL101 "the best adapter for use with X": a product\'s own circle',
                                     [_branch(superlatives, "_tier", "ranks_within_product")]),
    "sl.tier.ranks_questions": (SL, "tier", 'SL101 "the most common questions": ranked by how often readers ask',
                                [_branch(superlatives, "_tier", "ranks_questions")]),
    "sl.tier.first_ever": (SL, "tier", '"we\'re launching the first ever White House Initiative": "first ever" (tier41)',
                           [_branch(superlatives, "_tier", "_first_ever")]),
    # SL101's lowerings after _tier (check's own tests, not _tier's branches): listed since the
    # forty-first session, when tier41 found the ablation tables never showed them
    "sl.tier.compares_certainty": (SL, "tier", '"more than ever convinced": a mind\'s certainty compared',
                                   [_fn(superlatives, "compares_certainty", _never)]),
    "sl.tier.nobody_will": (SL, "tier", '"No one will ever forget": a forecast or a pledge',
                            [_fn(superlatives, "nobody_will", _never)]),
    "sl.tier.nobody_can_know": (SL, "tier", '"Nobody can be absolutely certain": a limit of knowledge',
                                [_fn(superlatives, "nobody_can_know", _never)]),
    "sl.tier.equals_another_case": (SL, "tier", '"no better excuse on the water than on land": alike, no rival',
                                    [_fn(superlatives, "equals_another_case", _never)]),
    "sl.tier.grades_manner": (SL, "tier", '"in the most generic form possible": the manner of an act',
                              [_fn(superlatives, "grades_manner", _never)]),
    "sl.tier.no_one_else": (SL, "tier", '"drawn by me and no one else": everyone but the party named (precsl41)',
                            [_empty(superlatives, "_NOBODY_ELSE")]),
    "sl.tier.softened_habit": (SL, "tier", '"Perl nearly always prefers to throw memory at it": a habit softened (precsl42)',
                               [_fn(superlatives, "softened_habit", _never)]),
    "sl.tier.done_to_reader": (SL, "tier", '"no one is going to bite your head off": what nobody does to the reader (precsl42), or to the writer ("Nobody could make me", slprec49)',
                               [_fn(superlatives, "done_to_reader", _never)]),
    "sl.tier.in_prospect": (SL, "tier", '"an opportunity for unprecedented progress": what a prospect holds out (precsl42)',
                            [_fn(superlatives, "in_prospect", _never)]),
    "sl.tier.majority": (SL, "tier", '"Unlike most other SQL databases, ...": the majority, how the product differs',
                         [_branch(superlatives, "_tier", "unlike")]),
    "sl.tier.pronoun": (SL, "tier", '"This is the easiest model": "this" or "that" as subject, not ranked',
                        [_branch(superlatives, "_tier", "by_far")]),
    "sl.tier.not_product": (SL, "tier", '"Preserving state is one of the biggest wins": not a product',
                            [_branch(superlatives, "_tier", "_product_like")]),
    "sl.tier.frames": (SL, "tier", 'the frames\' own info kinds ("the only ... to have" inverted), outside _tier',
                       [_fn(superlatives, "_FRAME_KINDS", {k: (None, m) for k, (_sev, m) in superlatives._FRAME_KINDS.items()})]),
    # --- hedging.py: HC101 / HC102 / HC103 hidden ----------------------------------------------------
    "hc.ground_shown": (HC, "hide", '"In fact, the service is BETTER!" before a sentence of figures, or a clause colon after an info '
                                    'booster: the ground shown at once (boostctx45)',
                        [_fn(ground_shown, "figures_follow", _never), _fn(ground_shown, "explained_after_colon", _never)]),
    "hc.quoted_claim": (HC, "hide", 'HC102 \'Indeed, "the weight of evidence" is ...\': a booster leading into a quotation (boostprec46)',
                        [_fn(quoted_claim, "opens_quotation", _never)]),
    "hc.admitted_limits": (HC, "hide", '"Obviously we cannot cover every example": a limit granted (boostprec47)',
                           [_fn(admitted_limits, "admits_limit", _never)]),
    "hc.hedged_opener": (HC, "hide", '"Indeed, it could be argued that ...": a connective before a hedged claim (boostprec48)',
                         [_fn(hedged_opener, "hedges_its_claim", _never)]),
    "hc.section_referred": (HC, "hide", '"In fact, as we argue in section H.4, ...": HC102 in a sentence that refers to a section of the text (boostprec50)',
                            [_fn(works_cited, "refers_to_section", _never)]),
    "hc.reported_view": (HC, "hide", '"Someone has remarked that this is certainly ...": a booster inside a view the sentence reports (boostprec50)',
                         [_fn(booster_reported, "in_reported_view", _never)]),
    "hc.writers_own": (HC, "hide", "heading, block quote, guest's turn, opening quotation", [_fn(hedging, "writers_own", _always)]),
    "hc.asks": (HC, "hide", '"Why do some people think ...?": a direct question (voice.asks, in writers_own)',
                [_fn(voice, "asks", _never)]),
    "hc.answered": (HC, "hide", "HC101: a source in the sentence or a named one in the next", [_fn(hedging, "_answered", _never)]),
    "hc.group_feeling": (HC, "hide", 'HC101 "a lot of Americans feel anxious": a group\'s own feeling, no view',
                         [_fn(hedging.group_feelings, "a_feeling", _never)]),
    "hc.group_topic": (HC, "hide", '"other developers have thought about the problem": a topic, no view (docs24)',
                       [_fn(hedging.group_topics, "a_topic", _never)]),
    "hc.body_officials": (HC, "hide", '"zoo officials report", "fire authorities say": the kind of body named (hcp25)',
                          [_fn(hedging.body_officials, "body_officials", _never)]),
    "hc.speakers_forecast": (HC, "tier", '"It is estimated that customs receipts will exceed": the speaker\'s own forecast (prechc41)',
                             [_fn(belief_passive, "speakers_forecast", _never)]),
    "hc.inference_marked": (HC, "tier", '"It is evident, therefore, that ...", "Therefore, it is plain that ...": a conclusion marked by its connective (boostprec49)',
                            [_fn(inference_marked, "marks_inference", _never)]),
    "hc.drawn_from_premise": (HC, "tier", '"When we consider ..., it is obvious that ...": a consequence drawn from an opening "When" or "Once" (boostprec49)',
                              [_fn(inference_marked, "drawn_from_premise", _never)]),
    "hc.booster_question": (HC, "tier", '"Surely this means that ...?": a booster opening a question (ask62)',
                            [_fn(booster_questions, "opens_question", _never)]),
    "hc.holders_party": (HC, "tier", '"Those who say this do not know America": "those who" a party of the sentence, no preposition before (tier42)',
                         [_fn(hedging.unnamed_holders, "held_by_a_party", _never)]),
    "hc.they_say": (HC, "tier", '"Police say ... They say he had claimed": "they say" heading a clause, "they" the people just named (tier43)',
                    [_fn(hedging.pronoun_sayers, "heads_clause", _never)]),
    "hc.inferred_here": (HC, "hide", '"A search showed that he had apparently ...": the evidence in the sentence (hcp25)',
                         [_fn(hedging.inferred_here, "inferred_here", _never)]),
    "hc.answered_next": (HC, "hide", "HC101: a named source or a quotation in the next sentence only",
                         [("answered_next",)]),
    "hc.supported": (HC, "hide", "HC102: a source in the sentence (Support.supported)", [("method", HC, "supported", _never)]),
    "hc.cited_next": (HC, "hide", "HC102: an evidence link in the next sentence", [("method", HC, "cited_next", _never)]),
    "hc.hypothetical": (HC, "hide", "HC102 in a condition", [_fn(hedging, "hypothetical", _never)]),
    "hc.weasel_excused": (HC, "hide", "HC101: a weasel phrase excused (a term named, ...)", [_fn(hedging, "_weasel_excused", _never)]),
    "hc.named_after": (HC, "hide", '"according to analysts at Goldman Sachs"', [_fn(reputation, "named_after", _never)]),
    "hc.softener": (HC, "hide", '"almost certainly": a degree, not a booster', [_lex(HC, "softeners")]),
    "hc.manner": (HC, "hide", '"explains it clearly": manner', [_fn(hedging, "_manner", _never)]),
    "hc.permission": (HC, "hide", '"of course you can"', [_fn(hedging, "_permission", _never)]),
    "hc.emphasis": (HC, "hide", "emphasis-only boosters", [_fn(hedging, "_emphasis", _never)]),
    "hc.concessive": (HC, "hide", "a booster conceding", [_fn(hedging, "_concessive", _never)]),
    "hc.advice": (HC, "hide", "a booster in advice", [_fn(hedging, "_advice", _never)]),
    "hc.aside": (HC, "hide", "a booster in an aside", [_fn(hedging, "_aside", _never)]),
    "hc.readers_need": (HC, "hide", "what the reader must do", [_fn(hedging, "_readers_need", _never)]),
    "hc.not_insisting": (HC, "hide", "a booster that does not insist", [_fn(hedging, "_not_insisting", _never)]),
    "hc.clarity": (HC, "hide", '"it\'s clear" without "that": clarity of writing', [_fn(hedging, "_clarity", _never)]),
    "hc.has_figure": (HC, "hide", '"Indeed, payrolls grew by 630,000": a figure', [_fn(hedging, "_has_figure", _never)]),
    "hc.ought": (HC, "hide", '"In fact, you should": advice after an emphatic', [_empty(hedging, "_OUGHT")]),
    "hc.after_condition": (HC, "hide", '"unless, of course, we": a booster inside a condition',
                           [_fn(booster_clauses, "after_condition", _never)]),
    "hc.after_opening_condition": (HC, "hide", '"If there are many rows ..., this is clearly slow": drawn from the premise, '
                                   'technical writing (docs25)', [_fn(booster_clauses, "after_opening_condition", _never)]),
    "hc.indeed_inside": (HC, "hide", '"; indeed, hackers may ...": "indeed" inside the sentence, technical writing (boost26)',
                         [_fn(booster_clauses, "indeed_inside", _never)]),
    "hc.of_course_inside": (HC, "hide", '"the other half was of course the low moby": inside the sentence, technical '
                            'writing (boost26)', [_fn(booster_clauses, "of_course_inside", _never)]),
    "hc.repeats_claim": (HC, "hide", '"certainly alter it, and definitely for the better": one claim insisted on twice',
                         [_fn(booster_clauses, "repeats_claim", _never)]),
    "hc.split_by_code": (HC, "hide", "inline code between the words of a phrase", [_fn(hedging, "_split_by_code", _never)]),
    "hc.not_colloquial_sure": (HC, "hide", '"make sure", "be sure": not the colloquial "it sure is"',
                               [_fn(hedging, "_not_colloquial_sure", _never)]),
    "hc.existential": (HC, "hide", '"There are doubtless inaccuracies": only that something exists',
                       [_fn(hedging, "_existential", _never)]),
    "hc.paired_with_manner": (HC, "hide", '"gradually but definitely": paired with an adverb of manner',
                              [_fn(hedging, "_paired_with_manner", _never)]),
    "hc.writers_doing": (HC, "hide", '"In fact, we don\'t add much": the writer\'s own doing',
                         [_fn(hedging, "on_writers_doing", _never)]),
    "hc.writers_mind": (HC, "hide", '"I\'m certainly glad": the writer\'s own feeling', [_fn(hedging, "on_writers_mind", _never)]),
    "hc.visibly": (HC, "hide", '"he becomes demonstrably riled": visibly', [_fn(certainty_adverbs, "visibly", _never)]),
    "hc.held_as": (HC, "hide", '"regards as self-evident": someone\'s view reported', [_fn(certainty_frames, "held_as", _never)]),
    "hc.made_clear": (HC, "hide", '"We made the law crystal clear": the manner of saying',
                      [_fn(booster_clauses, "made_clear", _never)]),
    "hc.not_an_appeal": (HC, "hide", '"Don\'t believe me?": no appeal to trust', [_fn(booster_clauses, "not_an_appeal", _never)]),
    "hc.calls_on_us": (HC, "hide", '"But surely we can understand a father who ...": a call on the listeners, no claim',
                       [_fn(booster_clauses, "calls_on_us", _never)]),
    "hc.question_as_noun": (HC, "hide", '"There is no question mark after the title": the noun, no certainty',
                            [_fn(booster_clauses, "question_as_noun", _never)]),
    "hc.concedes_a_cost": (HC, "hide", '"Of course, continuing this costs money": a drawback granted',
                           [_fn(hedging, "concedes_a_cost", _never)]),
    "hc.indeed_adds": (HC, "hide", '"and, indeed, hinders them": "indeed" after "and"/"but"/"or" inside the sentence, "and even" (prec40)',
                       [_fn(booster_clauses, "indeed_adds", _never)]),
    "hc.example_given": (HC, "hide", '"An obvious example is ...": a certainty adjective before the noun of an example the sentence gives (boostprec51)',
                         [_fn(ground_shown, "example_given", _never)]),
    "hc.fact_turned": (HC, "hide", '"In fact, however, the problem is not so simple": a correction set against what the text supposed (boostprec51)',
                       [_fn(booster_clauses, "fact_turned", _never)]),
    "hc.indeed_set_off": (HC, "hide", '"In some, indeed, alarms were raised": "indeed" set off by commas inside its clause, not after "be"/"do"/"have", a connective (boostprec51)',
                          [_fn(booster_clauses, "indeed_set_off", _never)]),
    "hc.concedes_before_turn": (HC, "hide", '"The output is certainly readable, but ...": a concessive booster before a clause turn (prec40)',
                                [_fn(booster_clauses, "concedes_before_turn", _never)]),
    "hc.in_relative_aside": (HC, "hide", '"-- which, of course, mattered the most": an aside in a relative clause',
                             [_fn(hedging, "in_relative_aside", _never)]),
    "hc.in_documentation": (HC, "hide", '"In reality, ..." and "Obviously X. However, ..." in technical writing (genre)',
                            [_fn(hedging, "_wrong_in_documentation", _never)]),
    "hc.disjunct_in_documentation": (HC, "hide", '"Obviously, ...", "..., undoubtedly.": a sentence adverb at the edge, technical writing (docs24)',
                                     [_fn(hedging, "_disjunct_at_edge", _never)]),
    "hc.writer_after": (HC, "hide", '"Obviously, that was something we really liked": an info booster on the writers\' own work, technical writing',
                        [_fn(hedging, "writer_after", _never)]),
    "hc.names_a_word": (HC, "hide", '"it is, in fact, an abbreviation of Debian PacKaGe": a name or a word explained',
                        [_fn(hedging, "names_a_word", _never)]),
    "hc.in_title": (HC, "hide", '"his book Surely You\'re Joking, Mr. Feynman!": a booster capitalised in a title or a coined term (boost30)',
                    [_fn(booster_names, "in_title", _never)]),
    "hc.names_its_ground": (HC, "hide", '"Indeed, the TMRC Dictionary defined dike as": an opener whose clause names its source (boost30)',
                            [_fn(booster_sources, "names_its_ground", _never)]),
    "hc.clear_from": (HC, "hide", '"it\'s clear from their writings that": the ground named after the predicate (boost30)',
                      [_fn(booster_sources, "clear_from", _never)]),
    "hc.may_after": (HC, "hide", '"Indeed it might be a more appropriate vehicle": "In fact" / "Indeed" before a possibility (boost30)',
                     [_fn(hedging, "_may_after", _never)]),
    "hc.speaker_conceded": (HC, "hide", '"I know that debate will be difficult. But ...": the speaker\'s "I know" conceding',
                            [_fn(speakers_knowledge, "conceded", _never)]),
    "hc.degree_indeed": (HC, "hide", '"very hard indeed", "seemed feeble indeed": a postposed "indeed" raising a degree',
                         [_empty(hedging, "_DEGREE_BEFORE")]),
    "hc.in_premise": (HC, "hide", '"If they are believed to be rarely used, ...": HC101 in an opening condition\'s premise (hedge30)',
                      [_fn(unasserted, "in_premise", _never)]),
    "hc.example_utterance": (HC, "hide", '\'One might say "I got moofed"\': HC101 before a quoted example (hedge30)',
                             [_fn(unasserted, "example_utterance", _never)]),
    "hc.sense_definition": (HC, "hide", '"Used ... of a change that is thought to be trivial": HC101 naming a sense\'s kind (hedge30)',
                            [_fn(unasserted, "in_sense_definition", _never)]),
    "hc.quoted_speech": (HC, "hide", "'They say, \"Hire more teachers.\"': HC101 before the quoted words of a party named before (hedge31)",
                         [_fn(unasserted, "quoted_speech", _never)]),
    "hc.own_saying": (HC, "hide", '"A nation may be said to consist of", \'said to “dogpile”\': the writer\'s own naming (hedge31)',
                      [_fn(defined_by_saying, "own_saying", _never)]),
    "hc.known_for": (HC, "hide", '"best known for inventing COBOL", "We have known for some time": no reputation (hedge31)',
                     [_fn(known_for, "credits_no_reputation", _never)]),
    "hc.names_its_entry": (HC, "hide", '"Such letters are said to have been depeditated" under ":depeditate:": "said to" '
                           'before the term its entry defines (prec35)', [_fn(defined_by_saying, "names_its_entry", _never)]),
    "hc.view_credited": (HC, "hide", '"The prevailing view ... was summed up in 1912 by a group of auto makers": a view its sentence credits (mend48)',
                         [_fn(prevailing_view, "credited", _never)]),
    "hc.fact_of_a_kind": (HC, "hide", '"it is a social fact, a creation of society": a fact of a kind, no "that" (mend48)',
                          [_empty(fact_declared, "KINDS")]),
    "hc.told_as_lore": (HC, "hide", '"the legend of the trolley-car hack, ... are said to have welded": lore told as lore (hedge31)',
                        [_fn(told_as_lore, "inside_lore", _never)]),
    # --- hedging.py: lowered to info (the branches of _hedge_tier and _booster_tier) --------------
    "hc.tier.hedge": (HC, "tier", "every HC101 info class", [_fn(hedging, "_hedge_tier", _no_tier)]),
    "hc.tier.audience": (HC, "tier", '"many developers prefer": the people the text is about',
                         [_branch(hedging, "_hedge_tier", "_AUDIENCE")]),
    "hc.tier.seemingly": (HC, "tier", '"is apparently wrong": seemingly', [_branch(hedging, "_hedge_tier", "_BEFORE_SEEMINGLY")]),
    "hc.tier.graded_after": (HC, "tier", '"confused by apparently invalid syntax": "apparently" after a preposition or an ordinal (prec35)',
                             [_branch(hedging, "_hedge_tier", "_GRADED_AFTER")]),
    "hc.tier.inner_premise": (HC, "tier", '"until it is understood that", "the moment it is known that": HC101 in a condition or a time inside the sentence (prec36b)',
                              [_fn(unasserted, "in_inner_premise", _never)]),
    "hc.tier.familiar_field": (HC, "tier", '"People familiar with other languages will find": readers who know a field (hcprec45)',
                               [_branch(hedging, "_hedge_tier", "_PARTICULAR")]),
    "hc.tier.arguably": (HC, "tier", '"The AsciiDoc version is, arguably, easier": the writer\'s own softened view (hcprec45)',
                         [_branch(hedging, "_hedge_tier", "_ARGUED_NOTE")]),
    "hc.tier.people-who": (HC, "tier", '"There are people who travel far": people the text describes',
                           [_branch(hedging, "_hedge_tier", "_PEOPLE_WHO_NOTE")]),
    "hc.tier.objection-foretold": (HC, "tier", '"It will be objected that": an objection foretold from nobody (hcrec46)',
                                   [_branch(hedging, "_hedge_tier", "OBJECTION")]),
    "hc.tier.argument-is-that": (HC, "tier", '"the argument is that", "the claim is that": an argument held by nobody, or the speaker\'s own (opp54)',
                                 [_branch(hedging, "_hedge_tier", "ARGUMENT")]),
    "hc.tier.booster": (HC, "tier", "every HC102 info class", [_fn(hedging, "_booster_tier", _no_tier)]),
    "hc.tier.sometimes": (HC, "tier", '"of course", "in fact", "indeed", "in reality", "in truth"',
                          [_branch(hedging, "_booster_tier", "_SOMETIMES")]),
    "hc.tier.of_course": (HC, "tier", '"of course" (of the "sometimes" class; since tier40 not "is, of course," nor ", and, of course,")',
                          [_narrowed(hedging, "_booster_tier", "_SOMETIMES", hedging._SOMETIMES - {("of", "course")})]),
    "hc.tier.in_fact": (HC, "tier", '"in fact" (of the "sometimes" class; since tier40 not ", and, in fact,")',
                        [_narrowed(hedging, "_booster_tier", "_SOMETIMES", hedging._SOMETIMES - {("in", "fact")})]),
    "hc.tier.indeed": (HC, "tier", '"indeed" (of the "sometimes" class; since tier40 not right after "is"/"was")',
                       [_narrowed(hedging, "_booster_tier", "_SOMETIMES", hedging._SOMETIMES - {("indeed",)})]),
    "hc.tier.thatless": (HC, "tier", '"it\'s clear", "it\'s obvious" without "that"', [_branch(hedging, "_booster_tier", "_THATLESS")]),
    "hc.tier.attributive": (HC, "tier", '"an obvious rewrite": the adjective before its noun',
                            [_branch(hedging, "_booster_tier", "_ATTRIBUTIVE")]),
    "hc.tier.proven": (HC, "tier", '"has proven"', [_branch(hedging, "_booster_tier", "proven")]),
    "hc.tier.clearly": (HC, "tier", '"clearly" alone (not "it is clear that"; since tier38 not after "be" or "has": "It is clearly superior")',
                        [_branch(hedging, "_booster_tier", "clearly")]),
    "hc.tier.evident": (HC, "tier", '"this is obviously slower because": "obviously", "plainly" ... inside a sentence, in technical writing (warn34)',
                        [_branch(hedging, "_booster_tier", "_EVIDENT")]),
    "hc.tier.writers_sure": (HC, "tier", '"I\'m sure Java is fine for some stuff": the writer\'s own "I\'m sure", technical writing (prec36b)',
                             [_branch(hedging, "_booster_tier", "writers_sure")]),
    "hc.tier.denial_aside": (HC, "tier", '"-- certainly not the attention that you need": a booster and "not" opening an aside (prec36b)',
                             [_branch(hedging, "_booster_tier", "denial_aside")]),
    "hc.tier.opens_conceding": (HC, "tier", '"True, a Mason watercolor is unmistakably ...": a booster in a sentence opening "True,", "Granted,", "Admittedly," or "Sure," (shown55)',
                                [_branch(hedging, "_booster_tier", "opens_conceding")]),
    "hc.tier.should_be_obvious": (HC, "tier", '"The weakness of this argument should be obvious.": a subject other than "it" before "should be obvious" (beyond_saying, mind65)',
                                  [_branch(hedging, "_booster_tier", "is_should_be")]),
    "hc.own_testimony": (HC, "hide", '"I can honestly say it has done better than I could have imagined": the speaker\'s testimony (shown55)',
                         [_fn(assurances, "own_testimony", _never)]),
    "hc.crowd_not_subject": (HC, "hide", '"on behalf of a majority of the people, say that", "we have people, say, attacking": a crowd a comma parts from a verb it is not the subject of (shown55)',
                             [_fn(crowd_not_subject, "object_before_comma", _never), _fn(crowd_not_subject, "say_for_instance", _never)]),
    "hc.tier.realised": (HC, "tier", '"It was obvious we were going to"', [_branch(hedging, "_booster_tier", "_REALISED")]),
    "hc.tier.possibility": (HC, "tier", '"Obviously X can still be": granting a possibility',
                            [_branch(hedging, "_booster_tier", "_POSSIBILITY")]),
    "hc.tier.possible": (HC, "tier", '"certainly possible", "obviously cannot": a possibility without a modal',
                         [_branch(hedging, "_booster_tier", "_POSSIBLE")]),
    "hc.tier.concession_but": (HC, "tier", '"Obviously X cannot ..., but Y can": a turn after it ("but", "nevertheless"); outside technical writing only after a mark (tier38)',
                               [_branch(hedging, "_booster_tier", "_LATER_TURNS")]),
    "hc.tier.concession_while": (HC, "tier", '"While it\'s definitely fast": inside a clause "while" opens (tier39: no mark between)',
                                 [_branch(hedging, "_booster_tier", "_in_while_clause")]),
    "hc.tier.turn_next": (HC, "tier", '"Unquestionably he did good things. But ...": a turn opens the next sentence',
                          [_branch(hedging, "_booster_tier", "turn_opens_next")]),
    "hc.tier.disjunct_edge": (HC, "tier", '"..., undoubtedly.": a sentence adverb closing the sentence (opening it: a warning since boost32)',
                              [_branch(hedging, "_booster_tier", "_DISJUNCTS")]),
    "hc.tier.links": (HC, "tier", "a broken link in the sentence", [_branch(hedging, "_booster_tier", "broken_link")]),
    "hc.tier.we_know": (HC, "tier", '"We know our economy is stronger when": plain "we know" opening a clause, in technical writing (boost32)',
                        [_branch(hedging, "_booster_tier", "we")]),
}


#: the tier functions whose branches have entries above (tests/test_eval_ablate.py checks that each
#: of their branches has exactly one)
TIER_FUNCTIONS = ((superlatives, "_tier"), (hedging, "_booster_tier"), (hedging, "_hedge_tier"))


def _ungated(original):
    """_superlative with its gates off: where it finds nothing, a superlative (or "most"/"least"
    and a word) after "the", a possessive or a place, ordinals and intensifiers between, is a
    finding. Only the superlative's form is kept: what the gates add up to, at most."""
    def superlative(lex, lw, words, i, prose, lowercase=frozenset(), said_rank=None):
        # the same signature as _superlative (said_rank since a81773c: without it every call raised)
        hit = original(lex, lw, words, i, prose, lowercase, said_rank)
        if hit or words[i].quoted:
            return hit
        w, n = lw[i], len(lw)
        if w in ("most", "least"):
            if i + 1 >= n or not lw[i + 1][:1].isalpha():
                return None
            end = i + 1
        elif w in lex.superlative:
            end = i
        else:
            return None
        j = i - 1
        while j >= 0 and (lw[j] in lex.ordinal or lw[j] in lex.intensifier):
            j -= 1
        if j >= 0 and (lw[j] == "the" or lw[j] in lex.place or lw[j].endswith("'s")
                       or lw[j] in ("its", "their", "his", "her", "our")):
            return j, end
        return None
    return superlative


@contextmanager
def switched_off(name: str):
    """Patch exemption ``name`` off for the duration."""
    check, _kind, _what, patches = EXEMPTIONS[name]
    with ExitStack() as stack:
        for p in patches:
            if p[0] == "attr":
                _, module, attr, value = p
                if not hasattr(module, attr):
                    raise SystemExit("error: %s has no %s (the rules changed: update EXEMPTIONS)" % (module.__name__, attr))
                stack.enter_context(_setattr(module, attr, value))
            elif p[0] == "lex":
                _, chk, attr, value = p
                # the checks ask lexicon(extend, ignore) with two empty tuples: lru_cache keys that
                # call apart from lexicon() with no arguments
                lex = (superlatives if chk == SL else hedging).lexicon((), ())
                stack.enter_context(_setattr(lex, attr, value))
            elif p[0] == "method":
                # Support is shared by SL and HC: only the exemption's own check is run again
                # with it off, the other's findings are the baseline's
                _, _chk, attr, value = p
                stack.enter_context(_setattr(Sup, attr, value))
            elif p[0] == "tier":
                # the tier function rebuilt from its source with those branches off (no restatement
                # of the rules to fall out of date: eval/tier_branches.py)
                _, module, attr, tokens, narrow = p
                original = getattr(module, attr)
                stack.enter_context(_setattr(module, attr, tier_branches.without(original, tokens, narrow)))
            elif p[0] == "gates":
                stack.enter_context(_setattr(superlatives, "_superlative", _ungated(superlatives._superlative)))
            elif p[0] == "answered_next":
                original = hedging._answered

                def answered(sup, doc, sentence, note, plural=False, _orig=original):
                    # the sentence's own link, citation or named source still answers it
                    if sup.cited(sentence):
                        return True
                    if note in (hedging.UNNAMED, hedging.ANONYMOUS, hedging.PRESS_NOTE):
                        return False  # the press: only a link or a citation answers it
                    return sup.named(sentence)
                stack.enter_context(_setattr(hedging, "_answered", answered))
        yield


@contextmanager
def _setattr(obj, attr, value):
    old = getattr(obj, attr)
    setattr(obj, attr, value)
    try:
        yield
    finally:
        setattr(obj, attr, old)


# --- the sets, parsed once ---------------------------------------------------------------------

def load_sets(names: list, news_dev, given: dict) -> list:
    sets = []
    for name in names:
        g = crossval.gold_dir(name, news_dev)
        s = crossval.read_set(name, g, crossval.docs_dir(name, given, g))
        s["parsed"] = []
        for doc_id in sorted(s["docs"]):
            path = os.path.join(s["dir"], s["docs"][doc_id])
            with open(path, encoding="utf-8") as fh:
                s["parsed"].append((doc_id, parse(path, fh.read())))
        sets.append(s)
    return sets


CHECKS = {SL: superlatives.Superlatives(), HC: hedging.Hedging()}
OPTIONS = {n: {k: o.default for k, o in c.options.items()} for n, c in CHECKS.items()}


def lint(s: dict, check: str) -> list:
    """The findings (scorer dicts, with severity) of one check over a set's documents."""
    out = []
    c = CHECKS[check]
    for doc_id, doc in s["parsed"]:
        for d in c.check(doc, OPTIONS[check], Context(root=s["dir"])):
            if d.code in crossval.LANG_CODES:
                out.append(dict(doc=doc_id, line=d.line, col=d.col, code=d.code, severity=d.severity or "warning"))
    return out


def counts(findings: list, items: list) -> tuple:
    """(positives found, traps flagged, other false alarms, what was found: {id of a positive},
    {id of a trap}, {(doc, line, col, code) of another false alarm})."""
    pos, neg, hits, flagged = crossval.matches(findings, items)
    other = {(f["doc"], f["line"], f["col"], f["code"]) for i, f in enumerate(findings) if i not in hits and i not in flagged}
    return (len(hits), len(flagged), len(findings) - len(hits) - len(flagged),
            {id(pos[gi]) for gi in hits.values()}, {id(neg[ni]) for ni in flagged.values()}, other)


def warning_only(findings: list) -> list:
    return [f for f in findings if f["severity"] == "warning"]


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(prog="ablate.py")
    parser.add_argument("-v", dest="verbose", action="store_true", help="list each positive an exemption hides")
    parser.add_argument("--sets", type=lambda v: v.split(","), default=list(crossval.SETS))
    parser.add_argument("--only", type=lambda v: v.split(","), help="these exemptions only")
    crossval.add_data_options(parser)
    args = parser.parse_args(argv)
    names = args.only or list(EXEMPTIONS)
    unknown = [n for n in names if n not in EXEMPTIONS]
    if unknown:
        parser.error("unknown exemption %s; known: %s" % (", ".join(unknown), ", ".join(EXEMPTIONS)))
    sets = load_sets(args.sets, args.news_dev, dict(args.docs))
    base = {(s["name"], chk): lint(s, chk) for s in sets for chk in CHECKS}

    def score(findings_of, tier):
        out = {}
        for s in sets:
            fs = findings_of(s)
            if tier == "warning":
                fs = warning_only(fs)
            out[s["name"]] = counts(fs, s["items"])
        return out

    def base_of(s):
        return base[(s["name"], SL)] + base[(s["name"], HC)]

    before = {tier: score(base_of, tier) for tier in ("all", "warning")}
    rows = {"all": [], "warning": []}
    hidden_items = defaultdict(list)
    for name in names:
        check, kind, what, _ = EXEMPTIONS[name]
        with switched_off(name):
            off = {s["name"]: lint(s, check) for s in sets}
        other = HC if check == SL else SL

        def off_of(s):
            return off[s["name"]] + base[(s["name"], other)]

        for tier in ("all", "warning"):
            if tier == "all" and kind == "tier":
                continue
            after = score(off_of, tier)
            per = {}
            for s in sets:
                b, a = before[tier][s["name"]], after[s["name"]]
                per[s["name"]] = (a[0] - b[0], a[1] - b[1], a[2] - b[2])
                if args.verbose and (tier == "all" or kind == "tier"):
                    for what, gone in (("claim", a[3] - b[3]), ("trap ", a[4] - b[4])):
                        for g in s["items"]:
                            if id(g) in gone:
                                hidden_items[name].append("%s %s %s:%d %s %r" % (
                                    what, s["name"], g["doc"], g["line"], g["category"], g["phrase"]))
                    for doc, line, col, code in sorted(a[5] - b[5]):
                        hidden_items[name].append("false %s %s:%d:%d %s" % (s["name"], doc, line, col, code))
            rows[tier].append((name, kind, what, per))
    print("Exemptions switched off one at a time over %s; baseline (every tier): %s" % (
        ", ".join(s["name"] for s in sets),
        "; ".join("%s %d found, %d traps, %d other" % (n, *before["all"][n][:3]) for n in before["all"])))
    for tier in ("all", "warning"):
        print()
        print("== %s ==" % ("every tier (score.py)" if tier == "all" else "warning tier alone (info dropped)"))
        print("%-30s %-4s %17s %17s %5s  %-10s %s" % ("exemption", "kind", "pooled P/T/O", "newest P/T/O", "sets",
                                                    "verdict", "per set P/F: " + " ".join(s["name"].split("-")[0] for s in sets)))
        for name, kind, what, per in rows[tier]:
            pooled = [sum(v[k] for v in per.values()) for k in range(3)]
            newest = [sum(per[n][k] for n in NEWEST if n in per) for k in range(3)]
            more = sum(1 for v in per.values() if v[0] > v[1] + v[2])
            if pooled[0] > pooled[1] + pooled[2] and more >= 2:
                verdict = "HIDES-MORE"
            elif pooled[1] + pooled[2] > pooled[0]:
                verdict = "saves"
            else:
                verdict = "even"
            print("%-30s %-4s %17s %17s %5d  %-10s %s" % (
                name, kind, "%d/%d/%d" % tuple(pooled), "%d/%d/%d" % tuple(newest), more, verdict,
                " ".join("%d/%d" % (per[s["name"]][0], per[s["name"]][1] + per[s["name"]][2]) for s in sets)))
    if args.verbose:
        print()
        for name in names:
            for line in hidden_items.get(name, ()):
                print("  %-30s %s" % (name, line))
    print()
    print("P: positives hidden (found with the exemption off, not with it on), T: traps hidden (flagged off, not on),")
    print("O: other false alarms hidden; newest: %s; sets: sets where P > T + O." % " + ".join(NEWEST))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
