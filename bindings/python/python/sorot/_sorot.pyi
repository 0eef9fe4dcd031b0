"""Type stubs of the native module; see the package docstring.

The result classes are immutable: their attributes are read-only."""

import datetime
from typing import Any, Iterable, Literal, Optional, Sequence, Union

__version__: str
LAYERS: list[str]
"""The layer names: entities, dates, quotes, boilerplate."""
MAX_INPUT_BYTES: int
"""The largest text accepted, in UTF-8 bytes (64 MiB)."""

Layer = Literal["entities", "dates", "quotes", "boilerplate"]
DateLike = Union[str, datetime.date, None]
Label = Literal["PER", "ORG", "LOC"]

class Span:
    """A half-open range of code points."""

    start: int
    end: int
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

class Entity:
    """One mention of a person (PER), organization (ORG) or place (LOC)."""

    start: int
    end: int
    label: Label
    text: str
    cluster: int
    """Index into Document.clusters: mentions of one entity share it."""
    source: Literal["rules", "tagger"]
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

class Cluster:
    """All mentions of one entity; `name` is the fullest form in the article."""

    id: int
    label: Label
    name: str
    count: int
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

class DateMention:
    """A time expression and its ISO 8601 value ("?" when it cannot be resolved)."""

    start: int
    end: int
    text: str
    value: str
    granularity: Literal["time", "day", "week", "month", "quarter", "half", "year", "unknown"]
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

class Quote:
    """A direct or indirect quote and its speaker ("-" when not named)."""

    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect"]
    speaker: str
    speaker_cluster: Optional[int]
    speaker_span: Optional[Span]
    cue_span: Optional[Span]
    reference_span: Optional[Span]
    def to_dict(self) -> dict[str, Any]:
        """The CLI's JSON: speakerCluster, speakerSpan, cueSpan, referenceSpan."""
    def to_json(self) -> str: ...

class Boilerplate:
    """A stretch that is not part of the story (Baca juga: ...)."""

    start: int
    end: int
    text: str
    def to_dict(self) -> dict[str, Any]: ...
    def to_json(self) -> str: ...

class Document:
    """Everything found in one text; offsets are Python string indices."""

    entities: list[Entity]
    clusters: list[Cluster]
    dates: list[DateMention]
    quotes: list[Quote]
    boilerplate: list[Boilerplate]
    anchor: Optional[str]
    """The date relative expressions were resolved against, if any."""
    def to_dict(self) -> dict[str, Any]:
        """Exactly the CLI's JSON record (without its id)."""
    def to_json(self) -> str:
        """The CLI's JSON text, byte for byte (without the id)."""

class Annotator:
    """Annotates Indonesian news text; build one and reuse it (thread-safe)."""

    def __init__(self) -> None: ...
    def annotate(
        self,
        text: str,
        date: DateLike = None,
        layers: Optional[Sequence[Layer]] = None,
        *,
        tagger: bool = True,
    ) -> Document:
        """Annotates one text.

        Raises TypeError when text is not str, ValueError for a bad date, an
        unknown layer or a text larger than MAX_INPUT_BYTES.
        """
    def annotate_many(
        self,
        texts: Iterable[str],
        dates: Optional[Iterable[DateLike]] = None,
        layers: Optional[Sequence[Layer]] = None,
        *,
        tagger: bool = True,
        threads: Optional[int] = None,
        return_exceptions: bool = False,
    ) -> list[Union[Document, Exception]]:
        """Annotates a batch in parallel (GIL released), in input order.

        With return_exceptions=True a bad record's exception takes its place
        in the result; otherwise the first bad record raises.
        """
