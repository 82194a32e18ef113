"""BP102's reduce spread over a cluster: a shuffle by LSH band instead of every summary in one place.

The local reduce (``boilerplate._spread``) reads every document's summary in one process: fine
for tens of thousands of files, not for millions. On a cluster the same result comes in three
steps, and the client only ever holds the copies it will report:

1. ``shuffle`` (on the worker that linted the document): each paragraph goes to the 16 buckets
   named by its signature's bands, ``(band, value)``, with what is needed to compare and report it.
2. ``reduce_shuffled`` (on a worker, one call per partition of buckets): in each bucket, one
   representative per distinct text (the first copy, by path then position, exactly as the local
   reduce picks it); the edges "member ~ the bucket's head" and "member ~ the member before it"
   where the signatures agree enough; and, in band 0, the word-for-word copies of each text.
3. ``finish_shuffled`` (on the client): the union of those edges, the groups, and the same
   BP102 messages as the local reduce (``boilerplate.group_findings``).

The groups are the connected components of one fixed edge set, and the local reduce computes the
same set (see the comment in ``_spread``), so a Dask run reports exactly what a local run does.
Shuffle volume: each paragraph's place and signature (about 90 bytes) once per partition that
one of its 16 bands falls in, and 9 bytes per band (``pack``); docs/scaling.md has the figures.
"""

from __future__ import annotations

from array import array

from prosecheck.checks import fingerprints as fp


def shuffle(path: str, summary) -> list:
    """``[((band, value), record), ...]`` for every paragraph of one document's summary."""
    if not summary:
        return []
    ls, cs, ks, sigs = summary
    lines, cols, keys = array("I"), array("I"), array("Q")
    lines.frombytes(ls)
    cols.frombytes(cs)
    keys.frombytes(ks)
    size = fp.SIGNATURE_BYTES
    out = []
    for i, key in enumerate(keys):
        sig = sigs[i * size : (i + 1) * size]
        record = (path, i, lines[i], cols[i], key, sig)
        view = memoryview(sig).cast("I")
        for band in range(fp.BANDS):
            out.append(((band, view[band]), record))
    return out


def pack(pairs: list) -> tuple:
    """One worker's ``shuffle`` pairs for one partition, in columns: each paragraph once (its place
    and signature, about 90 bytes) however many of its 16 bands fall in this partition, and per
    band only ``(band, value, row)``, 9 bytes. Pickled as they were, a paragraph cost about 16
    bands x 20 bytes plus its record once per partition (pickle shares a repeated object).
    """
    paths: dict = {}
    rows: dict = {}
    docs, indexes, lines, cols, keys = array("I"), array("I"), array("I"), array("I"), array("Q")
    sigs = bytearray()
    bands, values, members = array("B"), array("I"), array("I")
    for (band, value), r in pairs:
        row = rows.get((r[0], r[1]))
        if row is None:
            row = rows[r[0], r[1]] = len(indexes)
            docs.append(paths.setdefault(r[0], len(paths)))
            indexes.append(r[1])
            lines.append(r[2])
            cols.append(r[3])
            keys.append(r[4])
            sigs += r[5]
        bands.append(band)
        values.append(value)
        members.append(row)
    return (list(paths), docs.tobytes(), indexes.tobytes(), lines.tobytes(), cols.tobytes(), keys.tobytes(),
            bytes(sigs), bands.tobytes(), values.tobytes(), members.tobytes())


def unpack(packed: tuple) -> list:
    """The pairs ``pack`` was given (in the same order): ``[((band, value), record), ...]``."""
    paths, *columns = packed
    docs, indexes, lines, cols, keys, _, bands, values, members = (
        _column(code, data) for code, data in zip("IIIIQ-BII", columns))
    sigs = columns[5]
    size = fp.SIGNATURE_BYTES
    records = [(paths[docs[n]], indexes[n], lines[n], cols[n], keys[n], sigs[n * size : (n + 1) * size])
               for n in range(len(indexes))]
    return [((band, value), records[row]) for band, value, row in zip(bands, values, members)]


def _column(code: str, data: bytes):
    if code == "-":
        return None
    column = array(code)
    column.frombytes(data)
    return column


def reduce_buckets(buckets: dict, similarity: float) -> tuple:
    """``(edges, copies)`` for the buckets of one partition.

    ``edges``: pairs of representatives ``((path, i, line, col, key), ...)`` whose signatures agree
    at ``similarity`` or more. ``copies``: for each text written word for word more than once, every
    copy (found in band 0 only, so each text is listed once).
    """
    edges = []
    copies = []
    for (band, _value), records in buckets.items():
        by_key: dict = {}
        for r in records:
            by_key.setdefault(r[4], []).append(r)
        if band == 0:
            for group in by_key.values():
                if len(group) > 1:
                    copies.append([_place(r) for r in sorted(group, key=_order)])
        if len(by_key) < 2:
            continue
        reps = sorted((min(group, key=_order) for group in by_key.values()), key=_order)
        head = prev = reps[0]
        for x in reps[1:]:
            if fp.estimate(x[5], head[5]) >= similarity:
                edges.append((_place(x), _place(head)))
            if prev is not head and fp.estimate(x[5], prev[5]) >= similarity:
                edges.append((_place(x), _place(prev)))
            prev = x
    return edges, copies


def groups_from(parts: list) -> list:
    """The groups of copies, each a list of ``(path, line, col, key)``, from every partition's
    ``(edges, copies)``: the union of the edges, each representative with its word-for-word copies."""
    parent: dict = {}

    def find(x):
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent.get(x, x)
        return root

    copies_of: dict = {}
    for edges, copies in parts:
        for a, b in edges:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        for group in copies:
            copies_of[group[0]] = group
    members: dict = {}
    for node in list(parent) + list(copies_of):
        members.setdefault(find(node), set()).add(node)
    for root, group in members.items():
        group.add(root)  # a component's root is a key of neither dict above
    groups = []
    for root in sorted(members):
        group = []
        for rep in members[root]:
            group.extend(copies_of.get(rep, [rep]))
        groups.append([(path, line, col, key) for path, _i, line, col, key in group])
    return groups


def _order(r) -> tuple:
    return r[0], r[1]


def _place(r) -> tuple:
    """A paragraph without its signature: (path, index, line, col, key)."""
    return r[0], r[1], r[2], r[3], r[4]
