//! Plans over several years: one plan a year, the scenario moving on by itself between
//! years (tenure grows, retirements and departures open posts, rotated officials are
//! locked in, new posts open). Solved year by year, or jointly as one integer program
//! over all years, or both to see what foresight buys.

mod advance;
mod doc;
mod joint;

pub use advance::{advance, stand_still, Departure, Turn};
pub use doc::{document_runs, HorizonDoc, RunDoc, YearDoc, YearSummary};

use crate::error::{Error, Problem, Result};
use crate::messages::{Lang, Msg, K};
use crate::plan::{self, document, Plan, PlanDoc};
use crate::scenario::{Official, OfficialId, PhaseInConfig, PostId, Scenario};
use crate::verify::{verify, PlanFile};
use serde::{Deserialize, Serialize};

/// How the years are solved.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Each year optimal given the years before it.
    Yearly,
    /// All years as one integer program.
    Joint,
    /// Both, compared.
    Both,
}

impl Mode {
    /// The name as written on the command line and in YAML.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Yearly => "yearly",
            Mode::Joint => "joint",
            Mode::Both => "both",
        }
    }

    /// The mode in a person's words.
    pub fn word(self) -> Msg {
        Msg::new(match self {
            Mode::Yearly => K::ModeYearly,
            Mode::Joint => K::ModeJoint,
            Mode::Both => K::ModeBoth,
        })
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub from: i32,
    pub to: i32,
    pub mode: Mode,
    pub plan: plan::Options,
    /// At most this many moves a year overall.
    pub max_moves: Option<u32>,
    /// At most this many officials join, and this many leave, each unit a year.
    pub max_moves_per_unit: Option<u32>,
    /// Officials the term-limit or non-local rule forces out at the start may move any
    /// year up to their deadline, an even share each year, instead of all in the first.
    pub spread: bool,
}

/// Tells the caller how a long run is going (progress bars live in the CLI).
pub trait Progress: Sync {
    fn step(&self, _mode: Mode, _what: &str) {}
}

/// Reports nothing.
pub struct Silent;
impl Progress for Silent {}

/// One year of a horizon: what changed before it, its scenario and its plan.
#[derive(Clone, Debug)]
pub struct Year {
    pub turn: Turn,
    /// The scenario of this year, as the plan saw it (`verify` checks the plan against it).
    pub scenario: Scenario,
    pub plan: Plan,
    pub doc: PlanDoc,
}

/// The years of one mode.
#[derive(Clone, Debug)]
pub struct Run {
    pub mode: Mode,
    pub years: Vec<Year>,
    pub seconds: f64,
    /// Variables and rows of the one integer program, for the joint mode.
    pub joint_size: Option<(usize, usize)>,
}

impl Run {
    pub fn total(&self) -> i64 {
        self.years.iter().map(|y| y.plan.total()).sum()
    }
}

/// The horizon as it starts: the whole scenario at the first year, and the officials
/// whose forced rotation `--spread` phases in.
#[derive(Clone, Debug)]
pub struct Start {
    pub state: Scenario,
    /// The officials forced to rotate at the start.
    pub phased: Vec<Phased>,
    /// The `phase_in` rule the scenario writes, for the first year when it is the
    /// scenario's own (as `plan` reads it); `--spread` plans its own instead.
    pub written: PhaseInConfig,
}

/// An official whose forced rotation is phased in, as found at the start.
#[derive(Clone, Debug)]
pub struct Phased {
    pub official: OfficialId,
    pub post: Option<PostId>,
    pub since: Option<crate::scenario::Date>,
    /// The last year the official can still be moved (service left, or the horizon's end).
    pub deadline: i32,
}

impl Start {
    /// The phase-in of `year`: the officials of that year's scenario still waiting for
    /// their phased rotation before their deadline, given as (record, original id) since
    /// the joint model plans copies; by the end of the k-th of Y years, ⌈k·P/Y⌉ of the P
    /// have moved. At an official's deadline the forcing rules apply again.
    fn phase_in<'a>(
        &self,
        opts: &Options,
        year: i32,
        officials: impl Iterator<Item = (&'a Official, &'a OfficialId)>,
    ) -> PhaseInConfig {
        let present: Vec<(&Official, &OfficialId)> = officials.collect();
        let listed: Vec<OfficialId> = present
            .iter()
            .filter(|(o, id)| {
                self.phased.iter().any(|p| {
                    p.official == **id
                        && p.post == o.post
                        && p.since == o.since
                        && year < p.deadline
                })
            })
            .map(|(o, _)| o.id.clone())
            .collect();
        let total = self.phased.len() as i64;
        let years = (opts.to - opts.from + 1) as i64;
        let k = (year - opts.from + 1) as i64;
        if !opts.spread && year == opts.from {
            // The copies (or officials) of those the scenario lists.
            let officials = present
                .iter()
                .filter(|(_, id)| self.written.officials.contains(id))
                .map(|(o, _)| o.id.clone())
                .collect();
            return PhaseInConfig {
                officials,
                ..self.written.clone()
            };
        }
        if !opts.spread || year == opts.to || total == 0 {
            return PhaseInConfig {
                officials: Vec::new(),
                ..Default::default()
            };
        }
        let target = (k * total + years - 1) / years;
        let at_least = (listed.len() as i64 + target - total).max(0) as u32;
        PhaseInConfig {
            enabled: true,
            officials: listed,
            at_least,
        }
    }
}

/// Pins in the horizon that cannot bind: for an official gone by the pin's year (retired
/// or left), or to take a post not yet open. Without this they would be dropped unseen.
pub fn pin_problems(base: &Scenario, opts: &Options) -> Vec<Problem> {
    let mut out = Vec::new();
    for (i, pin) in base.pins.iter().enumerate() {
        let year = pin.year.unwrap_or(opts.from);
        if !(opts.from..=opts.to).contains(&year) {
            continue;
        }
        if let Some(o) = base.officials.iter().find(|o| o.id == pin.official) {
            let retires = base.retirement.retirement(o.born, o.sex);
            let gone = if base.reached(retires, year) {
                Some((K::PinGoneRetires, retires))
            } else {
                o.leaves
                    .filter(|&l| base.reached(l, year))
                    .map(|l| (K::PinGoneLeaves, l))
            };
            if let Some((key, when)) = gone {
                out.push(Problem::new(
                    "E114",
                    format!("pins[{i}].official"),
                    Msg::new(key)
                        .arg("year", year)
                        .arg("name", &o.name)
                        .msg("when", when.word()),
                    Msg::new(K::HintPinGone),
                ));
            }
        }
        if let Some(take) = &pin.take {
            if let Some(opens) = base
                .posts
                .iter()
                .find(|p| p.id == *take)
                .and_then(|p| p.opens)
                .filter(|&d| !base.reached(d, year))
            {
                out.push(Problem::new(
                    "E114",
                    format!("pins[{i}].take"),
                    Msg::new(K::PinBeforeOpen)
                        .arg("year", year)
                        .arg("post", take)
                        .msg("opens", opens.word()),
                    Msg::new(K::HintPinBeforeOpen),
                ));
            }
        }
    }
    out
}

/// The whole scenario as the horizon starts: pins without a year are for the first year
/// planned, and the spread options are written into the rules.
pub fn prepare(base: &Scenario, opts: &Options) -> Result<Start> {
    let flag = |message: Msg, hint: Msg| Error::Invalid {
        path: "--from/--to".into(),
        problems: vec![Problem::new("E302", String::new(), message, hint)],
    };
    if opts.from < base.year {
        return Err(flag(
            Msg::new(K::HorizonStartsEarly)
                .arg("from", opts.from)
                .arg("year", base.year),
            Msg::new(K::HintHorizonStart),
        ));
    }
    // Subtraction in i64: --to and --from may be any year a person types.
    if opts.to < opts.from || opts.to as i64 - opts.from as i64 >= 30 {
        return Err(flag(
            Msg::new(K::HorizonSpan)
                .arg("from", opts.from)
                .arg("to", opts.to),
            Msg::new(K::HintHorizonSpan),
        ));
    }
    let mut s = base.clone();
    for pin in &mut s.pins {
        pin.year.get_or_insert(opts.from);
    }
    if let Some(n) = opts.max_moves {
        s.rules.move_limit.enabled = true;
        s.rules.move_limit.max = Some(n);
    }
    if let Some(n) = opts.max_moves_per_unit {
        let cap = &mut s.rules.unit_cap;
        cap.enabled = true;
        cap.max_in = n;
        cap.max_out = n;
    }
    let mut state = s;
    while state.year < opts.from {
        state = stand_still(&state).0;
    }
    let mut phased = Vec::new();
    if opts.spread {
        let first = state.as_of(opts.from);
        let ix = crate::scenario::Index::new(&first);
        let rules = crate::rules::all(&first);
        let ctx = crate::rules::Ctx::new(&ix, &rules);
        let service = &first.rules.service_left;
        for (o, official) in first.officials.iter().enumerate() {
            if ctx.forced[o] {
                // The last plan year with a term's service left.
                let r = ix.retirement[o];
                let short = r.month.is_some_and(|m| m < first.effect_month());
                let last_move = r.year - service.forced_years - short as i32;
                phased.push(Phased {
                    official: official.id.clone(),
                    post: official.post.clone(),
                    since: official.since,
                    deadline: if service.enabled {
                        last_move.min(opts.to)
                    } else {
                        opts.to
                    },
                });
            }
        }
    }
    let written = if opts.from == base.year {
        base.rules.phase_in.clone()
    } else {
        PhaseInConfig {
            officials: Vec::new(),
            ..Default::default()
        }
    };
    Ok(Start {
        state,
        phased,
        written,
    })
}

/// Plans every year from `opts.from` to `opts.to` in the mode asked for; every year's
/// plan has passed the independent verifier against that year's scenario.
pub fn run(base: &Scenario, opts: &Options, progress: &dyn Progress) -> Result<Vec<Run>> {
    let start = prepare(base, opts)?;
    let mut runs = Vec::new();
    if matches!(opts.mode, Mode::Yearly | Mode::Both) {
        runs.push(yearly(&start, opts, progress)?);
    }
    if matches!(opts.mode, Mode::Joint | Mode::Both) {
        // The joint model has no cuts for the exchange caps: say so rather than break them.
        if crate::rules::Exchange::caps(&base.rules.exchange).is_some() {
            return Err(Error::Exchange(crate::messages::Msg::new(
                crate::messages::K::ExchangeJoint,
            )));
        }
        // The year-by-year plans are a joint plan too: the solver starts from them.
        let known = match runs.first() {
            Some(run) => Some(run.clone()),
            None => yearly(&start, opts, &Silent).ok(),
        };
        match joint::solve_joint(&start, opts, known.as_ref(), progress)? {
            Some(run) => runs.push(run),
            // No plan over all years: the year-by-year run finds the first year without
            // one and explains it.
            None => {
                yearly(&start, opts, progress)?;
                return Err(Error::Unverified(
                    "the joint model found no plan but every year has one".into(),
                ));
            }
        }
    }
    Ok(runs)
}

/// Each year planned on its own, given the plans before it.
fn yearly(start: &Start, opts: &Options, progress: &dyn Progress) -> Result<Run> {
    walk(start, opts, Mode::Yearly, |year, s| {
        progress.step(Mode::Yearly, &format!("planning {year}"));
        plan::plan(s, &opts.plan).map_err(|e| Error::InYear {
            year,
            source: Box::new(e),
        })
    })
}

/// Goes through the years from the start: each year's scenario (with its phase-in),
/// its plan from `plan_year`, the verifier's check, and the step to the next year.
fn walk(
    start: &Start,
    opts: &Options,
    mode: Mode,
    mut plan_year: impl FnMut(i32, &Scenario) -> Result<Plan>,
) -> Result<Run> {
    let clock = std::time::Instant::now();
    let mut state = start.state.clone();
    // Who reaches retirement age in the first year is gone before its plan.
    let mut turn = Turn {
        retired: state
            .retiring_by(opts.from)
            .into_iter()
            .map(|(o, _)| Departure {
                official: o.id.clone(),
                name: o.name.clone(),
                post: o.post.clone(),
            })
            .collect(),
        ..Turn::default()
    };
    let mut years = Vec::new();
    for year in opts.from..=opts.to {
        let mut s = state.as_of(year);
        s.rules.phase_in = start.phase_in(opts, year, s.officials.iter().map(|o| (o, &o.id)));
        let plan = plan_year(year, &s)?;
        let (next, next_turn) = advance(&state, &plan.after);
        years.push(checked(s, plan, std::mem::take(&mut turn), opts.plan.lang)?);
        state = next;
        turn = next_turn;
    }
    Ok(Run {
        mode,
        years,
        seconds: clock.elapsed().as_secs_f64(),
        joint_size: None,
    })
}

/// The year with its account, once the verifier has accepted its plan.
fn checked(scenario: Scenario, plan: Plan, turn: Turn, lang: Lang) -> Result<Year> {
    let doc = document(&scenario, &plan, lang);
    let verdict = verify(&scenario, &PlanFile::of(&doc));
    if !verdict.ok() {
        let what: Vec<String> = verdict
            .violations
            .iter()
            .map(|v| format!("{}: {}", v.rule, v.text))
            .collect();
        return Err(Error::Unverified(format!(
            "the plan for {} fails verification: {}",
            scenario.year,
            what.join("; ")
        )));
    }
    Ok(Year {
        turn,
        scenario,
        plan,
        doc,
    })
}
