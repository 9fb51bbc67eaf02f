//! The scenario: its types, reading from YAML with source positions, validation, and an
//! index of derived facts that the rules, the model and the verifier all look up.

mod date;
mod index;
mod load;
mod spans;
mod types;
mod validate;
mod variant;
pub mod words;
pub mod workbook;
mod year;

pub use index::Index;
pub use load::{humanize, is_table, load, load_all, parse, sources};
pub use spans::Spans;
pub use types::*;
pub use validate::validate;
pub use variant::{resolve, Resolved};
