/* The Document builder's walk over pyromark's events in C (issue 14, twenty-seventh session): see
 * markdown_prose.py, whose pure-Python walk (_Builder.walk) is the reference and the fallback.
 *
 * Walker is the builder's state as a C type: the attributes the walk reads for every event
 * (block, parts, plain, length, ...) are members of its struct, so the builder's Python methods
 * (markdown_prose._Builder's handlers, one class above this one in _NativeBuilder's order) read
 * and write the same fields the C loop does, with no copying between the two.
 *
 * Walker._walk(events, at, line_starts, blocks, code_lines, links, headings, other, start_tags,
 *             end_tags)
 *     The loop of _Builder.walk: every event read once. Text, the breaks and a rule are handled
 *     here; a Start, End or other event is looked up in its table (a dict by name, as the Python
 *     walk's): an int is one of the steps below done here (the tables' NATIVE_* values), any
 *     other value is called as the Python walk calls it, handler(self, value, start, end).
 *     ``at`` is the document's Utf8Offsets (byte offsets to character offsets, its region asked
 *     only when an offset leaves the last region, as the Python walk does), ``line_starts`` the
 *     Document's array of line starts (int64), ``blocks``, ``code_lines``, ``links`` and
 *     ``headings`` the Document's.
 *
 * configure(Block, mask_bare_urls, placeholder, Link, styles, parse_destination, Heading) is called once,
 * before the first walk.
 *
 * line_starts(text) -> bytes
 *     Where each line of ``text`` starts, as native int64 (Document's line starts, made there from
 *     text.split("\n") on the Python path): one memchr pass.
 *
 * Every step is one of the Python walk's, written out as it is there (its name in brackets): the
 * tests run both walks on generated Markdown and compare every field of the Documents.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdint.h>
#include <string.h>

/* The steps done here (markdown_prose's NATIVE_* values). */
enum {
    OP_PARAGRAPH = 1,   /* start_paragraph */
    OP_TABLE_CELL,      /* start_table_cell */
    OP_HEADING,         /* start_heading */
    OP_ITEM,            /* start_item */
    OP_BLOCKQUOTE,      /* start_blockquote */
    OP_TABLE,           /* start_table */
    OP_CODE_BLOCK,      /* start_code_block */
    OP_METADATA,        /* start_metadata */
    OP_END_BLOCK,       /* end_block */
    OP_END_CONTAINER,   /* end_container */
    OP_END_SKIPPED,     /* end_skipped */
    OP_CODE,            /* code */
    OP_LINK,            /* start_link */
    OP_IMAGE,           /* start_image */
    OP_END_LINK,        /* end_link */
};

static PyObject *BlockType;       /* prose_model.Block */
static PyObject *mask_bare_urls;  /* prose_model.mask_bare_urls */
static PyObject *placeholder;     /* sentences.PLACEHOLDER */
static PyObject *LinkType;        /* prose_model.Link */
static PyObject *styles;          /* markdown_prose._STYLES */
static PyObject *parse_destination;  /* markdown_prose._parse_inline_destination */
static PyObject *HeadingType;     /* prose_model.Heading */
static PyObject *empty_tuple, *empty_str, *space;
static PyObject *s_start, *s_end, *s_text, *s_start_ev, *s_end_ev, *s_rule, *s_html_block, *s_image;
static PyObject *s_heading, *s_paragraph, *s_table_cell, *s_list_item, *s_blockquote, *s_table;
static PyObject *s_code_block_kind, *s_metadata_kind, *s_level;
static PyObject *a_kind, *a_start_line, *a_end_line, *a_prose, *a_runs, *a_level, *a_containers, *a_starts;
static PyObject *a_emit_text, *a_add_heading, *a_byte_starts, *a_runs_of, *a_identity;
static PyObject *s_url, *s_www, *s_at;
static PyObject *s_link, *s_image_key, *s_link_key, *s_inline, *s_autolink, *s_full;
static PyObject *s_link_type, *s_dest_url, *s_title;
static PyObject *a_style, *a_destination, *a_offset, *a_text, *a_label, *a_title, *a_block;
static PyObject *a_prose_start, *a_prose_end, *a_open_link;
static PyObject *a_strip, *a_slug, *a_heading_text, *a_anchor, *a_line, *a_explicit_id;

typedef struct {
    PyObject_HEAD
    PyObject *block;
    PyObject *parts;
    PyObject *plain;
    PyObject *links;
    PyObject *html;
    PyObject *skip_kind;
    PyObject *src;
    PyObject *containers;
    PyObject *enclosing;
    PyObject *covered;
    Py_ssize_t length;
    Py_ssize_t last_inline_end;
    Py_ssize_t block_end;
    Py_ssize_t autolink;
    Py_ssize_t skip;
    char implicit;
    /* The runs list of the block emit last wrote to (both held: the block's identity is compared):
     * a block's runs are set once, when it is made. */
    PyObject *runs_block;
    PyObject *runs;
} Walker;

/* The walk's view of the Document's line starts and conversion state. */
typedef struct {
    const int64_t *lines;
    Py_ssize_t nlines;
    PyObject *blocks;
    PyObject *code_lines;
    PyObject *links;
    PyObject *headings;
} Walk;

static PyMemberDef walker_members[] = {
    {"block", T_OBJECT, offsetof(Walker, block), 0, NULL},
    {"parts", T_OBJECT, offsetof(Walker, parts), 0, NULL},
    {"plain", T_OBJECT, offsetof(Walker, plain), 0, NULL},
    {"links", T_OBJECT, offsetof(Walker, links), 0, NULL},
    {"html", T_OBJECT, offsetof(Walker, html), 0, NULL},
    {"skip_kind", T_OBJECT, offsetof(Walker, skip_kind), 0, NULL},
    {"src", T_OBJECT, offsetof(Walker, src), 0, NULL},
    {"containers", T_OBJECT, offsetof(Walker, containers), 0, NULL},
    {"enclosing", T_OBJECT, offsetof(Walker, enclosing), 0, NULL},
    {"covered", T_OBJECT, offsetof(Walker, covered), 0, NULL},
    {"length", T_PYSSIZET, offsetof(Walker, length), 0, NULL},
    {"last_inline_end", T_PYSSIZET, offsetof(Walker, last_inline_end), 0, NULL},
    {"block_end", T_PYSSIZET, offsetof(Walker, block_end), 0, NULL},
    {"autolink", T_PYSSIZET, offsetof(Walker, autolink), 0, NULL},
    {"skip", T_PYSSIZET, offsetof(Walker, skip), 0, NULL},
    {"implicit", T_BOOL, offsetof(Walker, implicit), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static int
walker_traverse(Walker *self, visitproc visit, void *arg)
{
    Py_VISIT(self->block);
    Py_VISIT(self->parts);
    Py_VISIT(self->plain);
    Py_VISIT(self->links);
    Py_VISIT(self->html);
    Py_VISIT(self->skip_kind);
    Py_VISIT(self->src);
    Py_VISIT(self->containers);
    Py_VISIT(self->enclosing);
    Py_VISIT(self->covered);
    Py_VISIT(self->runs_block);
    Py_VISIT(self->runs);
    return 0;
}

static int
walker_clear(Walker *self)
{
    Py_CLEAR(self->block);
    Py_CLEAR(self->parts);
    Py_CLEAR(self->plain);
    Py_CLEAR(self->links);
    Py_CLEAR(self->html);
    Py_CLEAR(self->skip_kind);
    Py_CLEAR(self->src);
    Py_CLEAR(self->containers);
    Py_CLEAR(self->enclosing);
    Py_CLEAR(self->covered);
    Py_CLEAR(self->runs_block);
    Py_CLEAR(self->runs);
    return 0;
}

static void
walker_dealloc(Walker *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    walker_clear(self);
    tp->tp_free((PyObject *)self);
}

/* a == b for two str, the second one of ours (interned): the parser's names are interned too, so
 * mostly the first test answers. */
static inline int
same_str(PyObject *a, PyObject *b)
{
    if (a == b)
        return 1;
    if (!PyUnicode_Check(a))
        return 0;
    Py_ssize_t n = PyUnicode_GET_LENGTH(a);
    int kind = PyUnicode_KIND(a);
    return n == PyUnicode_GET_LENGTH(b) && kind == PyUnicode_KIND(b)
           && memcmp(PyUnicode_DATA(a), PyUnicode_DATA(b), (size_t)n * kind) == 0;
}

/* A member holds None when it was never set or deleted (T_OBJECT reads NULL as None). */
#define IS_NONE(o) ((o) == NULL || (o) == Py_None)

static inline void
set_obj(PyObject **slot, PyObject *value)  /* steals value */
{
    PyObject *old = *slot;
    *slot = value;
    Py_XDECREF(old);
}

/* bisect_right(line_starts, x) */
static inline Py_ssize_t
line_of(const Walk *w, Py_ssize_t x)
{
    Py_ssize_t lo = 0, hi = w->nlines;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (x < w->lines[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static int
append_pair(PyObject *list, Py_ssize_t a, Py_ssize_t b)
{
    PyObject *t = Py_BuildValue("(nn)", a, b);
    if (t == NULL)
        return -1;
    int rc = PyList_Append(list, t);
    Py_DECREF(t);
    return rc;
}

/* [open_block] */
static int
open_block(Walker *self, const Walk *w, PyObject *kind, Py_ssize_t start, Py_ssize_t end, long level)
{
    Py_ssize_t line = line_of(w, start);
    PyObject *block = ((PyTypeObject *)BlockType)->tp_new((PyTypeObject *)BlockType, empty_tuple, NULL);
    if (block == NULL)
        return -1;
    PyObject *line_o = PyLong_FromSsize_t(line);
    PyObject *runs = PyList_New(0);
    PyObject *level_o = PyLong_FromLong(level);
    PyObject *enclosing = self->enclosing ? self->enclosing : Py_None;
    if (line_o == NULL || runs == NULL || level_o == NULL
        || PyObject_SetAttr(block, a_kind, kind) < 0
        || PyObject_SetAttr(block, a_start_line, line_o) < 0
        || PyObject_SetAttr(block, a_end_line, line_o) < 0
        || PyObject_SetAttr(block, a_prose, empty_str) < 0
        || PyObject_SetAttr(block, a_runs, runs) < 0
        || PyObject_SetAttr(block, a_level, level_o) < 0
        || PyObject_SetAttr(block, a_containers, enclosing) < 0
        || PyObject_SetAttr(block, a_starts, Py_None) < 0) {
        Py_XDECREF(line_o);
        Py_XDECREF(runs);
        Py_XDECREF(level_o);
        Py_DECREF(block);
        return -1;
    }
    Py_DECREF(line_o);
    Py_DECREF(runs);
    Py_DECREF(level_o);
    set_obj(&self->block, block);
    self->block_end = end;
    PyObject *parts = PyList_New(0);
    if (parts == NULL)
        return -1;
    set_obj(&self->parts, parts);
    PyObject *plain = PyList_New(0);
    if (plain == NULL)
        return -1;
    set_obj(&self->plain, plain);
    self->length = 0;
    return 0;
}

/* [inline_start] */
static inline int
inline_start(Walker *self, const Walk *w, Py_ssize_t start)
{
    if (IS_NONE(self->block)) {
        if (open_block(self, w, s_paragraph, start, start, 0) < 0)
            return -1;
        self->implicit = 1;
    }
    return 0;
}

/* [add_heading] for a heading without a trailing "{#id}" (one with it, rare, goes to the Python
 * method, as does anything unexpected) */
static int
add_heading(Walker *self, const Walk *w, PyObject *block)
{
    PyObject *plain = NULL, *level = NULL, *start_line = NULL, *text = NULL, *slug = NULL;
    PyObject *anchor = NULL, *offset_o = NULL, *heading = NULL;
    int rc = -1;
    plain = PyUnicode_Join(empty_str, self->plain ? self->plain : empty_tuple);
    if (plain == NULL)
        return -1;
    /* _explicit_id: only a text whose rstrip() ends with "}" can hold one */
    Py_ssize_t n = PyUnicode_GET_LENGTH(plain), last = n - 1;
    int kind = PyUnicode_KIND(plain);
    const void *data = PyUnicode_DATA(plain);
    while (last >= 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, last)))
        last--;
    start_line = PyObject_GetAttr(block, a_start_line);
    if (start_line == NULL)
        goto done;
    Py_ssize_t line = PyLong_AsSsize_t(start_line);
    if (line == -1 && PyErr_Occurred())
        goto done;
    if ((last >= 0 && PyUnicode_READ(kind, data, last) == '}') || line < 1 || line > w->nlines) {
        PyObject *r = PyObject_CallMethodOneArg((PyObject *)self, a_add_heading, block);
        if (r == NULL)
            goto done;
        Py_DECREF(r);
        rc = 0;
        goto done;
    }
    /* where the heading's first line starts, past its indentation */
    PyObject *src = self->src;
    Py_ssize_t i = line - 1;
    Py_ssize_t offset = w->lines[i];
    Py_ssize_t line_end = i + 1 < w->nlines ? w->lines[i + 1] - 1 : PyUnicode_GET_LENGTH(src);
    if (line_end > PyUnicode_GET_LENGTH(src))
        line_end = PyUnicode_GET_LENGTH(src);
    int skind = PyUnicode_KIND(src);
    const void *sdata = PyUnicode_DATA(src);
    while (offset < line_end) {
        Py_UCS4 c = PyUnicode_READ(skind, sdata, offset);
        if (c != ' ' && c != '\t')
            break;
        offset++;
    }
    level = PyObject_GetAttr(block, a_level);
    if (level == NULL)
        goto done;
    text = PyObject_CallMethodNoArgs(plain, a_strip);
    if (text == NULL)
        goto done;
    slug = PyObject_GetAttr((PyObject *)self, a_slug);
    if (slug == NULL)
        goto done;
    anchor = PyObject_CallOneArg(slug, plain);
    if (anchor == NULL)
        goto done;
    offset_o = PyLong_FromSsize_t(offset);
    if (offset_o == NULL)
        goto done;
    heading = ((PyTypeObject *)HeadingType)->tp_new((PyTypeObject *)HeadingType, empty_tuple, NULL);
    if (heading == NULL
        || PyObject_SetAttr(heading, a_level, level) < 0
        || PyObject_SetAttr(heading, a_heading_text, text) < 0
        || PyObject_SetAttr(heading, a_anchor, anchor) < 0
        || PyObject_SetAttr(heading, a_offset, offset_o) < 0
        || PyObject_SetAttr(heading, a_line, start_line) < 0
        || PyObject_SetAttr(heading, a_block, block) < 0
        || PyObject_SetAttr(heading, a_explicit_id, Py_None) < 0)
        goto done;
    rc = PyList_Append(w->headings, heading);
done:
    Py_XDECREF(plain);
    Py_XDECREF(level);
    Py_XDECREF(start_line);
    Py_XDECREF(text);
    Py_XDECREF(slug);
    Py_XDECREF(anchor);
    Py_XDECREF(offset_o);
    Py_XDECREF(heading);
    return rc;
}

/* [close_block] */
static int
close_block(Walker *self, const Walk *w)
{
    if (IS_NONE(self->block))
        return 0;
    PyObject *block = self->block;  /* the reference moves here */
    Py_INCREF(Py_None);
    self->block = Py_None;
    self->implicit = 0;
    int rc = -1;
    PyObject *start_line = NULL, *prose = NULL, *kind = NULL;
    Py_ssize_t end = self->block_end;
    if (self->last_inline_end > end)
        end = self->last_inline_end;
    Py_ssize_t end_line = line_of(w, end > 0 ? end - 1 : 0);
    start_line = PyObject_GetAttr(block, a_start_line);
    if (start_line == NULL)
        goto done;
    PyObject *end_line_o = PyLong_FromSsize_t(end_line);
    if (end_line_o == NULL)
        goto done;
    int gt = PyObject_RichCompareBool(end_line_o, start_line, Py_GT);
    if (gt < 0 || PyObject_SetAttr(block, a_end_line, gt ? end_line_o : start_line) < 0) {
        Py_DECREF(end_line_o);
        goto done;
    }
    Py_DECREF(end_line_o);
    prose = PyUnicode_Join(empty_str, self->parts ? self->parts : empty_tuple);
    if (prose == NULL)
        goto done;
    int has;
    if ((has = PyUnicode_Contains(prose, s_url)) == 0 && (has = PyUnicode_Contains(prose, s_www)) == 0)
        has = PyUnicode_Contains(prose, s_at);
    if (has < 0)
        goto done;
    if (has) {
        PyObject *masked = PyObject_CallOneArg(mask_bare_urls, prose);
        if (masked == NULL)
            goto done;
        Py_SETREF(prose, masked);
    }
    if (PyObject_SetAttr(block, a_prose, prose) < 0)
        goto done;
    kind = PyObject_GetAttr(block, a_kind);
    if (kind == NULL)
        goto done;
    int eq = PyObject_RichCompareBool(kind, s_heading, Py_EQ);
    if (eq < 0)
        goto done;
    if (eq && add_heading(self, w, block) < 0)
        goto done;
    rc = PyList_Append(w->blocks, block);
done:
    Py_XDECREF(start_line);
    Py_XDECREF(prose);
    Py_XDECREF(kind);
    Py_DECREF(block);
    return rc;
}

/* (a, b, c) of three ints */
static PyObject *
triple(PyObject *a, PyObject *b, Py_ssize_t c)
{
    PyObject *t = PyTuple_New(3);
    PyObject *co = PyLong_FromSsize_t(c);
    if (t == NULL || co == NULL) {
        Py_XDECREF(t);
        Py_XDECREF(co);
        return NULL;
    }
    Py_INCREF(a);
    PyTuple_SET_ITEM(t, 0, a);
    Py_INCREF(b);
    PyTuple_SET_ITEM(t, 1, b);
    PyTuple_SET_ITEM(t, 2, co);
    return t;
}

/* [emit] text came verbatim from source; a block is open. */
static int
emit(Walker *self, PyObject *text, Py_ssize_t source)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n == 0)
        return 0;
    PyObject *runs = self->runs;  /* borrowed: held by self */
    if (self->runs_block != self->block || runs == NULL) {
        runs = PyObject_GetAttr(self->block, a_runs);
        if (runs == NULL)
            return -1;
        if (!PyList_Check(runs)) {
            Py_DECREF(runs);
            PyErr_SetString(PyExc_TypeError, "a block's runs must be a list");
            return -1;
        }
        Py_XSETREF(self->runs, runs);
        Py_INCREF(self->block);
        Py_XSETREF(self->runs_block, self->block);
    }
    Py_ssize_t count = PyList_GET_SIZE(runs);
    Py_ssize_t length = self->length;
    PyObject *run;
    if (count) {
        PyObject *last = PyList_GET_ITEM(runs, count - 1);
        Py_ssize_t p = PyLong_AsSsize_t(PyTuple_GET_ITEM(last, 0));
        Py_ssize_t s = PyLong_AsSsize_t(PyTuple_GET_ITEM(last, 1));
        Py_ssize_t m = PyLong_AsSsize_t(PyTuple_GET_ITEM(last, 2));
        if (PyErr_Occurred())
            return -1;
        if (p + m == length && s + m == source) {
            run = triple(PyTuple_GET_ITEM(last, 0), PyTuple_GET_ITEM(last, 1), m + n);
            if (run == NULL || PyList_SetItem(runs, count - 1, run) < 0)
                return -1;
            goto append;
        }
    }
    PyObject *lo = PyLong_FromSsize_t(length), *so = PyLong_FromSsize_t(source);
    run = lo && so ? triple(lo, so, n) : NULL;
    Py_XDECREF(lo);
    Py_XDECREF(so);
    if (run == NULL || PyList_Append(runs, run) < 0) {
        Py_XDECREF(run);
        return -1;
    }
    Py_DECREF(run);
append:
    if (PyList_Append(self->parts, text) < 0)
        return -1;
    self->length = length + n;
    return 0;
}

/* links and links[-1][0] is not None and links[-1][0].kind == "image" */
static int
in_image(Walker *self)
{
    PyObject *links = self->links;
    if (links == NULL || !PyList_Check(links) || PyList_GET_SIZE(links) == 0)
        return 0;
    PyObject *top = PyList_GET_ITEM(links, PyList_GET_SIZE(links) - 1);
    PyObject *link = PySequence_GetItem(top, 0);
    if (link == NULL)
        return -1;
    int rc = 0;
    if (link != Py_None) {
        PyObject *kind = PyObject_GetAttr(link, a_kind);
        if (kind == NULL)
            rc = -1;
        else {
            rc = PyObject_RichCompareBool(kind, s_image, Py_EQ);
            Py_DECREF(kind);
        }
    }
    Py_DECREF(link);
    return rc;
}

/* A byte offset to a character offset: [walk]'s "if not identity" lines, with Utf8Offsets.region
 * done here on its lists (byte_starts, and runs of (byte start, character start, characters, width,
 * bytes)), as it is written there. */
typedef struct {
    int identity;
    PyObject *byte_starts;
    PyObject *runs;
    Py_ssize_t lo, hi, shift;
} Offsets;

#define END_OFFSET ((Py_ssize_t)1 << 62)  /* utf8_offsets.END */

static int
run_field(PyObject *runs, Py_ssize_t i, int k, Py_ssize_t *out)
{
    PyObject *run = PyList_GET_ITEM(runs, i);
    if (!PyTuple_Check(run) || PyTuple_GET_SIZE(run) != 5) {
        PyErr_SetString(PyExc_TypeError, "a run of Utf8Offsets must be a 5-tuple");
        return -1;
    }
    *out = PyLong_AsSsize_t(PyTuple_GET_ITEM(run, k));
    return (*out == -1 && PyErr_Occurred()) ? -1 : 0;
}

static int
to_region(Offsets *o, Py_ssize_t b)
{
    PyObject *starts = o->byte_starts, *runs = o->runs;
    Py_ssize_t count = PyList_GET_SIZE(starts);
    if (count == 0 || PyList_GET_SIZE(runs) != count) {
        PyErr_SetString(PyExc_ValueError, "Utf8Offsets without runs");
        return -1;
    }
    Py_ssize_t lo = 0, hi = count;
    while (lo < hi) {  /* bisect_right(byte_starts, b) */
        Py_ssize_t mid = (lo + hi) / 2;
        Py_ssize_t v = PyLong_AsSsize_t(PyList_GET_ITEM(starts, mid));
        if (v == -1 && PyErr_Occurred())
            return -1;
        if (b < v)
            hi = mid;
        else
            lo = mid + 1;
    }
    Py_ssize_t i = lo - 1;
    if (i < 0) {  /* before the first run */
        Py_ssize_t first = PyLong_AsSsize_t(PyList_GET_ITEM(starts, 0));
        if (first == -1 && PyErr_Occurred())
            return -1;
        o->lo = 0;
        o->hi = first;
        o->shift = 0;
        return 0;
    }
    Py_ssize_t b0, c0, n, width, size;
    if (run_field(runs, i, 0, &b0) < 0 || run_field(runs, i, 1, &c0) < 0 || run_field(runs, i, 2, &n) < 0
        || run_field(runs, i, 3, &width) < 0 || run_field(runs, i, 4, &size) < 0)
        return -1;
    if (width <= 0) {
        PyErr_SetString(PyExc_ValueError, "a run's width must be positive");
        return -1;
    }
    Py_ssize_t d = b - b0;
    if (d == 0) {  /* a run's first byte closes the stretch of ASCII before it */
        Py_ssize_t before = 0;
        if (i) {
            Py_ssize_t pb, psize;
            if (run_field(runs, i - 1, 0, &pb) < 0 || run_field(runs, i - 1, 4, &psize) < 0)
                return -1;
            before = pb + psize;
        }
        o->lo = before;
        o->hi = b0;
        o->shift = b0 - c0;
        return 0;
    }
    if (d < size) {  /* inside a run: this offset alone */
        o->lo = o->hi = b;
        o->shift = b - (c0 + d / width);
        return 0;
    }
    o->lo = b0 + size;
    o->hi = END_OFFSET;
    if (i + 1 < count && run_field(runs, i + 1, 0, &o->hi) < 0)
        return -1;
    o->shift = o->lo - (c0 + n);
    return 0;
}

static inline int
convert(Offsets *o, Py_ssize_t *b)
{
    if (o->identity)
        return 0;
    if (!(o->lo <= *b && *b <= o->hi) && to_region(o, *b) < 0)
        return -1;
    *b -= o->shift;
    return 0;
}

static int
push_container(Walker *self, PyObject *name)
{
    if (PyList_Append(self->containers, name) < 0)
        return -1;
    PyObject *t = PyList_AsTuple(self->containers);
    if (t == NULL)
        return -1;
    set_obj(&self->enclosing, t);
    return 0;
}

/* [start_skipped] */
static int
start_skipped(Walker *self, const Walk *w, PyObject *kind, Py_ssize_t start, Py_ssize_t end)
{
    if (close_block(self, w) < 0)
        return -1;
    self->skip += 1;
    Py_INCREF(kind);
    set_obj(&self->skip_kind, kind);
    Py_ssize_t first = line_of(w, start);
    Py_ssize_t last = line_of(w, end - 1 > start ? end - 1 : start);
    for (Py_ssize_t i = first; i <= last; i++) {
        PyObject *o = PyLong_FromSsize_t(i);
        if (o == NULL || PySet_Add(w->code_lines, o) < 0) {
            Py_XDECREF(o);
            return -1;
        }
        Py_DECREF(o);
    }
    return append_pair(self->covered, start, end);
}

/* [open_link] for a link or an image ("Link" or "Image"), after [inline_start] */
static int
open_link(Walker *self, int image, PyObject *data, Py_ssize_t start, Py_ssize_t end)
{
    if (!PyDict_Check(data)) {
        PyErr_SetString(PyExc_TypeError, "a link's data must be a dict");
        return -1;
    }
    PyObject *link_type = PyDict_GetItemWithError(data, s_link_type);
    if (link_type == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, s_link_type);
        return -1;
    }
    PyObject *style = s_inline;
    if (PyUnicode_Check(link_type)) {
        PyObject *found = PyDict_GetItemWithError(styles, link_type);
        if (found != NULL)
            style = found;
        else if (PyErr_Occurred())
            return -1;
    }
    if (same_str(style, s_autolink)) {  /* rare: the Python method */
        PyObject *s = PyLong_FromSsize_t(start), *e = PyLong_FromSsize_t(end), *r = NULL;
        if (s != NULL && e != NULL) {
            PyObject *args[5] = {(PyObject *)self, image ? s_image_key : s_link_key, data, s, e};
            r = PyObject_VectorcallMethod(a_open_link, args, 5 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        }
        Py_XDECREF(s);
        Py_XDECREF(e);
        if (r == NULL)
            return -1;
        Py_DECREF(r);
        return 0;
    }
    PyObject *dest = PyDict_GetItemWithError(data, s_dest_url);
    PyObject *title = dest ? PyDict_GetItemWithError(data, s_title) : NULL;
    if (title == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetObject(PyExc_KeyError, dest ? s_title : s_dest_url);
        return -1;
    }
    int truth = PyObject_IsTrue(title);
    if (truth < 0)
        return -1;
    PyObject *link = ((PyTypeObject *)LinkType)->tp_new((PyTypeObject *)LinkType, empty_tuple, NULL);
    if (link == NULL)
        return -1;
    PyObject *offset = PyLong_FromSsize_t(start);
    PyObject *at = PyLong_FromSsize_t(self->length);
    PyObject *entry = NULL;
    int rc = -1;
    if (offset == NULL || at == NULL
        || PyObject_SetAttr(link, a_kind, image ? s_image : s_link) < 0
        || PyObject_SetAttr(link, a_style, style) < 0
        || PyObject_SetAttr(link, a_destination, dest) < 0
        || PyObject_SetAttr(link, a_offset, offset) < 0
        || PyObject_SetAttr(link, a_text, empty_str) < 0
        || PyObject_SetAttr(link, a_label, Py_None) < 0
        || PyObject_SetAttr(link, a_title, truth ? title : empty_str) < 0
        || PyObject_SetAttr(link, a_block, self->block ? self->block : Py_None) < 0
        || PyObject_SetAttr(link, a_prose_start, at) < 0
        || PyObject_SetAttr(link, a_prose_end, at) < 0)
        goto done;
    if (image && !self->autolink) {
        if (emit(self, space, start) < 0)
            goto done;
        Py_SETREF(at, PyLong_FromSsize_t(self->length - 1));
        if (at == NULL || PyObject_SetAttr(link, a_prose_start, at) < 0
            || PyObject_SetAttr(link, a_prose_end, at) < 0)
            goto done;
    }
    entry = Py_BuildValue("(Onn)", link, PyList_GET_SIZE(self->plain), end);
    if (entry == NULL)
        goto done;
    rc = PyList_Append(self->links, entry);
done:
    Py_XDECREF(entry);
    Py_XDECREF(offset);
    Py_XDECREF(at);
    Py_DECREF(link);
    return rc;
}

/* 1 when the written "(address)" is plain, as [close_link] tests it: no "<" first, no "(", ")",
 * backslash or white space (str.split's) */
static int
plain_destination(PyObject *src, Py_ssize_t from, Py_ssize_t to)
{
    int kind = PyUnicode_KIND(src);
    const void *data = PyUnicode_DATA(src);
    if (from < to && PyUnicode_READ(kind, data, from) == '<')
        return 0;
    for (Py_ssize_t i = from; i < to; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c == '(' || c == ')' || c == '\\' || Py_UNICODE_ISSPACE(c))
            return 0;
    }
    return 1;
}

/* [close_link], called by [end_link] */
static int
close_link(Walker *self, const Walk *w, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *links = self->links;
    Py_ssize_t count = PyList_GET_SIZE(links);
    if (count == 0)
        return 0;
    PyObject *top = PyList_GET_ITEM(links, count - 1);
    Py_INCREF(top);
    if (PyList_SetSlice(links, count - 1, count, NULL) < 0) {
        Py_DECREF(top);
        return -1;
    }
    int rc = -1;
    PyObject *text = NULL, *kind = NULL, *written = NULL, *style = NULL, *piece = NULL, *slice = NULL;
    if (!PyTuple_Check(top) || PyTuple_GET_SIZE(top) != 3) {
        PyErr_SetString(PyExc_TypeError, "an open link must be (link, plain index, end)");
        goto done;
    }
    PyObject *link = PyTuple_GET_ITEM(top, 0);
    if (link == Py_None) {
        self->autolink -= 1;
        rc = 0;
        goto done;
    }
    Py_ssize_t plain_at = PyLong_AsSsize_t(PyTuple_GET_ITEM(top, 1));
    if (plain_at == -1 && PyErr_Occurred())
        goto done;
    PyObject *plain = self->plain;
    Py_ssize_t nplain = PyList_GET_SIZE(plain);
    slice = PyList_GetSlice(plain, plain_at, nplain);
    if (slice == NULL)
        goto done;
    text = PyUnicode_Join(empty_str, slice);
    if (text == NULL || PyObject_SetAttr(link, a_text, text) < 0)
        goto done;
    kind = PyObject_GetAttr(link, a_kind);
    if (kind == NULL)
        goto done;
    int is_link = PyObject_RichCompareBool(kind, s_link, Py_EQ);
    if (is_link < 0)
        goto done;
    if (is_link) {
        PyObject *n = PyLong_FromSsize_t(self->length);
        if (n == NULL)
            goto done;
        int r = PyObject_SetAttr(link, a_prose_end, n);
        Py_DECREF(n);
        if (r < 0)
            goto done;
    }
    else if (PyList_SetSlice(plain, plain_at, PyList_GET_SIZE(plain), NULL) < 0)
        goto done;
    int is_image = PyObject_RichCompareBool(kind, s_image, Py_EQ);
    if (is_image < 0)
        goto done;
    PyObject *src = self->src;
    Py_ssize_t length = PyUnicode_GET_LENGTH(src);
    Py_ssize_t first = start + (is_image ? 2 : 1);
    /* [_closing_bracket](src, first - 1, end, last_inline_end) */
    Py_ssize_t from = self->last_inline_end < end ? self->last_inline_end : end;
    if (from < first)
        from = first;
    Py_ssize_t close = PyUnicode_FindChar(src, ']', from, end, 1);
    if (close == -1)
        close = PyUnicode_FindChar(src, ']', first, end, 1);
    if (close == -2)
        goto done;
    if (close >= 0) {
        written = PyUnicode_Substring(src, first, close);
        if (written == NULL)
            goto done;
    }
    else {
        written = text;
        Py_INCREF(written);
    }
    Py_ssize_t after = close >= 0 ? close + 1 : end;
    style = PyObject_GetAttr(link, a_style);
    if (style == NULL)
        goto done;
    int is_inline = PyObject_RichCompareBool(style, s_inline, Py_EQ);
    if (is_inline < 0)
        goto done;
    if (is_inline) {
        if (after < end && after < length && PyUnicode_READ_CHAR(src, after) == '(') {
            if (end - 1 < length && end - 1 >= 0 && PyUnicode_READ_CHAR(src, end - 1) == ')'
                && plain_destination(src, after + 1, end - 1)) {
                piece = PyUnicode_Substring(src, after + 1, end - 1 > after + 1 ? end - 1 : after + 1);
                if (piece == NULL || PyObject_SetAttr(link, a_destination, piece) < 0)
                    goto done;
            }
            else {
                PyObject *a = PyLong_FromSsize_t(after + 1), *e = PyLong_FromSsize_t(end), *r = NULL;
                if (a != NULL && e != NULL) {
                    PyObject *args[3] = {src, a, e};
                    r = PyObject_Vectorcall(parse_destination, args, 3, NULL);
                }
                Py_XDECREF(a);
                Py_XDECREF(e);
                if (r == NULL)
                    goto done;
                PyObject *d = PySequence_GetItem(r, 0);
                Py_DECREF(r);
                if (d == NULL)
                    goto done;
                int sr = PyObject_SetAttr(link, a_destination, d);
                Py_DECREF(d);
                if (sr < 0)
                    goto done;
            }
        }
    }
    else {
        int is_full = PyObject_RichCompareBool(style, s_full, Py_EQ);
        if (is_full < 0)
            goto done;
        PyObject *label = written;
        if (is_full) {
            Py_ssize_t j = PyUnicode_FindChar(src, '[', after, end, 1);
            if (j == -2)
                goto done;
            if (j >= 0) {
                piece = PyUnicode_Substring(src, j + 1, end - 1 > j + 1 ? end - 1 : j + 1);
                if (piece == NULL)
                    goto done;
                label = piece;
            }
        }
        if (PyObject_SetAttr(link, a_label, label) < 0)
            goto done;
    }
    if (PyList_Append(w->links, link) < 0)
        goto done;
    self->last_inline_end = end;
    rc = 0;
done:
    Py_DECREF(top);
    Py_XDECREF(slice);
    Py_XDECREF(text);
    Py_XDECREF(kind);
    Py_XDECREF(written);
    Py_XDECREF(style);
    Py_XDECREF(piece);
    return rc;
}

static int
native_step(Walker *self, const Walk *w, long op, PyObject *value, Py_ssize_t start, Py_ssize_t end)
{
    switch (op) {
    case OP_PARAGRAPH:
    case OP_TABLE_CELL:
        if (close_block(self, w) < 0
            || open_block(self, w, op == OP_PARAGRAPH ? s_paragraph : s_table_cell, start, end, 0) < 0)
            return -1;
        return append_pair(self->covered, start, end);
    case OP_HEADING: {
        /* int(data["level"][1]): "H1" to "H6" */
        if (close_block(self, w) < 0)
            return -1;
        PyObject *level = PyDict_Check(value) ? PyDict_GetItemWithError(value, s_level) : NULL;
        if (level == NULL || !PyUnicode_Check(level) || PyUnicode_GET_LENGTH(level) != 2) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "a heading's level must be H1 to H6");
            return -1;
        }
        Py_UCS4 digit = PyUnicode_READ_CHAR(level, 1);
        if (digit < '0' || digit > '9') {
            PyErr_SetString(PyExc_ValueError, "a heading's level must be H1 to H6");
            return -1;
        }
        if (open_block(self, w, s_heading, start, end, (long)(digit - '0')) < 0)
            return -1;
        return append_pair(self->covered, start, end);
    }
    case OP_ITEM:
    case OP_BLOCKQUOTE:
        if (close_block(self, w) < 0)
            return -1;
        return push_container(self, op == OP_ITEM ? s_list_item : s_blockquote);
    case OP_TABLE:
        if (close_block(self, w) < 0 || push_container(self, s_table) < 0)
            return -1;
        return append_pair(self->covered, start, end);
    case OP_CODE_BLOCK:
        return start_skipped(self, w, s_code_block_kind, start, end);
    case OP_METADATA:
        return start_skipped(self, w, s_metadata_kind, start, end);
    case OP_END_BLOCK:
        return close_block(self, w);
    case OP_END_CONTAINER: {
        if (close_block(self, w) < 0)
            return -1;
        Py_ssize_t n = PyList_GET_SIZE(self->containers);
        if (n) {
            if (PyList_SetSlice(self->containers, n - 1, n, NULL) < 0)
                return -1;
            PyObject *t = PyList_AsTuple(self->containers);
            if (t == NULL)
                return -1;
            set_obj(&self->enclosing, t);
        }
        return 0;
    }
    case OP_END_SKIPPED:
        self->skip -= 1;
        return 0;
    case OP_CODE:
        if (inline_start(self, w, start) < 0)
            return -1;
        if (!self->autolink && emit(self, placeholder, start) < 0)
            return -1;
        if (PyList_Append(self->plain, value) < 0)
            return -1;
        self->last_inline_end = end;
        return 0;
    case OP_LINK:
    case OP_IMAGE:
        if (inline_start(self, w, start) < 0)
            return -1;
        return open_link(self, op == OP_IMAGE, value, start, end);
    case OP_END_LINK:
        return close_link(self, w, start, end);
    }
    PyErr_Format(PyExc_ValueError, "no native step %ld", op);
    return -1;
}

static int
call_step(Walker *self, const Walk *w, PyObject *handler, PyObject *value, Py_ssize_t start,
          Py_ssize_t end)
{
    if (PyLong_CheckExact(handler)) {
        long op = PyLong_AsLong(handler);
        if (op == -1 && PyErr_Occurred())
            return -1;
        return native_step(self, w, op, value, start, end);
    }
    PyObject *s = PyLong_FromSsize_t(start);
    PyObject *e = PyLong_FromSsize_t(end);
    if (s == NULL || e == NULL) {
        Py_XDECREF(s);
        Py_XDECREF(e);
        return -1;
    }
    PyObject *args[4] = {(PyObject *)self, value, s, e};
    PyObject *r = PyObject_Vectorcall(handler, args, 4, NULL);
    Py_DECREF(s);
    Py_DECREF(e);
    if (r == NULL)
        return -1;
    Py_DECREF(r);
    return 0;
}

/* [walk]'s text event */
static int
text_event(Walker *self, const Walk *w, PyObject *value, Py_ssize_t start, Py_ssize_t end)
{
    if (self->skip) {
        if (self->skip_kind && same_str(self->skip_kind, s_html_block))
            return PyList_Append(self->html, value);
        return 0;
    }
    if (inline_start(self, w, start) < 0)
        return -1;
    self->last_inline_end = end;
    int image = in_image(self);
    if (image < 0)
        return -1;
    if (image)  /* alt text: the image's, not prose */
        return PyList_Append(self->plain, value);
    if (self->autolink)
        return 0;
    if (!PyUnicode_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "a text event's value must be a str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(value);
    if (n) {
        int verbatim = 0;
        if (end - start == n) {
            verbatim = (int)PyUnicode_Tailmatch(self->src, value, start, PY_SSIZE_T_MAX, -1);
            if (verbatim < 0)
                return -1;
        }
        if (verbatim) {
            if (emit(self, value, start) < 0)
                return -1;
        }
        else {
            PyObject *s = PyLong_FromSsize_t(start);
            PyObject *e = PyLong_FromSsize_t(end);
            PyObject *r = NULL;
            if (s != NULL && e != NULL) {
                PyObject *args[4] = {(PyObject *)self, value, s, e};
                r = PyObject_VectorcallMethod(a_emit_text, args, 4 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
            }
            Py_XDECREF(s);
            Py_XDECREF(e);
            if (r == NULL)
                return -1;
            Py_DECREF(r);
        }
    }
    return PyList_Append(self->plain, value);
}

static PyObject *
walker_walk(Walker *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 10) {
        PyErr_SetString(PyExc_TypeError, "_walk(events, at, line_starts, blocks, code_lines, links, headings, "
                                         "other, start_tags, end_tags)");
        return NULL;
    }
    PyObject *events = args[0], *at = args[1], *line_starts = args[2];
    PyObject *other = args[7], *start_tags = args[8], *end_tags = args[9];
    if (!PyDict_Check(other) || !PyDict_Check(start_tags) || !PyDict_Check(end_tags)
        || !PyList_Check(args[3]) || !PySet_Check(args[4]) || !PyList_Check(args[5]) || !PyList_Check(args[6])) {
        PyErr_SetString(PyExc_TypeError,
                        "_walk: tables must be dicts, blocks, links and headings lists, code_lines a set");
        return NULL;
    }
    if (self->src == NULL || !PyUnicode_Check(self->src) || self->containers == NULL
        || !PyList_Check(self->containers) || self->covered == NULL || !PyList_Check(self->covered)
        || self->links == NULL || !PyList_Check(self->links)) {
        PyErr_SetString(PyExc_TypeError, "_walk: the builder's src, containers, covered and links must be set");
        return NULL;
    }
    Py_buffer view;
    if (PyObject_GetBuffer(line_starts, &view, PyBUF_FORMAT | PyBUF_C_CONTIGUOUS) < 0)
        return NULL;
    if (view.itemsize != 8 || view.format == NULL || (view.format[0] != 'q' && view.format[0] != 'l')) {
        PyBuffer_Release(&view);
        PyErr_SetString(PyExc_TypeError, "_walk: line_starts must be an array of int64");
        return NULL;
    }
    Walk w = {(const int64_t *)view.buf, view.len / 8, args[3], args[4], args[5], args[6]};
    Offsets o = {1, NULL, NULL, 0, PY_SSIZE_T_MAX, 0};
    PyObject *it = NULL, *item = NULL;
    PyObject *identity = PyObject_GetAttr(at, a_identity);
    if (identity == NULL)
        goto fail;
    o.identity = PyObject_IsTrue(identity);
    Py_DECREF(identity);
    if (o.identity < 0)
        goto fail;
    if (!o.identity) {
        o.byte_starts = PyObject_GetAttr(at, a_byte_starts);
        o.runs = o.byte_starts ? PyObject_GetAttr(at, a_runs_of) : NULL;
        if (o.runs == NULL)
            goto fail;
        if (!PyList_Check(o.byte_starts) || !PyList_Check(o.runs)) {
            PyErr_SetString(PyExc_TypeError, "Utf8Offsets' byte_starts and runs must be lists");
            goto fail;
        }
        if (to_region(&o, 0) < 0)
            goto fail;
    }
    it = PyObject_GetIter(events);
    if (it == NULL)
        goto fail;
    while ((item = PyIter_Next(it)) != NULL) {
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 2 || !PyDict_Check(PyTuple_GET_ITEM(item, 1))) {
            PyErr_SetString(PyExc_TypeError, "an event must be (event, range)");
            goto fail;
        }
        PyObject *ev = PyTuple_GET_ITEM(item, 0), *r = PyTuple_GET_ITEM(item, 1);
        /* {"start": ..., "end": ...}: read in order when the keys are the parser's (interned) */
        PyObject *so = NULL, *eo = NULL, *k1, *k2, *v1, *v2;
        Py_ssize_t rp = 0;
        if (PyDict_GET_SIZE(r) == 2 && PyDict_Next(r, &rp, &k1, &v1) && PyDict_Next(r, &rp, &k2, &v2)
            && k1 == s_start && k2 == s_end) {
            so = v1;
            eo = v2;
        }
        else {
            so = PyDict_GetItemWithError(r, s_start);
            eo = so ? PyDict_GetItemWithError(r, s_end) : NULL;
        }
        if (eo == NULL) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_KeyError, "an event's range needs start and end");
            goto fail;
        }
        Py_ssize_t start = PyLong_AsSsize_t(so), end = PyLong_AsSsize_t(eo);
        if ((start == -1 || end == -1) && PyErr_Occurred())
            goto fail;
        if (convert(&o, &start) < 0 || convert(&o, &end) < 0)
            goto fail;
        if (PyUnicode_CheckExact(ev)) {  /* SoftBreak, HardBreak, Rule */
            if (!IS_NONE(self->block) && !self->autolink && !same_str(ev, s_rule)) {
                if (emit(self, space, start) < 0 || PyList_Append(self->plain, space) < 0)
                    goto fail;
            }
            Py_CLEAR(item);
            continue;
        }
        if (!PyDict_Check(ev) || PyDict_GET_SIZE(ev) != 1) {
            PyErr_SetString(PyExc_TypeError, "an event must be a str or a one-item dict");
            goto fail;
        }
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        PyDict_Next(ev, &pos, &key, &value);
        if (same_str(key, s_text)) {
            if (text_event(self, &w, value, start, end) < 0)
                goto fail;
            Py_CLEAR(item);
            continue;
        }
        PyObject *table = other;
        PyObject *tag = key;
        if (same_str(key, s_start_ev))
            table = start_tags;
        else if (same_str(key, s_end_ev))
            table = end_tags;
        if (table != other) {
            /* A tag is a name ("Paragraph") or a one-item dict ({"Heading": {...}}). */
            if (PyDict_Check(value)) {
                if (PyDict_GET_SIZE(value) != 1) {
                    PyErr_SetString(PyExc_TypeError, "a tag must be a str or a one-item dict");
                    goto fail;
                }
                Py_ssize_t p = 0;
                PyObject *data;
                PyDict_Next(value, &p, &tag, &data);
                value = data;
            }
            else
                tag = value;
        }
        PyObject *handler = PyDict_GetItemWithError(table, tag);
        if (handler == NULL) {
            if (PyErr_Occurred())
                goto fail;
        }
        else if (handler != Py_None && call_step(self, &w, handler, value, start, end) < 0)
            goto fail;
        Py_CLEAR(item);
    }
    if (PyErr_Occurred())
        goto fail;
    Py_DECREF(it);
    Py_XDECREF(o.byte_starts);
    Py_XDECREF(o.runs);
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
fail:
    Py_XDECREF(item);
    Py_XDECREF(it);
    Py_XDECREF(o.byte_starts);
    Py_XDECREF(o.runs);
    PyBuffer_Release(&view);
    return NULL;
}

static PyMethodDef walker_methods[] = {
    {"_walk", (PyCFunction)(void (*)(void))walker_walk, METH_FASTCALL,
     "_walk(events, at, line_starts, blocks, code_lines, other, start_tags, end_tags): the walk."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject WalkerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "prosecheck._native._build.Walker",
    .tp_basicsize = sizeof(Walker),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = "The Document builder's state, walked in C (see markdown_prose._NativeBuilder).",
    .tp_traverse = (traverseproc)walker_traverse,
    .tp_clear = (inquiry)walker_clear,
    .tp_dealloc = (destructor)walker_dealloc,
    .tp_methods = walker_methods,
    .tp_members = walker_members,
    .tp_new = PyType_GenericNew,
};

static PyObject *
configure(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 7 || !PyType_Check(args[0]) || !PyCallable_Check(args[1]) || !PyUnicode_Check(args[2])
        || !PyType_Check(args[3]) || !PyDict_Check(args[4]) || !PyCallable_Check(args[5])
        || !PyType_Check(args[6])) {
        PyErr_SetString(PyExc_TypeError,
                        "configure(Block, mask_bare_urls, placeholder, Link, styles, parse_destination, Heading)");
        return NULL;
    }
    Py_INCREF(args[6]);
    Py_XSETREF(HeadingType, args[6]);
    Py_INCREF(args[3]);
    Py_XSETREF(LinkType, args[3]);
    Py_INCREF(args[4]);
    Py_XSETREF(styles, args[4]);
    Py_INCREF(args[5]);
    Py_XSETREF(parse_destination, args[5]);
    Py_INCREF(args[0]);
    Py_XSETREF(BlockType, args[0]);
    Py_INCREF(args[1]);
    Py_XSETREF(mask_bare_urls, args[1]);
    Py_INCREF(args[2]);
    Py_XSETREF(placeholder, args[2]);
    Py_RETURN_NONE;
}

/* line_starts(text) -> bytes: where each line of text starts (0, then one past each "\n"), as
 * native int64: what Document's accumulate over text.split("\n") gives, in one pass. */
static PyObject *
line_starts(PyObject *module, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "line_starts(text): text must be a str");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t count = 1;
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *p = data, *stop = p + n;
        while ((p = memchr(p, '\n', stop - p)) != NULL) {
            count++;
            p++;
        }
    }
    else {
        for (Py_ssize_t i = 0; i < n; i++)
            count += PyUnicode_READ(kind, data, i) == '\n';
    }
    PyObject *out = PyBytes_FromStringAndSize(NULL, count * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL)
        return NULL;
    int64_t *starts = (int64_t *)PyBytes_AS_STRING(out);
    Py_ssize_t k = 0;
    starts[k++] = 0;
    if (kind == PyUnicode_1BYTE_KIND) {
        const char *base = data, *p = base, *stop = base + n;
        while ((p = memchr(p, '\n', stop - p)) != NULL) {
            p++;
            starts[k++] = p - base;
        }
    }
    else {
        for (Py_ssize_t i = 0; i < n; i++)
            if (PyUnicode_READ(kind, data, i) == '\n')
                starts[k++] = i + 1;
    }
    return out;
}

static PyMethodDef methods[] = {
    {"line_starts", (PyCFunction)line_starts, METH_O,
     "line_starts(text) -> bytes: where each line starts, native int64 (see Document)."},
    {"configure", (PyCFunction)(void (*)(void))configure, METH_FASTCALL,
     "configure(Block, mask_bare_urls, placeholder, Link, styles, parse_destination, Heading): what the "
     "walk makes and calls."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_build", "The Document builder's walk in C (see markdown_prose.py).", -1, methods,
};

#define INTERN(var, text) if ((var = PyUnicode_InternFromString(text)) == NULL) return NULL

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
PyInit__build(void)
{
    if (PyType_Ready(&WalkerType) < 0)
        return NULL;
    empty_tuple = PyTuple_New(0);
    if (empty_tuple == NULL)
        return NULL;
    INTERN(empty_str, "");
    INTERN(space, " ");
    INTERN(s_start, "start");
    INTERN(s_end, "end");
    INTERN(s_text, "Text");
    INTERN(s_start_ev, "Start");
    INTERN(s_end_ev, "End");
    INTERN(s_rule, "Rule");
    INTERN(s_html_block, "HtmlBlock");
    INTERN(s_image, "image");
    INTERN(s_heading, "heading");
    INTERN(s_paragraph, "paragraph");
    INTERN(s_table_cell, "table_cell");
    INTERN(s_list_item, "list_item");
    INTERN(s_blockquote, "blockquote");
    INTERN(s_table, "table");
    INTERN(s_code_block_kind, "CodeBlock");
    INTERN(s_metadata_kind, "MetadataBlock");
    INTERN(s_level, "level");
    INTERN(a_kind, "kind");
    INTERN(a_start_line, "start_line");
    INTERN(a_end_line, "end_line");
    INTERN(a_prose, "prose");
    INTERN(a_runs, "runs");
    INTERN(a_level, "level");
    INTERN(a_containers, "containers");
    INTERN(a_starts, "_starts");
    INTERN(a_emit_text, "emit_text");
    INTERN(a_add_heading, "add_heading");
    INTERN(a_byte_starts, "byte_starts");
    INTERN(a_runs_of, "runs");
    INTERN(a_identity, "identity");
    INTERN(s_url, "://");
    INTERN(s_www, "www.");
    INTERN(s_at, "@");
    INTERN(s_link, "link");
    INTERN(s_image_key, "Image");
    INTERN(s_link_key, "Link");
    INTERN(s_inline, "inline");
    INTERN(s_autolink, "autolink");
    INTERN(s_full, "full");
    INTERN(s_link_type, "link_type");
    INTERN(s_dest_url, "dest_url");
    INTERN(s_title, "title");
    INTERN(a_style, "style");
    INTERN(a_destination, "destination");
    INTERN(a_offset, "offset");
    INTERN(a_text, "text");
    INTERN(a_label, "label");
    INTERN(a_title, "title");
    INTERN(a_block, "block");
    INTERN(a_prose_start, "prose_start");
    INTERN(a_prose_end, "prose_end");
    INTERN(a_open_link, "open_link");
    INTERN(a_strip, "strip");
    INTERN(a_slug, "slug");
    INTERN(a_heading_text, "text");
    INTERN(a_anchor, "anchor");
    INTERN(a_line, "line");
    INTERN(a_explicit_id, "explicit_id");
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&WalkerType);
    if (PyModule_AddObject(m, "Walker", (PyObject *)&WalkerType) < 0) {
        Py_DECREF(&WalkerType);
        Py_DECREF(m);
        return NULL;
    }
    return stamped(m);
}
