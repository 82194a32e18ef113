"""Repeated boilerplate (``BP``): prose said twice in a document, or copied across many files.

* BP101: a sentence or paragraph that repeats an earlier one of the same document, word for word
  or nearly (word 3-shingle Jaccard similarity at least ``similarity``).
* BP102: a paragraph that appears, word for word or nearly, in at least ``min_files`` files of the
  run. A map and a reduce: :meth:`Boilerplate.collect` keeps, per paragraph, its position, a 64-bit
  key of its words and a 64-byte MinHash signature; :meth:`Boilerplate.finish` groups equal keys,
  finds near copies by LSH banding of the signatures, and reports every copy of a group spread over
  enough files. See :mod:`prosecheck.checks.fingerprints` for the hashing.

Only paragraphs count (headings and table cells are labels, not prose) and only the author's words:
a sentence that is wholly a quotation is left out, as is image alt text (not in the prose).
Paragraphs that match one of the ``allow`` regular expressions are left out of both codes.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import partial
from itertools import chain, compress, groupby, repeat
from operator import attrgetter, gt, itemgetter
from typing import Any, Optional
from zlib import crc32

from prosecheck import _native
from prosecheck.check import Check, Code, Option
from prosecheck.checks import fingerprints as fp
from prosecheck.diagnostics import Diagnostic
from prosecheck.document import PLACEHOLDER_LIMIT
from prosecheck.hookspecs import hookimpl
from prosecheck.sentences import PLACEHOLDER

#: Earlier passages kept per LSH band key in one document, and candidates verified per passage:
#: bounds the work on documents that say nearly the same thing hundreds of times.
_BUCKET_CAP = 8
_CANDIDATE_CAP = 16

_SEP = "\n"
_SEP_BYTES = b"\n"


#: UTF-8 of a token; a lone surrogate (possible in an editor's buffer) is hashed, not an error.
_utf8 = partial(str.encode, encoding="utf-8", errors="surrogatepass")

#: A passage said this many times in one document is a deliberate refrain (a note repeated in
#: every section of a reference), not a slip: BP101 leaves it alone.
_REFRAIN = 3

# Exact key -> signature, per process: boilerplate recurs, so its signature is computed once.
_SIGNATURES: dict = {}
_SIGNATURE_CACHE = 50_000


def _settings(options) -> tuple[int, float, int, tuple]:
    """The options, clamped to values the algorithm supports."""
    min_words = max(fp.SHINGLE, int(options.get("min_words", 8)))
    similarity = min(1.0, max(0.5, float(options.get("similarity", 0.8))))
    min_files = max(2, int(options.get("min_files", 3)))
    allow = tuple(options.get("allow", ()) or ())
    return min_words, similarity, min_files, allow


_PATTERNS: dict[tuple, list] = {}


def _compile(allow: tuple) -> list:
    found = _PATTERNS.get(allow)
    if found is None:
        found = []
        for pattern in allow:
            try:
                found.append(re.compile(pattern))
            except re.error as exc:
                raise ValueError(
                    f"option 'allow' of [tool.prosecheck.boilerplate]: {pattern!r} is not a valid "
                    f"regular expression ({exc})"
                ) from None
        _PATTERNS[allow] = found
    return found


class _Analysis:
    """What ``check`` and ``collect`` both need from one document, computed once.

    The document's units (BP101 compares sentences and paragraphs, BP102 collects paragraphs) are
    numbered and held in columns, not as an object each: their word hashes go one after another
    into one list, each followed by two boundary marks, so the shingles of every unit come from
    one pass in C (a unit's are a slice of it), and the paragraphs are signed together
    (:func:`fingerprints.signatures`).

    The units are made by :func:`_native_units` (the C module ``prosecheck._native.boiler``, built
    by setup.py where a compiler is: one pass over the document's sentences) or, without it, by
    :func:`_python_units`, the reference: tests/test_native_boiler.py holds the two equal.
    """

    def __init__(self, doc, options) -> None:
        self.doc = doc
        min_words, similarity, _, allow = _settings(options)
        self.key = (min_words, similarity, allow)
        self.diagnostics: list = []
        self.summary: Any = None
        words = doc.words
        if not words:
            return
        patterns = _compile(allow)
        # Each distinct word normalised and hashed once per document; a word's norm and hash are
        # its vocabulary entry's (read through the word arrays: no Word object per word).
        joined = _SEP.join(words.vocabulary).lower().replace("\u2019", "'")
        vocabulary = joined.split(_SEP)
        # UTF-8 of the whole, cut at the separator (a single byte no other character's UTF-8
        # holds): each word's bytes, encoded in one call rather than one per word. The C module
        # cuts and hashes it itself (native ints, no bytes object per word).
        native = _native.boiler
        vocab_hashes = (native.crc32s(_utf8(joined)) if native is not None else
                        list(map(crc32, _utf8(joined).split(_SEP_BYTES))))
        # Where each link's text ends, and where it goes: part of what a passage says.
        block_links: dict = {}
        for link in doc.links:
            if link.kind == "link" and link.block is not None and link.destination:
                # Keyed by the text's end less one: the target goes after every word that
                # starts before the end (bisect_right on the integer word starts).
                block_links.setdefault(id(link.block), []).append(
                    (link.prose_end - 1, "\x01" + link.destination.strip().lower()))
        made = (_native_units(native, doc, vocabulary, vocab_hashes, min_words, patterns, block_links)
                if native is not None else
                _python_units(doc, vocabulary, vocab_hashes, min_words, patterns, block_links))
        if made is None:
            return
        units, paragraphs, sentence_units, summarised, keys, sigs = made
        # Each paragraph's line and column, all at once (a column counts from its line's start).
        lines, cols = doc.positions(summarised)
        lines, cols = array("I", lines), array("I", cols)
        self.summary = (lines, cols, keys, b"".join(sigs))
        self._report(units, paragraphs, sentence_units, similarity)

    def _report(self, units, paragraphs, sentence_units, similarity) -> None:
        doc = self.doc
        covered = set()
        blocks = units.blocks
        for what, numbers in (("paragraph", paragraphs), ("sentence", sentence_units)):
            found = [r for r in _repeats(units, numbers, similarity) if id(blocks[r[0]]) not in covered]
            told = Counter(earlier for _, earlier, _ in found)
            for unit, earlier, share in found:
                if what == "paragraph":
                    covered.add(id(blocks[unit]))
                if told[earlier] >= _REFRAIN - 1:
                    continue  # said in three places or more: a deliberate refrain, not a slip
                offset = units.offsets[unit]
                message = _message(what, doc.position(offset)[0], doc.position(units.offsets[earlier])[0], share)
                self.diagnostics.append(doc.diagnostic("BP101", message, offset))


def _python_units(doc, vocabulary: list, vocab_hashes: list, min_words: int, patterns: list,
                  block_links: dict):
    """The document's units (see :class:`_Analysis`), paragraph by paragraph in Python: the
    reference for :func:`_native_units`. ``(units, paragraphs, sentence_units, summarised, keys,
    sigs)``, or None when no paragraph is long enough."""
    words = doc.words
    text_ids = words.text_ids
    w_offsets = words.offsets
    # Sentences as arrays: each one's block and the range of its words among doc.words
    # (contiguous, in order).
    table = doc.sentence_table
    starts = table.word_starts
    ends = table.word_ends
    quoted = table.quoted_flags
    blocks = doc.blocks
    # The units, by number: normalised words (joined), offset of the first word, block, and
    # where its shingles start in ``shingles`` (it has its word count plus two).
    u_keys: list = []
    u_offsets: list = []
    u_blocks: list = []
    u_firsts: list = []
    padded = [fp.PAD, fp.PAD]  # every unit's word hashes, each unit followed by two marks
    pads = padded[:]
    paragraphs: list = []  # BP101 candidates: paragraphs of two sentences or more
    sentence_units: list = []
    summarised: list = []  # where each paragraph of the summary starts
    keys = array("Q")
    sigs: list = []  # a signature, or the unit whose signature is to be computed
    # Bound once: the loop below runs once per paragraph and once more per sentence unit.
    token_of = vocabulary.__getitem__
    hash_of = vocab_hashes.__getitem__
    add_key = u_keys.append
    add_offset = u_offsets.append
    add_block = u_blocks.append
    add_first = u_firsts.append
    add_sentence = sentence_units.append
    known = _SIGNATURES.get
    join = _SEP.join
    # Which sentences have words, for all at once in C (a list comprehension per block made
    # a frame per block).
    has_words = list(map(gt, ends, starts)).__getitem__
    sentence_ends = table.ends.__getitem__
    # Sentences by block, paragraphs only.
    for bi, group in groupby(range(len(starts)), table.block_indexes.__getitem__):
        block = blocks[bi]
        if block.kind != "paragraph":
            continue
        spoken = list(filter(has_words, group))
        if not spoken:
            continue
        a = starts[spoken[0]]
        b = ends[spoken[-1]]
        if b - a < min_words:
            continue  # too short for a paragraph unit, so every sentence of it is too
        if all(map(quoted.__getitem__, spoken)):
            continue
        prose = block.prose
        if patterns:
            flat = " ".join(prose.split())
            if any(p.search(flat) for p in patterns):
                continue
        # The block's tokens: its words and, where the prose has a placeholder, the code or
        # address that stood there (two sentences that differ only in code are not the same).
        ids = text_ids[a:b]
        tokens = list(map(token_of, ids))
        hashes = list(map(hash_of, ids))
        targets = block_links.get(id(block))
        has_placeholder = PLACEHOLDER in prose
        if targets or has_placeholder:
            tokens, hashes, spans = _tokens(doc, block, words.starts[a:b].tolist(), tokens, hashes,
                            list(map(sentence_ends, spoken)), targets)
        else:
            spans = None
        # A list item that opens with code defines a term (an option, a parameter): the same
        # option described under two functions is reference structure, not repetition.
        term = has_placeholder and "list_item" in block.containers and prose.lstrip()[:1] == PLACEHOLDER
        exact = fp.exact_key(tokens)
        offset = w_offsets[a]
        unit = len(u_keys)
        add_key(join(tokens))
        add_offset(offset)
        add_block(block)
        add_first(len(padded) - 2)
        padded += hashes
        padded += pads
        summarised.append(offset)
        keys.append(exact)
        sigs.append(known(exact, unit))
        if term:
            continue
        if len(spoken) == 1:
            if not quoted[spoken[0]]:
                add_sentence(unit)
            continue
        paragraphs.append(unit)
        if spans is None:
            spans = [(starts[k] - a, ends[k] - a) for k in spoken]
        for k, (ta, tb) in zip(spoken, spans):
            if quoted[k] or ends[k] - starts[k] < min_words:
                continue
            add_sentence(len(u_keys))
            add_key(join(tokens[ta:tb]))
            add_offset(w_offsets[starts[k]])
            add_block(block)
            add_first(len(padded) - 2)
            padded += hashes[ta:tb]
            padded += pads
    if not keys:
        return None
    # Every unit's shingles in one pass: the unit whose marks start at i has its shingles at
    # i to i + words + 1 (the two marks between units are the end of one and the start of
    # the next).
    shingles = fp.shingles_of_padded(padded)
    u_firsts.append(len(shingles))  # where the next unit would start: the last one's end
    # The paragraphs whose signature no earlier document computed, signed together (their
    # shingles sorted once, for the signature and for BP101's smallest three).
    ordered: dict = {}
    todo = {keys[i]: u for i, u in enumerate(sigs) if type(u) is int}
    if todo:
        if len(_SIGNATURES) + len(todo) > _SIGNATURE_CACHE:
            _SIGNATURES.clear()
        runs: list = []
        lengths = []
        for u in todo.values():
            run = shingles[u_firsts[u]:u_firsts[u + 1]]
            run.sort(reverse=True)  # the slice is a new list: sorted in place, not copied again
            runs += run
            lengths.append(len(run))
            ordered[u] = run
        _SIGNATURES.update(zip(todo, fp.signatures(runs, lengths)))
        sigs = list(map(_SIGNATURES.__getitem__, keys))
    return (_Units(u_keys, u_offsets, u_blocks, u_firsts, shingles, ordered), paragraphs, sentence_units,
            summarised, keys, sigs)


class _Units:
    """A document's units as columns (see :class:`_Analysis`)."""

    __slots__ = ("keys", "offsets", "blocks", "firsts", "shingles", "ordered", "native")

    def __init__(self, keys: list, offsets: list, blocks: list, firsts: list, shingles: list,
                 ordered: dict, native=None) -> None:
        self.keys = keys  # normalised words, joined
        self.offsets = offsets  # of the first word: units are compared in this order
        self.blocks = blocks
        self.firsts = firsts  # unit u's shingles are shingles[firsts[u]:firsts[u + 1]]
        self.shingles = shingles
        self.ordered = ordered  # unit -> its shingles sorted from the largest, where already made
        self.native = native  # the C module, when the units were made by it (no sorted runs)

    def smallest(self, u: int) -> list:
        """The three smallest of unit ``u``'s distinct shingles, in increasing order (read from its
        shingles sorted, not from a set of them: most units are never compared, so their set is
        never made)."""
        if self.native is not None:  # one pass over the unit's shingles in C, no sort
            return self.native.smallest(self.shingles, self.firsts[u], self.firsts[u + 1])
        run = self.ordered.get(u)
        if run is not None:
            if len(run) >= 3 and run[-1] != run[-2] != run[-3]:
                return run[:-4:-1]  # the sorted run ends in three distinct values: no sort needed
            run = run[::-1]
        else:
            run = self.shingles[self.firsts[u]:self.firsts[u + 1]]
            run.sort()  # a new list: sorted in place, not copied again
        if len(run) >= 3 and run[0] != run[1] != run[2]:
            return run[:3]
        out: list = []
        for x in run:  # a repeated shingle among the smallest: the first three distinct values
            if not out or x != out[-1]:
                out.append(x)
                if len(out) == 3:
                    break
        return out

    def set(self, u: int) -> frozenset:
        """Unit ``u``'s distinct shingles, made only for a unit that is compared (kept by
        :func:`_repeats` while it runs, not here: a long document has a unit per sentence and
        paragraph, and a set of integers costs 80 bytes a member)."""
        return frozenset(self.shingles[self.firsts[u]:self.firsts[u + 1]])


def _tokens(doc, block, where: list, tokens: list, hashes: list, sentence_ends: list,
            targets) -> tuple[list, list, list]:
    """Tokens of a block whose prose has placeholders or links, their hashes, and each sentence's
    ``(start, end)`` in them. ``where``, ``tokens`` and ``hashes`` start as the block's words
    (where each starts in the prose, its norm, its hash) and receive the extra tokens.

    A placeholder becomes one token, the source it stands for (code span, autolink or bare address)
    in lower case, marked so it never equals a word. It belongs to the sentence it stands in, or to
    the next one when it stands between two (a list item that opens with code). A link's
    destination is a token too, after the last word of its text (``targets`` holds each as the
    text's end less one, and the token).
    """
    extra = _extras(doc, block, targets)
    # Merged in one pass (each extra token after the words that start at or before it, and after
    # the extra tokens before it): inserting them one by one moved the rest of the block each
    # time, quadratic in a paragraph of thousands of links or code spans.
    merged_where: list = []
    merged_tokens: list = []
    merged_hashes: list = []
    k = 0
    for at, token in extra:
        j = bisect_right(where, at, k)
        merged_where += where[k:j]
        merged_tokens += tokens[k:j]
        merged_hashes += hashes[k:j]
        k = j
        merged_where.append(at)
        merged_tokens.append(token)
        merged_hashes.append(crc32(token.encode("utf-8", "surrogatepass")))
    where = merged_where + where[k:]
    tokens = merged_tokens + tokens[k:]
    hashes = merged_hashes + hashes[k:]
    # A sentence's tokens end where the next one's start, all found in C (the first starts at
    # offset 0: a link with no text at the very start is keyed -1, before it).
    bounds = list(map(bisect_left, repeat(where), sentence_ends))
    return tokens, hashes, list(zip(chain((bisect_left(where, 0),), bounds), bounds))


_FIRST = itemgetter(0)


def _extras(doc, block, targets) -> list:
    """A block's extra tokens, ``(at, token)`` in order of ``at``: each placeholder's source and
    each link target (see :func:`_tokens`)."""
    extra = [(at, "\x00" + " ".join(doc.placeholder_source(block, at).split()).lower())
             for at in block.placeholders()]
    if targets:
        extra += targets
        # Integer keys only (a placeholder at p before a target keyed p: the stable sort keeps
        # the placeholders first, as the half offsets "end - 0.5" did).
        extra.sort(key=_FIRST)
    return extra


def _native_units(native, doc, vocabulary: list, vocab_hashes: list, min_words: int, patterns: list,
                  block_links: dict):
    """:func:`_python_units` by the C module: one call walks the sentences and makes every unit's
    tokens, keys, exact keys and shingles, the placeholders' and link targets' tokens included (it
    reads each placeholder's source from the document's text as ``Document.placeholder_source``
    does: no call back into Python per paragraph); Python is asked about a paragraph only when
    ``allow`` is set (``allowed``). BP101's comparisons of these units run in C too
    (:func:`_repeats`)."""
    words = doc.words
    table = doc.sentence_table
    blocks = doc.blocks
    paragraph = bytes(map("paragraph".__eq__, map(_KIND, blocks)))
    allowed = None
    if patterns:
        def allowed(bi: int):
            flat = " ".join(blocks[bi].prose.split())
            return False if any(p.search(flat) for p in patterns) else None

    (u_keys, u_offsets, u_blocks, u_firsts, shingles, paragraphs, sentence_units, exact,
     summarised_units, refused) = native.units(
        words.text_ids, vocabulary, vocab_hashes, words.starts, words.offsets, table.word_starts,
        table.word_ends, table.block_indexes, table.quoted_flags, table.ends, paragraph, min_words, allowed,
        (doc, blocks, doc.text, block_links, PLACEHOLDER_LIMIT))
    if not summarised_units:
        return None
    # Each paragraph's exact key, made in C (fingerprints.exact_key's BLAKE2b); a paragraph with a
    # token that has no strict UTF-8 (a lone surrogate) is keyed here, as the Python path keys it.
    keys = array("Q")
    keys.frombytes(exact)
    for i, joined in refused:
        keys[i] = fp.exact_key_of_joined(joined)
    # A signature already made by an earlier document, or the unit to sign (as the Python path).
    sigs = list(map(_SIGNATURES.get, keys, summarised_units))
    todo = {keys[i]: u for i, u in enumerate(sigs) if type(u) is int}
    shingles = memoryview(shingles).cast("q")  # native 64-bit ints: read by the C module, not as int objects
    u_firsts.append(len(shingles))  # where the next unit would start: the last one's end
    if todo:
        if len(_SIGNATURES) + len(todo) > _SIGNATURE_CACHE:
            _SIGNATURES.clear()
        _SIGNATURES.update(zip(todo, native.signatures(shingles, u_firsts, list(todo.values()),
                                                       fp.DONOR_TABLE)))
        sigs = list(map(_SIGNATURES.__getitem__, keys))
    units = _Units(u_keys, u_offsets, list(map(blocks.__getitem__, u_blocks)), u_firsts, shingles, {}, native)
    return units, paragraphs, sentence_units, list(map(u_offsets.__getitem__, summarised_units)), keys, sigs


_KIND = attrgetter("kind")


def _repeats(units: _Units, numbers: list, similarity: float):
    """``(unit, earliest earlier unit it repeats, similarity or None when word for word)`` for the
    units ``numbers``, in order.

    Word-for-word repeats are found by their normalised words; near repeats among the earlier units
    that share one of the three smallest shingle hashes (a bottom-k sketch: a unit at similarity
    0.8 shares one with probability 0.99), verified by the exact Jaccard similarity.
    """
    if len(numbers) < 2:
        return  # nothing earlier to repeat
    if units.native is not None:  # the same in C: the sketches indexed, Jaccard on sorted arrays
        yield from units.native.repeats(units.keys, units.offsets, units.shingles, units.firsts, numbers,
                                        similarity, _BUCKET_CAP, _CANDIDATE_CAP)
        return
    seen: dict = {}
    index: dict = {}
    sets: dict = {}  # unit -> its distinct shingles, made only for the units compared
    keys = units.keys
    offsets = units.offsets
    for u in numbers:
        key_u = keys[u]
        match = seen.get(key_u)
        share = None
        if match is None:
            seen[key_u] = u
            candidates: dict = {}
            for key in units.smallest(u):
                bucket = index.get(key)
                if bucket:
                    for c in bucket:
                        candidates[offsets[c]] = c
                    if len(bucket) < _BUCKET_CAP:
                        bucket.append(u)
                else:
                    index[key] = [u]
            if candidates:
                mine = sets.get(u)
                if mine is None:
                    mine = sets[u] = units.set(u)
                size = len(mine)
                for offset in sorted(candidates)[:_CANDIDATE_CAP]:
                    c = candidates[offset]
                    theirs = sets.get(c)
                    if theirs is None:
                        theirs = sets[c] = units.set(c)
                    other = len(theirs)
                    if min(size, other) < similarity * max(size, other):
                        continue
                    j = fp.jaccard(mine, theirs)
                    if j >= similarity:
                        match, share = c, j
                        break
        if match is not None:
            yield u, match, share


def _message(what: str, line: int, earlier_line: int, share: Optional[float]) -> str:
    where = "earlier on this line" if earlier_line == line else f"at line {earlier_line}"
    if share is None:
        return (f"this {what} repeats the one {where} word for word: keep one of them, "
                f"or say something new here")
    pct = min(99, int(share * 100))
    return (f"this {what} nearly repeats the one {where} ({pct}% the same): keep one of them, "
            f"or say only what is new here")


_LAST: Optional[_Analysis] = None


def _analysis(doc, options) -> _Analysis:
    """The analysis of ``doc``; the runner calls ``check`` then ``collect`` on the same document."""
    global _LAST
    last = _LAST
    min_words, similarity, _, allow = _settings(options)
    if last is not None and last.doc is doc and last.key == (min_words, similarity, allow):
        return last
    _LAST = _Analysis(doc, options)
    return _LAST


class Boilerplate(Check):
    name = "boilerplate"
    cross_file = True
    codes = {
        "BP101": Code("a sentence or paragraph repeats an earlier one in the same document", "warning"),
        "BP102": Code("a paragraph appears, word for word or nearly, in several files", "info"),
    }
    options = {
        "min_words": Option("int", 8, "shortest sentence or paragraph, in words, that is compared (3 or more)"),
        "similarity": Option("float", 0.8, "word 3-shingle Jaccard similarity from which two passages are "
                                           "'nearly' the same (0.5 to 1; 1 means word for word)"),
        "min_files": Option("int", 3, "BP102: files a paragraph must appear in to be reported (2 or more)"),
        "allow": Option("list[str]", [], "regular expressions: a paragraph matching one is never reported"),
        "max_per_file": Option("int", 3, "BP102: a file with more shared paragraphs than this gets one "
                                         "finding that counts them, not one each (0: no limit)"),
    }

    def check(self, doc, options, context):
        return list(_analysis(doc, options).diagnostics)

    def collect(self, doc, options, context):
        global _LAST
        summary = _analysis(doc, options).summary
        _LAST = None  # the runner is done with this document: do not keep it alive
        if summary:
            # Plain bytes, not arrays, so the summary survives the result cache (marshal) as is.
            ls, cs, ks, sg = summary
            summary = (ls.tobytes(), cs.tobytes(), ks.tobytes(), sg)
        return summary

    def finish(self, summaries, options, context):
        _, similarity, min_files, _ = _settings(options)
        return _per_file_cap(_spread(summaries, similarity, min_files), int(options.get("max_per_file", 3)))

    # The same reduce on a cluster (boilerplate_shuffle.py): a shuffle by LSH band.
    def shuffle(self, path, summary, options, context):
        from prosecheck.checks import boilerplate_shuffle

        return boilerplate_shuffle.shuffle(path, summary)

    def reduce_shuffled(self, buckets, options, context, kept=None):
        from prosecheck.checks import boilerplate_shuffle

        _, similarity, min_files, _ = _settings(options)
        return boilerplate_shuffle.reduce_buckets(buckets, similarity, kept, min_files)

    def pack_shuffled(self, pairs):
        from prosecheck.checks import boilerplate_shuffle

        return boilerplate_shuffle.pack(pairs)

    def unpack_shuffled(self, packed):
        from prosecheck.checks import boilerplate_shuffle

        return boilerplate_shuffle.unpack(packed)

    def finish_shuffled(self, parts, options, context):
        from prosecheck.checks import boilerplate_shuffle

        _, _, min_files, _ = _settings(options)
        # Each partition sent a list of groups, only those in min_files files or more (they were
        # filtered on the cluster: boilerplate_shuffle.py, rounds 5 and 6).
        found = group_findings([g for part in parts for g in part], min_files)
        return _per_file_cap(found, int(options.get("max_per_file", 3)))


#: Translation table: a byte's low six bits (a band value's top byte, cut to 30 bits in all).
_LOW_SIX_BITS = bytes(b & 0x3F for b in range(256))


def _spread(summaries, similarity: float, min_files: int) -> list[Diagnostic]:
    """BP102: every paragraph whose group (word-for-word and near copies) spans ``min_files`` files.

    Linear in the number of paragraphs: a Counter of the 64-bit keys, then per LSH band a sort of
    one 32-bit integer per distinct paragraph; buckets are compared to their first and previous
    member only, so a band shared by thousands of variants costs thousands of comparisons, not
    millions. The result depends only on the set of summaries, not their order.
    """
    items = sorted(((p, s) for p, s in summaries if s), key=lambda t: t[0])
    if len(items) < min_files:
        return []
    paths = [p for p, _ in items]
    owner, lines, cols, keys = array("I"), array("I"), array("I"), array("Q")
    sig_parts = []
    for f, (_, (ls, cs, ks, sg)) in enumerate(items):
        start = len(lines)
        lines.frombytes(ls)
        cols.frombytes(cs)
        keys.frombytes(ks)
        owner.extend([f] * (len(lines) - start))
        sig_parts.append(sg)
    sigs = b"".join(sig_parts)
    del sig_parts
    size = fp.SIGNATURE_BYTES
    # Distinct texts: the first paragraph with each key stands for every copy of it.
    rep_of_key: dict = {}
    members: dict = {}  # rep -> every paragraph with its key (only keys seen more than once)
    reps = array("I")
    for i, k in enumerate(keys):
        r = rep_of_key.setdefault(k, i)
        if r == i:
            reps.append(i)
        elif r in members:
            members[r].append(i)
        else:
            members[r] = [r, i]
    del rep_of_key
    parent = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            nxt = parent.get(x, x)
            parent[x] = root
            x = nxt
        return root

    def similar(a, b) -> bool:
        return fp.estimate(sigs[a * size : (a + 1) * size], sigs[b * size : (b + 1) * size]) >= similarity

    if len(reps) > 1:
        rep_sigs = b"".join([sigs[i * size : (i + 1) * size] for i in reps])
        view = memoryview(rep_sigs).cast("I")
        for band in range(fp.BANDS):
            # Band values that occur twice or more, found among their low 30 bits (ints below
            # 2**30 are one-digit ints: made and hashed faster). A low-bit match that is no full
            # match makes a bucket of one, which compares nothing, so the groups are those of
            # the full values. One pass with a set of the values seen, not a sort: the sort of
            # the 16 bands was half of this reduce, which runs alone after the workers' map.
            raw = bytearray(view[band :: fp.BANDS].tobytes())
            raw[3::4] = raw[3::4].translate(_LOW_SIX_BITS)
            low = memoryview(raw).cast("I").tolist()
            del raw
            seen: set = set()
            add = seen.add
            hot = {v for v in low if v in seen or add(v)}  # add() is None: a first sighting is no hit
            del seen
            if not hot:
                continue
            column = view[band :: fp.BANDS]
            buckets: dict = {}
            for j in compress(range(len(low)), map(hot.__contains__, low)):
                buckets.setdefault(column[j], []).append(reps[j])
            for bucket in buckets.values():
                head = bucket[0]
                prev = head
                for x in bucket[1:]:
                    # Both comparisons, each skipped only when it could not change the groups:
                    # the groups are then the components of one fixed set of edges (each member
                    # with the bucket's head and with the member before it), whatever the order
                    # the buckets are met in. A Dask run computes the same edges bucket by bucket
                    # on its workers (boilerplate_shuffle.py) and gets the same groups.
                    if find(x) != find(head) and similar(x, head):
                        parent[find(x)] = find(head)
                    if prev != head and find(x) != find(prev) and similar(x, prev):
                        parent[find(x)] = find(prev)
                    prev = x
    # Groups: near-copy components of distinct texts, each with all its word-for-word copies.
    groups: dict = {}
    for r in parent:
        groups.setdefault(find(r), set()).add(r)
    for r in members:
        groups.setdefault(find(r), set()).add(r)
    for root, group in groups.items():
        group.add(root)  # a component's root is in it too (it is a key of neither dict above)
    found = []
    for root in sorted(groups):
        copies = [i for r in groups[root] for i in members.get(r, (r,))]
        if len({owner[i] for i in copies}) < min_files:
            continue  # most groups: copies within one file, or in two (group_findings drops them)
        found.append([(paths[owner[i]], lines[i], cols[i], keys[i]) for i in copies])
    return group_findings(found, min_files)


def group_findings(groups, min_files: int) -> list[Diagnostic]:
    """BP102 for groups of copies: each group is a list of ``(path, line, col, key)``, one per
    paragraph (word-for-word copies share a key). Used by the local reduce and by a Dask run."""
    out = []
    for group in groups:
        occurrences = sorted(group, key=lambda o: (o[0], o[1], o[2]))
        files = {o[0] for o in occurrences}
        if len(files) < min_files:
            continue
        key_files: dict = {}
        for path, _, _, key in occurrences:
            key_files.setdefault(key, set()).add(path)
        first = occurrences[0]
        first_elsewhere = next(o for o in occurrences if o[0] != first[0])
        others = len(files) - 1
        noun = "file" if others == 1 else "files"
        for path, line, col, key in occurrences:
            ref = first_elsewhere if path == first[0] else first
            same = key_files[key]
            exact = len(same) - (path in same)
            if exact == others:
                how = "also appears"
            elif exact:
                how = "also appears, word for word or nearly,"
            else:
                how = "appears nearly word for word"
            message = (f"this paragraph {how} in {others} other {noun}, first at "
                       f"{ref[0]}:{ref[1]}: keep it in one place and link to it, "
                       f"or exempt it with the 'allow' option")
            out.append(Diagnostic(path, line, col, "BP102", message, ""))
    return out


def _per_file_cap(found: list, cap: int) -> list:
    """One finding for a file that shares more than ``cap`` paragraphs: a copied or vendored file
    would otherwise get a finding per paragraph (the benchmark corpus, with READMEs shipped inside
    several packages, had 17.6 per 1,000 lines)."""
    if cap <= 0:
        return found
    by_path: dict = {}
    for d in found:
        by_path.setdefault(d.path, []).append(d)
    out = []
    for path, ds in by_path.items():
        if len(ds) <= cap:
            out.extend(ds)
            continue
        ds.sort(key=lambda d: (d.line, d.col))
        first = ds[0]
        detail = first.message.split(": keep it in one place", 1)[0].replace("this paragraph ", "the first ", 1)
        out.append(Diagnostic(
            path, first.line, first.col, "BP102",
            f"{len(ds)} paragraphs of this file appear in other files too ({detail}): if the file is "
            f"a copy, keep one and link to it; or exempt the shared text with the 'allow' option", "",
        ))
    return out


@hookimpl
def prosecheck_checks():
    return [Boilerplate()]
