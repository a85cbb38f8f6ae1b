//! morgue: a search engine for news archives that answers "who said what, and when?".
//!
//! Data flows through the modules in this order (see `ARCHITECTURE.md`):
//! files ([`corpus`]) → articles ([`article`]) → sentences ([`segment`]) →
//! quotes and speakers ([`attribution`]) → documents ([`schema`]) → index ([`index`]) →
//! query → hits and facets ([`search`]).
#![warn(missing_docs)]

pub mod article;
pub mod attribution;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod dates;
pub mod index;
pub mod schema;
pub mod search;
pub mod segment;
pub mod speakers;
