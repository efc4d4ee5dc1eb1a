"""Reading a facts file: YAML through PyYAML's safe loader, with the line of
every field kept so that a problem can point at it."""

from __future__ import annotations

from typing import Any

import yaml

# LibYAML's parser where PyYAML was built with it (the wheels are): the same
# safe loading, a tenth of the time, which matters at thousands of files.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_000_000
MAX_DEPTH = 12

Location = tuple[str | int, ...]


def parse_yaml(raw: bytes) -> tuple[Any, dict[Location, int]]:
    """Parse a facts file; return the data and a map from field path to
    1-based line.

    Raises yaml.YAMLError (with a mark) or ValueError with a message for
    the analyst.
    """
    if len(raw) > MAX_BYTES:
        raise ValueError(f"file is {len(raw):,} bytes, over the {MAX_BYTES:,}-byte limit: split the article's facts")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
    _refuse_hostile_structure(text)
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[Location, int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return data, lines


class UnsafeStructure(ValueError):
    """YAML that is valid but refused: aliases, or nesting too deep."""

    def __init__(self, message: str, line: int):
        super().__init__(message)
        self.line = line


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
                raise UnsafeStructure(f"nested more than {MAX_DEPTH} levels deep: facts files are flat lists "
                                      "of facts", event.start_mark.line + 1)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _collect_lines(node: yaml.Node, here: Location, lines: dict[Location, int]) -> None:
    lines[here] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[here + (key,)] = key_node.start_mark.line + 1
            _collect_lines(value_node, here + (key,), lines)
            lines[here + (key,)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, here + (index,), lines)


def line_of(lines: dict[Location, int], location: Location) -> int | None:
    """The line of the deepest known part of `location`."""
    for cut in range(len(location), -1, -1):
        if location[:cut] in lines:
            return lines[location[:cut]]
    return None
