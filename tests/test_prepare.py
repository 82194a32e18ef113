"""What our checks' prepare() loads in the parent of a pooled run, so forked workers share it."""

from __future__ import annotations

from prosecheck.check import Context
from prosecheck.checks import hedging, readability, superlatives, syllables, trigger_search


def _defaults(check) -> dict:
    return {name: option.default for name, option in check.options.items()}


def test_hedging_and_superlatives_prepare_make_their_lexicon_and_note_its_triggers():
    for module, check in ((hedging, hedging.Hedging()), (superlatives, superlatives.Superlatives())):
        module.lexicon.cache_clear()
        check.prepare(_defaults(check), Context())
        assert module.lexicon.cache_info().currsize == 1
        lex = module.lexicon((), ())  # what check() asks for with the default options
        assert module.lexicon.cache_info().hits == 1
        assert trigger_search._registered.get(id(lex.triggers)) is lex.triggers


def test_readability_prepare_loads_the_hyphenation_fallback():
    syllables.reset()
    readability.Readability().prepare(_defaults(readability.Readability), Context())
    assert syllables._fallback is not None
    assert syllables.count("zyxwvutsrq") >= 1  # a word no lexicon holds: counted by the fallback
