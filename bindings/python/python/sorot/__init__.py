"""sorot: people, organizations, places, dates and quotes in Indonesian news text.

>>> import sorot
>>> text = "“Kami siap,” kata Presiden Joko Widodo di Jakarta, Senin (11/9/2023)."
>>> doc = sorot.Annotator().annotate(text, date="2023-09-12")
>>> [(e.label, text[e.start:e.end]) for e in doc.entities]
[('PER', 'Joko Widodo'), ('LOC', 'Jakarta')]
>>> doc.quotes[0].speaker, doc.dates[0].value
('Joko Widodo', '2023-09-11')

Offsets are code points, i.e. Python string indices, and ``to_dict()`` gives
exactly the record the command line's JSON output holds. ``sorot.frames``
turns a pandas DataFrame of articles into tidy tables (``pip install
sorot[pandas]``); ``sorot.spark`` annotates archives on Spark.
"""

from ._sorot import (
    LAYERS,
    MAX_INPUT_BYTES,
    Annotator,
    Boilerplate,
    Cluster,
    DateMention,
    Document,
    Entity,
    Quote,
    Span,
    __version__,
)

__all__ = [
    "LAYERS",
    "MAX_INPUT_BYTES",
    "Annotator",
    "Boilerplate",
    "Cluster",
    "DateMention",
    "Document",
    "Entity",
    "Quote",
    "Span",
    "__version__",
]
