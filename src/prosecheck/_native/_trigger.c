/* The language checks' trigger search in C (issue 14, twenty-eighth session): see
 * checks/trigger_search.py (_trigger_blocks and _candidate_sentences), whose Python path is the
 * reference.
 *
 * blocks(known, longest, punctuation, splitters, vocabulary, lows, ids, w_blocks, w_starts,
 *        w_sentences, s_blocks, s_starts, s_ends, blocks)
 *     -> [(block_hits, first, stop, per_sentence), ...]
 *     The blocks of a document that hold a token in ``known`` (a frozenset of lower-cased trigger
 *     words, every one of them that a token can equal word-shaped: the caller's test), in order:
 *     the block's trigger tokens, its sentences' range in the sentence table, and each sentence's
 *     trigger tokens (a list), or None for a block of one sentence (tested whole). Trigger tokens
 *     are a set, or the empty tuple for none (the Python path's are tuples: both are only read by
 *     isdisjoint, and a set made here is handed over, not copied).
 *     ``longest`` is the length of the longest trigger: no string is made for a longer
 *     token. A token is a run of characters that are neither white space (str.isspace) nor in
 *     ``punctuation``; ``splitters`` are the characters that end a token inside a word.
 *     ``vocabulary`` and ``lows`` are the Document's distinct word texts and the same in lower
 *     case, ``ids`` its words' text indexes, ``w_blocks``, ``w_starts`` and ``w_sentences`` their
 *     blocks, starts in the block's prose and sentences (-1 for none); ``s_blocks``, ``s_starts``
 *     and ``s_ends`` the sentence table's; ``blocks`` the Document's blocks (each read for its
 *     ``prose``).
 *
 *     The steps are the Python path's, one for one: each distinct text tested once (its
 *     tokenisation too when it holds a splitter), then one pass over the words for those whose
 *     text is a hit (which sentences may hold a trigger, and which of them hold exactly their hit
 *     words' texts), then per candidate block (a hit word's, or any holding "[") the tokenisation
 *     of only the sentences whose tokens the words do not give for sure. Each word, sentence and
 *     block is read a bounded number of times, the sentences' ranges found by bisection: linear
 *     in the document.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "ints.h"  /* Ints: the integer tables read in place */

/* bisect.bisect_left / bisect_right over a[lo:hi] */
static Py_ssize_t
bisect_left(const Ints *a, int64_t x, Py_ssize_t lo, Py_ssize_t hi)
{
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (ints_at(a, mid) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static Py_ssize_t
bisect_right(const Ints *a, int64_t x, Py_ssize_t lo, Py_ssize_t hi)
{
    while (lo < hi) {
        Py_ssize_t mid = lo + (hi - lo) / 2;
        if (x < ints_at(a, mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

/* ---- tokens ---------------------------------------------------------------------------------- */

typedef struct {
    unsigned char ascii[128]; /* 1: ends a token */
    PyObject *others;         /* the non-ASCII characters of the punctuation, a str */
} Separators;

static int
separators_open(Separators *s, PyObject *punctuation)
{
    memset(s->ascii, 0, sizeof(s->ascii));
    s->others = NULL;
    if (!PyUnicode_Check(punctuation)) {
        PyErr_SetString(PyExc_TypeError, "blocks(): punctuation must be a str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(punctuation);
    int kind = PyUnicode_KIND(punctuation);
    const void *data = PyUnicode_DATA(punctuation);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128)
            s->ascii[c] = 1;
    }
    s->others = punctuation;
    return 0;
}

/* A character that belongs to a token (the Python path's _TOKEN_RE: neither white space nor
   punctuation). */
static inline int
token_char(const Separators *s, Py_UCS4 c)
{
    if (c < 128)
        return !s->ascii[c] && !Py_UNICODE_ISSPACE(c);
    if (Py_UNICODE_ISSPACE(c))
        return 0;
    return PyUnicode_FindChar(s->others, c, 0, PyUnicode_GET_LENGTH(s->others), 1) < 0;
}

/* Add to ``*found`` (a set, made at the first hit) the tokens of text[start:end] in ``known``.
   Returns 0, or -1 on an error. */
static int
token_hits(PyObject *text, Py_ssize_t start, Py_ssize_t end, PyObject *known, Py_ssize_t longest,
           const Separators *seps, PyObject **found)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (end > n)
        end = n;
    if (start < 0)
        start = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t i = start;
    while (i < end) {
        if (!token_char(seps, PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t j = i + 1;
        while (j < end && token_char(seps, PyUnicode_READ(kind, data, j)))
            j++;
        if (j - i <= longest) {
            PyObject *token = PyUnicode_Substring(text, i, j);
            if (token == NULL)
                return -1;
            int hit = PySet_Contains(known, token);
            if (hit > 0) {
                if (*found == NULL && (*found = PySet_New(NULL)) == NULL)
                    hit = -1;
                else if (PySet_Add(*found, token) < 0)
                    hit = -1;
            }
            Py_DECREF(token);
            if (hit < 0)
                return -1;
        }
        i = j;
    }
    return 0;
}

/* A new reference to a set of hits, or the empty tuple for none (NULL): the Python path's tuples
   are only tested with isdisjoint, and a set is handed over as it is, not copied. */
static PyObject *
held(PyObject *set)
{
    if (set == NULL)
        return PyTuple_New(0);
    Py_INCREF(set);
    return set;
}

/* Add every item of the set ``src`` to the set ``dst`` (set |= , its fast path for two sets). */
static int
merge(PyObject *dst, PyObject *src)
{
    PyObject *r = PyNumber_InPlaceOr(dst, src);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* Does ``text`` hold a character of ``chars``? One pass over the text, an ASCII table for the
   usual case. */
static int
holds_any(PyObject *text, PyObject *chars, const unsigned char *ascii, int chars_ascii)
{
    Py_ssize_t len = PyUnicode_GET_LENGTH(text);
    if (PyUnicode_IS_ASCII(text)) {
        const unsigned char *p = PyUnicode_1BYTE_DATA(text);
        for (Py_ssize_t i = 0; i < len; i++)
            if (ascii[p[i]])
                return 1;
        return 0;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128) {
            if (ascii[c])
                return 1;
        }
        else if (!chars_ascii && PyUnicode_FindChar(chars, c, 0, n, 1) >= 0)
            return 1;
    }
    return 0;
}

/* ---- blocks() ------------------------------------------------------------------------------- */

enum { NOT_CHOSEN = 0, CHOSEN = 1, EVERY = 2 };

static PyObject *prose_name;

static PyObject *
blocks(PyObject *self, PyObject *args)
{
    PyObject *known, *punctuation, *splitters, *vocabulary, *lows, *blocklist;
    PyObject *o_ids, *o_wb, *o_ws, *o_wsent, *o_sb, *o_ss, *o_se;
    Py_ssize_t longest;
    if (!PyArg_ParseTuple(args, "OnUUO!O!OOOOOOOO!:blocks", &known, &longest, &punctuation, &splitters,
                          &PyList_Type, &vocabulary, &PyList_Type, &lows, &o_ids, &o_wb, &o_ws, &o_wsent,
                          &o_sb, &o_ss, &o_se, &PyList_Type, &blocklist))
        return NULL;
    if (!PyAnySet_Check(known)) {
        PyErr_SetString(PyExc_TypeError, "blocks(): known must be a set or frozenset");
        return NULL;
    }
    Ints ids = {0}, wb = {0}, ws = {0}, wsent = {0}, sb = {0}, ss = {0}, se = {0};
    Separators seps;
    PyObject *out = NULL, **proses = NULL, **sure = NULL;
    unsigned char *hit = NULL, *split = NULL, *chosen = NULL, *doubtful = NULL, *may = NULL, *doubt = NULL;
    Py_ssize_t n_texts = PyList_GET_SIZE(lows), n_blocks = PyList_GET_SIZE(blocklist), n_sent = 0;

    if (PyList_GET_SIZE(vocabulary) != n_texts) {
        PyErr_SetString(PyExc_ValueError, "blocks(): vocabulary and lows differ in length");
        return NULL;
    }
    if (ints_open(o_ids, &ids, "blocks(): ids") < 0 || ints_open(o_wb, &wb, "blocks(): w_blocks") < 0
        || ints_open(o_ws, &ws, "blocks(): w_starts") < 0 || ints_open(o_wsent, &wsent, "blocks(): w_sentences") < 0
        || ints_open(o_sb, &sb, "blocks(): s_blocks") < 0 || ints_open(o_ss, &ss, "blocks(): s_starts") < 0
        || ints_open(o_se, &se, "blocks(): s_ends") < 0)
        goto done;
    n_sent = sb.n;
    if (wb.n != ids.n || ws.n != ids.n || wsent.n != ids.n || ss.n != n_sent || se.n != n_sent) {
        PyErr_SetString(PyExc_ValueError, "blocks(): arrays of different lengths");
        goto done;
    }
    if (separators_open(&seps, punctuation) < 0)
        goto done;
    unsigned char splits[128];
    memset(splits, 0, sizeof(splits));
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(splitters); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(splitters, i);
        if (c < 128)
            splits[c] = 1;
    }
    int splitters_ascii = PyUnicode_IS_ASCII(splitters);

    hit = PyMem_Calloc(n_texts ? n_texts : 1, 1);
    split = PyMem_Calloc(n_texts ? n_texts : 1, 1);
    chosen = PyMem_Calloc(n_blocks ? n_blocks : 1, 1);
    doubtful = PyMem_Calloc(n_blocks ? n_blocks : 1, 1);
    proses = PyMem_Calloc(n_blocks ? n_blocks : 1, sizeof(PyObject *));
    may = PyMem_Calloc(n_sent ? n_sent : 1, 1);
    doubt = PyMem_Calloc(n_sent ? n_sent : 1, 1);
    sure = PyMem_Calloc(n_sent ? n_sent : 1, sizeof(PyObject *));
    if (!hit || !split || !chosen || !doubtful || !proses || !may || !doubt || !sure) {
        PyErr_NoMemory();
        goto done;
    }

    /* Each distinct text once: a set test, and for a text holding a splitter its tokens too. */
    int any = 0;
    for (Py_ssize_t t = 0; t < n_texts; t++) {
        PyObject *low = PyList_GET_ITEM(lows, t);
        if (!PyUnicode_Check(low)) {
            PyErr_SetString(PyExc_TypeError, "blocks(): lows must hold str");
            goto done;
        }
        int h = PySet_Contains(known, low);
        if (h < 0)
            goto done;
        split[t] = (unsigned char)holds_any(low, splitters, splits, splitters_ascii);
        if (!h && split[t]) {
            PyObject *found = NULL;
            if (token_hits(low, 0, PyUnicode_GET_LENGTH(low), known, longest, &seps, &found) < 0)
                goto done;
            h = found != NULL;
            Py_XDECREF(found);
        }
        hit[t] = (unsigned char)h;
        any |= h;
    }

    /* A block's prose, read once. */
#define PROSE(bi)                                                                             \
    (proses[bi] != NULL ? proses[bi] : (proses[bi] = PyObject_GetAttr(PyList_GET_ITEM(blocklist, bi), prose_name)))

    /* The words whose text is a hit: their blocks, the sentences that may hold a trigger, and
       which of those hold exactly their hit words' texts. */
    for (Py_ssize_t w = 0; any && w < ids.n; w++) {
        int64_t t = ints_at(&ids, w);
        if (t < 0 || t >= n_texts) {
            PyErr_SetString(PyExc_IndexError, "blocks(): a text index out of range");
            goto done;
        }
        if (!hit[t])
            continue;
        int64_t bi = ints_at(&wb, w);
        if (bi < 0 || bi >= n_blocks) {
            PyErr_SetString(PyExc_IndexError, "blocks(): a block index out of range");
            goto done;
        }
        chosen[bi] = CHOSEN;
        int64_t si = ints_at(&wsent, w);
        int64_t start = ints_at(&ws, w);
        if (start < 0) {
            PyErr_SetString(PyExc_ValueError, "blocks(): a word's start is negative");
            goto done;
        }
        int64_t end = start + PyUnicode_GET_LENGTH(PyList_GET_ITEM(vocabulary, t));
        Py_ssize_t after;
        if (si >= 0) {
            if (si >= n_sent) {
                PyErr_SetString(PyExc_IndexError, "blocks(): a sentence index out of range");
                goto done;
            }
            if (ints_at(&sb, si) == bi)
                may[si] = 1;
            after = (Py_ssize_t)si + 1;
            PyObject *low = PyList_GET_ITEM(lows, t);
            PyObject *prose = PROSE(bi);
            if (prose == NULL)
                goto done;
            if (!PyUnicode_Check(prose)) {
                PyErr_SetString(PyExc_TypeError, "blocks(): a block's prose must be a str");
                goto done;
            }
            Py_ssize_t len = PyUnicode_GET_LENGTH(prose);
            int unsure = split[t] || start < ints_at(&ss, si) || end > ints_at(&se, si);
            if (!unsure && start) {
                if (start - 1 >= len) {
                    PyErr_SetString(PyExc_IndexError, "string index out of range");
                    goto done;
                }
                unsure = token_char(&seps, PyUnicode_READ_CHAR(prose, start - 1));
            }
            if (!unsure && end < len)
                unsure = token_char(&seps, PyUnicode_READ_CHAR(prose, end));
            if (!unsure) /* a Greek sigma lower-cases by its neighbours */
                unsure = PyUnicode_FindChar(low, 0x03c3, 0, PyUnicode_GET_LENGTH(low), 1) >= 0
                         || PyUnicode_FindChar(low, 0x03c2, 0, PyUnicode_GET_LENGTH(low), 1) >= 0;
            if (unsure)
                doubt[si] = 1;
            else {
                if (sure[si] == NULL && (sure[si] = PySet_New(NULL)) == NULL)
                    goto done;
                if (PySet_Add(sure[si], low) < 0)
                    goto done;
            }
        }
        else { /* in no sentence: the first sentence of its block that starts after it */
            doubtful[bi] = 1;
            Py_ssize_t first = bisect_left(&sb, bi, 0, n_sent);
            Py_ssize_t hi = bisect_right(&sb, bi, first, n_sent);
            after = bisect_right(&ss, start, first, hi);
        }
        while (after < n_sent && ints_at(&sb, after) == bi && ints_at(&ss, after) < end) {
            may[after] = 1;
            doubt[after] = 1;
            after++;
        }
    }

    /* A citation marker ("[1]") is the one token the Document makes no word of: every sentence of
       a block holding a "[" is tokenised. */
    for (Py_ssize_t bi = 0; bi < n_blocks; bi++) {
        PyObject *prose = PROSE(bi);
        if (prose == NULL)
            goto done;
        if (!PyUnicode_Check(prose)) {
            PyErr_SetString(PyExc_TypeError, "blocks(): a block's prose must be a str");
            goto done;
        }
        if (PyUnicode_FindChar(prose, '[', 0, PyUnicode_GET_LENGTH(prose), 1) >= 0)
            chosen[bi] = EVERY;
    }

    /* The sentences whose trigger tokens their words give for sure: no sentence of another's
       word reaching in, and a block with no hit word outside every sentence. */
    for (Py_ssize_t si = 0; si < n_sent; si++) {
        int64_t bi = ints_at(&sb, si);
        if (sure[si] != NULL && (doubt[si] || (bi >= 0 && bi < n_blocks && doubtful[bi]))) {
            Py_CLEAR(sure[si]);
        }
    }

    out = PyList_New(0);
    if (out == NULL)
        goto done;
    for (Py_ssize_t bi = 0; bi < n_blocks; bi++) {
        if (chosen[bi] == NOT_CHOSEN)
            continue;
        Py_ssize_t first = bisect_left(&sb, bi, 0, n_sent);
        Py_ssize_t k = bisect_right(&sb, bi, first, n_sent);
        if (first == k)
            continue; /* a block without a sentence */
        int every = chosen[bi] == EVERY;
        PyObject *raw = proses[bi];
        PyObject *prose = NULL; /* raw.lower(), made when needed */
        PyObject *block_hits = NULL, *per_sentence = NULL, *union_set = NULL, *item = NULL;
        int failed = 1;
        if (!every && !PyUnicode_IS_ASCII(raw)) {
            if ((prose = PyObject_CallMethod(raw, "lower", NULL)) == NULL)
                goto block_done;
            if (PyUnicode_GET_LENGTH(prose) != PyUnicode_GET_LENGTH(raw))
                every = 1; /* a letter lower-cased to two: the word offsets do not hold */
        }
        if (k - first == 1) {
            if (!every && sure[first] != NULL) {
                block_hits = held(sure[first]);
            }
            else {
                if (prose == NULL && (prose = PyObject_CallMethod(raw, "lower", NULL)) == NULL)
                    goto block_done;
                PyObject *found = NULL;
                if (token_hits(prose, 0, PyUnicode_GET_LENGTH(prose), known, longest, &seps, &found) < 0) {
                    Py_XDECREF(found);
                    goto block_done;
                }
                block_hits = held(found);
                Py_XDECREF(found);
            }
            if (block_hits == NULL)
                goto block_done;
            Py_INCREF(Py_None);
            per_sentence = Py_None;
        }
        else {
            if ((per_sentence = PyList_New(k - first)) == NULL)
                goto block_done;
            for (Py_ssize_t si = first; si < k; si++) {
                PyObject *hits;
                if (!every && !may[si])
                    hits = PyTuple_New(0);
                else if (!every && sure[si] != NULL) {
                    hits = held(sure[si]);
                    if (hits != NULL && union_set == NULL && (union_set = PySet_New(NULL)) == NULL) {
                        Py_DECREF(hits);
                        goto block_done;
                    }
                    if (hits != NULL && merge(union_set, sure[si]) < 0) {
                        Py_DECREF(hits);
                        goto block_done;
                    }
                }
                else {
                    if (prose == NULL && (prose = PyObject_CallMethod(raw, "lower", NULL)) == NULL)
                        goto block_done;
                    PyObject *found = NULL;
                    if (token_hits(prose, ints_at(&ss, si), ints_at(&se, si), known, longest, &seps, &found) < 0) {
                        Py_XDECREF(found);
                        goto block_done;
                    }
                    hits = held(found);
                    if (found != NULL && hits != NULL) {
                        if (union_set == NULL && (union_set = PySet_New(NULL)) == NULL) {
                            Py_DECREF(found);
                            Py_DECREF(hits);
                            goto block_done;
                        }
                        if (merge(union_set, found) < 0) {
                            Py_DECREF(found);
                            Py_DECREF(hits);
                            goto block_done;
                        }
                    }
                    Py_XDECREF(found);
                }
                if (hits == NULL)
                    goto block_done;
                PyList_SET_ITEM(per_sentence, si - first, hits);
            }
            if ((block_hits = held(union_set)) == NULL)
                goto block_done;
        }
        if (PyObject_Size(block_hits) == 0) {
            failed = 0;
            goto block_done;
        }
        PyObject *at = PyLong_FromSsize_t(first), *stop = PyLong_FromSsize_t(k);
        if (at != NULL && stop != NULL)
            item = PyTuple_Pack(4, block_hits, at, stop, per_sentence);
        Py_XDECREF(at);
        Py_XDECREF(stop);
        if (item == NULL || PyList_Append(out, item) < 0)
            goto block_done;
        failed = 0;
    block_done:
        Py_XDECREF(prose);
        Py_XDECREF(block_hits);
        Py_XDECREF(per_sentence);
        Py_XDECREF(union_set);
        Py_XDECREF(item);
        if (failed) {
            Py_CLEAR(out);
            goto done;
        }
    }
#undef PROSE

done:
    ints_close(&ids); ints_close(&wb); ints_close(&ws); ints_close(&wsent);
    ints_close(&sb); ints_close(&ss); ints_close(&se);
    if (proses) {
        for (Py_ssize_t i = 0; i < n_blocks; i++) {
            Py_XDECREF(proses[i]);
        }
    }
    if (sure) {
        for (Py_ssize_t i = 0; i < n_sent; i++)
            Py_XDECREF(sure[i]);
    }
    PyMem_Free(hit); PyMem_Free(split); PyMem_Free(chosen); PyMem_Free(doubtful);
    PyMem_Free(proses); PyMem_Free(may); PyMem_Free(doubt); PyMem_Free(sure);
    return out;
}

static PyMethodDef methods[] = {
    {"blocks", blocks, METH_VARARGS, "The blocks of a document holding a trigger token (see trigger_search.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_trigger", "The language checks' trigger search in C (see trigger_search.py).", -1,
    methods,
};

/* The digest of this file and of ints.h as setup.py built them (PROSECHECK_SOURCE_DIGEST: see
   digests.py): _native/__init__.py compares it with the sources beside the module, so a build older
   than its .c or a header it includes is not used. */
#ifndef PROSECHECK_SOURCE_DIGEST
#define PROSECHECK_SOURCE_DIGEST ""
#endif

PyMODINIT_FUNC
PyInit__trigger(void)
{
    if (prose_name == NULL && (prose_name = PyUnicode_InternFromString("prose")) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_DIGEST", PROSECHECK_SOURCE_DIGEST) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
