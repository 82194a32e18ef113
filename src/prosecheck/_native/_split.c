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

static PyMethodDef methods[] = {
    {"words", words, METH_VARARGS, "The words of a text: (vocabulary, ids as bytes, starts)."},
    {"spread", spread, METH_VARARGS, "starts[i] + values[k] for cuts[k] <= i < cuts[k + 1], as bytes."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_split", "The word split's per-word work in C (see word_split.py).", -1, methods,
};

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
    return PyModule_Create(&module);
}
