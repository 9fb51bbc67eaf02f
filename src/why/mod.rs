//! Why this plan and not another: why no plan exists (the diagnosis), and for a post who
//! else could take it, for an official where else they could go, each alternative the best
//! whole plan with it held, solved and costed (not a guess), set against the optimum.

mod diagnose;
mod explain;
pub mod facts;

pub use diagnose::{diagnose, Conflict, ConflictDoc, Diagnosis, DiagnosisDoc, Way, WayDoc};
pub use explain::{explain, Choice, Excluded, ExplainDoc, Subject, Who};
