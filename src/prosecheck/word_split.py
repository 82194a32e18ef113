"""The split of a document's blocks into words and sentences, into the arrays of prose_words.py.

It is the hottest step of a run that is not the parser: a long document has about 130,000 words
per MB. So no Python code runs per word. Per block, one ``re.split`` gives the text between the
tokens and the tokens themselves, and every per-word column is computed by ``map``, ``accumulate``
and ``bisect`` over whole lists, in C:

* where each word starts in the block's prose: the running sum of the lengths of the pieces;
* the index of its text in the document's vocabulary: a dict lookup (one Python call per
  *distinct* word, when it is first seen);
* its offset in the source: its start plus the shift of the run of prose it lies in
  (``Block.runs``), found by bisection;
* its sentence: the first sentence that ends after it starts, found by bisection;
* whether it is quoted: whether its start lies strictly inside one of its block's quotations, found by
  bisecting the word starts at each quotation's ends (a document has far fewer quotations than words).

Python code runs per sentence (about eight times fewer than words) and per block. Blocks whose
runs or sentences do not cover their words the usual way (no such block is in the benchmark
corpus, but the builder does not promise it) take an exact general path, still without a Python
loop per word except for the rare word that lies outside every sentence.

Where the C module ``prosecheck._native._split`` was built (``setup.py``, an optional extension),
three steps run in it instead, each one pass in C with no Python object per word but the word's
start: the sentence split of every block (``split_sentences``), the tokens with their starts and
vocabulary ids (the ``re.split`` below, then ``dict`` and ``accumulate``), and each word's start in
its block and its source offset (the ``map``/``repeat`` sums). The Python path stays as the
fallback and the reference: ``tests/test_native_split.py`` holds the two equal
(``PROSECHECK_PURE_PYTHON=1`` forces it).

The result is the same, field for field, as the definition: for each token of ``TOKEN_RE`` in
the block's prose, in order, a word unless it is a citation marker; its offset as
``Block.source_offset`` gives it (a word before the block's first run is shifted with that run);
its sentence the one whose span holds its start (-1 when none does); quoted when its start lies
strictly inside a quotation. ``tests/test_word_split.py`` holds that definition, written plainly,
and compares the two.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import add, itemgetter, lt, mul, neg, sub
from struct import Struct

from prosecheck import _native
from prosecheck.lazyre import lazy
from prosecheck.prose_model import NO_QUOTATIONS
from prosecheck.prose_words import Sentences, Words
from prosecheck.sentences import (_LETTER, CITATION_LABEL, HARD_ABBREVIATIONS, find_all_quotations, no_boundary_after,
                                  split_sentences)

#: ``sentences.WORD_RE`` for ``split``, the same words found with less work by the regular
#: expression engine: its first letter is written apart (``L L*`` for ``L+``), so the engine skips
#: to the next letter in C instead of trying a match at every character, and the repeats are
#: possessive (nothing after them can fail and make the engine back into them, so it keeps no
#: state to back into). About a tenth fewer instructions. ``tests/test_word_split.py`` holds the
#: pieces of both equal. The thousands separator is matched before the digit behind it is looked
#: at (",(?<=\d,)" for "(?<=\d),"): both alternatives of the tail then start with a character
#: the engine tests before entering them, and after most words (a space follows) it enters none.
_WORD_TAIL = rf"{_LETTER}*+(?:[-'\u2019./@]{_LETTER}++|,(?<=\d,)\d{{3}}(?!\d))*+"
#: The tokens of ``sentences.TOKEN_RE`` (a word, or a citation marker glued to what precedes it)
#: as the one capturing group of a pattern for ``split``: the pieces alternate between the text
#: before a token and the token. A marker starts with "[", which no word does. Both alternatives
#: start with one character class (a word character or "["), for the same skip in C; each then
#: checks that character again (a letter, or a "[" after something that is not white space).
#: The word is tried first: far more tokens are words, and no character starts both.
TOKEN_SPLIT_RE = lazy(rf"([\w\[](?:(?<={_LETTER}){_WORD_TAIL}|(?<=\[)(?<=\S\[){CITATION_LABEL}\]))")
#: The same without the markers, for prose without a "[" (a fifth cheaper to run).
WORD_SPLIT_RE = lazy(rf"({_LETTER}{_WORD_TAIL})")

# The two patterns above for a text whose every character is below U+0100 (most documents'
# prose: English with the NUL placeholder; ``str.isascii`` is a flag Python keeps, so ASCII
# prose is the case taken): each class written out as the characters below U+0100 that the
# general one matches, so the engine tests a character with one bit of a 256-bit map, where
# ``\w`` looks up the character's Unicode properties. The joiners lose U+2019, which such a text
# cannot hold. ``tests/test_word_split.py`` holds each class equal to the general one on every
# character below U+0100, and the pieces of both patterns equal.
_LETTER_1 = r"[\x30-\x39\x41-\x5a\x5f\x61-\x7a\xaa\xb5\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]"  # _LETTER
_DIGIT_1 = r"[\x30-\x39]"  # \d
_START_1 = r"[\x30-\x39\x41-\x5b\x5f\x61-\x7a\xaa\xb2-\xb3\xb5\xb9-\xba\xbc-\xbe\xc0-\xd6\xd8-\xf6\xf8-\xff]"  # [\w\[]
_WORD_TAIL_1 = rf"{_LETTER_1}*+(?:[-'./@]{_LETTER_1}++|,(?<={_DIGIT_1},){_DIGIT_1}{{3}}(?!{_DIGIT_1}))*+"
TOKEN_SPLIT_RE_1 = lazy(rf"({_START_1}(?:(?<={_LETTER_1}){_WORD_TAIL_1}|(?<=\[)(?<=\S\[){CITATION_LABEL}\]))")
WORD_SPLIT_RE_1 = lazy(rf"({_LETTER_1}{_WORD_TAIL_1})")

#: A citation marker's label and closing bracket, matched after its "[" by ``_split.words``.
_MARKER_END_RE = lazy(rf"{CITATION_LABEL}\]")
_ITEMSIZE = {"i": array("i").itemsize, "q": array("q").itemsize}

_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


def split_blocks(blocks: list, text_length: int) -> tuple[Words, Sentences]:
    """The words and sentences of ``blocks`` (a Document's), as :class:`Words` and
    :class:`Sentences`. ``text_length`` is the length of the document's text (it picks the width
    of the arrays)."""
    code = "i" if text_length < 2**31 else "q"
    # The blocks' prose joined by a line break, so that one ``split`` finds every token: no token
    # holds a line break, and a token's look-arounds see one as they see a block's start or end
    # (white space, no digit). Offsets into the joined text are "global"; block bi starts at
    # block_at[bi].
    proses = [b.prose for b in blocks]
    joined = "\n".join(proses)
    block_at = list(accumulate(map((1).__add__, map(len, proses)), initial=0))

    # --- sentences: split block by block (a sentence ends where its block does), then every
    # column of every sentence at once, in C. Lists first, made into arrays at the end
    # (_int_array: a third of the cost of appending).
    native = _native.split
    if native is not None:  # the same spans, block by block in C
        spans_of = native.sentences(proses, HARD_ABBREVIATIONS, no_boundary_after)
    else:
        spans_of = list(map(split_sentences, proses))  # [] for a block without prose
    del proses
    per_block = list(map(len, spans_of))
    spans = list(chain.from_iterable(spans_of))
    s_block = list(chain.from_iterable(map(repeat, range(len(blocks)), per_block)))
    s_start = list(map(_FIRST, spans))
    s_end = list(map(_SECOND, spans))
    del spans
    s_at = list(map(block_at.__getitem__, s_block))
    g_sentence_starts = list(map(add, s_start, s_at))
    g_sentence_ends = list(map(add, s_end, s_at))
    del s_at
    s_quoted = bytearray(len(s_start))

    # --- the words ---------------------------------------------------------------------------------
    markers = "[" in joined
    if native is not None:
        # The same words, ids and starts from one C pass over the text (_native/_split.c).
        vocabulary, ids, g_starts = native.words(joined, _MARKER_END_RE.match if markers else None,
                                                 _ITEMSIZE[code])
        del joined
        n = len(g_starts)
        w_text = array(code, ids)
        del ids
    else:
        vocabulary, w_text, g_starts = _words(code, joined, markers)
        del joined
        n = len(g_starts)

    # --- which sentence holds each word ------------------------------------------------------------
    # Sentence j holds the words from the first that does not start before it to the first that
    # does not start before its end. When every word lies in a sentence (always, in practice:
    # between sentences there is only white space), each sentence's words follow the last one's.
    # So one bisection per sentence (its first word), not two: each sentence is taken to end
    # where the next begins (the last at the last word), and that holds when the word before
    # each of those stops starts before the sentence's end (no word lies between two sentences;
    # ``before[k]`` is the start of word k - 1, -1 for none).
    n_sentences = len(g_sentence_starts)
    firsts = list(map(bisect_left, repeat(g_starts, n_sentences), g_sentence_starts))
    stops = firsts[1:]
    stops.append(n)
    before = [-1]
    before += g_starts
    if n_sentences and firsts[0] == 0 and all(map(lt, map(before.__getitem__, stops), g_sentence_ends)):
        counts = list(map(sub, stops, firsts))
        # Each sentence's index (and block) repeated once per word it holds, as bytes: no
        # integer object per word.
        item = Struct(code).pack
        w_sentence = array(code, b"".join(map(mul, map(item, range(n_sentences)), counts)))
        w_block = array(code, b"".join(map(mul, map(item, s_block), counts)))
        s_first, s_stop = _int_array(code, firsts), _int_array(code, stops)
        bases = chain.from_iterable(map(repeat, map(block_at.__getitem__, s_block), counts))
        # Then a block's first word is its first sentence's (a block without a sentence holds no
        # word: the next sentence's first word, or n): stops with firsts[0], 0, in front.
        stops.insert(0, 0)
        block_first = list(map(stops.__getitem__, accumulate(per_block, initial=0)))
    elif n:
        w_block = _int_array(code, list(map((-1).__add__, map(bisect_right, repeat(block_at, n), g_starts))))
        w_sentence, s_first, s_stop = _sentences_one_by_one(code, w_block, g_starts, block_at, s_block,
                                                            s_start, s_end)
        bases = map(block_at.__getitem__, w_block)
        block_first = None
    else:  # no word: every sentence an empty range at 0
        w_block, w_sentence = array(code), array(code)
        s_first, s_stop = _int_array(code, firsts), _int_array(code, firsts)
        bases = ()
        block_first = None
    if native is not None and block_first is not None:  # the regular case: bases by sentence
        w_start = array(code, native.spread(g_starts, list(map(neg, map(block_at.__getitem__, s_block))),
                                            firsts + [n], _ITEMSIZE[code]))
    else:
        w_start = _int_array(code, list(map(sub, g_starts, bases)))

    if block_first is None:
        block_first = list(map(bisect_left, repeat(g_starts, len(block_at)), block_at))

    # --- per block: quotations, and the runs of prose with one source shift ----------------------
    # Where each run of prose starts (global), and the source offset minus the global offset in
    # it; a block whose runs are irregular (see below) gets one run, patched afterwards.
    # Each run's first word (the first that does not start before the run) is found here too: a
    # block's first run starts with the block, so with block_first[bi]; its other runs are
    # bisected among the block's words only. And each sentence's shift, its run's: in a block
    # of one run, that run's.
    run_at = [0]
    run_shift = [0]
    run_cut = [0]
    add_run_at, add_run_shift, add_cut = run_at.append, run_shift.append, run_cut.append
    s_shift: list = []
    irregular = []
    # Each quotation's start and end (global): a word starting strictly inside one is quoted.
    quote_starts: list = []
    quote_ends: list = []
    first_sentence = 0  # the index of block bi's first sentence
    for bi, block in enumerate(blocks):
        prose = block.prose
        if not prose:
            continue
        at = block_at[bi]
        # Block.quotations, without cached_property's lock on every block; a block without a
        # quotation mark (most) needs no call: find_all_quotations tests for these four first.
        cached = block.__dict__
        quotes = cached.get("quotations")
        if quotes is None:
            if '"' in prose or "'" in prose or "\u201c" in prose or "\u2018" in prose:
                quotes = cached["quotations"] = find_all_quotations(prose) or NO_QUOTATIONS
            else:
                quotes = cached["quotations"] = NO_QUOTATIONS
        k = first_sentence
        first_sentence += per_block[bi]
        if quotes:
            s_quoted[k:first_sentence] = bytes([1 if any(qs <= start and end <= qe for qs, qe in quotes) else 0
                                                for start, end in spans_of[bi]])
            quote_starts.extend([at + qs for qs, _ in quotes])
            quote_ends.extend([at + qe for _, qe in quotes])
        runs = block.runs
        if len(runs) == 1:
            p, src, length = runs[0]
            if p == 0 and len(prose) <= (length if length > 0 else 1):
                add_run_at(at)
                add_run_shift(src - at)
                add_cut(block_first[bi])
                s_shift += [src - at] * (first_sentence - k)
                continue
        elif runs and runs[0][0] == 0:
            # Regular runs cover the prose from its start to its end, in order, without a gap:
            # then every character's source offset is its prose offset shifted by its run's
            # shift. Each run is taken while it is tested; the block's are taken back if one fails.
            mark = len(run_at)
            lo, hi = block_first[bi], block_first[bi + 1]
            end = last = 0
            for p, src, length in runs:
                if p > end or p < last:
                    break  # a gap, or out of order
                end = p + (length if length > 0 else 1)
                last = p
                add_run_at(at + p)
                add_run_shift(src - p - at)
                add_cut(bisect_left(g_starts, at + p, lo, hi) if p else lo)
            else:
                if len(prose) <= end:
                    # the last run that starts at or before each sentence, among the block's
                    top = len(run_at)
                    s_shift += [run_shift[bisect_right(run_at, g, mark, top) - 1]
                                for g in g_sentence_starts[k:first_sentence]]
                    continue
            del run_at[mark:], run_shift[mark:], run_cut[mark:]
        irregular.append(bi)
        add_run_at(at)
        add_run_shift(0)
        add_cut(block_first[bi])
        s_shift += [0] * (first_sentence - k)

    # --- source offsets and quotation flags --------------------------------------------------------
    # Each word's shift is its run's: the shifts repeated from each run's first word to the next's.
    run_cut.append(n)
    if native is not None:
        w_offset = array(code, native.spread(g_starts, run_shift, run_cut, _ITEMSIZE[code]))
    else:
        shifts = chain.from_iterable(map(repeat, run_shift, map(sub, islice(run_cut, 1, None), run_cut)))
        w_offset = _int_array(code, list(map(add, g_starts, shifts)))
    s_offset = _int_array(code, list(map(add, g_sentence_starts, s_shift)))
    s_block, s_start, s_end = _int_array(code, s_block), _int_array(code, s_start), _int_array(code, s_end)
    for bi in irregular:  # rare: offsets block by block, as Block.source_offset finds them
        _patch_offsets(blocks[bi], bi, w_block, w_start, w_offset, s_block, s_start, s_offset)
    w_quoted = bytearray(n)
    if quote_starts:  # the words of each quotation, found by bisection, not read per word
        for a, b in zip(map(bisect_right, repeat(g_starts), quote_starts),
                        map(bisect_left, repeat(g_starts), quote_ends)):
            if b > a:
                w_quoted[a:b] = b"\x01" * (b - a)
    words = Words(vocabulary, blocks, w_text, w_block, w_start, w_offset, w_sentence, w_quoted)
    return words, Sentences(words, s_block, s_start, s_end, s_offset, s_quoted, s_first, s_stop)


def _words(code: str, joined: str, markers: bool) -> tuple[list, array, list]:
    """The distinct word texts of ``joined`` in order of first occurrence, each word's index among
    them and where each word starts: the Python path (and the reference) of ``_split.words``."""
    if joined.isascii():  # a flag Python keeps: no scan
        pieces = (TOKEN_SPLIT_RE_1 if markers else WORD_SPLIT_RE_1).split(joined)
    else:
        pieces = (TOKEN_SPLIT_RE if markers else WORD_SPLIT_RE).split(joined)
    n_tokens = len(pieces) >> 1
    tokens = pieces[1::2]
    # Token i starts where the text before it ends: the running sum of the pieces' lengths.
    g_starts = list(accumulate(map(len, pieces)))[0 : 2 * n_tokens : 2]
    del pieces
    # A citation marker ("1990.[3]") is no word. Only a marker holds a "[" (no word does): one scan
    # of the tokens joined, in C, not a call per token for its first character.
    if markers and "[" in "".join(tokens):
        is_word = [t[0] != "[" for t in tokens]
        tokens = list(compress(tokens, is_word))
        g_starts = list(compress(g_starts, is_word))
    # The distinct texts in order of first occurrence, then each word's index among them.
    # (The numbers are written into the dict of distinct texts itself: no second dict to grow.
    # Only values are replaced while its keys are read; no key is added or removed.)
    text_ids = dict.fromkeys(tokens)
    text_ids.update(zip(text_ids, count()))
    w_text = _int_array(code, list(map(text_ids.__getitem__, tokens)))
    del tokens
    return list(text_ids), w_text, g_starts


def _int_array(code: str, values: list) -> array:
    """``array(code, values)`` for values that are not negative, at about 40 % of its cost: the
    unsigned array types convert each integer directly, where the signed ones go through the
    argument parser (CPython 3.11); the bytes are then taken as they are."""
    return array(code, array(_UNSIGNED[code], values).tobytes())


_UNSIGNED = {"i": "I", "q": "Q"}


def _sentences_one_by_one(code: str, w_block: array, g_starts: list, block_at: list, s_block: array,
                          s_start: array, s_end: array) -> tuple:
    """Each word's sentence and each sentence's range of words, word by word, for a document in
    which some word lies outside every sentence: that word gets -1; a sentence without a word
    gets an empty range after the last sentence with a word before it in its block (or at the
    block's first word)."""
    n_sentences = len(s_start)
    w_sentence = array(code, repeat(-1, len(g_starts)))
    first = array(code, repeat(-1, n_sentences))
    stop = array(code, repeat(-1, n_sentences))
    j = 0
    for i, (bi, g) in enumerate(zip(w_block, g_starts)):
        start = g - block_at[bi]
        while j < n_sentences and (s_block[j] < bi or (s_block[j] == bi and s_end[j] <= start)):
            j += 1
        if j < n_sentences and s_block[j] == bi and s_start[j] <= start:
            w_sentence[i] = j
            if first[j] < 0:
                first[j] = i
            stop[j] = i + 1
    at_word = 0
    last_block = -1
    for k in range(n_sentences):
        if s_block[k] != last_block:
            last_block = s_block[k]
            at_word = bisect_left(w_block, last_block)
        if first[k] < 0:
            first[k] = stop[k] = at_word
        else:
            at_word = stop[k]
    return w_sentence, first, stop


def _patch_offsets(block, bi: int, w_block: array, w_start: array, w_offset: array, s_block: array,
                   s_start: array, s_offset: array) -> None:
    """Source offsets of the words and sentences of one block whose runs are not regular."""
    a, b = bisect_left(w_block, bi), bisect_right(w_block, bi)
    if b > a:
        w_offset[a:b] = array(w_offset.typecode, _source_offsets(block.runs, list(w_start[a:b]), False))
    a, b = bisect_left(s_block, bi), bisect_right(s_block, bi)
    if b > a:
        s_offset[a:b] = array(s_offset.typecode, _source_offsets(block.runs, list(s_start[a:b]), True))


def _source_offsets(runs: list, starts: list, clamp_before: bool) -> list:
    """The source offset of each prose offset in ``starts`` (sorted), as ``Block.source_offset``
    finds it: the run holding it (the last that starts at or before it), shifted; past the end of
    that run's characters, its last character (a zero-length run: its source start); 0 without
    runs. Before the first run: that run's first character (``clamp_before``, as
    ``source_offset`` gives it), or the offset shifted with the first run (as the word split has
    always given it)."""
    n = len(starts)
    if not runs:
        return [0] * n
    run_starts = list(map(_FIRST, runs))
    p0, s0, length0 = runs[0]
    # Indexed by bisect_right's answer: 0 is before the first run.
    prose_at = [0 if clamp_before else p0]
    source_at = [s0]
    last_at = [0 if clamp_before else max(length0 - 1, 0)]
    for p, s, length in runs:
        prose_at.append(p)
        source_at.append(s)
        last_at.append(max(length - 1, 0))
    k = list(map(bisect_right, repeat(run_starts, n), starts))
    within = map(min, map(sub, starts, map(prose_at.__getitem__, k)), map(last_at.__getitem__, k))
    return list(map(add, map(source_at.__getitem__, k), within))
