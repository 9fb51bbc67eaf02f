//! rotaplan: plans the rotation of public officials as an integer program.
//!
//! A scenario (units, posts, officials, rules, weights, pins) is read and validated by
//! [`scenario`]; each rule in [`rules`] prunes pairs, adds rows and prices placements;
//! [`model`] builds the integer program and [`solve`] solves it with good_lp; [`plan`]
//! holds the result and its account; [`verify`] re-checks any plan independently;
//! [`report`] renders for people and programs. The library never prints.

// Officials, posts and pairs are indices into parallel arrays; loops over them read best
// as index ranges.
#![allow(clippy::needless_range_loop)]

pub mod check;
pub mod compare;
pub mod diff;
pub mod error;
pub mod generate;
pub mod horizon;
pub mod input;
pub mod messages;
pub mod model;
pub mod plan;
pub mod report;
pub mod rules;
pub mod scenario;
pub mod solve;
pub mod verify;
pub mod warnings;
pub mod why;

pub use error::{Error, Result};
