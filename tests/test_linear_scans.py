"""Hostile shapes that made a check quadratic: 4x the units must cost well under 16x the time.

Each shape once hid a scan of the whole sentence, paragraph or document per trigger word, per
pair or per finding (benchmarks/adversarial.py finds them; benchmarks/README.md, "Adversarial
shapes", lists the causes). A paragraph with no full stop is one sentence, so a "sentence" can
hold thousands of triggers. Each test times the check alone (the document parsed and split
beforehand) on n and 4n units and allows 10x for 4x (linear is about 4; main's code before the
sweep took 12x to 28x on ten of these shapes at these sizes), and pins the exact findings of a
small instance, so the speed-up changed nothing.
"""

from __future__ import annotations

import os
import time

import pytest

from prosecheck.check import Context
from prosecheck.config import check_options
from prosecheck.document import parse
from prosecheck.plugins import load_registry
from prosecheck.runner import Settings, lint_document
from prosecheck.selection import Selector
from prosecheck.testing import codes, lint

_SLIP66_BASES = ("documentation", "information", "environment", "performance", "development", "application")


def _slip66(i: int) -> str:
    """The i-th distinct misspelling of a long word by a letter typed in ("documqentation")."""
    base = _SLIP66_BASES[i % len(_SLIP66_BASES)]
    k = i // len(_SLIP66_BASES)
    pos = 2 + k % (len(base) - 3)
    return base[:pos] + "qxzjkvwbfgh"[(k // (len(base) - 3)) % 11] + base[pos:]


def _label(i: int) -> str:
    """A distinct capitalised speaker's label per ``i`` (letters only)."""
    return chr(65 + i % 26) + "".join(chr(97 + int(d)) for d in str(i))


# name: (check, code prefix, make(n), n, the findings of make(3) as (line, column, code))
SHAPES = {
    # SL101: superlative_unexampled reads at most four words either side of each noun of
    # comparison, and superlative_prose asks _superlative once more per "most" and a judging
    # adjective in plain prose (thirty-eighth session), not the sentence per trigger.
    "without_parallel": ("superlatives", "SL", lambda n: "The valley grew " + "and the harbor is without parallel in history and one of the most important ports of the river " * n + "\n",
                         300, [(1, 35, "SL101"), (1, 74, "SL101"), (1, 130, "SL101"), (1, 169, "SL101"), (1, 225, "SL101"), (1, 264, "SL101")]),
    # SL101 (forty-fourth session, slrec44): superlative_unique reads at most eight words before
    # each "unique" for its copula and its subject, superlative_beyond a few words around each
    # "none", "no" or over-participle: no walk of the sentence per trigger.
    "unique_and_none": ("superlatives", "SL", lambda n: "The towns grew " + "and Harbor is, to my knowledge, unique in using two queues and to none more so than to the ports and it can not be overestimated " * n + "\n",
                        300, [(1, 48, "SL101"), (1, 82, "SL101"), (1, 120, "SL101"), (1, 177, "SL101"), (1, 211, "SL101"),
                              (1, 249, "SL101"), (1, 306, "SL101"), (1, 340, "SL101"), (1, 378, "SL101")]),
    # SL101 (forty-fifth session, slrec45): superlative_no_phrase reads at most eleven words after
    # each "no" or "nothing" for its linking verb or comparative, and three before it for "there
    # <be>": no walk of the sentence per trigger.
    "rival_denied_to_a_phrase": ("superlatives", "SL", lambda n: "The towns grew " + "and there can be no crime in the whole valley more serious than theft and no piece of the old business of the port is more important " * n + "\n",
                                 300, [(1, 33, "SL101"), (1, 90, "SL101"), (1, 166, "SL101"), (1, 223, "SL101"), (1, 299, "SL101"), (1, 356, "SL101")]),
    # SL101 (forty-sixth session, slrec46): superlative_none reads at most sixteen words after each
    # "none" for its "so"/"as" ... "as", "equal to" or comparative and "than": no walk of the
    # sentence per trigger.
    "none_matched": ("superlatives", "SL", lambda n: "The towns grew " + "and none are so busy or loud as the port and none have been attended with greater success than the mill " * n + "\n",
                     300, [(1, 20, "SL101"), (1, 61, "SL101"), (1, 124, "SL101"), (1, 165, "SL101"), (1, 228, "SL101"), (1, 269, "SL101")]),
    # SL101 (fifty-eighth session, rank58): superlative_subjects.ranked_aspect is asked only at
    # the head of a sentence (the first seven words) and reads on for a copula once per head, so
    # a long subject costs one walk, not one per word (plain prose: the speech before it).
    "aspect_at_the_head": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall and spoke about the long spring. " * 34
                           + "\n\nThe most damning aspect of the report " + "and the mill and the harbor " * n + "is its tone.\n",
                           300, [(3, 1, "SL101")]),
    # SL101 (forty-sixth session, slprec46): superlative_wish looks back at most sixteen words from
    # each ranking for the speaker's wish and stops at a clause of its own ("because"): no walk of
    # the sentence per trigger. The rankings the wishes hold go; the reason's stays.
    "rankings_inside_wishes": ("superlatives", "SL", lambda n: "The towns grew " + "and we hope the harbor will remain the best port and I want it to stay busier than ever because it is the best port in the world " * n + "\n",
                               300, [(1, 118, "SL101"), (1, 247, "SL101"), (1, 376, "SL101")]),
    # SL101 (forty-eighth session, slrec48): superlative_first.first_time_opening reads at most four
    # words before each "first" and two after, never back to the sentence's head: only the opening
    # "For the first time" is a finding, the ones inside the sentence are not.
    "first_time_heading": ("superlatives", "SL", lambda n: "For the first time, the towns grew " + "and for the first time the ferry ran at night " * n + "\n",
                           300, [(1, 1, "SL101")]),
    # SL101 (forty-first session): reported_view.others_view looks back at most sixteen words from
    # each superlative for a view verb and its holder, through the sentence's breaks made once
    # (support._view_words), not the sentence per superlative. Every ranking here is the towns'
    # view: no finding.
    "views_of_a_third_party": ("superlatives", "SL", lambda n: "The towns grew " + "and most of them believe that the harbor is the best port and the finest dock on the river " * n + "\n",
                               300, []),
    # SL101 (fifty-first session, slrank51): superlative_by_far reads three words before each
    # superlative, superlative_prose.graded_quality asks _superlative once more per "most" and an
    # adjective no list names, and existential_before looks five words back: outside documentation
    # (a paragraph of 510 words of speech first), each "by far the finest" and "the most
    # endearing" a finding, no scan of the sentence per superlative.
    "rankings_outside_documentation": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall. " * 51 + "\n\nThe towns grew " + "and by far the finest dock was built and it is the most endearing port of the river " * n + "\n",
                                       300, [(3, 20, "SL101"), (3, 63, "SL101"), (3, 104, "SL101"), (3, 147, "SL101"), (3, 188, "SL101"), (3, 231, "SL101")]),
    # SL101 (fifty-fifth session, rank55): superlative_great reads at most eight words after each
    # "great" and three before it, superlative_first.first_in_history at most eight after each
    # "first" and its scope's four: outside documentation (a paragraph of 510 words of speech
    # first), each "one of the great mills of the world" and "the first stone mill in American
    # history" a finding, no scan of the sentence per trigger.
    "great_and_first_over_history": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall. " * 51 + "\n\nThe towns grew " + "and one of the great mills of the world stood by the first stone mill in American history " * n + "\n",
                                     300, [(3, 20, "SL101"), (3, 65, "SL101"), (3, 110, "SL101"), (3, 155, "SL101"), (3, 200, "SL101"), (3, 245, "SL101")]),
    # SL101 (fifty-sixth session, rank56): superlative_ultimate reads at most five words before
    # each "ultimate" and four after it, superlative_course.course_said at most three after each
    # superlative and six before it: outside documentation (a paragraph of 510 words of speech
    # first), each "the ultimate in mill design", "is the ultimate village craftsman" and
    # "working together is the best way to" a finding, no scan of the sentence per trigger.
    "the_ultimate_and_course_said": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall. " * 51 + "\n\nThe towns grew " + "and it was the ultimate in mill design and the miller is the ultimate village craftsman and working together is the best way to save the mill " * n + "\n",
                     300, [(3, 27, "SL101"), (3, 73, "SL101"), (3, 128, "SL101"), (3, 169, "SL101"), (3, 215, "SL101"), (3, 270, "SL101"),
                     (3, 311, "SL101"), (3, 357, "SL101"), (3, 412, "SL101")]),
    # SL101 (fifty-seventh session, history57): superlative_outdo reads at most thirteen words
    # before each "anyone", "anybody", "everyone", "everybody" or "rest" (a list of six verbs of
    # outdoing) and three after "rest": outside documentation, each "outbake, outmill, and outsell
    # anybody" and "out-grind the rest of the world" a finding, no scan of the sentence per trigger.
    "outdoes_everyone": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall. " * 51 + "\n\nThe towns grew " + "and we can outbake, outmill, and outsell anybody in the valley and our millers out-grind the rest of the world " * n + "\n",
                         300, [(3, 27, "SL101"), (3, 95, "SL101"), (3, 138, "SL101"), (3, 206, "SL101"), (3, 249, "SL101"), (3, 317, "SL101")]),
    # HC101, HC102 (fifty-third session, prec53): voice.others_blocks asks verse.is_verse once per
    # block, which reads the block's lines once: a poem of thousands of short lines running on is
    # the poem's words, no finding, and no scan of the block per trigger.
    "verse_lines": ("hedging", "HC", lambda n: "# Ode\n\n" + "The harbor, it is said, was wide,\nAnd surely no one could doubt its tide,\n" * n + "Until the day the harbor died.\n",
                    300, []),
    # SL101 (fifty-third session, rank53): superlative_ever.side_past_relative reads at most ten
    # words after each superlative _writers_experience would drop, and a count after "the" one
    # word: outside documentation (a paragraph of 510 words of speech first), each "the best dock
    # we have ever had" and "the two most careful pilots in the world" a finding, no scan of the
    # sentence per superlative.
    "rankings_over_the_sides_past": ("superlatives", "SL", lambda n: "The valley farmers met the river pilots at the town hall. " * 51 + "\n\nThe towns grew " + "and they built the best dock we have ever had and hired the two most careful pilots in the world " * n + "\n",
                                     300, [(3, 31, "SL101"), (3, 72, "SL101"), (3, 128, "SL101"), (3, 169, "SL101"), (3, 225, "SL101"), (3, 266, "SL101")]),
    # HC101: each weasel looked back through the sentence for "called"/"known as" (and searched
    # it for a citation once per weasel).
    "weasels": ("hedging", "HC", lambda n: "It works, " + "critics say (in the press) it fails and " * n + "\n",
                300, [(1, 11, "HC101"), (1, 51, "HC101"), (1, 91, "HC101")]),
    # HC102 (forty-fifth session, hcprec45): needless_saying reads a few words around each
    # "need", certainty_frames._hard_noun the run of adjectives after each "the" (runs of
    # different "the"s never overlap): no walk of the sentence per trigger.
    "needless_and_hard_facts": ("hedging", "HC", lambda n: "The town grew " + "and it need not be added that the cold, hard, stark fact is that the harbor froze " * n + "\n",
                                300, [(1, 19, "HC102")]),
    # HC102 (forty-seventh session, boostrec47): fact_declared reads a few words around each "a"
    # before "fact" (at most three after the noun), not the sentence per article.
    "facts_declared": ("hedging", "HC", lambda n: "The town grew " + "and it is also a grim fact of our town that the harbor froze " * n + "\n",
                       300, [(1, 19, "HC102")]),
    # HC102 (fifty-first session, boostrec51): natural_opening reads the sentence's first words
    # and two words before each later "naturally" and one after, not the sentence per occurrence.
    "naturally_openings": ("hedging", "HC", lambda n: "Naturally, the town grew " + "and naturally, the harbor was naturally a sea " * n + "\n",
                           300, [(1, 1, "HC102")]),  # (one booster finding a sentence)
    # HC101: news_passives reads the gap before each reduced participle (the one comma) and the
    # document's genre once, not the sentence per participle (twenty-second session).
    "news_passives": ("hedging", "HC", lambda n: "The town waited " + "and the fighters, believed to be at large, fled " * n + "\n",
                      500, [(1, 35, "HC101"), (1, 83, "HC101"), (1, 131, "HC101")]),
    # HC101 (forty-fourth session, hcprec44): own_government reads the document's words once for
    # the writer's Government (remembered per document) and each "is thought to" from its own
    # words: the passives of an address's one long paragraph, every one info.
    "government_belief": ("hedging", "HC", lambda n: "I recommend to the Congress the views of this Government, " + "and the measure is thought to be urgent " * n + "\n",
                          500, [(1, 75, "HC101"), (1, 115, "HC101"), (1, 155, "HC101")]),
    # HC101: news_passives' forecast and perception forms (twenty-third session) read a bounded
    # window after each "regarded as" for the judges after "by", and the sentence's findings so
    # far (one number) before each "expected to", not the sentence per participle.
    "news_forecasts": ("hedging", "HC", lambda n: "The town waited " + "and the vote is regarded as crucial by most and the talks are expected to stall " * n + "\n",
                       300, [(1, 30, "HC101"), (1, 110, "HC101"), (1, 190, "HC101")]),
    # HC101: foreseen_views reads a bounded window before each modal for its crowd, and
    # informant.heard_from a bounded window after each "heard" (twenty-fourth session), not the
    # sentence per modal or per verb.
    "crowd_views": ("hedging", "HC", lambda n: "The town waited " + "and most voters would call it fair and I heard from some folks that it fell " * n + "\n",
                    300, [(1, 21, "HC101"), (1, 56, "HC101"), (1, 97, "HC101"), (1, 132, "HC101"), (1, 173, "HC101"), (1, 208, "HC101")]),
    # HC101/HC102: general_assent (thirty-eighth session) reads at most two words before each
    # participle of granting and a bounded window after it (the condition of a definition), and
    # three words after each "it" for "it can scarcely be doubted that": no walk over a run of
    # adverbs, no scan of the sentence per participle.
    "general_assent": ("hedging", "HC", lambda n: "The town waited " + "and the plan is generally conceded and it can scarcely be doubted that it works " * n + "\n",
                       300, [(1, 30, "HC101"), (1, 56, "HC102"), (1, 110, "HC101"), (1, 190, "HC101")]),
    # HC101: general_assent's passives of opinion (forty-fifth session, hcrec45) read two words
    # before "been" for the crowd's adverb and two after the participle for its complement ("has
    # generally been supposed", "is popularly regarded as"): no walk, no scan per participle.
    "opinion_passives": ("hedging", "HC", lambda n: "The town waited " + "and the mill has generally been supposed older and the word is popularly regarded as a joke " * n + "\n",
                         300, [(1, 30, "HC101"), (1, 77, "HC101"), (1, 122, "HC101"), (1, 169, "HC101"), (1, 214, "HC101"), (1, 261, "HC101")]),
    # HC101: recognized_view (forty-ninth session, hcrep49) reads at most three words before
    # "recognized" (and three before "been"), three before the subject for a kind defined, and
    # three after it for a clause, an infinitive or a ranking: no walk, no scan per participle.
    "recognized_view": ("hedging", "HC", lambda n: "The town waited " + "and the risk is well recognized and it has long been recognized that it works " * n + "\n",
                        300, [(1, 30, "HC101"), (1, 53, "HC101"), (1, 108, "HC101"), (1, 131, "HC101"), (1, 186, "HC101"), (1, 209, "HC101")]),
    # HC101/HC102: grown_clear (thirty-ninth session) reads at most eight words after each "it"
    # for "it has now become increasingly clear that", and claims_made at most nine words after
    # each noun of a claim for "the suggestion is also made that": no walk over a run of adverbs.
    "claims_come_about": ("hedging", "HC", lambda n: "The town waited " + "and it has now become increasingly clear that the suggestion is also made that it works " * n + "\n",
                          300, [(1, 21, "HC102"), (1, 63, "HC101"), (1, 151, "HC101"), (1, 239, "HC101")]),
    # HC101/HC102: the fortieth session's shapes (hc40) read fixed windows: three words before a
    # participle of denial ("can not now be questioned"), three after "none" ("none can deny"),
    # three before and after an adjective of a thing seen ("apparent to all"), two round
    # "evidently", and the perfect before "assumed"/"proposed": no walk, no scan per word.
    "nobody_denies": ("hedging", "HC", lambda n: "The town waited " + "and none can deny it and the fault is apparent to all and it has been assumed that it works and it is evidently better " * n + "\n",
                      300, [(1, 21, "HC102"), (1, 75, "HC101"), (1, 194, "HC101"), (1, 313, "HC101")]),
    # HC101: public_voice (fiftieth session, hcrec50) reads at most three words before each
    # collective head for its determiner and three after it for the verb, and four after each "by"
    # for the head: no walk over a run of adverbs, no scan of the sentence per head.
    "public_voice": ("hedging", "HC", lambda n: "The town waited " + "and the world thinks it fell and the mill was hailed by the press as a ruin " * n + "\n",
                     300, [(1, 21, "HC101"), (1, 63, "HC101"), (1, 97, "HC101"), (1, 139, "HC101"), (1, 173, "HC101"), (1, 215, "HC101")]),
    # HC101: crowd_members (fifty-third session, crowd53) reads at most three words after each
    # "every" and ten after each "friend(s)" for the verb, and _group_claim's scope phrase at most
    # four words after a crowd's noun ("some fans of the mill maintain"): no scan per head.
    "crowd_members": ("hedging", "HC", lambda n: "The town waited " + "and every new hand will tell you it fell and a friend of mine said it burned and some fans of the mill maintain it stood " * n + "\n",
                      300, [(1, 21, "HC101"), (1, 62, "HC101"), (1, 98, "HC101"), (1, 142, "HC101"), (1, 183, "HC101"), (1, 219, "HC101"), (1, 263, "HC101"), (1, 304, "HC101"), (1, 340, "HC101")]),
    # HC101: informant.heard_that (fifty-first session, hcrec51) walks back from each "hear",
    # "hears" or "heard" over its own run of auxiliaries and adverbs only (the walk stops at the
    # previous verb) and reads at most six words after it for "that"; reputation.supposed_to_have
    # reads two words before "supposed" and three after: no scan of the sentence per verb.
    "hearsay": ("hedging", "HC", lambda n: "The town waited " + "and we constantly heard that it fell and one abbot is supposed to have burned it " * n + "\n",
                300, [(1, 21, "HC101"), (1, 68, "HC101"), (1, 102, "HC101"), (1, 149, "HC101"), (1, 183, "HC101"), (1, 230, "HC101")]),
    # HC101: unnamed_holders reads a bounded window round each "who" for "those who say" and
    # "there are some who say" (twenty-fifth session), not the sentence per "who"; one finding a
    # sentence, and every later "who" is read again (a deed after it: no view).
    "holders_views": ("hedging", "HC", lambda n: "The town waited and those who say it fell " + "and there are some who would close the mill " * n + "\n",
                      300, [(1, 21, "HC101")]),
    # HC101: defined_by_saying.names_its_entry (thirty-fifth session) finds each block's entry
    # term in one pass over the document's blocks (a per-document memo), not by a walk back to the
    # heading per "said to"; the words after it are a bounded window. Every "said to" under its own
    # headword names the term: no finding; one under the last that names another term: a finding.
    "entry_terms": ("hedging", "HC", lambda n: "".join(
        f":frob{_label(i).lower()}: n.\n\nA knob is said to have been frob{_label(i).lower()}ed and "
        f"a knob is said to have been tweaked.\n\n" for i in range(n)),
        300, [(3, 49, "HC101"), (7, 49, "HC101"), (11, 49, "HC101")]),
    # HC102 and SL: confidence.hypothetical scanned back to the sentence's start for a condition
    # word when no clause mark stood between.
    "boosters_no_commas": ("hedging", "HC", lambda n: "It " + "clearly works and " * n + "\n",
                           500, [(1, 4, "HC102")]),
    "superlatives_no_commas": ("superlatives", "SL", lambda n: "It " + "is the best tool and " * n + "\n",
                               200, [(1, 7, "SL101"), (1, 28, "SL101"), (1, 49, "SL101")]),
    # HC102: booster_clauses.repeats_claim read the span since the first booster, which every
    # later booster repeated.
    "boosters_with_commas": ("hedging", "HC", lambda n: "It " + "clearly works, " * n + "\n",
                             2000, [(1, 4, "HC102")]),
    # SL101: _measured (and _figures) read the whole sentence per superlative.
    "superlatives_with_commas": ("superlatives", "SL", lambda n: "It is " + "the best, " * n + "\n",
                                 1000, [(1, 7, "SL101")]),
    # SL102: credits_others read the whole sentence per peacock word.
    "peacock": ("superlatives", "SL", lambda n: "It is " + "an amazing tool, " * n + "\n",
                600, [(1, 10, "SL102"), (1, 27, "SL102"), (1, 44, "SL102")]),
    # SL101: answers_readers_need read the sentence from its start per claim.
    "if_you": ("superlatives", "SL", lambda n: "If you want speed, " + "Harbor is the fastest parser and " * n + "\n",
               200, [(1, 30, "SL101"), (1, 63, "SL101"), (1, 96, "SL101")]),
    # HC101, HC102 (the trigger search, trigger_search.py and its C path _native/_trigger.c): a
    # paragraph holding a "[" has every sentence tokenised, each once (twenty-eighth session).
    "trigger_search_brackets": ("hedging", "HC", lambda n: "It works. " + "It is clearly done [see below]. " * n + "\n",
                                1000, [(1, 17, "HC102"), (1, 49, "HC102"), (1, 81, "HC102")]),
    # SL101: superlative_results reads the section's result blocks once per document, not the
    # blocks above each ranking (twenty-third session, doc23): timings and rankings alternating.
    "results_rankings": ("superlatives", "SL", lambda n: "## Results\n\n" + "Harbor: 4.373\n\nQuay is the fastest router.\n\n" * n,
                         500, [(5, 9, "SL101")]),
    # SL101: the prose before each predicate copied (and stripped) to look for the placeholder of
    # left-out text before it, and each record's scope read from a copy of the sentence's words
    # up to its end: one long paragraph copied once per superlative (nineteenth session).
    "predicates_after_sources": ("superlatives", "SL", lambda n: "".join(f"according to {_label(i)} it is the best, " for i in range(n)) + "\n",
                                 8000, []),
    # SL101 (forty-ninth session, slprec49): support._named_past_aside reads at most three words
    # back from each verb of saying for an aside between commas, superlatives._after_according at
    # most six words back from each comma before a ranking, superlative_reader the verb after each
    # "nobody": no walk of the sentence per trigger. Paragraphs, so each sentence stands alone.
    # ("you", the reader, kept at info: "me" is out since narr58, superlative_own_life.)
    "asides_and_according": ("superlatives", "SL", lambda n: "".join(
        f"{_label(i)}, for example, once said the port is the best. According to {_label(i)}, the best ports are busy. "
        "Nobody could make you leave the best port in the valley.\n\n" for i in range(n)),
                             300, [(1, 92, "SL101"), (3, 92, "SL101"), (5, 92, "SL101")]),
    # HC102: an emphatic booster inside a verb ("does in fact work", "is indeed good") read the
    # whole sentence per booster: a figure anywhere in it, inline code in a copy of it, and a
    # doubt word in a copy of the words before it (nineteenth session).
    "in_fact_in_verb": ("hedging", "HC", lambda n: "It " + "does in fact work and " * n + "\n",
                        300, [(1, 9, "HC102")]),
    "indeed_in_verb": ("hedging", "HC", lambda n: "It " + "is indeed good and " * n + "\n",
                       500, [(1, 7, "HC102")]),
    # HC102: a plain "we know" looked for "yes" in a copy of the words before it and scanned the
    # rest of the sentence for a concession (nineteenth session).
    "we_know": ("hedging", "HC", lambda n: "It works " + "and we know this works " * n + "\n",
                800, [(1, 14, "HC102")]),  # "we know this works": a claim since know53
    # HC102: the speaker's "I know" before a claim (twenty-fourth session) reads a bounded window
    # after "know" for a view and the sentence's memo for a reason or a concession, not the rest
    # of the sentence per "I know".
    "i_know": ("hedging", "HC", lambda n: "It works " + "and I know the roads are old " * n + "\n",
               800, [(1, 14, "HC102")]),
    # HC102: knowledge announced before a colon (twenty-fifth session) reads a bounded window
    # after "know" ("this about ... :") per "I know", and the grant of a hardship the sentence's
    # memo, not the rest of the sentence.
    "i_know_this": ("hedging", "HC", lambda n: "It works " + "and I know this about the old roads: the people are in distress " * n + "\n",
                    800, []),
    # HC102: a booster opening the speaker's pledge (twenty-eighth session, speakers_pledge) reads
    # the sentence once for its first "I will" / "we shall" (sentence_memo), not per booster.
    "pledges": ("hedging", "HC", lambda n: "Make no mistake: " + "if the vendor ships it, we will veto it and clearly say so, " * n + "\n",
                500, []),
    # HC102: "you (already) know" walked back to the sentence's start for a condition word per
    # "you know" (nineteenth session; 70 s for 2,000 units before).
    "you_know": ("hedging", "HC", lambda n: "It works " + "and you already know this works " * n + "\n",
                 150, [(1, 14, "HC102")]),
    # HC102: a booster before a later "but" looks for the sentence's last turn after a mark
    # (hedging._last_clause_turn, thirty-eighth session): once per sentence, not per booster.
    "clause_turn": ("hedging", "HC", lambda n: "The harbour definitely grew but the town " + "clearly stayed small but " * n + "quiet.\n",
                    150, [(1, 13, "HC102"), (1, 42, "HC102"), (1, 67, "HC102"), (1, 92, "HC102")]),
    # HC102: a booster after "while" finds the last "while" before it and the clause marks after
    # that by bisection in per-sentence lists (hedging._in_while_clause, thirty-ninth session),
    # and reads at most three words for "we"/"all" before a modal (_our_ability): never the
    # sentence per booster.
    "while_clauses": ("hedging", "HC", lambda n: "The harbour grew " + "while the town certainly stayed small, we can certainly rebuild it and " * n + "so on.\n",
                      300, [(1, 33, "HC102"), (1, 104, "HC102"), (1, 175, "HC102")]),
    # HC102: an aside set off by commas inside a "while" clause (hedging._aside_in_while_clause,
    # fortieth session) is read from the same bisection of the clause marks and a few lookups
    # around the booster, never the clause.
    "while_asides": ("hedging", "HC", lambda n: "The harbour grew " + "while the town, hoping for rain, certainly waited, and " * n + "so on.\n",
                     300, [(1, 51, "HC102"), (1, 106, "HC102"), (1, 161, "HC102")]),
    # HC102: a concessive booster looks for a later clause turn by one bisection in a per-sentence
    # list of them (booster_clauses.concedes_before_turn, fortieth session), never the rest of the
    # sentence per booster.
    "concession_turns": ("hedging", "HC", lambda n: "The harbour grew " + "and the town certainly stayed small, yet " * n + "so on.\n",
                         300, []),
    # HC102: "of course" set off after "is" and "indeed" after "was" ask whether a parenthesis is
    # open before them in a per-sentence list of depths and look for a condition word in the
    # sentence's word places (hedging._paren_depth, _set_off_of_course, _indeed_after_copula,
    # fortieth session): never the sentence's head per booster.
    "set_off_of_course": ("hedging", "HC", lambda n: "The harbour grew; " + "the quay is, of course, busy; the ferry was indeed full; " * n + "the town slept.\n",
                          300, [(1, 32, "HC102"), (1, 63, "HC102"), (1, 89, "HC102"), (1, 120, "HC102"), (1, 146, "HC102"), (1, 177, "HC102")]),
    # SL101: a moral "should" of nobody looked for "than" in a copy of the rest of the sentence
    # per "nobody should be <word>er" (nineteenth session).
    "nobody_should": ("superlatives", "SL", lambda n: "It " + "is true and nobody should be faster and " * n + "\n",
                      1000, []),
    # SL101: "no" and a thing before "ever" (superlative_ever.no_thing_ever) and "none" before a
    # comparative and "than" (superlative_frames.none_outdoes) look a bounded window past each
    # clause's first word, never the rest of the sentence (thirtieth session).
    "no_thing_ever": ("superlatives", "SL", lambda n: "It grew, " + "and no ferry has ever sailed " * n + "\n",
                      300, [(1, 14, "SL101"), (1, 43, "SL101"), (1, 72, "SL101")]),
    "none_outdoes": ("superlatives", "SL", lambda n: "Of all, " + "and none is more useful than tea " * n + "\n",
                     300, [(1, 13, "SL101"), (1, 46, "SL101"), (1, 79, "SL101")]),
    # SL101: the lines of every heading listed per finding (the section's heading).
    "headings": ("superlatives", "SL", lambda n: "".join(f"# Part {i}\n\nHarbor is the fastest parser.\n\n" for i in range(n)),
                 300, [(3, 11, "SL101"), (7, 11, "SL101"), (11, 11, "SL101")]),
    # SP102: every link scanned per pair of repeated words (a link's text then the same word is
    # a type and its description: not reported).
    "doubles_and_links": ("spelling", "SP", lambda n: "".join(
        f"[Duran](https://example.com/{i}) Duran played and and there.\n\n" for i in range(n)),
        700, [(1, 49, "SP102"), (3, 49, "SP102"), (5, 49, "SP102")]),
    # SP102: the paragraph before each pair copied to see whether a sentence starts there.
    "doubles_one_paragraph": ("spelling", "SP", lambda n: "We saw the the band " + "Duran Duran and " * n + "\n",
                              8000, [(1, 12, "SP102")]),
    # SP101: every occurrence of an unknown word picked from the words in one pass (by
    # _native/_spell.c's where, or compress over a map: twenty-ninth session), and counted once
    # per token; a word used more than max_per_word times is a term (none reported).
    "unknown_occurrences": ("spelling", "SP", lambda n: "We " + "recieve the teh and " * n + "\n",
                            3000, []),
    # SP101: the genus before each unknown word that closes parentheses ("(Anolis nubilus)") is
    # looked for in a fixed reach before it, never in the paragraph up to it (twenty-third session).
    "species_in_parentheses": ("spelling", "SP", lambda n: "The lizards " + "".join(
        f"(Anolis nubil{_label(i).lower()}us) and " for i in range(n)) + "more.\n", 3000, []),
    # SP101: a reported word whose first suggestion needs an unlikely slip is searched two slips
    # away (spelling_reach.py): once per distinct word, bounded by its length; an editor's
    # bracketed letter is looked for in a fixed reach before the word (sixty-sixth session).
    "two_slips_and_brackets": ("spelling", "SP", lambda n: "".join(
        f"The {_slip66(i)} is here and the \"[w]hoever\" of it.\n\n" for i in range(n)), 120,
        [(1, 5, "SP101"), (3, 5, "SP101"), (5, 5, "SP101")]),
    # HC101: the unnamed speakers after a sentence's first were dropped by a list test per finding.
    "unnamed_speakers": ("hedging", "HC", lambda n: "It works, " + "an official said, and " * n + "\n",
                         3000, [(1, 11, "HC101")]),
    # HC101: each estimate counted the sentence's reporting verbs, and each finding that replaces
    # those after it made a new list of the sentence's findings.
    "estimates": ("hedging", "HC", lambda n: "There " + "were an estimated 6,500 people and " * n + "\n",
                  1000, [(1, 12, "HC101"), (1, 47, "HC101"), (1, 82, "HC101")]),
    # SL101: "nobody would" looked for a condition in all the words before it.
    "nobody": ("superlatives", "SL", lambda n: "It " + "is true and nobody would use it and " * n + "\n",
               500, [(1, 16, "SL101"), (1, 52, "SL101"), (1, 88, "SL101")]),
    # SL101: "nothing" and a verb, then a comparative and "than" (twenty-second session): read
    # within a fixed reach of each "nothing", never to the sentence's end.
    "nothing_does_better": ("superlatives", "SL", lambda n: "It works " + "and nothing does it better than Harbor " * n + "\n",
                            1000, [(1, 14, "SL101"), (1, 53, "SL101"), (1, 92, "SL101")]),
    # SL101: a size superlative set off after a name walked forward to the next closing mark or
    # verb "to be" per superlative; "(" opens an apposition but closes none (twentieth session).
    "apposition_no_close": ("superlatives", "SL", lambda n: "It works and " + "".join(
        f"{_label(i)} (one of the largest tools and " for i in range(n)) + "\n", 400, []),
    # SL101: each item of a series of sizes after a capitalised scope ("the richest valley in
    # Europe, the bravest valley in Europe, ...") asks whether the comma before it closes the last
    # item: one lookup in the sentence's stops, not a walk back (twenty-fifth session, sl25b).
    "series_of_sizes": ("superlatives", "SL", lambda n: "It is " + "the richest valley in Europe, " * n + "and more.\n",
                        400, [(1, 7, "SL101"), (1, 37, "SL101"), (1, 67, "SL101")]),
    # SL and HC (confidence._led_by_link, once per document): whether a list item opens with a
    # link was read from a copy of the item's prose up to each working link (twentieth session;
    # a memory copy, so it shows at thousands of links with long texts in one item).
    "links_one_list_item": ("superlatives", "SL", lambda n: "Harbor is the fastest parser.\n\n- " + "".join(
        f"[{'p' * 40}{i}](https://example.com/{i}) " for i in range(n)) + "more.\n", 8000, [(1, 11, "SL101")]),
    # SL and HC (voice.others_blocks): a transcript's speakers kept in a list tested per paragraph,
    # and the whole page searched for "<name> reports" once per speaker.
    "transcript": ("superlatives", "SL", lambda n: (
        "Harbor is the fastest parser.\n\n" + "".join(f"{_label(i)}: It is the best tool.\n\n" for i in range(n)) * 2),
        400, [(1, 11, "SL101"), (3, 11, "SL101"), (9, 11, "SL101")]),
    # HC101 (lead_speaker.introduced): whether a quoted speaker was given a role earlier in the
    # story read every sentence before the lead, once per lead (twenty-first session; 25 s for
    # 2,000 units before).
    "quoted_speakers": ("hedging", "HC", lambda n: "".join(
        f'Officials say the plan failed. "It was bad," said {_label(i)} Smith, who lives here.\n\n' for i in range(n)),
        300, [(1, 1, "HC101"), (3, 1, "HC101"), (5, 1, "HC101")]),
    # HC101 (attribution.find): whether the sentence holds a plan ("will", "plans") was read from
    # the whole sentence per source noun found (twenty-first session: 10x for 4x units).
    "side_officials": ("hedging", "HC", lambda n: "It works, " + "Palestinian officials said, and " * n + "\n",
                       1000, [(1, 11, "HC101")]),
    # HC101 (lead_speaker.named_in_lead): whether the next sentence's speaker is named in the lead
    # read the lead's every word once per weasel in it (twenty-first session: 16x for 4x units).
    "leads_before_a_speaker": ("hedging", "HC", lambda n: "It works, " + "critics say it fails and " * n + ".\nBob Smith said so.\n",
                               500, []),
    # HC102 (booster_clauses.after_ground_given, twenty-second session): a sentence opened by "In
    # other words" whose every booster is tested against the clause's turns and breaks: read from
    # the per-sentence index, never by walking back to the pointer per booster.
    "ground_pointer": ("hedging", "HC", lambda n: "In other words, " + "it is small and definitely fast and " * n + "\n",
                       1000, []),
    # HC102 (booster_clauses.after_opening_condition, twenty-fifth session): in technical writing
    # each booster after a condition that opens its clause is tested against the sentence's
    # closing commas, turns and breaks, indexed once per sentence, never walked per booster; one
    # clause after another opening on "if" is indexed in the same walk.
    "opening_condition": ("hedging", "HC", lambda n: "If the file is big, the code is clearly slow and " + "the file is large; if the "
                          "build fails, the code is obviously broken and clearly slow; " * n + "\n", 500, []),
    # HC102 (booster_clauses.in_limit_clause, thirty-first session): each booster after "until"
    # or "where" is looked up in the limit words and clause marks indexed once per sentence,
    # never walked back to the sentence's start per booster.
    "limit_clause": ("hedging", "HC", lambda n: "The town waited until " + "it was clearly done and the mill is obviously slow and "
                     "where it is certainly cold and " * n + "\n", 500, [(1, 59, "HC102")]),
    # HC102 and SL101 (confidence.tells_time, thirty-fourth session): each "when" of a sentence
    # with no clause mark reaches to its end; the past verbs are found once per sentence and each
    # "when" looks its clause up by bisection, never reads the rest of the sentence per "when".
    "when_tells_time_boosters": ("hedging", "HC", lambda n: "It waited " + "when the mill is clearly slow and when the "
                                 "town had clearly grown and " * n + "\n", 500, [(1, 63, "HC102")]),
    "when_tells_time_superlatives": ("superlatives", "SL", lambda n: "It waited " + "when it is the best tool in the world and "
                                     "when Acme opened the largest mill in the world and " * n + "\n", 200,
                                     [(1, 70, "SL101"), (1, 163, "SL101"), (1, 256, "SL101")]),
    # SL101 (superlatives._knows_open_question, twenty-second session): "nobody knows" before an
    # open question, a fixed reach after each "knows".
    "nobody_knows_what": ("superlatives", "SL", lambda n: "It works and " + "nobody knows what it does and " * n + "\n",
                          1000, []),
    # SL101 (superlative_likeness, thirty-ninth session): each "unlike" reads at most seven words
    # on for its "any other", each "every" at most two words back for its "like".
    "likeness_with_every_rival": ("superlatives", "SL", lambda n: "It works and " + "unlike those of the town in the long "
                                  "valley and like every other harbor and " * n + "\n", 1000,
                                  [(1, 62, "SL101"), (1, 138, "SL101"), (1, 214, "SL101")]),
    # SL101 (superlative_frames.nowhere_inverted and no_other_people inside a sentence, twenty-third
    # session): each "nowhere" and each "no other" reads a fixed reach after it, never the rest.
    "nowhere_no_other": ("superlatives", "SL", lambda n: "It works and " + "nowhere is the work of the town done well and "
                         "we saw no other people in the room and " * n + "\n", 1000, []),
    # SL101 (superlative_frames.few_rivals and superlatives._record_grade, twenty-fourth session):
    # each "few" reads a fixed reach after it for its comparative and "than", and each "the most
    # significant" a fixed reach for a record's scope, never the rest of the sentence.
    "few_rivals_records": ("superlatives", "SL", lambda n: "It works and " + "few towns in the valley give the "
                           "river less and the most significant part of the town is old and " * n + "\n", 1000, []),
    # SL101 (nobody_passive.done_to_nobody and superlative_reference.names_by_rank, twenty-fifth
    # session): each "no one" reads a fixed reach after it for a passive, and each possessive
    # size a fixed few words either side, never the rest of the sentence. (No finding: each
    # "no one" is a passive, each size picks a port out.)
    "nobody_passive_standings": ("superlatives", "SL", lambda n: "The strike began and " + "no one was left behind and "
                                 "it closed three of Norway's biggest ports and " * n + "\n", 1000, []),
    # HC101 (group_topics.a_topic, twenty-fourth session): each group's verb reads a fixed window
    # after "about"/"of" for a view ("as", "that"), never the rest of the sentence.
    "group_topics": ("hedging", "HC", lambda n: "It works and " + "some developers have thought about it and " * n + "\n",
                     1000, []),
    # HC101 (inferred_here, twenty-fifth session): each "apparently" looks up the sentence's
    # evidential "that", colon and "because", found once per sentence, never the sentence again.
    "apparently_inferred": ("hedging", "HC", lambda n: "It works and " + "the man apparently left and " * n + "\n",
                            1000, [(1, 22, "HC101"), (1, 50, "HC101"), (1, 78, "HC101")]),
    # SL101 (twenty-seventh session): a ranked stake reads its holder and noun, a hedged ranking
    # the word before its hedge, and to_make at most seven words back from each superlative.
    "stakes_hedges_goals": ("superlatives", "SL", lambda n: "They " + (
        "bear the heaviest burden, gave us perhaps the best account and set out to make it the best tool and ") * n + "\n",
        300, [(1, 11, "SL101"), (1, 111, "SL101"), (1, 211, "SL101")]),
    # SL101 (thirty-fifth session, superlative_subjects): a superlative heading the subject reads
    # its copula to the sentence's end once, and only at the head (the first few words): the
    # superlatives further on ("the biggest problem", "the best way to") are never read so.
    "subject_heads": ("superlatives", "SL", lambda n: "The biggest problem with the levee " + (
        "and the biggest problem and the best way to lower the tolls ") * n + "is the toll.\n",
        300, [(1, 1, "SL101")]),
    # SL101 (twenty-eighth session, superlative_ever and its exceptions): "no nation has ever",
    # "has never been attempted before", "I have never been more hopeful", "no one can know how":
    # each reads a window of a few words round its "no" or "never", never the sentence.
    "ever_records": ("superlatives", "SL", lambda n: "They " + (
        "waited and no nation has ever faced it and a scale that has never been attempted before and "
        "I have never been more hopeful and no one can know how long it lasts ") * n + "\n",
        300, [(1, 17, "SL101"), (1, 66, "SL101"), (1, 178, "SL101"), (1, 227, "SL101"), (1, 339, "SL101"), (1, 388, "SL101")]),
    # SL101 (twenty-ninth session, superlative_ever.world_past_relative and no_earlier_time,
    # every_rival's "than in any previous"): each superlative reads at most ten words on for "the
    # world has ever", each "no" and "than" a few words round it: a window, never the sentence.
    "earlier_times": ("superlatives", "SL", lambda n: "They " + (
        "built the strongest fleet the world has ever known and grew faster than in any previous year and "
        "at no previous time has it been so busy and ") * n + "\n",
        300, [(1, 12, "SL101"), (1, 73, "SL101"), (1, 103, "SL101"), (1, 153, "SL101"), (1, 214, "SL101"),
              (1, 244, "SL101"), (1, 294, "SL101"), (1, 355, "SL101"), (1, 385, "SL101")]),
    # HC101 (hedge27, twenty-seventh session): each "reported" reads at most eight words back for
    # a word of usage, each "considered" three words on for a verdict, each "legendary" its
    # neighbours: a window, never the sentence.
    "usage_reports": ("hedging", "HC", lambda n: "It works and " + "the term has also been reported and " * n + "\n",
                      1000, [(1, 23, "HC101"), (1, 59, "HC101"), (1, 95, "HC101")]),
    # HC101 (hedge28, twenty-eighth session): each "observed" reads the word after it and at most
    # two words back to "has" and eight more for a record or a denial: a window, never the sentence.
    "nobody_reported": ("hedging", "HC", lambda n: "It works and " + "the effect has also been observed, and " * n + "\n",
                        1000, [(1, 25, "HC101"), (1, 64, "HC101"), (1, 103, "HC101")]),
    # HC101 (hedge29, twenty-ninth session): each "is said to" reads at most thirty words back for
    # a kind of thing and its qualifier (defined_by_saying): a window, never the sentence.
    "defined_by_saying": ("hedging", "HC", lambda n: "It works and " + "the tool that nobody uses is said to rust and " * n + "\n",
                          1000, [(1, 40, "HC101"), (1, 86, "HC101"), (1, 132, "HC101")]),
    # HC101 (hedge30, thirtieth session, unasserted.py): a sentence opening on "If" finds where its
    # premise ends once (sentence_memo.per_sentence), however many hedges ask; a sense line's hedge
    # reads at most eight words back for its relative word: a window, never the sentence.
    "unasserted_premise": ("hedging", "HC", lambda n: "If " + "the tool is reportedly slow and " * n + "it stops, it is reportedly fine.\n",
                           1000, [(1, 116, "HC101")]),
    "unasserted_sense": ("hedging", "HC", lambda n: "Used of " + "a tool that is thought to be slow or " * n + "a pipe.\n",
                         1000, []),
    # HC101 (hedge31, thirty-first session, told_as_lore.py): a sentence's first "legend", "myth" or
    # "folklore" found once (sentence_memo.per_sentence), however many hedges ask; "They say" and
    # "may be said to" read two words round the hedge, "best known for" one word before it.
    "told_as_lore": ("hedging", "HC", lambda n: "It works and " + "the tool is reportedly slow and " * n + "in the myth the tool is reportedly fine.\n",
                     1000, [(1, 26, "HC101"), (1, 58, "HC101"), (1, 90, "HC101")]),
    # HC101 (near34, thirty-fourth session): each "known" reads the two words after it, one
    # adverb and "is" before it and at most eight more back for a relative pronoun (stopping at a
    # mark); each "reports" two modifiers and "there have been" before it: windows, never the
    # sentence. A condition is confidence.hypothetical's (the sentence's conditions found once,
    # thirty-fifth session): "known_in_condition" opens the sentence on one that reaches every "known".
    "known_to": ("hedging", "HC", lambda n: "It works and " + "the loop is known to hang and there are reports of leaks and " * n + "\n",
                 1000, [(1, 23, "HC101"), (1, 44, "HC101"), (1, 84, "HC101"), (1, 105, "HC101"), (1, 145, "HC101"), (1, 166, "HC101")]),
    # HC101 (hcrec47, forty-seventh session): each "rumours" reads two words after it and at most
    # three modifiers and "there have been" before it: a window, never the sentence.
    "rumours_exist": ("hedging", "HC", lambda n: "It works and " + "there were rumours of leaks and " * n + "\n",
                      1000, [(1, 14, "HC101"), (1, 46, "HC101"), (1, 78, "HC101")]),
    # HC101 (hcrec47): each adjective of "the prevailing view" reads the word before and after it.
    "prevailing_view": ("hedging", "HC", lambda n: "It works and " + "the prevailing view holds and " * n + "\n",
                        1000, [(1, 14, "HC101"), (1, 44, "HC101"), (1, 74, "HC101")]),
    # HC101 (opp54, fifty-fourth session): each "feeling", "argument" or "claim" reads at most three
    # words before it and four after it; "they tell me" reads its own two neighbours; the view's
    # holders in the sentence are found once (prevailing_view.credited's memo).
    "unowned_view": ("hedging", "HC", lambda n: "It works and " + "the feeling is that it holds and, they tell me, " * n + "\n",
                     1000, [(1, 14, "HC101"), (1, 48, "HC101"), (1, 62, "HC101"), (1, 96, "HC101"), (1, 110, "HC101"), (1, 144, "HC101")]),
    # HC101 (unnamed55, fifty-fifth session): each noun of a reaction ("criticism", "outrage") reads
    # at most three words before it (the verb of drawing and two modifiers) and two after it.
    "criticism_drawn": ("hedging", "HC", lambda n: "It works and " + "the plan drew strong criticism and " * n + "\n",
                        1000, [(1, 23, "HC101"), (1, 58, "HC101"), (1, 93, "HC101")]),
    # HC101 (unnamed56, fifty-sixth session): each participle of judging or rating reads at most
    # five words before it (adverbs, "has been") and ten after it (the ranking, then "by").
    "ranked_view": ("hedging", "HC", lambda n: "It works and " + "the mill is considered one of the best and " * n + "\n",
                    1000, [(1, 23, "HC101"), (1, 66, "HC101"), (1, 109, "HC101")]),
    # HC101 (opp54; the fifty-fourth session's review): "they tell me" closing a sentence looks at the
    # few characters after its last word, never the rest of the paragraph (a copy of the block's tail
    # per sentence was quadratic, though cheap per byte: 80,000 such sentences in one paragraph took
    # 5.4 s before and 2.8 s after; at this test's sizes the copy does not show, so this pins the
    # findings and the linear rest).
    "they_tell_at_the_end": ("hedging", "HC", lambda n: "It works. " + "The mill is old, they tell me. " * n + "\n",
                             1000, [(1, 28, "HC101"), (1, 59, "HC101"), (1, 90, "HC101")]),
    # HC101 (mend48, forty-eighth session): the view's holders ("summed up by a group",
    # "according to the ministry") are found once per sentence and looked up by bisection per view.
    "prevailing_view_credited": ("hedging", "HC", lambda n: "It works and " + "the prevailing view holds and it was put in 1912 to "
                                 "the board and " * n + "the accepted wisdom is held by the board.\n", 1000,
                                 [(1, 14, "HC101"), (1, 80, "HC101"), (1, 146, "HC101")]),
    # HC101 (mend48): whether the next sentence's speaker is named in the sentence before the
    # lead reads that sentence's words once (a memo), not once per hedge of the lead.
    "rumour_named_before": ("hedging", "HC", lambda n: "Bob Smith met " + "the mayor and " * n + "left. He is " + "reportedly slow and " * n
                            + "done. Smith says so.\n", 1000,
                            [(1, 69, "HC101"), (1, 89, "HC101"), (1, 109, "HC101")]),
    # HC101 (hcrec48, forty-eighth session): each "by" after a participle of describing reads at
    # most "one of its" and four words after it for one unnamed person: a window, never the sentence.
    "one_person_agent": ("hedging", "HC", lambda n: "It works and " + "the mill was dubbed by one of its critics a folly and " * n + "\n",
                         1000, [(1, 27, "HC101"), (1, 81, "HC101"), (1, 135, "HC101")]),
    # HC101 (hcrec49, forty-ninth session): each "by" after a participle of judging reads a
    # quantity, at most two modifiers and the plural noun after it, and two words past it for a
    # name: a window, never the sentence.
    "plural_person_agent": ("hedging", "HC", lambda n: "It works and " + "the tale was believed by some older historians and " * n + "\n",
                            1000, [(1, 27, "HC101"), (1, 78, "HC101"), (1, 129, "HC101")]),
    # HC101 (hcrec49): a sentence of many "cited by a Pittsburgh critic" asks whether it names a
    # source, with those agents set aside, once (a memo), not once per finding.
    "agent_place_named": ("hedging", "HC", lambda n: "It works and " + "the tale was cited by a Pittsburgh critic and " * n + "\n",
                          1000, [(1, 27, "HC101"), (1, 73, "HC101"), (1, 119, "HC101")]),
    "known_in_condition": ("hedging", "HC", lambda n: "Check if " + "the loop is known to hang and the pipe is known to leak and " * n + "it stops.\n",
                           1000, []),
    # HC101 (thirty-fifth session): a sentence opening on "When" reads its premise for a past
    # (confidence.past_verb) once, however many hedges ask.
    "unasserted_when_premise": ("hedging", "HC", lambda n: "When " + "the tool is reportedly slow and quickly quickly fixed and " * n + "it stops, it is reportedly fine.\n",
                                1000, [(1, 18, "HC101"), (1, 76, "HC101"), (1, 134, "HC101"), (1, 196, "HC101")]),
    # HC101 (prec36b, thirty-sixth session): each hedge looks its nearest condition or time word
    # and the clause marks up by bisection in lists indexed once per sentence
    # (unasserted._inner_openers), never walking back to the sentence's start per hedge.
    "unasserted_inner_premise": ("hedging", "HC", lambda n: "The mill waits " + "until it is understood that the tool is slow and "
                                 "the moment the loop is said to hang and " * n + "\n", 1000,
                                 [(1, 22, "HC101"), (1, 85, "HC101"), (1, 111, "HC101"), (1, 174, "HC101"), (1, 200, "HC101"), (1, 263, "HC101")]),
    "fame_and_verdicts": ("hedging", "HC", lambda n: "It works and " + "a legendary parser was considered mildly silly and " * n + "\n",
                          1000, [(1, 16, "HC101"), (1, 37, "HC101"), (1, 67, "HC101"), (1, 88, "HC101"), (1, 118, "HC101"), (1, 139, "HC101")]),
    # HC101 and HC102 (prechc42, forty-second session, works_cited.py): a sentence's cited works
    # (a page in brackets, a numbered section, a book by its author) found once
    # (sentence_memo.per_sentence), however many hedges and boosters ask whether one follows them.
    "works_cited": ("hedging", "HC", lambda n: "It works and " + "the tool is reportedly slow [The Mill, p. 4] and obviously (see the notes by the way) " * n + "\n",
                    1000, [(1, 235, "HC102")]),  # the last booster: no work cited after it
    # ... and the quotation that ends a sentence found once (its opening mark searched back from
    # the end, once per sentence), however many hedges stand before it.
    "works_cited_quotation": ("hedging", "HC", lambda n: "It works and " + "the tool is reportedly slow and " * n
                              + 'he wrote "it is fine." [The Mill, p. 4]\n', 1000,
                              []),  # at info until the sixtieth session; now each asks and leaves (source60)
    # ... and a booster at info asks once whether the next sentence quotes and cites a work
    # (works_cited.quotes_cited_next, source60): that sentence read once, however long the quotation.
    "works_cited_quotes_next": ("hedging", "HC", lambda n: "The mill works, and of course the weir is old. As Holt noted, \""
                                + "the weir is old and " * n + 'it is fine." [The Mill, p. 4]\n', 1000, []),
    # ... and a hedge or booster with a quotation after it anywhere in its sentence asks once
    # whether the next sentence opens on the quoted work's citation (works_cited.quoted_then_cited_next,
    # named61): the sentence's last quotation mark found once, the next sentence matched once.
    "works_cited_quoted_then_cited": ("hedging", "HC", lambda n: "It works and " + "the tool is reportedly \"slow\" and " * n
                                      + "the mill is fine. [The Mill, p. 4] The weir is old.\n", 1000, []),
    # ... and a lead ending its paragraph on a colon reads the next block's opening and the last
    # characters of that block once (works_cited.block_quotation_cited, named61), however many
    # hedges the lead holds and however long the quoted block (since fix62 the lead's words once more,
    # in the same per-sentence memo, for a verb of saying and the first person).
    "works_cited_block_quotation": ("hedging", "HC", lambda n: "The mill is " + "reportedly old and " * n + "the weir is new, as one miller put it:\n\n> \""
                                    + "The weir is old and " * n + 'fine." [The Mill, p. 4]\n', 1000, []),
    # SL101 (abs41, forty-first session): "Only" opening a sentence reads at most sixty words on for
    # an inverted auxiliary (superlative_absolutes.only_clause): once a sentence, a window, never
    # the sentence.
    "only_clause": ("superlatives", "SL", lambda n: "Only when " + "the towns share the toll and " * n + "the ferry runs.\n",
                    1000, []),
    # SL101 (slrec47, forty-seventh session): "Only" and an article opening a sentence reads at most
    # sixteen words on for its modal (superlative_absolutes.only_party_modal): a window, never the
    # sentence.
    "only_party_modal": ("superlatives", "SL", lambda n: "Only the " + "tolls of the towns and " * n + "ferry can pay.\n",
                         1000, []),
    # SL101 (slrec50, fiftieth session): each "has/have never" reads its subject word and at most
    # nine words on (superlative_absolutes.held_never): a window per trigger, never the sentence.
    # The small instance has no full stop: one sentence of three claims.
    "held_never": ("superlatives", "SL", lambda n: "The valley grew " + "and the levee has never held the river and the towns " * n + "shared the toll.\n",
                   1000, [(1, 31, "SL101"), (1, 84, "SL101"), (1, 137, "SL101")]),
    # SL101 (sweep61, sixty-first session): each "always"/"never" reads the word before and after
    # it, and the sentence's words once for the first person, a past or a figure
    # (superlative_absolutes.habit_present, a per-sentence memo): never the sentence per trigger.
    "habit_present": ("superlatives", "SL", lambda n: "The valley grew " + "and the levee never holds the river and the towns " * n + "shared the toll.\n",
                      1000, [(1, 25, "SL101"), (1, 75, "SL101"), (1, 125, "SL101")]),
    # SL101 (fix62): the view a third party's verb of saying reports, and "but" ending it, are read
    # in one pass of the sentence's words (superlative_absolutes._reported_from, a per-sentence memo).
    "habit_reported": ("superlatives", "SL", lambda n: "The millers argue that the valley grew " + "but the levee never holds the river and the towns say " * n + "the toll.\n",
                       1000, [(1, 48, "SL101"), (1, 102, "SL101"), (1, 156, "SL101")]),
    # SL101 (absolute52, fifty-second session): "The only" heading a sentence reads at most twenty
    # words on for its verb, then the sentence's words once for a figure
    # (superlative_only.only_heading): once a sentence, never per word.
    "only_heading": ("superlatives", "SL", lambda n: "The only " + "remedy of the towns and " * n + "ferry is a bridge.\n",
                     1000, [(1, 1, "SL101")]),
    # SL101 (rank59, fifty-ninth session): each "only" reads at most three words on for its
    # relative pronoun, one adverb and the modal, and six words back for "no longer"
    # (superlative_only.only_able): a window, never the sentence.
    "only_able": ("superlatives", "SL", lambda n: "It works and " + "the only mill that can grind it and " * n + "\n",
                  1000, [(1, 14, "SL101"), (1, 50, "SL101"), (1, 86, "SL101")]),
    # SL101 (rank60, sixtieth session): "we"/"our" is looked up once a sentence
    # (superlatives._ours, per_sentence); each ranking of a reference noun reads five words back
    # for a verb of making and seven on for a scope over the world, and "in the ... world" two
    # words between (_qualified_world): windows, never the sentence.
    "ours_over_the_world": ("superlatives", "SL", lambda n: "We grew and " + "we have the largest port in the developed world and " * n + "\n",
                            1000, [(1, 21, "SL101"), (1, 73, "SL101"), (1, 125, "SL101")]),
    # SL101 and HC102 (fixes43, forty-third session): the inverted conditions ("had the mill been
    # ...") are found once per sentence (inverted_condition.openers, per_sentence) and each finding
    # reads at most six words back for a modal, never the sentence.
    "inverted_condition": ("superlatives", "SL", lambda n: "It works and " + "had the mill been the best in the state, "
                           "the town would clearly have waited and it is clearly slow, " * n + "\n", 1000,
                           [(1, 32, "SL101")]),
    # HC102 (boostctx45, forty-fifth session): ground_shown reads the next sentence of the
    # paragraph for figures once (a per-document index of counts), a few of its first words for
    # "For example", and the few characters after the sentence's last word for a colon: a
    # paragraph of boosters, each before its figures, never re-reads a sentence.
    "ground_shown": ("hedging", "HC", lambda n: "The mill grinds. " + "It was obvious we would wait and the obvious rewrite fails. "
                     "The mill has 4 piers and 5 docks. " * n + "It is, in fact, fine:\n", 1000, []),
    # HC102 (boostprec46, forty-sixth session): the clause colons that may open a ground are
    # sorted from those that complete their clause (after a preposition or a verb of saying) once
    # per sentence, words and colons walked together; a booster leading into a quotation reads a
    # few gaps after it. A sentence of many boosters, each before a colon, never re-reads it.
    "colon_completes_clause": ("hedging", "HC", lambda n: "The mill waited " + "and the river was clearly influenced by: the rain, "
                               "and indeed, \"the wheel and the river are old\" " * n + "and it stopped.\n", 1000,
                               [(1, 35, "HC102"), (1, 132, "HC102"), (1, 229, "HC102")]),
    # HC102 (boostprec47, forty-seventh session): admitted_limits reads at most four words after a
    # booster that opens its sentence, never the sentence: a paragraph of sentences that each grant
    # a limit, and one long sentence of boosters after it, stay linear.
    "admitted_limits": ("hedging", "HC", lambda n: "Obviously we cannot wait. " * n + "Of course, "
                        + "the mill obviously cannot wait and " * n + "it stops.\n", 1000,
                        [(1, 99, "HC102")]),
    # HC102 (ask62, sixty-second session): booster_questions reads the words after a booster only
    # when the booster opens its sentence and the sentence ends on "?": a paragraph of such
    # questions, and one long question after its opener, stay linear.
    "booster_questions": ("hedging", "HC", lambda n: "Surely the mill waits? " * n + "Surely "
                          + "the mill turns and the river " * n + "stops?\n", 1000,
                          [(1, 1, "HC102"), (1, 24, "HC102"), (1, 47, "HC102"), (1, 70, "HC102")]),
    # HC102 (boostprec52, fifty-second session): course_rated and truth_granted read at most seven
    # words around each booster, and the reader's "you know" the clause test's six words after
    # "know" (shared_knowledge.clause_after): one long sentence of them stays linear.
    "courses_truths_and_things_known": ("hedging", "HC", lambda n: "The mill waited "
                                        + "and it is certainly better to wait and it is indeed true that you know the facts, " * n
                                        + "and it stops.\n", 1000, []),
    # HC102 (boostprec48, forty-eighth session): hedged_opener reads at most twelve words after an
    # "Indeed" or "In fact" that opens its sentence, never the sentence: a paragraph of openers
    # before hedged claims, and one long sentence after its opener, stay linear.
    "hedged_opener": ("hedging", "HC", lambda n: "Indeed, it could rain. " * n + "In fact, "
                      + "the mill turns and the river " * n + "might stop.\n", 1000,
                      [(1, 70, "HC102")]),
    # HC102 (open60, sixtieth session): opening_connective reads the sentence's findings once for
    # its one opener at word 0: a paragraph of "Indeed" openers before a booster, and one long
    # sentence of boosters after its opener, stay linear.
    "opening_connective": ("hedging", "HC", lambda n: "Indeed, the mill is undoubtedly old. " * n + "Indeed, "
                           + "the mill turns and the river undoubtedly rises and " * n + "it stops.\n", 1000,
                           [(1, 21, "HC102"), (1, 58, "HC102"), (1, 95, "HC102"), (1, 149, "HC102")]),
    # HC102 (infact55, fifty-fifth session): dated_figures sorts a sentence's figures into dates
    # and measures once (sentence_memo.per_sentence), and each emphatic opener reported only for
    # its dates is looked up in _scan's one-sentence slot: one long sentence of openers and years
    # stays linear.
    "dated_figures": ("hedging", "HC", lambda n: "In fact, the mill waited in 1990 "
                      + "and in fact the river rose in the 1990s, on 4 April, " * n + "and it stopped.\n", 1000,
                      [(1, 1, "HC102")]),
    # HC102 (ground59, fifty-ninth session): grants_before_turn reads the first five words of the
    # next sentence of the paragraph for a turn (booster_clauses.turn_opens_next), never the whole
    # of it: one long sentence of "certainly" before one long sentence that opens on "But" stays
    # linear (until then the turn's test normalised the next sentence's every word per finding).
    "grants_before_turn": ("hedging", "HC", lambda n: "The mill " + "will certainly wait and " * n + "stops. But "
                           + "the river rises and " * n + "falls.\n", 1000, [(1, 15, "HC102")]),
    # HC102 (boostprec49, forty-ninth session): inference_marked reads the sentence's first two
    # words and the word after the booster, and the turns and breaks of booster_clauses' memo
    # (once a sentence): a paragraph of marked conclusions, and one long sentence of boosters after
    # "Therefore", stay linear.
    "inference_marked": ("hedging", "HC", lambda n: "It is clear, then, that it rains. " * n + "Therefore, "
                         + "the mill clearly turns and " * n + "it stops.\n", 1000,
                         [(1, 1, "HC102"), (1, 35, "HC102"), (1, 69, "HC102"), (1, 123, "HC102")]),
    # HC102 (boostprec49): drawn_from_premise reads the sentence's first four words and
    # booster_clauses' per-sentence memo of where opening conditions close: a paragraph of
    # "When ..., surely ..." sentences, and one long sentence of boosters after a "When" clause,
    # stay linear.
    "drawn_from_premise": ("hedging", "HC", lambda n: "When it rains, the mill surely stops. " * n + "When the river "
                           + "rises and " * n + "falls, the mill clearly turns and " * n + "it stops.\n", 1000,
                           [(1, 25, "HC102"), (1, 63, "HC102"), (1, 101, "HC102"), (1, 176, "HC102")]),
    # HC102 (boostprec50, fiftieth session): booster_reported reads at most sixteen words back
    # from each booster: a paragraph of reported views, and one long sentence of boosters after a
    # "that" clause's verb, stay linear.
    "booster_reported": ("hedging", "HC", lambda n: "Someone has remarked that the mill is certainly old. " * n
                         + "The millers argued that " + "the mill clearly turns and " * n + "it stops.\n", 1000,
                         [(1, 1, "HC101"), (1, 54, "HC101"), (1, 107, "HC101")]),
    # HC102 (boostprec50): works_cited.refers_to_section searches the sentence once for a section
    # cross-reference (per_sentence): a paragraph of such sentences, and one long sentence of
    # boosters after one, stay linear.
    "section_referred": ("hedging", "HC", lambda n: "In fact, as we argue in section H.4, the mill turns. " * n
                         + "As we noted in section B.2, " + "the mill clearly turns and " * n + "it stops.\n", 1000,
                         []),
    # SL101 (rank62, sixty-second session): the same once-per-sentence search keeps SL101 away
    # from a sentence that points to a section: a paragraph of such sentences, and one long
    # sentence of rankings after one, stay linear.
    "section_referred_rankings": ("superlatives", "SL", lambda n: "As we discuss in section H.4, the mill has always turned. " * n
                                  + "As we noted in section B.2, " + "the mill is the best in the world and " * n
                                  + "it stops.\n", 1000, []),
    # HC102 (tell56, fifty-sixth session): first_hand.told_first_hand asks the sentence's word
    # places (sentence_memo.places, once per sentence) whether "me" or "my" stands in it: one long
    # sentence of "in fact" and "indeed", and a paragraph of such sentences, stay linear.
    "first_hand": ("hedging", "HC", lambda n: "In fact, the mill waited for my brother. " * n + "In fact, "
                   + "the mill turns and in fact the river indeed rises and " * n + "it stops for me.\n", 1000,
                   []),
    # HC101 (story57, fifty-seventh session): first_hand.told_about_the_speaker and
    # vague_agent.named_agent_after read at most seven words after each finding: a paragraph of
    # such sentences, and one long sentence of reports told to the speaker, stay linear.
    "story_told": ("hedging", "HC", lambda n: "I was told I was too young for the mill. " * n + "The mill "
                   + "was sold, and it was said by the miller that the mill was old, and I was told I was late, " * n
                   + "and it stops.\n", 1000, []),
    # SL101 (prec57, fifty-seventh session): superlative_own_life reads at most three words either
    # side of each universal (the speaker's "I" or "me") and two after each ranking ("priority"),
    # never the sentence: one long sentence of them stays linear.
    "own_life_and_priority": ("superlatives", "SL", lambda n: "The town waited "
                              + "and nobody believed me and I had never before seen the river and there is no higher priority than the levee "
                              * n + "and it stops.\n", 300, []),
    # BP101: each link's target (and each code span) inserted into its paragraph's tokens one by
    # one, moving the rest of the paragraph each time.
    "links_one_paragraph": ("boilerplate", "BP", lambda n: (
        "See " + " and ".join(f"[page {i}](https://example.com/{i})" for i in range(n))
        + " for details. It works well and it is fast.\n\n") * 2,
        1000, [(3, 1, "BP101")]),
    # HC102: assurances and every_knower (twenty-seventh session) read a bounded window round
    # each "assure", "confidence" and "knows" (the addressee, the knower), not the sentence.
    "assurances": ("hedging", "HC", lambda n: "The town waited " + "and I can assure you that every farmer knows we can say with confidence that it works " * n + "\n",
                   300, [(1, 21, "HC102")]),
    # HC102: every_knower.anyone_who (fifty-eighth session, know58) reads back at most eight words
    # from each "knows" for "anyone who", not the sentence.
    "anyone_who": ("hedging", "HC", lambda n: "The town waited " + "and anyone who has seen the river and the piers knows that the piers are shallow " * n + "\n",
                   300, [(1, 21, "HC102")]),
    # HC102: knower_vouches (sixty-fourth session, ruled64) reads a name's capitalised words back
    # from each "knows" and two words after it, not the sentence.
    "knower_vouches": ("hedging", "HC", lambda n: "The town waited " + "and Mayor Jane Smith also knows that the piers are shallow " * n + "\n",
                       300, [(1, 21, "HC102")]),
    # HC102: shared_knowledge.plural_then_verb (fifty-eighth session, know58) reads at most seven
    # words after each plain "we know", not the sentence.
    "we_know_plural_verb": ("hedging", "HC", lambda n: "The town waited " + "and we know the old mills and weirs and millers " * n + "grind.\n",
                            300, []),
    # HC102: shared_knowledge._points_back, _people_wh and _bare_people (fifty-ninth session,
    # idiom59) read a few words after each "know" and three before "people", not the sentence.
    "people_know_it": ("hedging", "HC", lambda n: "The town waited " + "and all the people know who the millers are and " * n + "the people know it.\n",
                       300, [(1, 21, "HC102")]),
    # HC102: every_knower.all_of_us (thirty-second session) reads back at most two adverbs and
    # "all of us" before each "agree", "know" or "recognize", not the sentence.
    "all_of_us": ("hedging", "HC", lambda n: "The town waited " + "and all of us now agree that all all all the piers are shallow " * n + "\n",
                  300, [(1, 21, "HC102")]),
    # HC102 (know53, fifty-third session): plain "we know" reads the sentence's concessions once
    # (shared_knowledge._concessions: each "but" that is no contrast of phrases, with the last
    # "not only" before it) and answers each knower by a search among them, never a walk of the
    # rest of the sentence per "we know"; a "but" before a phrase reads three words after it.
    "concessions_after_we_know": ("hedging", "HC", lambda n: "The town waited "
                                  + "and we also know that the piers are not only shallow but from the river and narrow "
                                  * n + "but the town stays.\n", 300, []),
    # HC101 (passive61, sixty-first session): as_held reads at most six words after each "as",
    # and the sentence's named source without the asides is read once per sentence
    # (Support.named_outside, held_named), not once per aside; an event called to witness is
    # read as history is (evidence.shown_by per noun), its link test a bisection (below).
    "as_held_asides": ("hedging", "HC", lambda n: "The town waited "
                       + "and the mill was, as has often been said, the oldest and as the war proved, the port was lost "
                       * n + "\n", 300, [(1, 35, "HC101"), (1, 77, "HC101"), (1, 129, "HC101"), (1, 171, "HC101"), (1, 223, "HC101"), (1, 265, "HC101")]),
    # HC101 (sixty-second session, tidy62): hedging asks Support.linked once per event called to
    # witness (passive61), in a paragraph whose every sentence holds one and a link; the block's
    # link starts are sorted once and bisected, where a scan of them from the paragraph's head
    # made each sentence cost the links before it (10x for 4x at these sizes, and growing).
    "events_beside_links": ("hedging", "HC", lambda n: "The towns grew. "
                            + "The war has proved that the port is free [on the map](#no-such-section). " * n + "\n",
                            2000, []),
    # SL101/HC101/HC102 (prec66, sixty-sixth session): Support.cited searches a sentence once for
    # a chapter-and-verse reference (verse_reference.cites_verse) and keeps the answer per
    # sentence, never once per finding: one long sentence of boosters and near-references.
    "near_verse_references": ("hedging", "HC", lambda n: "The town waited "
                              + "and obviously the John 3 and Psalm 12 of Hebrews 4: verses at 10:30 am are shallow " * n
                              + "\n", 300, [(1, 21, "HC102"), (1, 104, "HC102"), (1, 187, "HC102")]),
    # HC101 (prec66): modal_licence.own_licence reads at most five words back from each bare "be"
    # of a passive of view for "may"/"can"/"could", never the sentence.
    "modal_licence_passives": ("hedging", "HC", lambda n: "The town waited "
                               + "and the mill may, in some sense, be said to run and can easily be dismissed as old " * n
                               + "\n", 300, []),
    # BP101 (twenty-seventh session, _native/_boiler.c or its Python path): one paragraph of many
    # sentences, each with a code span, cut into sentence units by a search per sentence among the
    # paragraph's tokens, never by a walk of the paragraph per sentence.
    "sentences_code_one_paragraph": ("boilerplate", "BP", lambda n: "".join(
        f"Set `opt{i}` to {i} and the cache of the server grows. " for i in range(n)) + "\n",
        1000, []),
    # BP101 (twenty-eighth session, _native/_boiler.c's repeats and placeholder sources, or the
    # Python path): one paragraph of near repeats, each sentence's code span read from the text
    # where it stands and each sentence compared with a capped few earlier ones that share a
    # smallest shingle, never with every earlier sentence (all repeat the first: a refrain, no finding).
    "near_repeats_code_one_paragraph": ("boilerplate", "BP", lambda n: "".join(
        f"Set `Opt  {i}` to the value of the cache of the server in pages for every request that comes in "
        f"from the clients of the service on the same host. " for i in range(n)) + "\n",
        300, []),
}

_REGISTRY = load_registry()


def _seconds(check_name: str, text: str) -> float:
    """The best of three runs of one check on ``text``, parsing and splitting untimed."""
    check = next(c for c in _REGISTRY.checks if c.name == check_name)
    values = {c.name: check_options(c.name, c.options, {}, "test") for c in _REGISTRY.checks}
    settings = Settings(Selector(select=list(check.codes)), values,
                        Context(root=os.getcwd(), all_options=values), root=os.getcwd(), timeout=0)
    best = float("inf")
    for _ in range(3):
        doc = parse("shape.md", text, filename=os.path.join(os.getcwd(), "shape.md"))
        doc.sentences  # the split is shared by every check: not this one's cost
        t0 = time.perf_counter()
        lint_document(doc, _REGISTRY, settings, [check])
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_findings_of_a_small_instance(name):
    _, prefix, make, _, expected = SHAPES[name]
    assert codes(lint(make(3), select=[prefix])) == expected


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_four_times_the_units_cost_under_ten_times_the_time(name):
    check_name, _, make, n, _ = SHAPES[name]
    _seconds(check_name, make(3))  # load the check's data once, outside the clock
    # Up to three measurements: a quadratic scan is over 10x on every one (16x by construction),
    # while a linear one on a machine loaded by other processes can be preempted through a whole
    # best-of-three of the large instance (seen: 15x once at load 10 on two cores, 3x alone).
    for _ in range(3):
        small, large = _seconds(check_name, make(n)), _seconds(check_name, make(4 * n))
        # Below 20 ms the ratio is noise on a loaded machine: both are floored there.
        ratio = max(large, 0.02) / max(small, 0.02)
        if ratio < 10:
            break
    assert ratio < 10, f"{name}: {small:.3f} s for {n} units, {large:.3f} s for {4 * n} ({ratio:.1f}x)"


# The word and sentence split itself (word_split.py, and its C path, _native/_split.c): shapes
# that would make a scan per token or per boundary grow with the block (a "[" after a word asks
# the marker's pattern, a full stop looks back at its token and forward past closers and openers).
SPLIT_SHAPES = {
    "markers glued to words": lambda n: "w[1]" * n,
    "unclosed brackets after stops": lambda n: "x.[aaaa" * n,
    "closers and no space after stops": lambda n: "x.)]'\"*_" * n,
    "bracketed closers": lambda n: "x.[aaaa]" * n + " Next",
    "abbreviations and initials": lambda n: "e.g. J. U.S. A " * n,
    "openers after stops": lambda n: "x. (((\"'[" * n,
    "bullets on lines": lambda n: "x.\n* " * n,
    "distinct words": lambda n: " ".join(f"w{i}" for i in range(n)),
    "thousands separators": lambda n: "1" + ",000" * n,
}


def _split_seconds(text: str) -> float:
    from prosecheck.prose_model import Block
    from prosecheck.word_split import split_blocks

    blocks = [Block("paragraph", 1, 1, text, [(0, 0, len(text))])]
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        split_blocks(blocks, len(text))
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", sorted(SPLIT_SHAPES))
def test_the_split_four_times_the_units_cost_under_ten_times_the_time(name):
    make = SPLIT_SHAPES[name]
    for _ in range(3):  # as above: a linear split preempted on a loaded machine gets two more tries
        small, large = _split_seconds(make(5_000)), _split_seconds(make(20_000))
        ratio = max(large, 0.02) / max(small, 0.02)
        if ratio < 10:
            break
    assert ratio < 10, f"{name}: {small:.3f} s for 5,000 units, {large:.3f} s for 20,000 ({ratio:.1f}x)"


# Plain text's parse (document._fill_from_plain_text): POD commands, a region "=begin" never
# closed, verbatim runs and "=item" lines are each read once, at the head of their run (fixes44).
PLAIN_SHAPES = {
    "pod commands": lambda n: "=head2 Title\n\n=item * Word.\n\n  code\n\n" * n,
    "an unclosed pod region": lambda n: "=begin html\n\n" + "<p>x</p>\n\n" * n,
    "pod items in one run": lambda n: "=over\n" + "=item x\n" * n,
    # POD's inline codes (pod_codes.mask): codes never closed, doubled ones never closed, and a
    # deep nest of kept codes each look at most LIMIT characters ahead
    "unclosed pod codes": lambda n: "=head1 T\n\n" + "C<x " * n,
    "unclosed doubled pod codes": lambda n: "=head1 T\n\n" + "C<< x " * n,
    "nested pod codes": lambda n: "=head1 T\n\n" + "B<" * n + "x" + ">" * n,
    # underscore emphasis (plain_emphasis.unmarked): each underscore is looked at once, marks
    # or not, and the prose is cut once
    "underscore marks": lambda n: "_a b_ c " * n,
    "underscores that are no marks": lambda n: "a_b __c__ _ " * n,
}


def _parse_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        parse("shape.txt", text)
        best = min(best, time.perf_counter() - t0)
    return best


@pytest.mark.parametrize("name", sorted(PLAIN_SHAPES))
def test_the_plain_parse_four_times_the_units_cost_under_ten_times_the_time(name):
    make = PLAIN_SHAPES[name]
    for _ in range(3):  # as above
        small, large = _parse_seconds(make(2_000)), _parse_seconds(make(8_000))
        ratio = max(large, 0.02) / max(small, 0.02)
        if ratio < 10:
            break
    assert ratio < 10, f"{name}: {small:.3f} s for 2,000 units, {large:.3f} s for 8,000 ({ratio:.1f}x)"
