//! Why this plan and not another: for a post, who else could take it and at what cost; for
//! an official, where else they could go. Each alternative is the best whole plan with it
//! pinned, solved and costed (not a guess), set against the optimum.

mod explain;

pub use explain::{explain, Choice, Excluded, ExplainDoc, Subject, Who};
