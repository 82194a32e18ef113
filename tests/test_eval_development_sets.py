"""Which labelled sets the eval tools read (issue 11): one place for what every scored set's test
used to pin in its own module (its position in crossval.SETS, ablate.NEWEST), so that a set
joining the tools changes this file alone.

A set is built blind and SEALED (named by no tool), scored once, and joins crossval.SETS (and
diagnose, train_model and ablate through it) at a later session's start; the ones that joined last
(the last session's sets) are ablate's NEWEST. Any set under eval/ that is not a development set must be named by no tool."""

import sys

import pytest

from held_out_sets import ROOT, tools_naming

sys.path.insert(0, str(ROOT / "eval"))
import ablate  # noqa: E402
import crossval  # noqa: E402

# In the order they joined: clamp and plane at the twentieth session's start, auger at its end
# (after its one score), adze at the twenty-second session's start (after its one score at the
# twenty-first's end), hone and whet at the twenty-third's start (after their one score at the
# twenty-second's end), drill and saw at the twenty-fourth's start (after their one score at the
# twenty-third's end), wedge, punch and plumb at the twenty-fifth's start (after their one score at
# the twenty-fourth's end), trowel, sledge and spade at the twenty-sixth's start (after their one
# score at the twenty-fifth's end), rake, maul and bevel at the twenty-seventh's start (after their
# one score at the twenty-sixth's end), pick, hoe and scythe at the twenty-eighth's start (after
# their one score at the twenty-seventh's end), sickle, froe and gimlet at the twenty-ninth's start
# (after their one score at the twenty-eighth's end), reamer, spoke and tenon at the thirtieth's start
# (after their one score at the twenty-ninth's end), dowel, ratchet and hatchet at the thirty-first's
# start (after their one score at the thirtieth's end), rivet, spline, burin, kerf, shim and bodkin at
# the thirty-second's start (after their one score at the thirty-first's end), jig, tang and pawl at
# the thirty-third's start (after their one score at the thirty-second's end), lug, cleat and gauge at
# the thirty-fifth's start (after their one score at the thirty-fourth's end), tine, nib and cog in
# the thirty-sixth (after their one score at its start, with the thirty-fifth's start and end rules),
# burr, shank and flute at the thirty-seventh's start (after their one score at the thirty-sixth's end),
# peg, quill and chock at the thirty-eighth's start (after their one score at the thirty-seventh's end),
# scribe, mortise and mandrel at the thirty-ninth's start (after their one score at the thirty-eighth's end),
# dado, ferrule and spindle at the fortieth's start (after their one score at the thirty-ninth's end),
# gusset, jointer and arbor at the forty-first's start (after their one score at the fortieth's end),
# rabbet, holdfast and caliper at the forty-second's start (after their one score at the forty-first's end),
# mitre, bradawl and drawknife at the forty-third's start (after their one score at the forty-second's end),
# scraper, dovetail and spokeshave at the forty-fourth's start (after their one score at the forty-third's end),
# trammel, scorp and fillister at the forty-fifth's start (after their one score at the forty-fourth's end),
# chamfer, router and burnisher at the forty-sixth's start (after their one score at the forty-fifth's end),
# pincer, hacksaw and spudger at the forty-seventh's start (after their one score at the forty-sixth's end),
# coping, nailset and cramp at the forty-eighth's start (after their one score at the forty-seventh's end),
# pliers, wrench and sander at the forty-ninth's start (after their one score at the forty-eighth's end),
# chuck, collet and dolly at the fiftieth's start (after their one score at the forty-ninth's end),
# mattock, billhook and sprig at the fifty-first's start (after their one score at the fiftieth's end),
# swage, fuller and crowbar at the fifty-second's start (after their one score at the fifty-first's end),
# wimble, strop and brad at the fifty-third's start (after their one score at the fifty-second's end),
# knurl, swarf and sprue at the fifty-fourth's start (after their one score at the fifty-third's end),
# riffler, dibber and brayer at the fifty-fifth's start (after their one score at the fifty-fourth's end),
# peen, hasp and fid at the fifty-sixth's start (after their one score at the fifty-fifth's end),
# tamp, quoin and snips at the fifty-seventh's start (after their one score at the fifty-sixth's end),
# hob, sett and drift at the fifty-eighth's start (after their one score at the fifty-seventh's end),
# gad, nock and crimp at the fifty-ninth's start (after their one score at the fifty-eighth's end),
# gib, tenter and shive at the sixtieth's start (after their one score at the fifty-ninth's end),
# loy, slick and hardy at the sixty-first's start (after their one score at the sixtieth's end),
# scutch, twybil and kevel at the sixty-second's start (after their one score at the sixty-first's end),
# slane, hackle and swingle at the sixty-third's start (after their one score at the sixty-second's end),
# flail, dibble and mell at the sixty-fourth's start (after their one score at the sixty-third's end),
# pritchel, bolster and flatter at the sixty-fifth's start (after their one score at the sixty-fourth's end),
# hod, trug and lopper at the sixty-sixth's start (after their one score at the sixty-fifth's end).
DEVELOPMENT = (
    "news-dev", "real-docs", "fresh-docs", "blind-docs", "unseen-docs", "sealed-docs", "vault-docs",
    "cellar-docs", "attic-docs", "loft-docs", "ember-docs", "hearth-docs", "kiln-docs", "forge-docs",
    "quarry-docs", "anvil-docs", "bellows-docs", "tongs-docs", "chisel-docs", "mallet-docs",
    "gouge-docs", "rasp-docs", "lathe-docs", "awl-docs", "vise-docs", "brace-docs",
    "clamp-docs", "plane-docs", "auger-docs", "adze-docs", "hone-docs", "whet-docs",
    "drill-docs", "saw-docs", "wedge-docs", "punch-docs", "plumb-docs",
    "trowel-docs", "sledge-docs", "spade-docs",
    "rake-docs", "maul-docs", "bevel-docs",
    "pick-docs", "hoe-docs", "scythe-docs",
    "sickle-docs", "froe-docs", "gimlet-docs",
    "reamer-docs", "spoke-docs", "tenon-docs",
    "dowel-docs", "ratchet-docs", "hatchet-docs",
    "rivet-docs", "spline-docs", "burin-docs", "kerf-docs", "shim-docs", "bodkin-docs",
    "jig-docs", "tang-docs", "pawl-docs",
    "lug-docs", "cleat-docs", "gauge-docs",
    "tine-docs", "nib-docs", "cog-docs",
    "burr-docs", "shank-docs", "flute-docs",
    "peg-docs", "quill-docs", "chock-docs",
    "scribe-docs", "mortise-docs", "mandrel-docs",
    "dado-docs", "ferrule-docs", "spindle-docs",
    "gusset-docs", "jointer-docs", "arbor-docs",
    "rabbet-docs", "holdfast-docs", "caliper-docs",
    "mitre-docs", "bradawl-docs", "drawknife-docs",
    "scraper-docs", "dovetail-docs", "spokeshave-docs",
    "trammel-docs", "scorp-docs", "fillister-docs",
    "chamfer-docs", "router-docs", "burnisher-docs",
    "pincer-docs", "hacksaw-docs", "spudger-docs",
    "coping-docs", "nailset-docs", "cramp-docs",
    "pliers-docs", "wrench-docs", "sander-docs",
    "chuck-docs", "collet-docs", "dolly-docs",
    "mattock-docs", "billhook-docs", "sprig-docs",
    "swage-docs", "fuller-docs", "crowbar-docs",
    "wimble-docs", "strop-docs", "brad-docs",
    "knurl-docs", "swarf-docs", "sprue-docs",
    "riffler-docs", "dibber-docs", "brayer-docs",
    "peen-docs", "hasp-docs", "fid-docs",
    "tamp-docs", "quoin-docs", "snips-docs",
    "hob-docs", "sett-docs", "drift-docs",
    "gad-docs", "nock-docs", "crimp-docs",
    "gib-docs", "tenter-docs", "shive-docs",
    "loy-docs", "slick-docs", "hardy-docs",
    "scutch-docs", "twybil-docs", "kevel-docs",
    "slane-docs", "hackle-docs", "swingle-docs",
    "flail-docs", "dibble-docs", "mell-docs",
    "pritchel-docs", "bolster-docs", "flatter-docs",
    "hod-docs", "trug-docs", "lopper-docs",
)


def test_crossval_reads_the_development_sets_in_the_order_they_joined():
    assert crossval.SETS == DEVELOPMENT
    assert len(crossval.SETS) == 160


def test_ablate_reports_the_three_that_joined_last_apart():
    assert ablate.NEWEST == DEVELOPMENT[-3:]
    assert ablate.NEWEST[0] == "hod-docs" and len(ablate.NEWEST) == 3


@pytest.mark.parametrize("name", DEVELOPMENT[1:])
def test_every_development_set_ships_its_gold_and_scorer(name):
    assert (ROOT / "eval" / name / "gold.jsonl").is_file()
    assert (ROOT / "eval" / name / "score.py").is_file()


def _labelled_sets_under_eval():
    return sorted(p.parent.name for p in (ROOT / "eval").glob("*-docs/gold.jsonl"))


def test_every_set_that_is_not_a_development_set_is_named_by_no_tool():
    # a sealed set, or one scored once and not yet joined: no tool scores or trains on it
    others = [s for s in _labelled_sets_under_eval() if s not in DEVELOPMENT]
    assert {s: tools_naming(s) for s in others} == {s: [] for s in others}


def test_the_list_above_covers_every_set_the_tools_name():
    # the reverse: a set the tools read is in DEVELOPMENT (a set cannot join silently)
    assert set(crossval.SETS) - set(DEVELOPMENT) == set()
