//! Progress bars for long runs: one per scenario and one overall, drawn on standard error
//! and hidden when it is not a terminal, so piped and saved output stays clean.

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use rotaplan::compare::Progress;
use std::io::IsTerminal;
use std::path::PathBuf;

pub struct Bars {
    multi: MultiProgress,
    each: Vec<ProgressBar>,
    overall: ProgressBar,
}

impl Bars {
    pub fn new(files: &[PathBuf]) -> Bars {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let multi = MultiProgress::with_draw_target(target);
        let style =
            ProgressStyle::with_template("{spinner} {prefix:30} {msg}").expect("valid template");
        let each = files
            .iter()
            .map(|f| {
                let b = multi.add(ProgressBar::new_spinner().with_style(style.clone()));
                b.set_prefix(
                    f.file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                );
                b.set_message("waiting");
                b
            })
            .collect();
        let overall = multi.add(ProgressBar::new(files.len() as u64));
        overall.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} scenarios, {elapsed}")
                .expect("valid template"),
        );
        Bars {
            multi,
            each,
            overall,
        }
    }

    pub fn finish(&self) {
        self.overall.finish_and_clear();
        let _ = self.multi.clear();
    }
}

impl Progress for Bars {
    fn stage(&self, index: usize, stage: &str) {
        self.each[index].set_message(stage.to_string());
        self.each[index].tick();
    }

    fn finished(&self, index: usize, outcome: &str) {
        self.each[index].finish_with_message(outcome.to_string());
        self.overall.inc(1);
    }
}
