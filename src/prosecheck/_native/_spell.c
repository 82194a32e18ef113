/* Spelling's two passes over every word of a document, in C (issue 14, twenty-ninth session): see
 * checks/spelling.py, whose Python paths (Spelling._unknown and Spelling._repeated) are the
 * reference.
 *
 * where(ids, flags) -> [i, ...]
 *     The indexes of the words whose text is flagged: ``i`` for every ``i`` with
 *     ``flags[ids[i]]`` not zero, in order. ``ids`` is the words' text indexes (an array of
 *     1-, 4- or 8-byte integers: ``doc.words.text_ids``), ``flags`` one byte per distinct text
 *     (bytes). The Python path: ``compress(range(len(ids)), map(flags.__getitem__, ids))``.
 *
 * doubled(ids, lower_ids) -> [i, ...]
 *     The indexes ``i`` (from 1) of the words equal, but for case, to the word before:
 *     ``lower_ids[ids[i - 1]] == lower_ids[ids[i]]``, in order. ``lower_ids`` numbers each
 *     distinct text by its lower-case form (a list of ints, one per distinct text). The Python
 *     path: ``compress(range(1, len(ids)), map(eq, map(lid, ids), map(lid, islice(ids, 1, None))))``.
 *
 * Both read each word once (an array read and a byte or integer compare) and make an integer
 * object only for a word they return: the Python paths made one or two per word. A text index
 * outside ``flags`` or ``lower_ids`` raises IndexError (the split never makes one).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#include "ints.h"  /* Ints: the integer tables read in place */

static int
append_index(PyObject *out, Py_ssize_t i)
{
    PyObject *v = PyLong_FromSsize_t(i);
    if (v == NULL)
        return -1;
    int r = PyList_Append(out, v);
    Py_DECREF(v);
    return r;
}

static PyObject *
out_of_range(int64_t id)
{
    PyErr_Format(PyExc_IndexError, "text index %lld out of range", (long long)id);
    return NULL;
}

static PyObject *
where(PyObject *self, PyObject *args)
{
    PyObject *ids_obj, *flags_obj;
    if (!PyArg_ParseTuple(args, "OO:where", &ids_obj, &flags_obj))
        return NULL;
    Ints ids = {0};
    Py_buffer flags = {0};
    PyObject *out = NULL;
    if (ints_open(ids_obj, &ids, "where(): ids") < 0)
        goto done;
    if (PyObject_GetBuffer(flags_obj, &flags, PyBUF_SIMPLE) < 0)
        goto done;
    const unsigned char *flag = (const unsigned char *)flags.buf;
    Py_ssize_t n_flags = flags.len;
    out = PyList_New(0);
    if (out == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < ids.n; i++) {
        int64_t id = ints_at(&ids, i);
        if (id < 0 || id >= n_flags) {
            Py_CLEAR(out);
            out_of_range(id);
            goto done;
        }
        if (flag[id] && append_index(out, i) < 0) {
            Py_CLEAR(out);
            goto done;
        }
    }
done:
    ints_close(&ids);
    if (flags.obj != NULL)
        PyBuffer_Release(&flags);
    return out;
}

static PyObject *
doubled(PyObject *self, PyObject *args)
{
    PyObject *ids_obj, *lower_obj;
    if (!PyArg_ParseTuple(args, "OO!:doubled", &ids_obj, &PyList_Type, &lower_obj))
        return NULL;
    Ints ids = {0};
    PyObject *out = NULL;
    Py_ssize_t n_lower = PyList_GET_SIZE(lower_obj);
    Py_ssize_t *lower = PyMem_New(Py_ssize_t, n_lower > 0 ? n_lower : 1);
    if (lower == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t k = 0; k < n_lower; k++) {
        lower[k] = PyLong_AsSsize_t(PyList_GET_ITEM(lower_obj, k));
        if (lower[k] == -1 && PyErr_Occurred())
            goto done;
    }
    if (ints_open(ids_obj, &ids, "doubled(): ids") < 0)
        goto done;
    out = PyList_New(0);
    if (out == NULL)
        goto done;
    Py_ssize_t previous = 0;
    for (Py_ssize_t i = 0; i < ids.n; i++) {
        int64_t id = ints_at(&ids, i);
        if (id < 0 || id >= n_lower) {
            Py_CLEAR(out);
            out_of_range(id);
            goto done;
        }
        Py_ssize_t low = lower[id];
        if (i > 0 && low == previous && append_index(out, i) < 0) {
            Py_CLEAR(out);
            goto done;
        }
        previous = low;
    }
done:
    ints_close(&ids);
    PyMem_Free(lower);
    return out;
}

static PyMethodDef methods[] = {
    {"where", where, METH_VARARGS, "The indexes of the words whose text is flagged (see spelling.py)."},
    {"doubled", doubled, METH_VARARGS, "The indexes of the words equal but for case to the word before (see spelling.py)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_spell", "Spelling's passes over every word in C (see checks/spelling.py).", -1,
    methods,
};

/* The digest of this file and of ints.h as setup.py built them (PROSECHECK_SOURCE_DIGEST: see
   digests.py): _native/__init__.py compares it with the sources beside the module, so a build older
   than its .c or a header it includes is not used. */
#ifndef PROSECHECK_SOURCE_DIGEST
#define PROSECHECK_SOURCE_DIGEST ""
#endif

PyMODINIT_FUNC
PyInit__spell(void)
{
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddStringConstant(m, "SOURCE_DIGEST", PROSECHECK_SOURCE_DIGEST) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
