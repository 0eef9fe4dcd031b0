//! Named cases for the quote layer.
