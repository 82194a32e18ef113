/* Boilerplate's per-paragraph analysis in C (issue 14, twenty-seventh and twenty-eighth sessions): see
 * checks/boilerplate.py (_Analysis), whose Python path is the reference.
 *
 * units(ids, norms, hashes, word_starts, word_offsets, s_first, s_stop, s_block, s_quoted, s_end,
 *       paragraph, min_words, info[, source])
 *     -> (keys, offsets, blocks, firsts, shingles, paragraphs, sentence_units, exact, summarised, refused)
 *     One pass over a document's sentences (the sentence table's arrays: first and stop word,
 *     block, whole-quotation flag, end in the block's prose), grouped by block as the Python path's
 *     groupby does. A paragraph block (``paragraph[bi]`` not 0) with words, at least ``min_words``
 *     of them and not wholly quoted becomes a unit, and each of its sentences of ``min_words`` words
 *     or more that is no quotation another (none for a one-sentence paragraph, whose unit is then a
 *     sentence unit too). A unit's tokens are its words' normalised texts (``norms[ids[w]]``, hash
 *     ``hashes[ids[w]]``) and the block's extra tokens (the placeholders' and link targets' tokens:
 *     boilerplate._extras), each merged in after the words that start at or before its ``at``.
 *     Without ``source``, ``info(bi)`` gives them: ``(term, ats, tokens, hashes)``, None for none,
 *     False to leave the block out (the ``allow`` option). With ``source``, a tuple ``(doc, blocks,
 *     text, links, limit)``, they are made here (twenty-eighth session: the callback per paragraph
 *     was a third of what boilerplate had left): each placeholder's source read from the document's
 *     text as Document.placeholder_source reads it (``limit`` its PLACEHOLDER_LIMIT), a target
 *     from ``links`` (id(block) -> [(at, token)]), each token's CRC-32 computed here; ``info`` is
 *     then None or is asked only whether to leave the block out (False). Returned, one per
 *     unit: its tokens joined by "\n", its first word's offset, its block, where its shingles start;
 *     then every shingle as the bytes of native 64-bit integers (Python's hash of each run of three
 *     in the units' hashes, each unit followed by two PAD marks, all after two), the paragraph units
 *     of two sentences or more, the sentence units, each paragraph unit's exact key (BLAKE2b, 8
 *     bytes, of its tokens joined by " ": fingerprints.exact_key) as the bytes of native 64-bit
 *     integers, and its unit; last, ``(i, joined)`` for each paragraph whose key is left to Python
 *     (a token with no strict UTF-8: a lone surrogate). ``hashes`` is a list of int or a buffer of
 *     native 64-bit integers (crc32s()).
 *
 * crc32s(data) -> bytes
 *     zlib.crc32 of each piece of ``data`` cut at b"\n", as native 64-bit integers.
 *
 * signatures(shingles, firsts, units, donors) -> list of bytes
 *     fingerprints.signatures of each unit's shingles (shingles[firsts[u]:firsts[u + 1]]; shingles
 *     any buffer of 64-bit integers): per bin (a hash's low six bits) the next eight bits of its
 *     smallest hash; an empty bin borrows from the first filled one in its row of ``donors``
 *     (fingerprints._DONOR_TABLE, 63 bytes a bin).
 *
 * smallest(shingles, start, stop) -> list
 *     The (up to) three smallest distinct values of shingles[start:stop], in increasing order.
 *
 * repeats(keys, offsets, shingles, firsts, numbers, similarity, bucket_cap, candidate_cap) -> list
 *     boilerplate._repeats (twenty-eighth session): ``(unit, earlier unit, share or None)`` for the
 *     units ``numbers`` that repeat an earlier one word for word (equal keys) or nearly (sharing
 *     one of the three smallest shingles, then the exact Jaccard similarity of the distinct
 *     shingles, by sorted arrays rather than frozensets).
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

#include "ints.h"  /* Ints: the integer tables read in place */

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

/* ---- the extra tokens of a block (boilerplate._extras), made here ---------------------------- */

/* CRC-32 as zlib.crc32 computes it (reflected, polynomial 0xEDB88320, from 0). */
static uint32_t crc_table[256];

static void
crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t
crc32_of(const unsigned char *p, Py_ssize_t n)
{
    uint32_t c = 0xFFFFFFFFU;
    for (Py_ssize_t i = 0; i < n; i++)
        c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

/* crc32 of a str's UTF-8 (lone surrogates encoded, as boilerplate._utf8's "surrogatepass"). */
static int
crc32_str(PyObject *s, uint64_t *out)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "units(): a token must be str");
        return -1;
    }
    if (PyUnicode_IS_ASCII(s)) {
        *out = crc32_of((const unsigned char *)PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s));
        return 0;
    }
    PyObject *b = PyUnicode_AsEncodedString(s, "utf-8", "surrogatepass");
    if (b == NULL)
        return -1;
    *out = crc32_of((const unsigned char *)PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
    Py_DECREF(b);
    return 0;
}

/* One extra token: where it goes in the prose, its rank among the block's extras before the sort
   (placeholders first, then the targets: the Python path's stable sort), the token, its hash. */
typedef struct {
    int64_t at;
    Py_ssize_t seq;
    PyObject *token; /* borrowed (old path: info's lists; targets: the links dict) or in ``owned`` */
    uint64_t hash;
} Extra;

#define XS(v) ((Extra *)(v).data)

static int
extra_order(const void *a, const void *b)
{
    const Extra *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

typedef struct {
    PyObject *doc, *blocks, *text, *links, *nul, *space, *list_item;
    Py_ssize_t limit;
    int kind;
    const void *data;
    Py_ssize_t length;
    Vec run_p, run_s, run_n; /* int64: the block's runs, read once per block */
} Source;

static PyObject *s_prose, *s_runs, *s_containers, *s_lower, *s_placeholder_source;

/* Document.placeholder_source(block, at)'s text span [*a, *b) (*a == *b: ""), read from the text as
   it reads it; 1 when the offset is one it leaves to Python (the caller asks it). */
static int
placeholder_span(Source *s, Py_ssize_t nruns, int64_t at, Py_ssize_t *a, Py_ssize_t *b)
{
    const int64_t *rp = I64(s->run_p), *rs = I64(s->run_s), *rn = I64(s->run_n);
    int64_t src;
    if (nruns == 0)
        src = 0;
    else {
        /* bisect_right(starts, at) - 1 */
        Py_ssize_t lo = 0, hi = nruns;
        while (lo < hi) {
            Py_ssize_t mid = (lo + hi) / 2;
            if (at < rp[mid])
                hi = mid;
            else
                lo = mid + 1;
        }
        Py_ssize_t i = lo - 1;
        if (i < 0)
            src = rs[0];
        else {
            int64_t d = at - rp[i], n = rn[i];
            src = rs[i] + (d < n ? d : (n - 1 > 0 ? n - 1 : 0));
        }
    }
    if (src < 0)
        return 1; /* a negative slice means something else in Python: let it say */
    const int kind = s->kind;
    const void *data = s->data;
    const Py_ssize_t L = s->length, limit = s->limit;
    *a = *b = 0;
    if (src >= L)
        return 0; /* ch is "": the empty string */
    Py_UCS4 ch = PyUnicode_READ(kind, data, src);
    if (ch == '`') {
        Py_ssize_t ticks = src;
        while (ticks < L && PyUnicode_READ(kind, data, ticks) == '`')
            ticks++;
        Py_ssize_t k = ticks - src, bound = ticks + limit, from = ticks, end = -1;
        if (bound > L)
            bound = L;
        for (;;) {
            /* text.find(fence, from, ticks + limit): the first run of k backticks in the window */
            end = -1;
            Py_ssize_t run = 0;
            for (Py_ssize_t p = from; p < bound; p++) {
                if (PyUnicode_READ(kind, data, p) == '`') {
                    if (++run >= k) {
                        end = p - k + 1;
                        break;
                    }
                }
                else
                    run = 0;
            }
            if (end < 0 || end + k >= L || PyUnicode_READ(kind, data, end + k) != '`')
                break;
            from = end + k + 1;
        }
        *a = ticks;
        *b = end >= 0 ? end : bound;
        return 0;
    }
    Py_ssize_t bound = src + limit < L ? src + limit : L;
    if (ch == '<') {
        for (Py_ssize_t p = src; p < bound; p++)
            if (PyUnicode_READ(kind, data, p) == '>') {
                *a = src + 1;
                *b = p;
                break;
            }
        return 0;
    }
    if (Py_UNICODE_ISSPACE(ch))
        return 0;
    Py_ssize_t e = src;
    while (e < bound && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, e)))
        e++;
    *a = src;
    *b = e;
    return 0;
}

/* "\x00" + " ".join(raw.split()).lower(), a new str. */
static PyObject *
placeholder_token(Source *s, PyObject *raw)
{
    if (PyUnicode_IS_ASCII(raw)) {
        /* ASCII: white space (Python's, \x1c-\x1f included) collapsed and A-Z lowered here */
        const unsigned char *p = (const unsigned char *)PyUnicode_DATA(raw);
        Py_ssize_t n = PyUnicode_GET_LENGTH(raw);
        PyObject *out = PyUnicode_New(n + 1, 127);
        if (out == NULL)
            return NULL;
        unsigned char *q = (unsigned char *)PyUnicode_DATA(out);
        Py_ssize_t m = 0;
        q[m++] = 0;
        int gap = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            unsigned char c = p[i];
            if (Py_UNICODE_ISSPACE(c)) {
                gap = m > 1;
                continue;
            }
            if (gap) {
                q[m++] = ' ';
                gap = 0;
            }
            q[m++] = (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
        }
        if (m == n + 1)
            return out;
        PyObject *cut = PyUnicode_Substring(out, 0, m);
        Py_DECREF(out);
        return cut;
    }
    PyObject *parts = PyUnicode_Split(raw, NULL, -1);
    if (parts == NULL)
        return NULL;
    PyObject *joined = PyUnicode_Join(s->space, parts);
    Py_DECREF(parts);
    if (joined == NULL)
        return NULL;
    PyObject *lowered = PyObject_CallMethodNoArgs(joined, s_lower);
    Py_DECREF(joined);
    if (lowered == NULL)
        return NULL;
    PyObject *token = PyUnicode_Concat(s->nul, lowered);
    Py_DECREF(lowered);
    return token;
}

static int
read_int64(PyObject *o, int64_t *out)
{
    long long v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred())
        return -1;
    *out = v;
    return 0;
}

/* The block's runs (prose start, source start, length) into s->run_*; their count or -1. */
static Py_ssize_t
read_runs(Source *s, PyObject *block)
{
    PyObject *runs = PyObject_GetAttr(block, s_runs);
    if (runs == NULL)
        return -1;
    PyObject *fast = PySequence_Fast(runs, "units(): a block's runs must be a sequence");
    Py_DECREF(runs);
    if (fast == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    s->run_p.length = s->run_s.length = s->run_n.length = 0;
    if (vec_reserve(&s->run_p, n, sizeof(int64_t)) < 0 || vec_reserve(&s->run_s, n, sizeof(int64_t)) < 0
        || vec_reserve(&s->run_n, n, sizeof(int64_t)) < 0) {
        Py_DECREF(fast);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *run = PySequence_Fast(PySequence_Fast_GET_ITEM(fast, i), "units(): a run must be a sequence");
        if (run == NULL) {
            Py_DECREF(fast);
            return -1;
        }
        int bad = PySequence_Fast_GET_SIZE(run) != 3;
        if (bad)
            PyErr_SetString(PyExc_ValueError, "units(): a run must hold three ints");
        if (bad || read_int64(PySequence_Fast_GET_ITEM(run, 0), I64(s->run_p) + i) < 0
            || read_int64(PySequence_Fast_GET_ITEM(run, 1), I64(s->run_s) + i) < 0
            || read_int64(PySequence_Fast_GET_ITEM(run, 2), I64(s->run_n) + i) < 0) {
            Py_DECREF(run);
            Py_DECREF(fast);
            return -1;
        }
        Py_DECREF(run);
    }
    Py_DECREF(fast);
    return n;
}

static int
own(Vec *owned, PyObject *obj)
{
    if (obj == NULL)
        return -1;
    if (vec_reserve(owned, 1, sizeof(PyObject *)) < 0) {
        Py_DECREF(obj);
        return -1;
    }
    OBJ(*owned)[owned->length++] = obj;
    return 0;
}

/* boilerplate's ``info`` for block ``bi`` without the allow test: its extra tokens sorted into
   ``xs`` (tokens made here kept in ``owned``) and whether it defines a term. 0: no extra tokens
   (info's None), 1: some, -1: an error. */
static int
source_extras(Source *s, Py_ssize_t bi, Vec *xs, Vec *owned, int *term)
{
    PyObject *block = PyList_GET_ITEM(s->blocks, bi);
    xs->length = 0;
    *term = 0;
    PyObject *prose = PyObject_GetAttr(block, s_prose);
    if (prose == NULL)
        return -1;
    if (own(owned, prose) < 0)
        return -1;
    if (!PyUnicode_Check(prose)) {
        PyErr_SetString(PyExc_TypeError, "units(): a block's prose must be str");
        return -1;
    }
    PyObject *targets = NULL;
    if (PyDict_GET_SIZE(s->links)) {
        PyObject *id = PyLong_FromVoidPtr(block);
        if (id == NULL)
            return -1;
        targets = PyDict_GetItemWithError(s->links, id); /* borrowed */
        Py_DECREF(id);
        if (targets == NULL && PyErr_Occurred())
            return -1;
        if (targets != NULL && !PyList_Check(targets)) {
            PyErr_SetString(PyExc_TypeError, "units(): a block's links must be a list");
            return -1;
        }
        if (targets != NULL && !PyList_GET_SIZE(targets))
            targets = NULL; /* an empty list is no target, as in Python */
    }
    Py_ssize_t plen = PyUnicode_GET_LENGTH(prose);
    int pkind = PyUnicode_KIND(prose);
    const void *pdata = PyUnicode_DATA(prose);
    Py_ssize_t first_nul = PyUnicode_FindChar(prose, 0, 0, plen, 1);
    if (first_nul == -2)
        return -1;
    if (targets == NULL && first_nul < 0)
        return 0;
    Py_ssize_t seq = 0;
    if (first_nul >= 0) {
        Py_ssize_t nruns = read_runs(s, block);
        if (nruns < 0)
            return -1;
        for (Py_ssize_t at = first_nul; at < plen; at++) {
            if (PyUnicode_READ(pkind, pdata, at) != 0)
                continue;
            Py_ssize_t a, b;
            PyObject *raw;
            int asked = placeholder_span(s, nruns, at, &a, &b);
            if (asked) {
                PyObject *where = PyLong_FromSsize_t(at);
                if (where == NULL)
                    return -1;
                raw = PyObject_CallMethodObjArgs(s->doc, s_placeholder_source, block, where, NULL);
                Py_DECREF(where);
            }
            else
                raw = PyUnicode_Substring(s->text, a, b);
            if (raw == NULL)
                return -1;
            if (!PyUnicode_Check(raw)) {
                Py_DECREF(raw);
                PyErr_SetString(PyExc_TypeError, "units(): a placeholder's source must be str");
                return -1;
            }
            PyObject *token = placeholder_token(s, raw);
            Py_DECREF(raw);
            if (own(owned, token) < 0 || vec_reserve(xs, 1, sizeof(Extra)) < 0)
                return -1;
            Extra *x = XS(*xs) + xs->length;
            x->at = at;
            x->seq = seq++;
            x->token = token;
            if (crc32_str(token, &x->hash) < 0)
                return -1;
            xs->length++;
        }
        /* A list item that opens with code defines a term: a unit, but no repeat to report. */
        Py_ssize_t lead = 0;
        while (lead < plen && Py_UNICODE_ISSPACE(PyUnicode_READ(pkind, pdata, lead)))
            lead++;
        if (lead < plen && PyUnicode_READ(pkind, pdata, lead) == 0) {
            PyObject *containers = PyObject_GetAttr(block, s_containers);
            if (containers == NULL)
                return -1;
            int in = PySequence_Contains(containers, s->list_item);
            Py_DECREF(containers);
            if (in < 0)
                return -1;
            *term = in;
        }
    }
    if (targets != NULL) {
        Py_ssize_t nt = PyList_GET_SIZE(targets);
        if (vec_reserve(xs, nt, sizeof(Extra)) < 0)
            return -1;
        for (Py_ssize_t i = 0; i < nt; i++) {
            PyObject *pair = PyList_GET_ITEM(targets, i);
            if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
                PyErr_SetString(PyExc_TypeError, "units(): a link target must be (at, token)");
                return -1;
            }
            Extra *x = XS(*xs) + xs->length;
            if (read_int64(PyTuple_GET_ITEM(pair, 0), &x->at) < 0)
                return -1;
            x->seq = seq++;
            x->token = PyTuple_GET_ITEM(pair, 1);
            if (crc32_str(x->token, &x->hash) < 0)
                return -1;
            xs->length++;
        }
        qsort(XS(*xs), (size_t)xs->length, sizeof(Extra), extra_order);
    }
    return 1;
}

static void
release(Vec *owned)
{
    for (Py_ssize_t i = 0; i < owned->length; i++)
        Py_DECREF(OBJ(*owned)[i]);
    owned->length = 0;
}

/* ---- BLAKE2b with an 8-byte digest (fingerprints.exact_key_of_joined), RFC 7693 -------------- */

static const uint64_t blake2b_iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};

static const unsigned char blake2b_sigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3}};

typedef struct {
    unsigned char b[128];
    uint64_t h[8];
    uint64_t t;
    size_t c;
} Blake;

#define ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))
#define B2G(a, b, c, d, x, y)                                                                       \
    do {                                                                                            \
        v[a] = v[a] + v[b] + (x);                                                                   \
        v[d] = ROTR64(v[d] ^ v[a], 32);                                                             \
        v[c] = v[c] + v[d];                                                                         \
        v[b] = ROTR64(v[b] ^ v[c], 24);                                                             \
        v[a] = v[a] + v[b] + (y);                                                                   \
        v[d] = ROTR64(v[d] ^ v[a], 16);                                                             \
        v[c] = v[c] + v[d];                                                                         \
        v[b] = ROTR64(v[b] ^ v[c], 63);                                                             \
    } while (0)

static void
blake_compress(Blake *s, int last)
{
    uint64_t v[16], m[16];
    for (int i = 0; i < 8; i++) {
        v[i] = s->h[i];
        v[i + 8] = blake2b_iv[i];
    }
    v[12] ^= s->t; /* the counter's high word stays 0: a key is never 2**64 bytes long */
    if (last)
        v[14] = ~v[14];
    for (int i = 0; i < 16; i++) {
        uint64_t w = 0;
        for (int j = 7; j >= 0; j--)
            w = (w << 8) | s->b[8 * i + j];
        m[i] = w;
    }
    for (int r = 0; r < 12; r++) {
        const unsigned char *g = blake2b_sigma[r];
        B2G(0, 4, 8, 12, m[g[0]], m[g[1]]);
        B2G(1, 5, 9, 13, m[g[2]], m[g[3]]);
        B2G(2, 6, 10, 14, m[g[4]], m[g[5]]);
        B2G(3, 7, 11, 15, m[g[6]], m[g[7]]);
        B2G(0, 5, 10, 15, m[g[8]], m[g[9]]);
        B2G(1, 6, 11, 12, m[g[10]], m[g[11]]);
        B2G(2, 7, 8, 13, m[g[12]], m[g[13]]);
        B2G(3, 4, 9, 14, m[g[14]], m[g[15]]);
    }
    for (int i = 0; i < 8; i++)
        s->h[i] ^= v[i] ^ v[i + 8];
}

static void
blake_init(Blake *s)
{
    memcpy(s->h, blake2b_iv, sizeof(s->h));
    s->h[0] ^= 0x01010000ULL ^ 8; /* no key, an 8-byte digest */
    s->t = 0;
    s->c = 0;
}

static void
blake_update(Blake *s, const unsigned char *p, size_t n)
{
    while (n) {
        if (s->c == 128) { /* a full block is compressed only when more follows: the last is final */
            s->t += 128;
            blake_compress(s, 0);
            s->c = 0;
        }
        size_t take = 128 - s->c < n ? 128 - s->c : n;
        memcpy(s->b + s->c, p, take);
        s->c += take;
        p += take;
        n -= take;
    }
}

/* The digest read as a little-endian integer: the first state word. */
static uint64_t
blake_final(Blake *s)
{
    s->t += s->c;
    memset(s->b + s->c, 0, 128 - s->c);
    blake_compress(s, 1);
    return s->h[0];
}

/* exact_key_of_joined(" ".join(tokens[0:n])), or 1 when a token has no strict UTF-8 (a lone
   surrogate): the caller lets Python compute it (and fail as it does). */
static int
exact_key(PyObject **tokens, Py_ssize_t n, uint64_t *out)
{
    Blake s;
    blake_init(&s);
    for (Py_ssize_t i = 0; i < n; i++) {
        const char *p;
        Py_ssize_t len;
        if (PyUnicode_IS_ASCII(tokens[i])) {
            p = (const char *)PyUnicode_DATA(tokens[i]);
            len = PyUnicode_GET_LENGTH(tokens[i]);
        }
        else {
            p = PyUnicode_AsUTF8AndSize(tokens[i], &len);
            if (p == NULL) {
                if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
                    return -1;
                PyErr_Clear();
                return 1;
            }
        }
        if (i)
            blake_update(&s, (const unsigned char *)" ", 1);
        blake_update(&s, (const unsigned char *)p, (size_t)len);
    }
    *out = blake_final(&s);
    return 0;
}

/* crc32s(data) -> bytes: zlib.crc32 of each piece of ``data`` cut at b"\n" (the vocabulary's UTF-8,
   joined), as native 64-bit ints: boilerplate's word hashes without a bytes object or an int
   object per word. */
static PyObject *
crc32s(PyObject *self, PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const unsigned char *p = (const unsigned char *)view.buf;
    Py_ssize_t n = view.len, pieces = 1;
    for (Py_ssize_t i = 0; i < n; i++)
        pieces += p[i] == '\n';
    PyObject *out = PyBytes_FromStringAndSize(NULL, pieces * (Py_ssize_t)sizeof(uint64_t));
    if (out == NULL) {
        PyBuffer_Release(&view);
        return NULL;
    }
    uint64_t *h = (uint64_t *)PyBytes_AS_STRING(out);
    Py_ssize_t start = 0, k = 0;
    for (Py_ssize_t i = 0; i <= n; i++)
        if (i == n || p[i] == '\n') {
            h[k++] = crc32_of(p + start, i - start);
            start = i + 1;
        }
    PyBuffer_Release(&view);
    return out;
}

/* ---- units() ------------------------------------------------------------------------------- */

typedef struct {
    PyObject *keys, *offsets, *blocks, *firsts, *paragraphs, *sentences, *failed, *summarised;
    Vec padded; /* uint64 */
    Vec exact;  /* uint64: each paragraph unit's exact key */
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

/* info(bi)'s answer (the path without ``source``) into ``xs``: 0 None, 1 extras, 2 False. */
static int
info_extras(PyObject *extra, Vec *xs, int *term)
{
    xs->length = 0;
    *term = 0;
    if (extra == Py_False)
        return 2;
    if (extra == Py_None)
        return 0;
    PyObject *x_ats, *x_tokens, *x_hashes;
    Py_ssize_t nx = 0;
    if (!PyTuple_Check(extra) || PyTuple_GET_SIZE(extra) != 4
        || !PyList_Check(x_ats = PyTuple_GET_ITEM(extra, 1))
        || !PyList_Check(x_tokens = PyTuple_GET_ITEM(extra, 2))
        || !PyList_Check(x_hashes = PyTuple_GET_ITEM(extra, 3))
        || PyList_GET_SIZE(x_tokens) != (nx = PyList_GET_SIZE(x_ats))
        || PyList_GET_SIZE(x_hashes) != nx) {
        PyErr_SetString(PyExc_TypeError, "units(): info() must give None, False or "
                                         "(term, ats, tokens, hashes), three lists of one length");
        return -1;
    }
    *term = PyObject_IsTrue(PyTuple_GET_ITEM(extra, 0));
    if (*term < 0)
        return -1;
    if (vec_reserve(xs, nx, sizeof(Extra)) < 0)
        return -1;
    for (Py_ssize_t i = 0; i < nx; i++) {
        Extra *x = XS(*xs) + i;
        if (read_int64(PyList_GET_ITEM(x_ats, i), &x->at) < 0)
            return -1;
        x->hash = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(x_hashes, i));
        if (x->hash == (uint64_t)-1 && PyErr_Occurred())
            return -1;
        x->token = PyList_GET_ITEM(x_tokens, i);
        x->seq = i;
    }
    xs->length = nx;
    return 1;
}

static PyObject *
units(PyObject *self, PyObject *args)
{
    PyObject *ids_o, *norms, *hashes_o, *wstart_o, *woffset_o, *first_o, *stop_o, *block_o, *quoted_o,
        *end_o, *para_o, *info, *source_o = Py_None;
    Py_ssize_t min_words;
    if (!PyArg_ParseTuple(args, "OO!OOOOOOOOOnO|O", &ids_o, &PyList_Type, &norms, &hashes_o,
                          &wstart_o, &woffset_o, &first_o, &stop_o, &block_o, &quoted_o, &end_o, &para_o,
                          &min_words, &info, &source_o))
        return NULL;
    Ints ids = {0}, wstart = {0}, woffset = {0}, first = {0}, stop = {0}, sblock = {0}, quoted = {0},
         send = {0}, para = {0};
    Ints *opened[9] = {&ids, &wstart, &woffset, &first, &stop, &sblock, &quoted, &send, &para};
    PyObject *objs[9] = {ids_o, wstart_o, woffset_o, first_o, stop_o, block_o, quoted_o, end_o, para_o};
    const char *names[9] = {"units(): ids", "units(): word_starts", "units(): word_offsets", "units(): s_first",
                            "units(): s_stop", "units(): s_block", "units(): s_quoted", "units(): s_end",
                            "units(): paragraph"};
    int nopen = 0;
    PyObject *result = NULL;
    Out o = {0};
    Vec tokens = {0}, thashes = {0}, where = {0}, spoken = {0}, xs = {0}, owned = {0};
    Source src = {0};
    int have_source = source_o != Py_None;
    uint64_t *vhash = NULL;
    Py_ssize_t nvocab = PyList_GET_SIZE(norms);

    if (have_source) {
        if (!PyTuple_Check(source_o)) {
            PyErr_SetString(PyExc_TypeError, "units(): source must be a tuple");
            return NULL;
        }
        if (!PyArg_ParseTuple(source_o, "OO!UO!n;units(): source must be (doc, blocks, text, links, limit)",
                              &src.doc, &PyList_Type, &src.blocks, &src.text, &PyDict_Type, &src.links,
                              &src.limit))
            return NULL;
        if (src.limit < 0) {
            PyErr_SetString(PyExc_ValueError, "units(): a negative limit");
            return NULL;
        }
        src.kind = PyUnicode_KIND(src.text);
        src.data = PyUnicode_DATA(src.text);
        src.length = PyUnicode_GET_LENGTH(src.text);
        src.nul = PyUnicode_FromOrdinal(0);
        src.space = PyUnicode_FromString(" ");
        src.list_item = PyUnicode_FromString("list_item");
        if (!src.nul || !src.space || !src.list_item)
            goto done;
    }
    for (; nopen < 9; nopen++)
        if (ints_open(objs[nopen], opened[nopen], names[nopen]) < 0)
            goto done;
    /* the hashes: a list of int, or a buffer of native 64-bit ints (crc32s()) */
    int hashes_listed = PyList_Check(hashes_o);
    Py_buffer hview = {0};
    if (!hashes_listed) {
        if (PyObject_GetBuffer(hashes_o, &hview, PyBUF_SIMPLE) < 0)
            goto done;
        if (hview.len != nvocab * (Py_ssize_t)sizeof(uint64_t)) {
            PyBuffer_Release(&hview);
            PyErr_SetString(PyExc_ValueError, "units(): norms and hashes differ in length");
            goto done;
        }
    }
    else if (PyList_GET_SIZE(hashes_o) != nvocab) {
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
        if (!hashes_listed)
            PyBuffer_Release(&hview);
        PyErr_NoMemory();
        goto done;
    }
    if (!hashes_listed) {
        memcpy(vhash, hview.buf, (size_t)nvocab * sizeof(uint64_t));
        PyBuffer_Release(&hview);
    }
    for (Py_ssize_t i = 0; i < nvocab; i++) {
        if (hashes_listed) {
            vhash[i] = PyLong_AsUnsignedLongLong(PyList_GET_ITEM(hashes_o, i));
            if (vhash[i] == (uint64_t)-1 && PyErr_Occurred())
                goto done;
        }
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
    o.failed = PyList_New(0);
    o.summarised = PyList_New(0);
    o.newline = PyUnicode_FromString("\n");
    o.space = PyUnicode_FromString(" ");
    if (!o.keys || !o.offsets || !o.blocks || !o.firsts || !o.paragraphs || !o.sentences || !o.failed
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
        /* The block's extra tokens, by ``info`` or made here. */
        release(&owned);
        int term = 0, got;
        if (have_source) {
            if (bi >= PyList_GET_SIZE(src.blocks)) {
                PyErr_SetString(PyExc_IndexError, "units(): a block out of range");
                goto done;
            }
            if (info != Py_None) {
                PyObject *allowed = PyObject_CallFunction(info, "n", (Py_ssize_t)bi);
                if (allowed == NULL)
                    goto done;
                int left_out = allowed == Py_False;
                Py_DECREF(allowed);
                if (left_out)
                    continue;
            }
            got = source_extras(&src, (Py_ssize_t)bi, &xs, &owned, &term);
        }
        else {
            PyObject *extra = PyObject_CallFunction(info, "n", (Py_ssize_t)bi);
            if (extra == NULL)
                goto done;
            if (own(&owned, extra) < 0)
                goto done;
            got = info_extras(extra, &xs, &term);
        }
        if (got < 0)
            goto done;
        if (got == 2)
            continue;
        const Extra *xv = XS(xs);
        Py_ssize_t nx = got ? xs.length : 0;
        /* The block's tokens: its words, with the extra ones merged in (borrowed references: the
           norms list, ``owned`` and the callers' lists outlive them). */
        Py_ssize_t total = (Py_ssize_t)(b - a) + nx;
        tokens.length = thashes.length = where.length = 0;
        if (vec_reserve(&tokens, total, sizeof(PyObject *)) < 0
            || vec_reserve(&thashes, total, sizeof(uint64_t)) < 0
            || (nx && vec_reserve(&where, total, sizeof(int64_t)) < 0))
            goto done;
        PyObject **tk = OBJ(tokens);
        uint64_t *th = U64(thashes);
        int64_t *wh = I64(where);
        Py_ssize_t t = 0, xi = 0;
        for (int64_t w = a; w < b; w++) {
            int64_t start = nx ? ints_at(&wstart, w) : 0;
            /* an extra token goes after every word that starts at or before it */
            for (; xi < nx && xv[xi].at < start; xi++) {
                tk[t] = xv[xi].token;
                th[t] = xv[xi].hash;
                wh[t++] = xv[xi].at;
            }
            int64_t id = ints_at(&ids, w);
            if (id < 0 || id >= nvocab) {
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
            tk[t] = xv[xi].token;
            th[t] = xv[xi].hash;
            wh[t++] = xv[xi].at;
        }
        /* The paragraph's unit. */
        Py_ssize_t unit = PyList_GET_SIZE(o.keys);
        long long offset = ints_at(&woffset, a);
        /* Its exact key (BLAKE2b of the tokens joined by " "), or, where a token has no strict
           UTF-8, the joined text for Python to hash (and fail on, as the Python path does). */
        uint64_t key = 0;
        int refused = exact_key(tk, t, &key);
        if (refused < 0 || vec_reserve(&o.exact, 1, sizeof(uint64_t)) < 0)
            goto done;
        if (refused) {
            PyObject *joined = join_tokens(o.space, tk, 0, t);
            if (joined == NULL || append_new(o.failed, Py_BuildValue("(nN)", o.exact.length, joined)) < 0)
                goto done;
        }
        U64(o.exact)[o.exact.length++] = key;
        if (append_int(o.summarised, unit) < 0 || add_unit(&o, tk, th, 0, t, offset, bi) < 0)
            goto done;
        if (term)
            continue;
        if (nsp == 1) {
            if (!ints_at(&quoted, sp[0]) && append_int(o.sentences, unit) < 0)
                goto done;
            continue;
        }
        if (append_int(o.paragraphs, unit) < 0)
            goto done;
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
                || add_unit(&o, tk, th, lo, hi, ints_at(&woffset, ws), bi) < 0)
                goto done;
        }
    }

    /* Every unit's shingles in one pass, as native 64-bit integers (read back only by this
       module's signatures, smallest and repeats: no int object per shingle). */
    Py_ssize_t nsh = o.padded.length - 2;
    PyObject *shingles = PyBytes_FromStringAndSize(NULL, nsh * (Py_ssize_t)sizeof(int64_t));
    if (shingles == NULL)
        goto done;
    int64_t *sh = (int64_t *)PyBytes_AS_STRING(shingles);
    const uint64_t *p = U64(o.padded);
    for (Py_ssize_t i = 0; i < nsh; i++)
        sh[i] = shingle_hash(p[i], p[i + 1], p[i + 2]);
    PyObject *exact = PyBytes_FromStringAndSize((const char *)o.exact.data,
                                                o.exact.length * (Py_ssize_t)sizeof(uint64_t));
    if (exact == NULL) {
        Py_DECREF(shingles);
        goto done;
    }
    result = Py_BuildValue("(OOOONOONOO)", o.keys, o.offsets, o.blocks, o.firsts, shingles, o.paragraphs,
                           o.sentences, exact, o.summarised, o.failed);

done:
    release(&owned);
    for (int i = 0; i < nopen; i++)
        ints_close(opened[i]);
    Py_XDECREF(o.keys);
    Py_XDECREF(o.offsets);
    Py_XDECREF(o.blocks);
    Py_XDECREF(o.firsts);
    Py_XDECREF(o.paragraphs);
    Py_XDECREF(o.sentences);
    Py_XDECREF(o.failed);
    Py_XDECREF(o.summarised);
    Py_XDECREF(o.newline);
    Py_XDECREF(o.space);
    Py_XDECREF(src.nul);
    Py_XDECREF(src.space);
    Py_XDECREF(src.list_item);
    PyMem_Free(src.run_p.data);
    PyMem_Free(src.run_s.data);
    PyMem_Free(src.run_n.data);
    PyMem_Free(o.padded.data);
    PyMem_Free(o.exact.data);
    PyMem_Free(tokens.data);
    PyMem_Free(thashes.data);
    PyMem_Free(where.data);
    PyMem_Free(spoken.data);
    PyMem_Free(xs.data);
    PyMem_Free(owned.data);
    PyMem_Free(vhash);
    return result;
}

/* ---- signatures(), smallest() and repeats() -------------------------------------------------- */

/* A buffer of native 64-bit integers (units()'s shingles, or an array("q")). */
static int
shingles_open(PyObject *obj, Py_buffer *view, Py_ssize_t *n, const char *who)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_SIMPLE) < 0)
        return -1;
    if (view->len % (Py_ssize_t)sizeof(int64_t)) {
        PyBuffer_Release(view);
        PyErr_Format(PyExc_TypeError, "%s(): shingles must be a buffer of 64-bit integers", who);
        return -1;
    }
    *n = view->len / (Py_ssize_t)sizeof(int64_t);
    return 0;
}

static int
read_long_long(PyObject *list, Py_ssize_t i, long long *out)
{
    *out = PyLong_AsLongLong(PyList_GET_ITEM(list, i));
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

static PyObject *
signatures(PyObject *self, PyObject *args)
{
    PyObject *shingles_o, *firsts, *which;
    const char *donors;
    Py_ssize_t ndonors;
    if (!PyArg_ParseTuple(args, "OO!O!y#", &shingles_o, &PyList_Type, &firsts, &PyList_Type,
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
    Py_buffer view;
    Py_ssize_t nsh;
    if (shingles_open(shingles_o, &view, &nsh, "signatures") < 0)
        return NULL;
    const int64_t *shingles = (const int64_t *)view.buf;
    Py_ssize_t n = PyList_GET_SIZE(which);
    Py_ssize_t nfirst = PyList_GET_SIZE(firsts);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        goto fail;
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
                int64_t x = shingles[i];
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
    PyBuffer_Release(&view);
    return out;
fail:
    PyBuffer_Release(&view);
    Py_XDECREF(out);
    return NULL;
}

/* The (up to) three smallest distinct values of v[start:stop], in increasing order; their count. */
static int
smallest3(const int64_t *v, Py_ssize_t start, Py_ssize_t stop, int64_t best[3])
{
    int kept = 0;
    for (Py_ssize_t i = start; i < stop; i++) {
        int64_t x = v[i];
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
    return kept;
}

static PyObject *
smallest(PyObject *self, PyObject *args)
{
    PyObject *shingles_o;
    Py_ssize_t start, stop, n;
    if (!PyArg_ParseTuple(args, "Onn", &shingles_o, &start, &stop))
        return NULL;
    Py_buffer view;
    if (shingles_open(shingles_o, &view, &n, "smallest") < 0)
        return NULL;
    if (start < 0)
        start = 0;
    if (stop > n)
        stop = n;
    int64_t best[3];
    int kept = smallest3((const int64_t *)view.buf, start, stop, best);
    PyBuffer_Release(&view);
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

/* repeats(): the index of the units by their three smallest shingles, an open-addressing table
   from a shingle to a bucket of at most ``cap`` units (boilerplate._repeats's ``index``). */
typedef struct {
    int64_t *keys;
    int32_t *counts; /* 0: a free slot */
    int32_t *members; /* cap per slot */
    Py_ssize_t mask, cap;
} Index;

static inline Py_ssize_t
index_slot(const Index *ix, int64_t key)
{
    uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ULL;
    Py_ssize_t i = (Py_ssize_t)((h ^ (h >> 29)) & (uint64_t)ix->mask);
    while (ix->counts[i] && ix->keys[i] != key)
        i = (i + 1) & ix->mask;
    return i;
}

static int
cmp_int64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

typedef struct {
    int64_t offset;
    Py_ssize_t unit;
} Candidate;

static int
cmp_candidate(const void *a, const void *b)
{
    int64_t x = ((const Candidate *)a)->offset, y = ((const Candidate *)b)->offset;
    return (x > y) - (x < y);
}

/* Unit u's distinct shingles, sorted (made once, for a unit that is compared). */
static int
unit_set(const int64_t *sh, const Py_ssize_t *firsts, Py_ssize_t u, int64_t **sets, Py_ssize_t *sizes)
{
    if (sets[u] != NULL)
        return 0;
    Py_ssize_t a = firsts[u], b = firsts[u + 1], n = b > a ? b - a : 0;
    int64_t *v = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(int64_t));
    if (v == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    if (n)
        memcpy(v, sh + a, (size_t)n * sizeof(int64_t));
    qsort(v, (size_t)n, sizeof(int64_t), cmp_int64);
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (m == 0 || v[m - 1] != v[i])
            v[m++] = v[i];
    sets[u] = v;
    sizes[u] = m;
    return 0;
}

static PyObject *
repeats(PyObject *self, PyObject *args)
{
    PyObject *keys, *offsets_o, *shingles_o, *firsts_o, *numbers;
    double similarity;
    Py_ssize_t bucket_cap, candidate_cap;
    if (!PyArg_ParseTuple(args, "O!O!OO!O!dnn", &PyList_Type, &keys, &PyList_Type, &offsets_o, &shingles_o,
                          &PyList_Type, &firsts_o, &PyList_Type, &numbers, &similarity, &bucket_cap,
                          &candidate_cap))
        return NULL;
    PyObject *out = PyList_New(0);
    Py_ssize_t n = PyList_GET_SIZE(numbers);
    if (out == NULL || n < 2)
        return out; /* nothing earlier to repeat */
    if (bucket_cap < 1 || bucket_cap > 1024 || candidate_cap < 0 || n > INT32_MAX / 4) {
        PyErr_SetString(PyExc_ValueError, "repeats(): caps out of range");
        Py_DECREF(out);
        return NULL;
    }
    Py_ssize_t nunits = PyList_GET_SIZE(keys), nsh;
    if (nunits > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "repeats(): too many units");
        Py_DECREF(out);
        return NULL;
    }
    if (PyList_GET_SIZE(offsets_o) != nunits || PyList_GET_SIZE(firsts_o) != nunits + 1) {
        PyErr_SetString(PyExc_ValueError, "repeats(): keys, offsets and firsts do not match");
        Py_DECREF(out);
        return NULL;
    }
    Py_buffer view;
    if (shingles_open(shingles_o, &view, &nsh, "repeats") < 0) {
        Py_DECREF(out);
        return NULL;
    }
    const int64_t *sh = (const int64_t *)view.buf;
    PyObject *seen = PyDict_New();
    int64_t *offsets = PyMem_Malloc((size_t)(nunits ? nunits : 1) * sizeof(int64_t));
    Py_ssize_t *firsts = PyMem_Malloc((size_t)(nunits + 1) * sizeof(Py_ssize_t));
    int64_t **sets = PyMem_Calloc((size_t)(nunits ? nunits : 1), sizeof(int64_t *));
    Py_ssize_t *sizes = PyMem_Calloc((size_t)(nunits ? nunits : 1), sizeof(Py_ssize_t));
    Candidate *cands = PyMem_Malloc((size_t)(3 * bucket_cap) * sizeof(Candidate));
    Index ix = {0};
    Py_ssize_t slots = 16;
    while (slots < 4 * n) /* at most three keys a unit: a table three quarters full at most */
        slots *= 2;
    ix.mask = slots - 1;
    ix.cap = bucket_cap;
    ix.keys = PyMem_Malloc((size_t)slots * sizeof(int64_t));
    ix.counts = PyMem_Calloc((size_t)slots, sizeof(int32_t));
    ix.members = PyMem_Malloc((size_t)slots * (size_t)bucket_cap * sizeof(int32_t));
    if (!seen || !offsets || !firsts || !sets || !sizes || !cands || !ix.keys || !ix.counts || !ix.members) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < nunits; i++) {
        long long v;
        if (read_long_long(offsets_o, i, &v) < 0)
            goto fail;
        offsets[i] = v;
    }
    for (Py_ssize_t i = 0; i <= nunits; i++) {
        long long v;
        if (read_long_long(firsts_o, i, &v) < 0)
            goto fail;
        if (v < 0 || v > nsh || (i && v < firsts[i - 1])) {
            PyErr_SetString(PyExc_IndexError, "repeats(): shingles out of range");
            goto fail;
        }
        firsts[i] = (Py_ssize_t)v;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *u_o = PyList_GET_ITEM(numbers, k);
        Py_ssize_t u = PyLong_AsSsize_t(u_o);
        if (u == -1 && PyErr_Occurred())
            goto fail;
        if (u < 0 || u >= nunits) {
            PyErr_SetString(PyExc_IndexError, "repeats(): a unit out of range");
            goto fail;
        }
        PyObject *key_u = PyList_GET_ITEM(keys, u);
        PyObject *match = PyDict_GetItemWithError(seen, key_u); /* borrowed */
        if (match == NULL && PyErr_Occurred())
            goto fail;
        Py_INCREF(u_o);
        if (match != NULL) {
            Py_INCREF(match);
            if (append_new(out, Py_BuildValue("(NNO)", u_o, match, Py_None)) < 0)
                goto fail;
            continue;
        }
        if (PyDict_SetItem(seen, key_u, u_o) < 0) {
            Py_DECREF(u_o);
            goto fail;
        }
        /* The earlier units that share one of its three smallest shingles (the latest unit kept
           for each offset, as the Python dict of candidates keeps it), indexed by them in turn. */
        int64_t small[3];
        int ns = smallest3(sh, firsts[u], firsts[u + 1], small);
        Py_ssize_t nc = 0;
        for (int i = 0; i < ns; i++) {
            Py_ssize_t slot = index_slot(&ix, small[i]);
            int32_t *bucket = ix.members + slot * bucket_cap;
            int32_t count = ix.counts[slot];
            if (count) {
                for (int32_t j = 0; j < count; j++) {
                    Py_ssize_t c = bucket[j];
                    Py_ssize_t at = 0;
                    while (at < nc && cands[at].offset != offsets[c])
                        at++;
                    cands[at].offset = offsets[c];
                    cands[at].unit = c;
                    if (at == nc)
                        nc++;
                }
                if (count < bucket_cap)
                    bucket[ix.counts[slot]++] = (int32_t)u;
            }
            else {
                ix.keys[slot] = small[i];
                ix.counts[slot] = 1;
                bucket[0] = (int32_t)u;
            }
        }
        if (!nc) {
            Py_DECREF(u_o);
            continue;
        }
        qsort(cands, (size_t)nc, sizeof(Candidate), cmp_candidate);
        if (unit_set(sh, firsts, u, sets, sizes) < 0) {
            Py_DECREF(u_o);
            goto fail;
        }
        const int64_t *mine = sets[u];
        Py_ssize_t size = sizes[u];
        Py_ssize_t found = -1;
        double share = 0.0;
        for (Py_ssize_t i = 0; i < nc && i < candidate_cap; i++) {
            Py_ssize_t c = cands[i].unit;
            if (unit_set(sh, firsts, c, sets, sizes) < 0) {
                Py_DECREF(u_o);
                goto fail;
            }
            const int64_t *theirs = sets[c];
            Py_ssize_t other = sizes[c];
            Py_ssize_t lo = size < other ? size : other, hi = size < other ? other : size;
            if ((double)lo < similarity * (double)hi)
                continue;
            double j;
            if (!size && !other)
                j = 1.0;
            else {
                Py_ssize_t inter = 0, x = 0, y = 0;
                while (x < size && y < other) {
                    if (mine[x] < theirs[y])
                        x++;
                    else if (mine[x] > theirs[y])
                        y++;
                    else {
                        inter++;
                        x++;
                        y++;
                    }
                }
                j = (double)inter / (double)(size + other - inter);
            }
            if (j >= similarity) {
                found = c;
                share = j;
                break;
            }
        }
        if (found < 0) {
            Py_DECREF(u_o);
            continue;
        }
        if (append_new(out, Py_BuildValue("(NnN)", u_o, found, PyFloat_FromDouble(share))) < 0)
            goto fail;
    }
    goto done;
fail:
    Py_CLEAR(out);
done:
    PyBuffer_Release(&view);
    Py_XDECREF(seen);
    if (sets != NULL)
        for (Py_ssize_t i = 0; i < nunits; i++)
            PyMem_Free(sets[i]);
    PyMem_Free(sets);
    PyMem_Free(sizes);
    PyMem_Free(offsets);
    PyMem_Free(firsts);
    PyMem_Free(cands);
    PyMem_Free(ix.keys);
    PyMem_Free(ix.counts);
    PyMem_Free(ix.members);
    return out;
}

static PyMethodDef methods[] = {
    {"units", units, METH_VARARGS, "A document's boilerplate units, their keys and shingles (see boilerplate.py)."},
    {"signatures", signatures, METH_VARARGS, "fingerprints.signatures of some units' shingles."},
    {"smallest", smallest, METH_VARARGS, "The three smallest distinct values of a slice of a buffer of 64-bit ints."},
    {"crc32s", crc32s, METH_O, "zlib.crc32 of each line of a bytes-like object, as native 64-bit ints."},
    {"repeats", repeats, METH_VARARGS, "boilerplate._repeats: the units that repeat an earlier one."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_boiler", "Boilerplate's per-paragraph analysis in C (see boilerplate.py).", -1,
    methods,
};

/* The digest of this file and of ints.h as setup.py built them (PROSECHECK_SOURCE_DIGEST: see
   digests.py): _native/__init__.py compares it with the sources beside the module, so a build older
   than its .c or a header it includes is not used. */
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
    crc_init();
    if (!(s_prose = PyUnicode_InternFromString("prose")) || !(s_runs = PyUnicode_InternFromString("runs"))
        || !(s_containers = PyUnicode_InternFromString("containers"))
        || !(s_lower = PyUnicode_InternFromString("lower"))
        || !(s_placeholder_source = PyUnicode_InternFromString("placeholder_source")))
        return NULL;
    return stamped(PyModule_Create(&module));
}
