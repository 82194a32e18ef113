"""A plain superlative said of a subject by "is", "are", "was" or "were", outside documentation
(issue 11, sixty-fifth session, plain65): "Anarchists are the strongest supporters of the autonomy
of all popular organisations", "Social struggle is the most obvious sign of this change",
"Medicare and Medicaid, which are the single biggest contributor to our long-term debt".

superlatives._superlative reports "the X-est" only when something makes it a ranking an editor
could ask a source for: a scope ("in the world"), a possessive, a name as its subject, a record
over history. A plain superlative with none of those is let pass, and over the one hundred and
fifty-four sets before pritchel that is right: the gates that stop it hide about one claim for
every two traps (eval/gates65.py; the SL101 code page has the figures). The complement of "to
be" right after the verb is the one place where what is let pass is a claim more often than not:
over those sets, outside technical writing and past the check's other exemptions, 39 findings were
claims, 11 traps and 5 on no item by the sentence (41 / 11 / 3 by the line), right in 31 sets;
the wrong ones mostly the writers ranking their own points ("The first objection is the most
obvious") or a thing described ("Juet's complaints were the loudest"). It is reported at
``info`` only (the advice-noun exclusion below, which the fifty-sixth session's reading of a course
ranked best requires, took it from 67% to 71%: a figure read after the fact; pritchel, bolster and flatter hold one of it, flatter's ``Anarchists are the
strongest supporters``) (superlatives._FRAME_KINDS "frame:complement"), in other prose than
documentation (superlative_subjects.plain_prose), and only where every other reading of the word
found nothing; the later exemptions of the check (a named source, a citation, an aim, a question)
still apply. Not before an advice noun (`It is the best way to save the mill`, `Now is the best
time to`: superlative_course's reading of a course ranked best), not after "be" or "been"
(`may be the highest duty`: weighed or hoped as often as said), not a possessive (`is our most important mission`), not with a figure or a measurement in
the sentence, a noun a reference work ranks (`the largest city`), nor an adverb graded by "most"
(`the most widely used`).
"""

from __future__ import annotations

from typing import Optional

from prosecheck.checks.ly_adverbs import ly_adverb

#: The present and past of "to be", right before "the": the ranking is the subject's complement.
COPULA = frozenset({"is", "are", "was", "were"})


def complement_ranking(lex, lw, words, i: int, figured) -> Optional[tuple[int, int]]:
    """``(first, last)`` word of "the" + a superlative at ``i`` (after ordinals and intensifiers)
    when "is", "are", "was" or "were" stands right before "the"; ``figured()``: the sentence gives a
    figure or a measurement (the ranking may rest on it), asked only once the copula is there, so
    a sentence of many superlatives is not read again for each."""
    n = len(lw)
    w = lw[i]
    if w in ("most", "least"):
        if i + 1 >= n or words[i + 1].quoted or not lw[i + 1][:1].isalpha() or ly_adverb(lw[i + 1], 0):
            return None
        end = i + 1
    elif w in lex.superlative:
        end = i
    else:
        return None
    j = i - 1
    while j >= 0 and (lw[j] in lex.ordinal or lw[j] in lex.intensifier):
        j -= 1
    if j < 1 or lw[j] != "the" or lw[j - 1] not in COPULA or figured():
        return None
    nxt = lw[end + 1] if end + 1 < n else ""
    nxt2 = lw[end + 2] if end + 2 < n else ""
    if nxt in lex.advice_noun or (nxt2 in lex.advice_noun and nxt2 != "to" and nxt not in ("of", "and", "or") and nxt.isalpha()):
        # "It is the best way to save the mill", "Now is the best time to": a course or a moment
        # recommended, which superlative_course reads (not a claim in a pronoun's mouth); with
        # them the class was right 4 times of 10
        return None
    return j, end
