cdef class _Builder:
    cdef public object doc, src, at, line_starts, slug, block, unresolved, skip_kind
    cdef public list containers, parts, plain, links, html, covered
    cdef public tuple enclosing
    cdef public bint implicit
    cdef public Py_ssize_t length, block_end, autolink, skip, last_inline_end
