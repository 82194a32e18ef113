"""BP102's reduce spread over a cluster: a shuffle by LSH band instead of every summary in one place.

The local reduce (``boilerplate._spread``) reads every document's summary in one process: fine
for tens of thousands of files, not for millions. On a cluster the same result comes in steps,
and the client only ever holds the copies it will report (one worker, in round 4, holds every
copied paragraph's place for a moment):

1. ``shuffle`` (on the worker that linted the document): each paragraph goes to the 16 buckets
   named by its signature's bands, ``(band, value)``, with its place (path, index, line, column,
   text key) but not its signature; the signature goes once, to the paragraph's *home*, the
   partition of ``("sig", path, index)``. ``pack`` puts one worker's pairs for one partition in
   columns.
2. ``reduce_buckets``, round 1 (one call per partition): in each bucket, one representative per
   distinct text (the first copy, by path then position, exactly as the local reduce picks it);
   the candidate pairs "member ~ the bucket's head" and "member ~ the member before it"; and, in
   band 0, the word-for-word copies of each text. Each candidate goes to the home of its first
   paragraph.
3. Round 2: there, the first paragraph's signature is attached and the pair goes on to the home
   of the second. Round 3: there, the two signatures are compared; the pairs that agree at
   ``similarity`` or more are the edges.
4. Round 4: every partition's edges and word-for-word copies go to one partition (the key
   ``JOIN``), which joins them into groups (the union of the edges) and keeps only the groups in
   ``min_files`` files or more. A group's edges may sit in several partitions, so no partition
   can drop a group before they are joined; joining them on the cluster keeps the client from
   holding every group of copied paragraphs (on an archive of duplicates, nearly every paragraph).
5. ``finish_shuffled`` (on the client): the same BP102 messages as the local reduce
   (``boilerplate.group_findings``) for the groups round 4 sent.

The groups are the connected components of one fixed edge set, and the local reduce computes the
same set (see the comment in ``_spread``), so a Dask run reports exactly what a local run does.
A paragraph's 64-byte signature crosses the network at most twice (to its home, then with a
candidate pair), not once per partition its bands fall in; docs/scaling.md has the figures.
"""

from __future__ import annotations

from array import array

from prosecheck.check import Reshuffle
from prosecheck.checks import fingerprints as fp

SIG = "sig"  # the first element of a home key: ("sig", path, index)
JOIN = ("join",)  # the one key every partition's edges and copies go to in round 4


def shuffle(path: str, summary) -> list:
    """``[((band, value), place), ..., (("sig", path, i), signature), ...]`` for one document."""
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
        sig = bytes(sigs[i * size : (i + 1) * size])
        place = (path, i, lines[i], cols[i], key)
        view = memoryview(sig).cast("I")
        for band in range(fp.BANDS):
            out.append(((band, view[band]), place))
        out.append(((SIG, path, i), sig))
    return out


def pack(pairs: list) -> tuple:
    """One worker's ``shuffle`` pairs for one partition, in columns: each place once (24 bytes)
    however many of its bands fall in this partition, 9 bytes per band, and each signature homed
    here with its paragraph's (document, index), 72 bytes. Pickled as they were, a paragraph cost
    about 16 bands x 20 bytes plus its record once per partition (pickle shares a repeated object).
    """
    paths: dict = {}
    rows: dict = {}
    docs, indexes, lines, cols, keys = array("I"), array("I"), array("I"), array("I"), array("Q")
    bands, values, members = array("B"), array("I"), array("I")
    sig_docs, sig_indexes = array("I"), array("I")
    sigs = bytearray()
    for key, item in pairs:
        if key[0] == SIG:
            sig_docs.append(paths.setdefault(key[1], len(paths)))
            sig_indexes.append(key[2])
            sigs += item
            continue
        row = rows.get((item[0], item[1]))
        if row is None:
            row = rows[item[0], item[1]] = len(indexes)
            docs.append(paths.setdefault(item[0], len(paths)))
            indexes.append(item[1])
            lines.append(item[2])
            cols.append(item[3])
            keys.append(item[4])
        bands.append(key[0])
        values.append(key[1])
        members.append(row)
    columns = (docs, indexes, lines, cols, keys, bands, values, members, sig_docs, sig_indexes)
    return (list(paths), *(c.tobytes() for c in columns), bytes(sigs))


def unpack(packed: tuple) -> list:
    """The pairs ``pack`` was given: the band pairs in their order, then the signatures."""
    paths, *columns, sigs = packed
    docs, indexes, lines, cols, keys, bands, values, members, sig_docs, sig_indexes = (
        _column(code, data) for code, data in zip("IIIIQBIIII", columns))
    places = [(paths[docs[n]], indexes[n], lines[n], cols[n], keys[n]) for n in range(len(indexes))]
    out = [((band, value), places[row]) for band, value, row in zip(bands, values, members)]
    size = fp.SIGNATURE_BYTES
    out += [((SIG, paths[d], i), sigs[n * size : (n + 1) * size])
            for n, (d, i) in enumerate(zip(sig_docs, sig_indexes))]
    return out


def _column(code: str, data: bytes) -> array:
    column = array(code)
    column.frombytes(data)
    return column


def reduce_buckets(buckets: dict, similarity: float, kept=None, min_files: int = 2):
    """One partition's round: the candidates (round 1), their first signature (round 2), the
    edges (round 3), then the groups in ``min_files`` files or more (round 4).

    Round 3 finds ``edges``: pairs of representatives ``((path, i, line, col, key), ...)`` whose
    signatures agree at ``similarity`` or more; and ``copies``: for each text written word for word
    more than once, every copy (found in band 0 only, so each text is listed once). Both go to one
    partition (``JOIN``), which joins them into groups and answers only the groups that will be
    reported; every other partition answers ``[]``. So the client receives the findings' groups,
    not every group of copied paragraphs (on an archive of duplicates, nearly every paragraph).
    """
    if kept is None:
        return _candidates(buckets)
    stage = kept[0]
    if stage == 1:  # the candidates whose first paragraph lives here: attach its signature
        _, copies, homed = kept
        out = [((SIG, y[0], y[1]), (x, y, homed[key[1], key[2]]))
               for key, pairs in buckets.items() for x, y in pairs]
        return Reshuffle((2, copies, homed), out)
    if stage == 2:  # here lives the second paragraph: compare
        _, copies, homed = kept
        edges = []
        for key, triples in buckets.items():
            sig = homed[key[1], key[2]]
            edges.extend((x, y) for x, y, other in triples if fp.estimate(other, sig) >= similarity)
        return Reshuffle((3,), [(JOIN, (edges, copies))] if edges or copies else [])
    # Round 4. A group can span partitions (its edges sit at the homes of their paragraphs), so
    # the groups are joined in one place, on the cluster, before ``min_files`` can drop any.
    parts = buckets.get(JOIN, [])
    return [g for g in groups_from(parts) if len({o[0] for o in g}) >= min_files]


def _candidates(buckets: dict) -> Reshuffle:
    homed: dict = {}
    copies = []
    candidates: set = set()
    for key, records in buckets.items():
        if key[0] == SIG:
            homed[key[1], key[2]] = records[0]
            continue
        by_key: dict = {}
        for r in records:
            by_key.setdefault(r[4], []).append(r)
        if key[0] == 0:
            for group in by_key.values():
                if len(group) > 1:
                    copies.append(sorted(group, key=_order))
        if len(by_key) < 2:
            continue
        # The same pairs the local reduce compares (boilerplate._spread): each representative
        # with the first, and with the one before it.
        reps = sorted((min(group, key=_order) for group in by_key.values()), key=_order)
        for j in range(1, len(reps)):
            candidates.add((reps[j], reps[0]))
            if j > 1:
                candidates.add((reps[j], reps[j - 1]))
    return Reshuffle((1, copies, homed), [((SIG, x[0], x[1]), (x, y)) for x, y in candidates])


def groups_from(parts: list) -> list:
    """The groups of copies, each a list of ``(path, line, col, key)``, from every partition's
    ``(edges, copies)``: the union of the edges, each representative with its word-for-word copies.
    Runs in round 4, on the partition of ``JOIN``."""
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
