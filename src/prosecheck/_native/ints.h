/* The integer-buffer reader of the C modules that take the Document's integer tables (_boiler.c,
 * _trigger.c, _spell.c): an array of word or sentence indexes, offsets or flags read in place
 * through the buffer protocol (array "i"/"q", bytes, bytearray), without an integer object per item.
 *
 * Why a header (thirtieth session): each of the three modules had its own copy of these lines, and
 * the copies had drifted (only _spell.c checked the buffer's format; _boiler.c released a refused
 * buffer itself, _trigger.c left it to ints_close). One copy here, included by each. A module's
 * SOURCE_DIGEST covers this file too (_native/digests.py reads the .c file's #include "..." lines),
 * so an edit here marks the three modules stale until they are rebuilt, as an edit of their .c does;
 * setup.py names it in each Extension's ``depends`` so that build_ext rebuilds them after one.
 *
 * Include it after Python.h (each module defines PY_SSIZE_T_CLEAN before that). Everything is static
 * inline: each module gets its own copy of what it uses, and no symbol is shared between them.
 */
#ifndef PROSECHECK_INTS_H
#define PROSECHECK_INTS_H

#include <stdint.h>

typedef struct {
    Py_buffer view;
    Py_ssize_t n;  /* items */
    int size;      /* bytes an item: 1, 4 or 8 */
    int open;      /* view holds a buffer: ints_close releases it */
} Ints;

/* Open ``obj`` as an array of 1-, 4- or 8-byte integers; 0, or -1 with TypeError (``what`` names
 * the argument in the message, function included: "units(): ids"). The format is checked as well as
 * the item size: a float array ("d", "f") has the size of an integer array and would otherwise be
 * read as one. Every table the three modules are given passes ("i", "q" and their unsigned forms,
 * "B" for bytes and bytearray), so the check refuses only a caller's mistake. A refused buffer is
 * released here; ``out`` is then closed (ints_close on it does nothing). */
static inline int
ints_open(PyObject *obj, Ints *out, const char *what)
{
    out->open = 0;
    if (PyObject_GetBuffer(obj, &out->view, PyBUF_FORMAT) < 0)
        return -1;
    const char *f = out->view.format ? out->view.format : "B";
    int size = (int)out->view.itemsize;
    if (f[0] == '@' || f[0] == '=' || f[0] == '<')  /* native or little-endian byte order */
        f++;
    if (f[0] == '\0' || f[1] != '\0' || !(
            (size == 1 && (f[0] == 'B' || f[0] == 'b' || f[0] == 'c'))
            || (size == 4 && (f[0] == 'i' || f[0] == 'I' || f[0] == 'l' || f[0] == 'L'))
            || (size == 8 && (f[0] == 'q' || f[0] == 'Q' || f[0] == 'l' || f[0] == 'L' || f[0] == 'n')))) {
        PyBuffer_Release(&out->view);
        PyErr_Format(PyExc_TypeError, "%s must hold 1-, 4- or 8-byte integers", what);
        return -1;
    }
    out->open = 1;
    out->size = size;
    out->n = out->view.len / size;
    return 0;
}

/* Release the buffer of an opened ``a``; nothing for one never opened or refused (zeroed: {0}). */
static inline void
ints_close(Ints *a)
{
    if (a->open)
        PyBuffer_Release(&a->view);
    a->open = 0;
}

/* Item ``i`` (the caller checks 0 <= i < a->n); a 1-byte item is unsigned. */
static inline int64_t
ints_at(const Ints *a, Py_ssize_t i)
{
    if (a->size == 4)
        return ((const int32_t *)a->view.buf)[i];
    if (a->size == 8)
        return ((const int64_t *)a->view.buf)[i];
    return ((const unsigned char *)a->view.buf)[i];
}

#endif
