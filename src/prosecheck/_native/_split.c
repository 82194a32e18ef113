/* The word split's per-word work in C (issue 14, twenty-sixth session): see word_split.py.
 *
 * words(text, label_match, itemsize) -> (vocabulary, ids, starts)
 *     The words of ``text`` (the blocks' prose joined by line breaks) as word_split.TOKEN_SPLIT_RE's
 *     ``split`` finds them, citation markers left out: the distinct word texts in order of first
 *     occurrence (a list of str), each word's index among them (native integers of ``itemsize``
 *     bytes, as bytes) and where each word starts (a list of int). ``label_match`` is
 *     ``re.compile(CITATION_LABEL + r"\]").match``, asked at a "[" that follows a character other than
 *     white space (a marker is rare), or None when the text holds no "[".
 *
 * spread(starts, values, cuts, itemsize) -> bytes
 *     ``starts[i] + values[k]`` for each i from cuts[k] to cuts[k + 1], k in order, as native unsigned
 *     integers of ``itemsize`` bytes: what ``list(map(add, starts, chain.from_iterable(map(repeat,
 *     values, map(sub, cuts[1:], cuts)))))`` gives, as word_split._int_array stores it (a negative
 *     result, or one too wide, raises OverflowError).
 *
 * The character classes are Python's regular-expression engine's for str patterns: \w is
 * Py_UNICODE_ISALNUM or "_", \d Py_UNICODE_ISDECIMAL, \s Py_UNICODE_ISSPACE (Modules/_sre). The
 * letter of a word (sentences._LETTER) is \w without the superscript digits. Every character is
 * read once, and every word's text hashed once (with Python's keyed hash): linear in the text.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

/* Per character below U+0100: bit 1 a letter of a word, 2 a decimal digit, 4 white space. */
static unsigned char latin1[256];

#define LETTER 1
#define DECIMAL 2
#define SPACE 4

static inline int
is_superscript(Py_UCS4 c)
{
    return c == 0xB9 || c == 0xB2 || c == 0xB3 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

static inline int
is_letter(Py_UCS4 c)
{
    if (c < 256)
        return latin1[c] & LETTER;
    return (Py_UNICODE_ISALNUM(c) || c == '_') && !is_superscript(c);
}

static inline int
is_decimal(Py_UCS4 c)
{
    if (c < 256)
        return latin1[c] & DECIMAL;
    return Py_UNICODE_ISDECIMAL(c);
}

static inline int
is_space(Py_UCS4 c)
{
    if (c < 256)
        return latin1[c] & SPACE;
    return Py_UNICODE_ISSPACE(c);
}

/* The joiners of a word's parts: "-", "'", U+2019, ".", "/", "@". */
static inline int
is_joiner(Py_UCS4 c)
{
    return c == '-' || c == '\'' || c == 0x2019 || c == '.' || c == '/' || c == '@';
}

/* The distinct word texts: open addressing over (start, length) in the text, keyed by the bytes
 * of the word (every word of one text has the text's kind, so equal bytes are equal words). */
typedef struct {
    Py_ssize_t start;  /* -1: empty slot */
    Py_ssize_t length;
    uint64_t hash;
    Py_ssize_t id;
} Slot;

typedef struct {
    Slot *slots;
    size_t mask;
    size_t used;
} Table;

static int
table_init(Table *t, size_t capacity)
{
    size_t size = 64;
    while (size < capacity * 2)
        size <<= 1;
    t->slots = PyMem_Malloc(size * sizeof(Slot));
    if (t->slots == NULL)
        return -1;
    for (size_t i = 0; i < size; i++)
        t->slots[i].start = -1;
    t->mask = size - 1;
    t->used = 0;
    return 0;
}

static int
table_grow(Table *t)
{
    size_t size = (t->mask + 1) * 2;
    Slot *slots = PyMem_Malloc(size * sizeof(Slot));
    if (slots == NULL)
        return -1;
    for (size_t i = 0; i < size; i++)
        slots[i].start = -1;
    for (size_t i = 0; i <= t->mask; i++) {
        Slot *s = &t->slots[i];
        if (s->start < 0)
            continue;
        size_t j = (size_t)s->hash & (size - 1);
        while (slots[j].start >= 0)
            j = (j + 1) & (size - 1);
        slots[j] = *s;
    }
    PyMem_Free(t->slots);
    t->slots = slots;
    t->mask = size - 1;
    return 0;
}

/* The hash of a word's bytes: Python's own (SipHash, keyed per process), so that no text can be
 * written to make the table's probes long (hostile input): FNV or any unkeyed hash could be. */
static inline uint64_t
hash_bytes(const unsigned char *p, size_t n)
{
#if PY_VERSION_HEX >= 0x030E0000
    return (uint64_t)Py_HashBuffer(p, (Py_ssize_t)n);
#else
    return (uint64_t)_Py_HashBytes(p, (Py_ssize_t)n);
#endif
}

static int
put_int(char *out, Py_ssize_t index, long long value, int itemsize)
{
    if (value < 0 || (itemsize == 4 && value > 0xFFFFFFFFLL)) {
        PyErr_SetString(PyExc_OverflowError, "value out of range for the array's type");
        return -1;
    }
    if (itemsize == 4) {
        uint32_t v = (uint32_t)value;
        memcpy(out + index * 4, &v, 4);
    }
    else {
        uint64_t v = (uint64_t)value;
        memcpy(out + index * 8, &v, 8);
    }
    return 0;
}

/* A growable buffer of native integers (the ids) and a list (the starts). */
typedef struct {
    char *data;
    Py_ssize_t length;
    Py_ssize_t capacity;
} Buffer;

static int
buffer_push(Buffer *b, long long value, int itemsize)
{
    if (b->length == b->capacity) {
        Py_ssize_t capacity = b->capacity ? b->capacity * 2 : 1024;
        char *data = PyMem_Realloc(b->data, capacity * itemsize);
        if (data == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = data;
        b->capacity = capacity;
    }
    return put_int(b->data, b->length++, value, itemsize);
}

/* Where the citation marker that starts at the "[" at ``at`` ends (after its "]"), or -1 if no
 * marker starts there, or -2 on an error. */
static Py_ssize_t
marker_end(PyObject *text, PyObject *label_match, Py_ssize_t at)
{
    PyObject *m = PyObject_CallFunction(label_match, "On", text, at + 1);
    if (m == NULL)
        return -2;
    if (m == Py_None) {
        Py_DECREF(m);
        return -1;
    }
    PyObject *end = PyObject_CallMethod(m, "end", NULL);
    Py_DECREF(m);
    if (end == NULL)
        return -2;
    Py_ssize_t e = PyLong_AsSsize_t(end);
    Py_DECREF(end);
    if (e == -1 && PyErr_Occurred())
        return -2;
    return e;
}

static PyObject *
words(PyObject *self, PyObject *args)
{
    PyObject *text, *label_match;
    int itemsize;
    if (!PyArg_ParseTuple(args, "UOi", &text, &label_match, &itemsize))
        return NULL;
    if (itemsize != 4 && itemsize != 8) {
        PyErr_SetString(PyExc_ValueError, "itemsize must be 4 or 8");
        return NULL;
    }
    if (label_match == Py_None)
        label_match = NULL;
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const unsigned char *bytes = (const unsigned char *)data;
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);

    Table table = {NULL, 0, 0};
    Buffer ids = {NULL, 0, 0};
    PyObject *vocabulary = PyList_New(0);
    PyObject *starts = PyList_New(0);
    PyObject *result = NULL;
    if (vocabulary == NULL || starts == NULL || table_init(&table, (size_t)(n / 64) + 16) < 0)
        goto done;

    Py_ssize_t i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_letter(c)) {
            Py_ssize_t p = i++;
            while (i < n && is_letter(PyUnicode_READ(kind, data, i)))
                i++;
            /* the tail's parts, possessive: nothing is given back */
            while (i < n) {
                Py_UCS4 d = PyUnicode_READ(kind, data, i);
                if (is_joiner(d)) {
                    if (i + 1 < n && is_letter(PyUnicode_READ(kind, data, i + 1))) {
                        i += 2;
                        while (i < n && is_letter(PyUnicode_READ(kind, data, i)))
                            i++;
                        continue;
                    }
                    break;
                }
                if (d == ',' && i + 3 < n && is_decimal(PyUnicode_READ(kind, data, i - 1))
                    && is_decimal(PyUnicode_READ(kind, data, i + 1))
                    && is_decimal(PyUnicode_READ(kind, data, i + 2))
                    && is_decimal(PyUnicode_READ(kind, data, i + 3))
                    && !(i + 4 < n && is_decimal(PyUnicode_READ(kind, data, i + 4)))) {
                    i += 4;
                    continue;
                }
                break;
            }
            /* the word's id: its text looked up by its bytes */
            const Py_ssize_t length = i - p;
            const unsigned char *wb = bytes + p * kind;
            const size_t nb = (size_t)length * kind;
            const uint64_t h = hash_bytes(wb, nb);
            size_t j = (size_t)h & table.mask;
            Py_ssize_t id = -1;
            for (;;) {
                Slot *s = &table.slots[j];
                if (s->start < 0)
                    break;
                if (s->hash == h && s->length == length && memcmp(bytes + s->start * kind, wb, nb) == 0) {
                    id = s->id;
                    break;
                }
                j = (j + 1) & table.mask;
            }
            if (id < 0) {
                PyObject *word = PyUnicode_Substring(text, p, i);
                if (word == NULL)
                    goto done;
                int failed = PyList_Append(vocabulary, word);
                Py_DECREF(word);
                if (failed < 0)
                    goto done;
                id = (Py_ssize_t)table.used;
                Slot *s = &table.slots[j];
                s->start = p;
                s->length = length;
                s->hash = h;
                s->id = id;
                if (++table.used * 2 > table.mask + 1 && table_grow(&table) < 0) {
                    PyErr_NoMemory();
                    goto done;
                }
            }
            if (buffer_push(&ids, id, itemsize) < 0)
                goto done;
            PyObject *start = PyLong_FromSsize_t(p);
            if (start == NULL)
                goto done;
            int failed = PyList_Append(starts, start);
            Py_DECREF(start);
            if (failed < 0)
                goto done;
        }
        else if (c == '[' && label_match != NULL && i > 0 && !is_space(PyUnicode_READ(kind, data, i - 1))) {
            Py_ssize_t e = marker_end(text, label_match, i);
            if (e == -2)
                goto done;
            i = e > i ? e : i + 1;  /* a marker is no word: skipped whole */
        }
        else {
            i++;
        }
    }
    PyObject *id_bytes = PyBytes_FromStringAndSize(ids.data ? ids.data : "", ids.length * itemsize);
    if (id_bytes == NULL)
        goto done;
    result = PyTuple_Pack(3, vocabulary, id_bytes, starts);
    Py_DECREF(id_bytes);
done:
    PyMem_Free(table.slots);
    PyMem_Free(ids.data);
    Py_XDECREF(vocabulary);
    Py_XDECREF(starts);
    return result;
}

static PyObject *
spread(PyObject *self, PyObject *args)
{
    PyObject *starts, *values, *cuts;
    int itemsize;
    if (!PyArg_ParseTuple(args, "O!O!O!i", &PyList_Type, &starts, &PyList_Type, &values, &PyList_Type, &cuts,
                          &itemsize))
        return NULL;
    if (itemsize != 4 && itemsize != 8) {
        PyErr_SetString(PyExc_ValueError, "itemsize must be 4 or 8");
        return NULL;
    }
    const Py_ssize_t n = PyList_GET_SIZE(starts);
    Py_ssize_t runs = PyList_GET_SIZE(values);
    if (PyList_GET_SIZE(cuts) - 1 < runs)
        runs = PyList_GET_SIZE(cuts) - 1;
    /* the output's length: min(n, the sum of the counts that are positive), as the zip of map gives */
    Py_ssize_t total = 0;
    for (Py_ssize_t k = 0; k < runs && total < n; k++) {
        long long a = PyLong_AsLongLong(PyList_GET_ITEM(cuts, k));
        long long b = PyLong_AsLongLong(PyList_GET_ITEM(cuts, k + 1));
        if ((a == -1 || b == -1) && PyErr_Occurred())
            return NULL;
        if (b > a)
            total += (Py_ssize_t)(b - a < n ? b - a : n);
    }
    if (total > n)
        total = n;
    PyObject *out = PyBytes_FromStringAndSize(NULL, total * itemsize);
    if (out == NULL)
        return NULL;
    char *buffer = PyBytes_AS_STRING(out);
    Py_ssize_t i = 0;
    for (Py_ssize_t k = 0; k < runs && i < total; k++) {
        long long a = PyLong_AsLongLong(PyList_GET_ITEM(cuts, k));
        long long b = PyLong_AsLongLong(PyList_GET_ITEM(cuts, k + 1));
        long long value = PyLong_AsLongLong(PyList_GET_ITEM(values, k));
        if (value == -1 && PyErr_Occurred())
            goto fail;
        for (long long c = a; c < b && i < total; c++, i++) {
            long long s = PyLong_AsLongLong(PyList_GET_ITEM(starts, i));
            if (s == -1 && PyErr_Occurred())
                goto fail;
            if (put_int(buffer, i, s + value, itemsize) < 0)
                goto fail;
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}


/* ---- the sentence split: sentences.split_sentences for each block --------------------------- */

static inline int
is_mark(Py_UCS4 c)  /* a sentence's final mark: [.!?…] */
{
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

/* A semicolon closed inside a double quotation mark ends a sentence too: the alternative
 * ";(?=[\"\u201d])" of sentences._BOUNDARY_RE's first mark. */
static inline int
is_quoted_semicolon(int kind, const void *data, Py_ssize_t n, Py_ssize_t i)
{
    if (PyUnicode_READ(kind, data, i) != ';' || i + 1 >= n)
        return 0;
    Py_UCS4 c = PyUnicode_READ(kind, data, i + 1);
    return c == '"' || c == 0x201D;
}

static inline int
is_closer(Py_UCS4 c)  /* one character of sentences._AFTER_END: ["'”’)\]*_] or a superscript digit */
{
    return c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')' || c == ']' || c == '*' || c == '_'
           || is_superscript(c);
}

static inline int
is_opener(Py_UCS4 c)  /* sentences._OPENERS */
{
    return c == '"' || c == '\'' || c == '(' || c == 0x201C || c == 0x2018 || c == '[' || c == 0xBF || c == 0xA1
           || c == '*' || c == '_';
}

static inline int
is_token_opener(Py_UCS4 c)  /* what _token_before strips from the token's front */
{
    return c == '"' || c == '\'' || c == '(' || c == 0x201C || c == 0x2018 || c == '[';
}

/* Where the match of sentences.SENTENCE_END_RE that starts at ``p`` (a final mark) ends its group 1
 * (the marks and closers) and the whole (the white space after), or 0 when none starts there.
 * No backtracking is needed: each closer is told by its first character, so the marks and
 * closers taken are the longest run, and white space must follow them. */
static int
boundary_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t p, Py_ssize_t *group_end, Py_ssize_t *end)
{
    Py_ssize_t i = p + 1;
    while (i < n && is_mark(PyUnicode_READ(kind, data, i)))
        i++;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (is_closer(c)) {
            i++;
            continue;
        }
        if (c == '[') {  /* \[[^\[\]\n]{1,40}\] */
            Py_ssize_t j = i + 1;
            while (j < n && j - i <= 40) {
                Py_UCS4 d = PyUnicode_READ(kind, data, j);
                if (d == '[' || d == ']' || d == '\n')
                    break;
                j++;
            }
            if (j > i + 1 && j < n && PyUnicode_READ(kind, data, j) == ']') {
                i = j + 1;
                continue;
            }
        }
        break;
    }
    if (i >= n || !is_space(PyUnicode_READ(kind, data, i)))
        return 0;
    *group_end = i;
    while (i < n && is_space(PyUnicode_READ(kind, data, i)))
        i++;
    *end = i;
    return 1;
}

/* Whether the full stop at ``mark`` ends an abbreviation, an initial or an initialism (no
 * boundary), as split_sentences tests the token before it. An ASCII token is tested here; any other
 * is given to ``slow(text, mark)`` (Python's lower() maps some characters outside ASCII into it). */
static int
abbreviation_before(PyObject *text, int kind, const void *data, Py_ssize_t mark, PyObject *abbreviations,
                    PyObject *slow)
{
    Py_ssize_t end = mark + 1;
    Py_ssize_t low = end - 41 > 0 ? end - 41 : 0;
    Py_ssize_t ts = end;
    while (ts > low && !is_space(PyUnicode_READ(kind, data, ts - 1)))
        ts--;
    while (ts < end && is_token_opener(PyUnicode_READ(kind, data, ts)))
        ts++;
    Py_ssize_t length = end - ts;
    char lowered[48];
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, ts + i);
        if (c >= 128) {
            PyObject *r = PyObject_CallFunction(slow, "On", text, mark);
            if (r == NULL)
                return -1;
            int truth = PyObject_IsTrue(r);
            Py_DECREF(r);
            return truth;
        }
        lowered[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (length <= 8) {
        PyObject *token = PyUnicode_FromStringAndSize(lowered, length);
        if (token == NULL)
            return -1;
        int found = PySet_Contains(abbreviations, token);
        Py_DECREF(token);
        if (found != 0)
            return found;  /* 1, or -1 on an error */
    }
    if (length == 2 && ((lowered[0] >= 'a' && lowered[0] <= 'z')))
        return 1;  /* an initial: "J. Smith" */
    if (length >= 4 && length % 2 == 0) {  /* (?:[A-Za-z]\.){2,}$ */
        for (Py_ssize_t i = 0; i < length; i += 2)
            if (!(lowered[i] >= 'a' && lowered[i] <= 'z') || lowered[i + 1] != '.')
                return 0;
        return 1;
    }
    return 0;
}

/* sentences._append */
static int
append_trimmed(PyObject *spans, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    while (start < end) {
        Py_UCS4 c = PyUnicode_READ(kind, data, start);
        if (!(is_space(c) || c == 0))
            break;
        start++;
    }
    while (end > start && is_space(PyUnicode_READ(kind, data, end - 1)))
        end--;
    if (end <= start)
        return 0;
    PyObject *span = Py_BuildValue("(nn)", start, end);
    if (span == NULL)
        return -1;
    int failed = PyList_Append(spans, span);
    Py_DECREF(span);
    return failed;
}

static PyObject *
split_one(PyObject *text, PyObject *abbreviations, PyObject *slow)
{
    const int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    const Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *spans = PyList_New(0);
    if (spans == NULL)
        return NULL;
    Py_ssize_t start = 0;
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_mark(PyUnicode_READ(kind, data, i)) && !is_quoted_semicolon(kind, data, n, i)) {
            i++;
            continue;
        }
        Py_ssize_t group_end, after;
        if (!boundary_at(kind, data, n, i, &group_end, &after)) {
            if (!is_mark(PyUnicode_READ(kind, data, i))) {
                i++;  /* a semicolon: no run of marks after it */
                continue;
            }
            /* every later start in this run of marks takes the same closers: none matches */
            while (i < n && is_mark(PyUnicode_READ(kind, data, i)))
                i++;
            continue;
        }
        Py_ssize_t mark = i;
        i = after;  /* the next search starts after the match */
        if (after >= n)
            continue;  /* nothing follows */
        Py_UCS4 next = PyUnicode_READ(kind, data, after);
        if ((next == '*' || next == '-' || next == '+' || next == 0x2022) && after + 1 < n
            && (PyUnicode_READ(kind, data, after + 1) == ' ' || PyUnicode_READ(kind, data, after + 1) == '\t')) {
            int line_break = 0;
            for (Py_ssize_t k = group_end; k < after; k++)
                if (PyUnicode_READ(kind, data, k) == '\n') {
                    line_break = 1;
                    break;
                }
            if (line_break)
                next = 'A';  /* a plain-text list item on a line of its own */
            else if (is_opener(next))
                goto opener;
        }
        else if (is_opener(next)) {
        opener:;
            Py_ssize_t k = after;
            while (k < n && is_opener(PyUnicode_READ(kind, data, k)))
                k++;
            if (k >= n)
                continue;
            next = PyUnicode_READ(kind, data, k);
        }
        if (!(Py_UNICODE_ISUPPER(next) || Py_UNICODE_ISDIGIT(next) || next == 0))
            continue;
        if (PyUnicode_READ(kind, data, mark) == '.') {
            int no = abbreviation_before(text, kind, data, mark, abbreviations, slow);
            if (no < 0)
                goto fail;
            if (no)
                continue;
        }
        Py_UCS4 c = PyUnicode_READ(kind, data, start);
        if (c == 0 || is_space(c)) {
            if (append_trimmed(spans, kind, data, start, group_end) < 0)
                goto fail;
        }
        else {
            PyObject *span = Py_BuildValue("(nn)", start, group_end);
            if (span == NULL)
                goto fail;
            int failed = PyList_Append(spans, span);
            Py_DECREF(span);
            if (failed < 0)
                goto fail;
        }
        start = after;
    }
    if (append_trimmed(spans, kind, data, start, n) < 0)
        goto fail;
    return spans;
fail:
    Py_DECREF(spans);
    return NULL;
}

static PyObject *
sentences(PyObject *self, PyObject *args)
{
    PyObject *texts, *abbreviations, *slow;
    if (!PyArg_ParseTuple(args, "O!OO", &PyList_Type, &texts, &abbreviations, &slow))
        return NULL;
    const Py_ssize_t count = PyList_GET_SIZE(texts);
    PyObject *out = PyList_New(count);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        PyObject *text = PyList_GET_ITEM(texts, k);
        if (!PyUnicode_Check(text)) {
            PyErr_SetString(PyExc_TypeError, "sentences() takes a list of str");
            Py_DECREF(out);
            return NULL;
        }
        PyObject *spans = split_one(text, abbreviations, slow);
        if (spans == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, k, spans);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"words", words, METH_VARARGS, "The words of a text: (vocabulary, ids as bytes, starts)."},
    {"spread", spread, METH_VARARGS, "starts[i] + values[k] for cuts[k] <= i < cuts[k + 1], as bytes."},
    {"sentences", sentences, METH_VARARGS, "sentences.split_sentences of each text of a list."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_split", "The word split's per-word work in C (see word_split.py).", -1, methods,
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
PyInit__split(void)
{
    for (Py_UCS4 c = 0; c < 256; c++) {
        unsigned char bits = 0;
        if ((Py_UNICODE_ISALNUM(c) || c == '_') && !is_superscript(c))
            bits |= LETTER;
        if (Py_UNICODE_ISDECIMAL(c))
            bits |= DECIMAL;
        if (Py_UNICODE_ISSPACE(c))
            bits |= SPACE;
        latin1[c] = bits;
    }
    return stamped(PyModule_Create(&module));
}
