/* Readability's two per-character scans in C (issue 14, twenty-ninth session): see
 * checks/syllables.py (_pyphen_positions) and checks/readability.py (is_list_like), whose Python
 * paths are the reference.
 *
 * hyphen_points(word, patterns, maxlen) -> int
 *     len(positions(word)) for the ``positions`` that syllables._pyphen_positions makes from
 *     ``patterns`` ({letters: (offset, values as bytes)}, pyphen's English patterns) and
 *     ``maxlen``: Liang's algorithm as pyphen's HyphDict.positions applies it. The word is
 *     lowered by str.lower and framed by dots; every substring of at most ``maxlen`` characters
 *     is looked up in ``patterns`` (a str made and hashed as Python makes it), a found pattern
 *     raises the values at its places (max), and the odd values at the places 2 to
 *     len(word) - 2 (of the word as given) are counted. TypeError when an entry is not
 *     (int >= 0, bytes): the caller then keeps the Python path.
 *
 * separators(text, start, end, ranges) -> int
 *     len(re.findall("[<ranges>]|\s[-\u2013]\s", text[start:end])) with the matches confined
 *     to text[start:end] as Pattern.findall(text, start, end) confines them: the characters in
 *     ``ranges`` (a str of pairs, first and last of each range) count one each; a white space
 *     character (str.isspace, as the regular expression's \s), a hyphen or en dash and a white
 *     space character count one and are consumed together (the leftmost match first, no
 *     overlap). One pass over the slice.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

static PyObject *lower_name;

/* ---- hyphen_points ---------------------------------------------------------------------------- */

static PyObject *
hyphen_points(PyObject *self, PyObject *args)
{
    PyObject *word, *patterns;
    Py_ssize_t maxlen;
    if (!PyArg_ParseTuple(args, "UO!n:hyphen_points", &word, &PyDict_Type, &patterns, &maxlen))
        return NULL;
    PyObject *lowered = PyObject_CallMethodNoArgs(word, lower_name);
    if (lowered == NULL)
        return NULL;
    if (!PyUnicode_Check(lowered)) {
        Py_DECREF(lowered);
        PyErr_SetString(PyExc_TypeError, "hyphen_points(): str.lower gave no str");
        return NULL;
    }
    PyObject *pointed = PyUnicode_FromFormat(".%U.", lowered);
    Py_DECREF(lowered);
    if (pointed == NULL)
        return NULL;
    Py_ssize_t size = PyUnicode_GET_LENGTH(pointed);
    /* references = [0] * (size + 1) */
    int stack[64];
    int *refs = size + 1 <= 64 ? stack : PyMem_Calloc((size_t)size + 1, sizeof(int));
    if (refs == NULL) {
        Py_DECREF(pointed);
        return PyErr_NoMemory();
    }
    if (refs == stack)
        memset(stack, 0, sizeof(stack));
    Py_ssize_t result = -1;
    for (Py_ssize_t i = 0; i < size - 1; i++) {
        Py_ssize_t stop = maxlen < size - i ? i + maxlen : size; /* min(i + maxlen, size) */
        for (Py_ssize_t j = i + 1; j <= stop; j++) {
            PyObject *sub = PyUnicode_Substring(pointed, i, j);
            if (sub == NULL)
                goto done;
            PyObject *found = PyDict_GetItemWithError(patterns, sub); /* borrowed */
            Py_DECREF(sub);
            if (found == NULL) {
                if (PyErr_Occurred())
                    goto done;
                continue;
            }
            if (!PyObject_IsTrue(found)) /* `if found:` (an empty tuple: none of ours) */
                continue;
            if (!PyTuple_Check(found) || PyTuple_GET_SIZE(found) != 2
                || !PyLong_Check(PyTuple_GET_ITEM(found, 0)) || !PyBytes_Check(PyTuple_GET_ITEM(found, 1))) {
                PyErr_SetString(PyExc_TypeError, "hyphen_points(): a pattern is not (offset, bytes)");
                goto done;
            }
            Py_ssize_t offset = PyLong_AsSsize_t(PyTuple_GET_ITEM(found, 0));
            if (offset == -1 && PyErr_Occurred())
                goto done;
            if (offset < 0) {
                PyErr_SetString(PyExc_TypeError, "hyphen_points(): a negative offset");
                goto done;
            }
            PyObject *values = PyTuple_GET_ITEM(found, 1);
            const unsigned char *v = (const unsigned char *)PyBytes_AS_STRING(values);
            Py_ssize_t n = PyBytes_GET_SIZE(values);
            Py_ssize_t at = i + offset;
            /* references[at:at + n] = map(max, values, references[at:at + n]): the slice is cut
               at the list's end, and map stops at the shorter of the two */
            for (Py_ssize_t k = 0; k < n && at + k < size + 1; k++) {
                if (v[k] > refs[at + k])
                    refs[at + k] = v[k];
            }
        }
    }
    {
        Py_ssize_t last = PyUnicode_GET_LENGTH(word) - 2; /* right = 2 */
        result = 0;
        for (Py_ssize_t i = 0; i < size + 1; i++) {
            if ((refs[i] & 1) && 2 <= i - 1 && i - 1 <= last) /* left = 2 */
                result++;
        }
    }
done:
    if (refs != stack)
        PyMem_Free(refs);
    Py_DECREF(pointed);
    if (result < 0)
        return NULL;
    return PyLong_FromSsize_t(result);
}

/* ---- separators ------------------------------------------------------------------------------- */

static inline int
in_ranges(Py_UCS4 c, int kind, const void *data, Py_ssize_t n)
{
    for (Py_ssize_t r = 0; r + 1 < n; r += 2) {
        if (PyUnicode_READ(kind, data, r) <= c && c <= PyUnicode_READ(kind, data, r + 1))
            return 1;
    }
    return 0;
}

static PyObject *
separators(PyObject *self, PyObject *args)
{
    PyObject *text, *ranges;
    Py_ssize_t start, end;
    if (!PyArg_ParseTuple(args, "UnnU:separators", &text, &start, &end, &ranges))
        return NULL;
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    /* Pattern.findall(text, pos, endpos): both clamped to the string */
    if (start < 0)
        start = 0;
    if (start > length)
        start = length;
    if (end > length)
        end = length;
    if (end < 0)
        end = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int rkind = PyUnicode_KIND(ranges);
    const void *rdata = PyUnicode_DATA(ranges);
    Py_ssize_t rn = PyUnicode_GET_LENGTH(ranges);
    /* the ranges' ASCII characters as a table; the others tested range by range */
    unsigned char ascii[128];
    memset(ascii, 0, sizeof(ascii));
    for (Py_ssize_t r = 0; r + 1 < rn; r += 2) {
        Py_UCS4 first = PyUnicode_READ(rkind, rdata, r), last = PyUnicode_READ(rkind, rdata, r + 1);
        for (Py_UCS4 c = first; c <= last && c < 128; c++)
            ascii[c] = 1;
    }
    Py_ssize_t count = 0;
    Py_ssize_t i = start;
    while (i < end) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128 ? ascii[c] : in_ranges(c, rkind, rdata, rn)) {
            count++;
            i++;
            continue;
        }
        if (Py_UNICODE_ISSPACE(c) && i + 2 < end) {
            Py_UCS4 d = PyUnicode_READ(kind, data, i + 1);
            if ((d == '-' || d == 0x2013) && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i + 2))) {
                count++;
                i += 3;
                continue;
            }
        }
        i++;
    }
    return PyLong_FromSsize_t(count);
}

static PyMethodDef methods[] = {
    {"hyphen_points", hyphen_points, METH_VARARGS,
     "len(positions(word)) by pyphen's patterns (see syllables._pyphen_positions)."},
    {"separators", separators, METH_VARARGS,
     "The separators of a list written inline in text[start:end] (see readability.is_list_like)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_readability", "Readability's per-character scans in C (see readability.py, syllables.py).",
    -1, methods,
};

/* The digest of this file as setup.py built it (PROSECHECK_SOURCE_DIGEST): _native/__init__.py
   compares it with the source beside the module, so a build older than its .c is not used. */
#ifndef PROSECHECK_SOURCE_DIGEST
#define PROSECHECK_SOURCE_DIGEST ""
#endif

PyMODINIT_FUNC
PyInit__readability(void)
{
    if (lower_name == NULL && (lower_name = PyUnicode_InternFromString("lower")) == NULL)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_DIGEST", PROSECHECK_SOURCE_DIGEST) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
