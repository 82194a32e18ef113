"""A document's words and sentences, stored as parallel integer arrays.

A long document has about 130,000 words per MB of text. Kept as one object per word (with its own
list of a sentence's words), they cost about 190 bytes a word; as arrays they cost 21: for each word
the index of its text in the document's vocabulary (each distinct word is one string), its block,
where it starts in the block's prose and in the source, its sentence, and a quoted flag. Sentences
are arrays in the same way, each with the range of its words.

``doc.words`` and ``doc.sentences`` are sequences over these arrays: ``doc.words[i].text``,
``sentence.words``, iteration and slicing work as they did on lists, and each :class:`Word` or
:class:`Sentence` is made when it is asked for. Two of them made for the same word are equal (``==``)
and hash alike, but are not the same object: compare them with ``==``, never with ``is``.
A check that only needs texts or positions can read the arrays themselves (:class:`Words` and
:class:`Sentences` list them), without making an object per word.
"""

from __future__ import annotations

from array import array
from collections import namedtuple
from functools import partial
from itertools import repeat
from operator import itemgetter

_as_bool = (False, True).__getitem__


class Word(namedtuple("_WordFields", "text block start offset quoted sentence", defaults=(False, -1))):
    """A word: ``text``; its ``block``; ``start`` and ``end`` in ``block.prose``; ``offset`` in the
    document's text; ``quoted`` (inside a quotation); ``sentence`` (its index in
    ``doc.sentences``, -1 when it is in none)."""

    __slots__ = ()

    @property
    def end(self) -> int:
        return self[2] + len(self[0])

    def __repr__(self) -> str:
        return (f"Word(text={self[0]!r}, start={self[2]}, offset={self[3]}, quoted={self[4]}, "
                f"sentence={self[5]})")


class Sentence(namedtuple("_SentenceFields", "block start end offset index quoted word_start word_end table")):
    """A sentence: its ``block``; ``start`` and ``end`` in ``block.prose``; ``offset`` of its first
    character in the document's text; ``index`` in ``doc.sentences``; ``quoted`` (the whole
    sentence is a quotation); its ``words``, which are ``doc.words[word_start:word_end]``."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return self[0].prose[self[1] : self[2]]

    @property
    def words(self) -> "WordSpan":
        return WordSpan(self[8], self[6], self[7])

    def __repr__(self) -> str:
        return (f"Sentence(start={self[1]}, end={self[2]}, offset={self[3]}, index={self[4]}, "
                f"quoted={self[5]}, words={self[6]}:{self[7]})")

    # Fields are compared by value, and the table by identity: the same sentence of the same
    # document is equal, whatever object holds it.


_new_word = partial(tuple.__new__, Word)
_new_sentence = partial(tuple.__new__, Sentence)


def _index(i, n: int) -> int:
    i = i.__index__()
    if i < 0:
        i += n
    if not 0 <= i < n:
        raise IndexError("index out of range")
    return i


class Words:
    """Every word of a document, in order (``doc.words``).

    The arrays, one entry per word, for checks that need no object per word:
    ``text_ids`` (index into ``vocabulary``, the list of distinct word texts), ``block_indexes``
    (into ``doc.blocks``), ``starts`` (in the block's prose), ``offsets`` (in the document's text),
    ``sentence_indexes`` (into ``doc.sentences``, -1 for none) and ``quoted_flags`` (a bytearray:
    1 inside a quotation).

    Facts per distinct text, computed once per document and shared by every check that asks:
    ``lower_vocabulary`` (each entry of ``vocabulary`` in lower case, at the same index) and
    ``lower_case_texts`` (the texts the document writes in lower case somewhere).
    """

    __slots__ = ("vocabulary", "blocks", "text_ids", "block_indexes", "starts", "offsets",
                 "sentence_indexes", "quoted_flags", "_lower", "_lower_case", "__weakref__")

    def __init__(self, vocabulary: list, blocks: list, text_ids: array, block_indexes: array,
                 starts: array, offsets: array, sentence_indexes: array, quoted_flags: bytearray):
        self.vocabulary = vocabulary
        self.blocks = blocks
        self.text_ids = text_ids
        self.block_indexes = block_indexes
        self.starts = starts
        self.offsets = offsets
        self.sentence_indexes = sentence_indexes
        self.quoted_flags = quoted_flags
        self._lower: list | None = None
        self._lower_case: frozenset | None = None

    @property
    def lower_vocabulary(self) -> list:
        """``vocabulary`` in lower case, index for index (one ``lower()`` per distinct text)."""
        if self._lower is None:
            self._lower = list(map(str.lower, self.vocabulary))
        return self._lower

    @property
    def lower_case_texts(self) -> frozenset:
        """The distinct texts written in lower case (``str.islower``) somewhere in the document:
        a word also written so is a common word, not only a name."""
        if self._lower_case is None:
            self._lower_case = frozenset(t for t in self.vocabulary if t.islower())
        return self._lower_case

    def __len__(self) -> int:
        return len(self.starts)

    def __bool__(self) -> bool:
        return len(self.starts) > 0

    def word(self, i: int) -> Word:
        """The word at index ``i`` (no bounds check: ``0 <= i < len(self)``)."""
        return _new_word((self.vocabulary[self.text_ids[i]], self.blocks[self.block_indexes[i]],
                          self.starts[i], self.offsets[i], _as_bool(self.quoted_flags[i]),
                          self.sentence_indexes[i]))

    def __getitem__(self, i):
        if i.__class__ is int and i >= 0:  # the usual case, first: an IndexError comes from the arrays
            return _new_word((self.vocabulary[self.text_ids[i]], self.blocks[self.block_indexes[i]],
                              self.starts[i], self.offsets[i], _as_bool(self.quoted_flags[i]),
                              self.sentence_indexes[i]))
        if isinstance(i, slice):
            return list(self.iter_range(*i.indices(len(self.starts))))
        return self.word(_index(i, len(self.starts)))

    def iter_range(self, a: int, b: int, step: int = 1):
        """The words ``a`` to ``b`` (exclusive), made one by one."""
        if a == 0 and b >= len(self.starts) and step == 1:
            cut = lambda arr: arr  # noqa: E731 (the whole table: no copy of the arrays)
        else:
            cut = itemgetter(slice(a, b, step))
        return map(_new_word, zip(
            map(self.vocabulary.__getitem__, cut(self.text_ids)),
            map(self.blocks.__getitem__, cut(self.block_indexes)),
            cut(self.starts), cut(self.offsets),
            map(_as_bool, cut(self.quoted_flags)),
            cut(self.sentence_indexes),
        ))

    def __iter__(self):
        return self.iter_range(0, len(self.starts))

    def texts(self, a: int = 0, b: int | None = None) -> list:
        """The texts of the words ``a`` to ``b``, without making a Word for each."""
        ids = self.text_ids if a == 0 and b is None else self.text_ids[a:b]
        return list(map(self.vocabulary.__getitem__, ids))

    def __repr__(self) -> str:
        return f"<Words: {len(self)}>"


class WordSpan:
    """A sentence's words: ``doc.words[start:stop]``, made when they are read."""

    __slots__ = ("table", "start", "stop")

    def __init__(self, table: Words, start: int, stop: int):
        self.table, self.start, self.stop = table, start, stop

    def __len__(self) -> int:
        return self.stop - self.start

    def __bool__(self) -> bool:
        return self.stop > self.start

    def __getitem__(self, i):
        if isinstance(i, slice):
            a, b, step = i.indices(self.stop - self.start)
            return list(self.table.iter_range(self.start + a, self.start + b, step)) if b > a else []
        if i.__class__ is int and 0 <= i < self.stop - self.start:
            return self.table.word(self.start + i)
        return self.table.word(self.start + _index(i, self.stop - self.start))

    def __iter__(self):
        return self.table.iter_range(self.start, self.stop)

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other) -> bool:
        if isinstance(other, WordSpan):
            return list(self) == list(other)
        if isinstance(other, (list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # like a list

    def index(self, word) -> int:
        return list(self).index(word)

    def __contains__(self, word) -> bool:
        return word in list(self)

    def texts(self) -> list:
        return self.table.texts(self.start, self.stop)

    def quoted(self) -> list:
        """Each word's ``quoted`` flag, in order, without making a Word for each."""
        flags = self.table.quoted_flags[self.start : self.stop]
        if 1 not in flags:
            return [False] * len(flags)  # most sentences quote nothing: no call per word
        return list(map(_as_bool, flags))

    def __repr__(self) -> str:
        return f"<words {self.start}:{self.stop}>"


class Sentences:
    """Every sentence of a document, in order, as arrays (``doc.sentence_table``; ``doc.sentences``
    is the list of them, made once: a document has about eight times fewer sentences than words).

    The arrays, one entry per sentence: ``block_indexes``, ``starts`` and ``ends`` (in the block's
    prose), ``offsets`` (of the first character in the document's text), ``quoted_flags`` (a
    bytearray: 1 when the whole sentence is a quotation), ``word_starts`` and ``word_ends`` (its
    words are ``doc.words[word_starts[i]:word_ends[i]]``).
    """

    __slots__ = ("words", "blocks", "block_indexes", "starts", "ends", "offsets", "quoted_flags",
                 "word_starts", "word_ends", "__weakref__")

    def __init__(self, words: Words, block_indexes: array, starts: array, ends: array, offsets: array,
                 quoted_flags: bytearray, word_starts: array, word_ends: array):
        self.words = words
        self.blocks = words.blocks
        self.block_indexes = block_indexes
        self.starts = starts
        self.ends = ends
        self.offsets = offsets
        self.quoted_flags = quoted_flags
        self.word_starts = word_starts
        self.word_ends = word_ends

    def __len__(self) -> int:
        return len(self.starts)

    def __bool__(self) -> bool:
        return len(self.starts) > 0

    def sentence(self, i: int) -> Sentence:
        """The sentence at index ``i`` (no bounds check: ``0 <= i < len(self)``)."""
        return _new_sentence((self.blocks[self.block_indexes[i]], self.starts[i], self.ends[i],
                              self.offsets[i], i, _as_bool(self.quoted_flags[i]),
                              self.word_starts[i], self.word_ends[i], self.words))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.sentence(k) for k in range(*i.indices(len(self.starts)))]
        return self.sentence(_index(i, len(self.starts)))

    def __iter__(self):
        n = len(self.starts)
        return map(_new_sentence, zip(
            map(self.blocks.__getitem__, self.block_indexes), self.starts, self.ends, self.offsets,
            range(n), map(_as_bool, self.quoted_flags), self.word_starts, self.word_ends,
            repeat(self.words, n),
        ))

    def __reversed__(self):
        return (self.sentence(k) for k in range(len(self.starts) - 1, -1, -1))

    def __repr__(self) -> str:
        return f"<Sentences: {len(self)}>"
