//! The mention layer: who and what the article names, and which mentions
//! are the same entity. Every later layer reads names from here; none
//! recognises names of its own.
//!
//! - **Named mentions** are the entity layer's PER/ORG/LOC mentions
//!   ([`crate::entity`]): titles, roles and ranks are never part of them, so
//!   *Kepala BNPB Suharyanto* is a role, an ORG and a PER.
//! - **Clusters** ([`cluster`]) join the mentions of one entity: name parts
//!   (*Kirby* ↔ *John Kirby*), acronyms defined in brackets, and aliases the
//!   article states (*Joko Widodo (Jokowi)*, *X alias Y*, *yang akrab
//!   disapa Y*). A cluster's canonical name is its fullest form.
//! - **Referring mentions** — pronouns and descriptions that refer back
//!   (*ujarnya*, *kata dia*, *Ia menjelaskan*, *pria itu*) and aliases given
//!   in passing — are resolved by [`resolve`] to a named person, or to
//!   nothing (`-`). The quote layer reads an attribution's words and asks
//!   the mention layer who they mean.

pub mod cluster;
pub mod resolve;
