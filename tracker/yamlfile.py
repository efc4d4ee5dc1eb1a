"""Reading a facts file: YAML through PyYAML's safe loader, with the line of
every field at hand so that a problem can point at it."""

from __future__ import annotations

from typing import Any

import yaml

# LibYAML's parser where PyYAML was built with it (the wheels are): the same
# safe loading, a tenth of the time, which matters at thousands of files.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_000_000
MAX_DEPTH = 12
# LibYAML composes nested collections recursively in C: thousands of levels
# overflow the stack and kill the process, where Python would raise. A file
# that cannot nest deeper than this is composed directly (a thread's stack of
# 1 MB, the smallest in use, holds well over a thousand levels); any other is
# first read as a stream of events that refuses it before anything is built.
_COMPOSE_DIRECTLY_BELOW = 500

Location = tuple[str | int, ...]


def parse_yaml(raw: bytes) -> tuple[Any, LineMap]:
    """Parse a facts file; return the data and where each field is (its
    1-based line, by field path).

    Raises yaml.YAMLError (with a mark) or ValueError with a message for
    the analyst.
    """
    if len(raw) > MAX_BYTES:
        raise ValueError(f"file is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit: split the article's facts")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
    try:
        if _may_be_hostile(text):
            _refuse_hostile_structure(text)
        loader = _FactsLoader(text)
        try:
            node = loader.get_single_node()
            data = _construct(node, 1, loader) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        if "nesting depth" in str(error.problem):
            # LibYAML (0.2.6 on) refuses deep nesting before our own check
            # can: said in the same words as ours, whichever comes first.
            mark = error.problem_mark or error.context_mark
            raise _too_deep(mark.line + 1 if mark else None) from None
        raise
    return data, LineMap(node)


_STR = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_SEQ = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_MAP = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SPECIAL_KEYS = {"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"}


class _FactsLoader(SafeLoader):
    """The safe loader, answering at once for a scalar that no implicit
    resolver could claim: a quoted one, or a plain one whose first character
    starts no bool, number, null, timestamp or merge key. LibYAML asks Python
    for the tag of every scalar, 160 a file; most are words or sentences."""

    def resolve(self, kind, value, implicit):
        if kind is yaml.ScalarNode and (not implicit[0] or (value and value[0] not in _CLAIMED_FIRST_CHARACTERS)):
            return _STR
        return SafeLoader.resolve(self, kind, value, implicit)


# The safe loader resolves by first character only (no path resolvers, no
# resolver for any first character): the shortcut above relies on both.
if SafeLoader.yaml_path_resolvers or None in SafeLoader.yaml_implicit_resolvers:
    raise ImportError("this PyYAML resolves tags in a way _FactsLoader does not expect")
_CLAIMED_FIRST_CHARACTERS = frozenset(SafeLoader.yaml_implicit_resolvers) - {""}


def _construct(node: yaml.Node, depth: int, loader: yaml.BaseLoader) -> Any:
    """What `loader.construct_document(node)` returns, refusing nesting
    deeper than MAX_DEPTH on the way.

    Facts files are plain maps, lists and strings: those are built here,
    without the constructor's per-node dispatch (half of reading a file in
    PyYAML's Python constructor); any other tag, such as a number, a date, a
    merge key or an unknown tag, goes to the safe constructor as before."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if depth > MAX_DEPTH:
        raise _too_deep(node.start_mark.line + 1)
    if node.tag == _SEQ:
        return [_construct(item, depth + 1, loader) for item in node.value]
    if node.tag == _MAP and all(isinstance(key, yaml.ScalarNode) and key.tag not in _SPECIAL_KEYS
                                for key, _ in node.value):
        return {_construct(key, depth + 1, loader): _construct(value, depth + 1, loader) for key, value in node.value}
    _refuse_deep_nodes(node, depth)
    return loader.construct_object(node, deep=True)


class LineMap:
    """The line of each field of a facts file, by field path, from the file
    as composed when it was read. Only a problem needs one, and each is found
    by walking down to its field: a map of every field took a file of 20,000
    facts a second, for the few lines its problems name."""

    def __init__(self, root: yaml.Node | None):
        self._root = root

    def _line(self, location: Location) -> int | None:
        node = self._root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for part in location:
            if isinstance(node, yaml.MappingNode):
                # The later of two equal keys, as loading keeps the later value.
                pairs = [(key, value) for key, value in node.value
                         if isinstance(key, yaml.ScalarNode) and key.value == part]
                if not pairs:
                    return None
                key, node = pairs[-1]
                line = key.start_mark.line + 1
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                return None
        return line

    def __contains__(self, location: Location) -> bool:
        return self._line(location) is not None

    def __getitem__(self, location: Location) -> int:
        line = self._line(location)
        if line is None:
            raise KeyError(location)
        return line


class UnsafeStructure(ValueError):
    """YAML that is valid but refused: aliases, or nesting too deep."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


def _may_be_hostile(text: str) -> bool:
    """False when the text alone shows it has no anchor or alias and cannot
    nest deep enough to endanger the composer: every collection opens with
    one of the counted characters, so their count bounds the depth. Most
    facts files pass, and skip a second reading (a third of parsing's time)."""
    if "&" in text or "*" in text:
        return True
    return sum(map(text.count, "-:?[{")) >= _COMPOSE_DIRECTLY_BELOW


def _too_deep(line: int | None) -> UnsafeStructure:
    return UnsafeStructure(f"nested more than {MAX_DEPTH} levels deep: facts files are flat lists of facts", line)


def _refuse_hostile_structure(text: str) -> None:
    """Facts files need neither anchors nor deep nesting. Aliases can expand a
    few lines into billions of nodes ("billion laughs"), and deep nesting
    exhausts the stack: both are refused before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise UnsafeStructure("anchors and aliases (& and *) are not allowed in facts files: "
                                  "write each value out", event.start_mark.line + 1)
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(event.start_mark.line + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _refuse_deep_nodes(root: yaml.Node, depth: int = 1) -> None:
    waiting = [(root, depth)]
    while waiting:
        node, depth = waiting.pop()
        if depth > MAX_DEPTH:
            raise _too_deep(node.start_mark.line + 1)
        children = (part for pair in node.value for part in pair) if isinstance(node, yaml.MappingNode) else node.value
        waiting.extend((child, depth + 1) for child in children if isinstance(child, yaml.CollectionNode))


def line_of(lines: LineMap | dict[Location, int], location: Location) -> int | None:
    """The line of the deepest known part of `location`."""
    for cut in range(len(location), -1, -1):
        if location[:cut] in lines:
            return lines[location[:cut]]
    return None
