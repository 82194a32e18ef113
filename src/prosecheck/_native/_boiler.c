/* Boilerplate's per-paragraph analysis in C (issue 14, twenty-seventh session): see
 * checks/boilerplate.py (_Analysis), whose Python path is the reference.
 *
 * units(ids, norms, hashes, word_starts, word_offsets, s_first, s_stop, s_block, s_quoted, s_end,
 *       paragraph, min_words, info)
 *     -> (keys, offsets, blocks, firsts, shingles, paragraphs, sentence_units, spaced, summarised)
 *     One pass over a document's sentences (the sentence table's arrays: first and stop word,
 *     block, whole-quotation flag, end in the block's prose), grouped by block as the Python path's
 *     groupby does. A paragraph block (``paragraph[bi]`` not 0) with words, at least ``min_words``
 *     of them and not wholly quoted becomes a unit, and each of its sentences of ``min_words`` words
 *     or more that is no quotation another (none for a one-sentence paragraph, whose unit is then a
 *     sentence unit too). A unit's tokens are its words' normalised texts (``norms[ids[w]]``, hash
 *     ``hashes[ids[w]]``) and, for a block ``info(bi)`` answers with ``(term, ats, tokens, hashes)``,
 *     those extra tokens merged in after the words that start at or before each ``at`` (the
 *     placeholders' and link targets' tokens: boilerplate._extras). ``info(bi)`` returning False
 *     leaves the block out (the ``allow`` option), None means no extra tokens. Returned, one per
 *     unit: its tokens joined by "\n", its first word's offset, its block, where its shingles start;
 *     then every shingle (Python's hash of each run of three in the units' hashes, each unit
 *     followed by two PAD marks, all after two), the paragraph units of two sentences or more, the
 *     sentence units, each paragraph unit's tokens joined by " " (for its exact key) and its unit.
 *
 * signatures(shingles, firsts, units, donors) -> list of bytes
 *     fingerprints.signatures of each unit's shingles (shingles[firsts[u]:firsts[u + 1]]): per bin
 *     (a hash's low six bits) the next eight bits of its smallest hash; an empty bin borrows from
 *     the first filled one in its row of ``donors`` (fingerprints._DONOR_TABLE, 63 bytes a bin).
 *
 * smallest(shingles, start, stop) -> list
 *     The (up to) three smallest distinct values of shingles[start:stop], in increasing order.
 *
 * Each sentence, word and shingle is read once: linear in the document. The shingle hash is
 * CPython's tuple hash (xxHash-based, 3.8 and later) of three ints below 2**61 - 1, which hash to
 * themselves; the module checks it against ``hash`` of a real tuple when imported and refuses to
 * load (the Python path then runs) where they differ.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define PAD ((uint64_t)1 << 32)
#define BINS 64

/* ---- CPython's tuple hash of three ints that hash to themselves ---------------------------- */

#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static inline int64_t
shingle_hash(uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t acc = XXPRIME_5;
    acc += a * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
    acc += b * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
    acc += c * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
    acc += (uint64_t)3 ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1)
        return 1546275796;
    return (int64_t)acc;
}

/* ---- integer arrays read through the buffer protocol (array "i"/"q", bytearray) ------------- */

typedef struct {
    Py_buffer view;
    Py_ssize_t n;
    int size;
} Ints;

static int
ints_open(PyObject *obj, Ints *out, const char *what)
{
    if (PyObject_GetBuffer(obj, &out->view, PyBUF_SIMPLE) < 0)
        return -1;
    int size = (int)out->view.itemsize;
    if (size != 1 && size != 4 && size != 8) {
        PyBuffer_Release(&out->view);
        PyErr_Format(PyExc_TypeError, "units(): %s must hold 1-, 4- or 8-byte integers", what);
        return -1;
    }
    out->size = size;
    out->n = out->view.len / size;
    return 0;
}

static inline int64_t
ints_at(const Ints *a, Py_ssize_t i)
{
    if (a->size == 4)
        return ((const int32_t *)a->view.buf)[i];
    if (a->size == 8)
        return ((const int64_t *)a->view.buf)[i];
    return ((const unsigned char *)a->view.buf)[i];
}

/* ---- growable C arrays --------------------------------------------------------------------- */

typedef struct {
    void *data;
    Py_ssize_t length, capacity;
} Vec;

static int
vec_reserve(Vec *v, Py_ssize_t more, size_t item)
{
    if (v->length + more <= v->capacity)
        return 0;
    Py_ssize_t capacity = v->capacity ? v->capacity : 64;
    while (capacity < v->length + more)
        capacity *= 2;
    void *data = PyMem_Realloc(v->data, (size_t)capacity * item);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    v->data = data;
    v->capacity = capacity;
    return 0;
}

#define U64(v) ((uint64_t *)(v).data)
#define I64(v) ((int64_t *)(v).data)
#define OBJ(v) ((PyObject **)(v).data)

static int
push_u64(Vec *v, uint64_t x)
{
    if (vec_reserve(v, 1, sizeof(uint64_t)) < 0)
        return -1;
    U64(*v)[v->length++] = x;
    return 0;
}

/* Append a new reference to a list, stealing it. */
static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    int r = PyList_Append(list, item);
    Py_DECREF(item);
    return r;
}

static int
append_int(PyObject *list, long long x)
{
    return append_new(list, PyLong_FromLongLong(x));
}

/* tokens[a:b] joined by sep (a new str). */
static PyObject *
join_tokens(PyObject *sep, PyObject **tokens, Py_ssize_t a, Py_ssize_t b)
{
    if (b < a)
        b = a;
    PyObject *list = PyList_New(b - a);
    if (list == NULL)
        return NULL;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_INCREF(tokens[i]);
        PyList_SET_ITEM(list, i - a, tokens[i]);
    }
    PyObject *joined = PyUnicode_Join(sep, list);
    Py_DECREF(list);
    return joined;
}

/* The first index of sorted where[0:n] whose value is not below x (bisect_left). */
static Py_ssize_t
bisect_left(const int64_t *where, Py_ssize_t n, int64_t x)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (where[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* ---- units() ------------------------------------------------------------------------------- */

typedef struct {
    PyObject *keys, *offsets, *blocks, *firsts, *paragraphs, *sentences, *spaced, *summarised;
    Vec padded; /* uint64 */
    PyObject *newline, *space;
} Out;

/* One unit: tokens[ta:tb] (hashes alike), first word's offset, block. */
static int
add_unit(Out *o, PyObject **tokens, const uint64_t *hashes, Py_ssize_t ta, Py_ssize_t tb,
         long long offset, long long block)
{
    if (tb < ta)
        tb = ta;
    if (append_new(o->keys, join_tokens(o->newline, tokens, ta, tb)) < 0
        || append_int(o->offsets, offset) < 0 || append_int(o->blocks, block) < 0
        || append_int(o->firsts, (long long)o->padded.length - 2) < 0)
        return -1;
    if (vec_reserve(&o->padded, tb - ta + 2, sizeof(uint64_t)) < 0)
        return -1;
    uint64_t *p = U64(o->padded) + o->padded.length;
    memcpy(p, hashes + ta, (size_t)(tb - ta) * sizeof(uint64_t));
    p[tb - ta] = PAD;
    p[tb - ta + 1] = PAD;
    o->padded.length += tb - ta + 2;
    return 0;
}

static PyObject *
units(PyObject *self, PyObject *args)
{
    PyObject *ids_o, *norms, *hashes_o, *wstart_o, *woffset_o, *first_o, *stop_o, *block_o, *quoted_o,
        *end_o, *para_o, *info;
    Py_ssize_t min_words;
    if (!PyArg_ParseTuple(args, "OO!O!OOOOOOOOnO", &ids_o, &PyList_Type, &norms, &PyList_Type, &hashes_o,
                          &wstart_o, &woffset_o, &first_o, &stop_o, &block_o, &quoted_o, &end_o, &para_o,
                          &min_words, &info))
        return NULL;
    Ints ids = {0}, wstart = {0}, woffset = {0}, first = {0}, stop = {0}, sblock = {0}, quoted = {0},
         send = {0}, para = {0};
    Ints *opened[9] = {&ids, &wstart, &woffset, &first, &stop, &sblock, &quoted, &send, &para};
    PyObject *objs[9] = {ids_o, wstart_o, woffset_o, first_o, stop_o, block_o, quoted_o, end_o, para_o};
    const char *names[9] = {"ids", "word_starts", "word_offsets", "s_first", "s_stop", "s_block",
                            "s_quoted", "s_end", "paragraph"};
    int nopen = 0;
    PyObject *result = NULL;
    Out o = {0};
    Vec tokens = {0}, thashes = {0}, where = {0}, spoken = {0};
    uint64_t *vhash = NULL;
    Py_ssize_t nvocab = PyList_GET_SIZE(norms);

    for (; nopen < 9; nopen++)
        if (ints_open(objs[nopen], opened[nopen], names[nopen]) < 0)
            goto done;
    if (PyList_GET_SIZE(hashes_o) != nvocab) {
        PyErr_SetString(PyExc_ValueError, "units(): norms and hashes differ in length");
        goto done;
    }
    Py_ssize_t nsent = first.n;
    if (stop.n != nsent || sblock.n != nsent || quoted.n != nsent || send.n != nsent
        || woffset.n != ids.n || wstart.n != ids.n) {
        PyErr_SetString(PyExc_ValueError, "units(): arrays of different lengths");
        goto done;
    }
    vhash = PyMem_Malloc((size_t)(nvocab ? nvocab : 1) * sizeof(uint64_t));
    if (vhash == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < nvocab; i++) {
        PyObject *h = PyList_GET_ITEM(hashes_o, i);
        vhash[i] = PyLong_AsUnsignedLongLong(h);
        if (vhash[i] == (uint64_t)-1 && PyErr_Occurred())
            goto done;
        if (!PyUnicode_Check(PyList_GET_ITEM(norms, i))) {
            PyErr_SetString(PyExc_TypeError, "units(): norms must be str");
            goto done;
        }
    }
    o.keys = PyList_New(0);
    o.offsets = PyList_New(0);
    o.blocks = PyList_New(0);
    o.firsts = PyList_New(0);
    o.paragraphs = PyList_New(0);
    o.sentences = PyList_New(0);
    o.spaced = PyList_New(0);
    o.summarised = PyList_New(0);
    o.newline = PyUnicode_FromString("\n");
    o.space = PyUnicode_FromString(" ");
    if (!o.keys || !o.offsets || !o.blocks || !o.firsts || !o.paragraphs || !o.sentences || !o.spaced
        || !o.summarised || !o.newline || !o.space)
        goto done;
    if (push_u64(&o.padded, PAD) < 0 || push_u64(&o.padded, PAD) < 0)
        goto done;

    Py_ssize_t k = 0;
    while (k < nsent) {
        /* The group: sentences k..g-1 of one block (consecutive, as groupby makes them). */
        int64_t bi = ints_at(&sblock, k);
        Py_ssize_t g = k + 1;
        while (g < nsent && ints_at(&sblock, g) == bi)
            g++;
        Py_ssize_t group_start = k;
        k = g;
        if (bi < 0 || bi >= para.n || !ints_at(&para, bi))
            continue;
        spoken.length = 0;
        int all_quoted = 1;
        for (Py_ssize_t s = group_start; s < g; s++) {
            if (ints_at(&stop, s) > ints_at(&first, s)) {
                if (vec_reserve(&spoken, 1, sizeof(int64_t)) < 0)
                    goto done;
                I64(spoken)[spoken.length++] = s;
                if (!ints_at(&quoted, s))
                    all_quoted = 0;
            }
        }
        if (!spoken.length)
            continue;
        const int64_t *sp = I64(spoken);
        Py_ssize_t nsp = spoken.length;
        int64_t a = ints_at(&first, sp[0]);
        int64_t b = ints_at(&stop, sp[nsp - 1]);
        if (b - a < min_words || all_quoted)
            continue;
        if (a < 0 || b > ids.n) {
            PyErr_SetString(PyExc_IndexError, "units(): a sentence's words out of range");
            goto done;
        }
        PyObject *extra = PyObject_CallFunction(info, "n", (Py_ssize_t)bi);
        if (extra == NULL)
            goto done;
        if (extra == Py_False) {
            Py_DECREF(extra);
            continue;
        }
        int term = 0;
        PyObject *x_ats = NULL, *x_tokens = NULL, *x_hashes = NULL;
        Py_ssize_t nx = 0;
        if (extra != Py_None) {
            if (!PyTuple_Check(extra) || PyTuple_GET_SIZE(extra) != 4
                || !PyList_Check(x_ats = PyTuple_GET_ITEM(extra, 1))
                || !PyList_Check(x_tokens = PyTuple_GET_ITEM(extra, 2))
                || !PyList_Check(x_hashes = PyTuple_GET_ITEM(extra, 3))
                || PyList_GET_SIZE(x_tokens) != (nx = PyList_GET_SIZE(x_ats))
                || PyList_GET_SIZE(x_hashes) != nx) {
                Py_DECREF(extra);
                PyErr_SetString(PyExc_TypeError, "units(): info() must give None, False or "
                                                 "(term, ats, tokens, hashes), three lists of one length");
                goto done;
            }
            term = PyObject_IsTrue(PyTuple_GET_ITEM(extra, 0));
            if (term < 0) {
                Py_DECREF(extra);
                goto done;
            }
        }
        /* The block's tokens: its words, with the extra ones merged in (borrowed references: the
           norms list and ``extra`` outlive them). */
        Py_ssize_t total = (Py_ssize_t)(b - a) + nx;
        tokens.length = thashes.length = where.length = 0;
        if (vec_reserve(&tokens, total, sizeof(PyObject *)) < 0
            || vec_reserve(&thashes, total, sizeof(uint64_t)) < 0
            || (nx && vec_reserve(&where, total, sizeof(int64_t)) < 0)) {
            Py_DECREF(extra);
            goto done;
        }
        PyObject **tk = OBJ(tokens);
        uint64_t *th = U64(thashes);
        int64_t *wh = I64(where);
        Py_ssize_t t = 0, xi = 0;
        for (int64_t w = a; w < b; w++) {
            int64_t start = nx ? ints_at(&wstart, w) : 0;
            for (; xi < nx; xi++) {
                /* an extra token goes after every word that starts at or before it */
                long long at = PyLong_AsLongLong(PyList_GET_ITEM(x_ats, xi));
                if (at == -1 && PyErr_Occurred()) {
                    Py_DECREF(extra);
                    goto done;
                }
                if (at >= start)
                    break;
                uint64_t h = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(x_hashes, xi));
                if (h == (uint64_t)-1 && PyErr_Occurred()) {
                    Py_DECREF(extra);
                    goto done;
                }
                tk[t] = PyList_GET_ITEM(x_tokens, xi);
                th[t] = h;
                wh[t++] = at;
            }
            int64_t id = ints_at(&ids, w);
            if (id < 0 || id >= nvocab) {
                Py_DECREF(extra);
                PyErr_SetString(PyExc_IndexError, "units(): a word's id out of range");
                goto done;
            }
            tk[t] = PyList_GET_ITEM(norms, id);
            th[t] = vhash[id];
            if (nx)
                wh[t] = start;
            t++;
        }
        for (; xi < nx; xi++) {
            long long at = PyLong_AsLongLong(PyList_GET_ITEM(x_ats, xi));
            uint64_t h = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(x_hashes, xi));
            if (PyErr_Occurred()) {
                Py_DECREF(extra);
                goto done;
            }
            tk[t] = PyList_GET_ITEM(x_tokens, xi);
            th[t] = h;
            wh[t++] = at;
        }
        /* The paragraph's unit. */
        Py_ssize_t unit = PyList_GET_SIZE(o.keys);
        long long offset = ints_at(&woffset, a);
        if (append_new(o.spaced, join_tokens(o.space, tk, 0, t)) < 0 || append_int(o.summarised, unit) < 0
            || add_unit(&o, tk, th, 0, t, offset, bi) < 0) {
            Py_DECREF(extra);
            goto done;
        }
        if (term) {
            Py_DECREF(extra);
            continue;
        }
        if (nsp == 1) {
            Py_DECREF(extra);
            if (!ints_at(&quoted, sp[0]) && append_int(o.sentences, unit) < 0)
                goto done;
            continue;
        }
        if (append_int(o.paragraphs, unit) < 0) {
            Py_DECREF(extra);
            goto done;
        }
        /* Its sentences: by word ranges, or (extra tokens merged in) by where the tokens start,
           each sentence's ending where the next one's starts. */
        Py_ssize_t ta = nx ? bisect_left(wh, t, 0) : 0;
        for (Py_ssize_t j = 0; j < nsp; j++) {
            int64_t s = sp[j];
            int64_t ws = ints_at(&first, s), we = ints_at(&stop, s);
            Py_ssize_t lo, hi;
            if (nx) {
                lo = ta;
                hi = ta = bisect_left(wh, t, ints_at(&send, s));
            }
            else {
                lo = (Py_ssize_t)(ws - a);
                hi = (Py_ssize_t)(we - a);
            }
            if (ints_at(&quoted, s) || we - ws < min_words)
                continue;
            if (append_int(o.sentences, PyList_GET_SIZE(o.keys)) < 0
                || add_unit(&o, tk, th, lo, hi, ints_at(&woffset, ws), bi) < 0) {
                Py_DECREF(extra);
                goto done;
            }
        }
        Py_DECREF(extra);
    }

    /* Every unit's shingles in one pass. */
    Py_ssize_t nsh = o.padded.length - 2;
    PyObject *shingles = PyList_New(nsh);
    if (shingles == NULL)
        goto done;
    const uint64_t *p = U64(o.padded);
    for (Py_ssize_t i = 0; i < nsh; i++) {
        PyObject *v = PyLong_FromLongLong(shingle_hash(p[i], p[i + 1], p[i + 2]));
        if (v == NULL) {
            Py_DECREF(shingles);
            goto done;
        }
        PyList_SET_ITEM(shingles, i, v);
    }
    result = Py_BuildValue("(OOOONOOOO)", o.keys, o.offsets, o.blocks, o.firsts, shingles, o.paragraphs,
                           o.sentences, o.spaced, o.summarised);

done:
    for (int i = 0; i < nopen; i++)
        PyBuffer_Release(&opened[i]->view);
    Py_XDECREF(o.keys);
    Py_XDECREF(o.offsets);
    Py_XDECREF(o.blocks);
    Py_XDECREF(o.firsts);
    Py_XDECREF(o.paragraphs);
    Py_XDECREF(o.sentences);
    Py_XDECREF(o.spaced);
    Py_XDECREF(o.summarised);
    Py_XDECREF(o.newline);
    Py_XDECREF(o.space);
    PyMem_Free(o.padded.data);
    PyMem_Free(tokens.data);
    PyMem_Free(thashes.data);
    PyMem_Free(where.data);
    PyMem_Free(spoken.data);
    PyMem_Free(vhash);
    return result;
}

/* ---- signatures() and smallest() ------------------------------------------------------------- */

static int
read_long_long(PyObject *list, Py_ssize_t i, long long *out)
{
    *out = PyLong_AsLongLong(PyList_GET_ITEM(list, i));
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

static PyObject *
signatures(PyObject *self, PyObject *args)
{
    PyObject *shingles, *firsts, *which;
    const char *donors;
    Py_ssize_t ndonors;
    if (!PyArg_ParseTuple(args, "O!O!O!y#", &PyList_Type, &shingles, &PyList_Type, &firsts, &PyList_Type,
                          &which, &donors, &ndonors))
        return NULL;
    if (ndonors != BINS * (BINS - 1)) {
        PyErr_SetString(PyExc_ValueError, "signatures(): the donor table holds 63 bytes a bin");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < ndonors; i++)
        if ((unsigned char)donors[i] >= BINS) {
            PyErr_SetString(PyExc_ValueError, "signatures(): a donor out of range");
            return NULL;
        }
    Py_ssize_t n = PyList_GET_SIZE(which);
    Py_ssize_t nsh = PyList_GET_SIZE(shingles), nfirst = PyList_GET_SIZE(firsts);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < n; k++) {
        long long u, start, stop;
        if (read_long_long(which, k, &u) < 0)
            goto fail;
        if (u < 0 || u + 1 >= nfirst) {
            PyErr_SetString(PyExc_IndexError, "signatures(): a unit out of range");
            goto fail;
        }
        if (read_long_long(firsts, u, &start) < 0 || read_long_long(firsts, u + 1, &stop) < 0)
            goto fail;
        if (start < 0 || stop > nsh) {
            PyErr_SetString(PyExc_IndexError, "signatures(): shingles out of range");
            goto fail;
        }
        unsigned char sig[BINS];
        if (stop <= start) {
            memset(sig, 0, BINS);
        }
        else {
            int64_t least[BINS];
            unsigned char filled[BINS];
            memset(filled, 0, BINS);
            for (long long i = start; i < stop; i++) {
                long long x;
                if (read_long_long(shingles, i, &x) < 0)
                    goto fail;
                int bin = (int)((uint64_t)x & (BINS - 1));
                if (!filled[bin] || x < least[bin]) {
                    least[bin] = x;
                    filled[bin] = 1;
                }
            }
            unsigned char value[BINS];
            for (int j = 0; j < BINS; j++)
                value[j] = filled[j] ? (unsigned char)(((uint64_t)least[j] >> 6) & 0xFF) : 0;
            for (int j = 0; j < BINS; j++) {
                if (filled[j]) {
                    sig[j] = value[j];
                    continue;
                }
                const unsigned char *row = (const unsigned char *)donors + j * (BINS - 1);
                int d = 0;
                while (!filled[row[d]]) /* some bin is filled: the row names every other bin */
                    d++;
                sig[j] = value[row[d]];
            }
        }
        PyObject *bytes = PyBytes_FromStringAndSize((const char *)sig, BINS);
        if (bytes == NULL)
            goto fail;
        PyList_SET_ITEM(out, k, bytes);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyObject *
smallest(PyObject *self, PyObject *args)
{
    PyObject *shingles;
    Py_ssize_t start, stop;
    if (!PyArg_ParseTuple(args, "O!nn", &PyList_Type, &shingles, &start, &stop))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(shingles);
    if (start < 0)
        start = 0;
    if (stop > n)
        stop = n;
    long long best[3];
    int kept = 0;
    for (Py_ssize_t i = start; i < stop; i++) {
        long long x;
        if (read_long_long(shingles, i, &x) < 0)
            return NULL;
        /* keep the three smallest distinct values, in increasing order */
        int pos = kept;
        while (pos > 0 && x < best[pos - 1])
            pos--;
        if (pos > 0 && best[pos - 1] == x)
            continue;
        if (pos >= 3)
            continue;
        int last = kept < 3 ? kept : 2;
        for (int j = last; j > pos; j--)
            best[j] = best[j - 1];
        best[pos] = x;
        if (kept < 3)
            kept++;
    }
    PyObject *out = PyList_New(kept);
    if (out == NULL)
        return NULL;
    for (int j = 0; j < kept; j++) {
        PyObject *v = PyLong_FromLongLong(best[j]);
        if (v == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, j, v);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"units", units, METH_VARARGS, "A document's boilerplate units, their keys and shingles (see boilerplate.py)."},
    {"signatures", signatures, METH_VARARGS, "fingerprints.signatures of some units' shingles."},
    {"smallest", smallest, METH_VARARGS, "The three smallest distinct values of a slice of a list of int."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_boiler", "Boilerplate's per-paragraph analysis in C (see boilerplate.py).", -1,
    methods,
};

/* The digest of this file as setup.py built it (PROSECHECK_SOURCE_DIGEST): _native/__init__.py
   compares it with the source beside the module, so a build older than its .c is not used. */
#ifndef PROSECHECK_SOURCE_DIGEST
#define PROSECHECK_SOURCE_DIGEST ""
#endif
static PyObject *
stamped(PyObject *m)
{
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_DIGEST", PROSECHECK_SOURCE_DIGEST) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}

PyMODINIT_FUNC
PyInit__boiler(void)
{
    /* The shingle hash is the interpreter's tuple hash: checked here, or the module does not load. */
    static const uint64_t probe[][3] = {
        {PAD, PAD, 0}, {PAD, 12345, 4294967295ULL}, {1, 2, 3}, {0, 0, 0}, {4294967295ULL, PAD, PAD}};
    for (size_t i = 0; i < sizeof(probe) / sizeof(probe[0]); i++) {
        PyObject *tuple = Py_BuildValue("(KKK)", (unsigned long long)probe[i][0],
                                        (unsigned long long)probe[i][1], (unsigned long long)probe[i][2]);
        if (tuple == NULL)
            return NULL;
        Py_hash_t h = PyObject_Hash(tuple);
        Py_DECREF(tuple);
        if (h == -1 && PyErr_Occurred())
            return NULL;
        if ((int64_t)h != shingle_hash(probe[i][0], probe[i][1], probe[i][2])) {
            PyErr_SetString(PyExc_ImportError, "_boiler: this interpreter's tuple hash differs");
            return NULL;
        }
    }
    return stamped(PyModule_Create(&module));
}
