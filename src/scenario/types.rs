//! The scenario as a planner writes it: units, posts, officials, rules, weights, pins.
//! Everything here is plain data read by serde; derived facts live in `Index`.

pub use super::date::{Date, Span};
use super::words::closed_list;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

macro_rules! id_type {
    ($name:ident, $what:literal) => {
        #[doc = concat!("The id of ", $what, " as written in the scenario.")]
        #[derive(
            Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_string())
            }
        }
    };
}

id_type!(UnitId, "a unit");
id_type!(PostId, "a post");
id_type!(OfficialId, "an official");

/// Whom a rule's demand is about, so that it can be lifted for them alone: one official
/// (their staying, or every other post; a pin covers both), a unit's arrivals or
/// departures, a pair of relatives, or the whole scenario. The rule plus this names one
/// fact of a scenario, in a diagnosis and in a verdict alike.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum About {
    #[default]
    Whole,
    Official {
        official: OfficialId,
        /// The demand is about keeping the current post (else about taking another).
        stay: bool,
    },
    Arrivals {
        unit: UnitId,
    },
    Departures {
        unit: UnitId,
    },
    /// A unit's arrivals from other units against its departures to them.
    Balance {
        unit: UnitId,
    },
    /// The leadership of a unit (or of the units under it), for composition targets.
    Leadership {
        unit: UnitId,
    },
    /// Two relatives, in the scenario's order of officials.
    Relatives {
        a: OfficialId,
        b: OfficialId,
    },
}

/// Writes a unit enum in its YAML spelling (`doctorate`, `head`, `province`), so messages
/// use the words the planner wrote.
macro_rules! yaml_display {
    ($($t:ty),*) => {$(
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match serde_yaml::to_value(self) {
                    Ok(serde_yaml::Value::String(s)) => f.write_str(&s),
                    _ => write!(f, "{self:?}"),
                }
            }
        }
    )*};
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    /// The year the rotations take effect; tenure and service left are counted to it.
    pub year: i32,
    /// The month of `year` the rotations take effect in; counts in months (from dates that
    /// give one) are taken at its end. Without it, the end of the year, as a year alone means.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    #[serde(default)]
    pub description: Option<String>,
    pub units: Vec<Unit>,
    pub posts: Vec<Post>,
    pub officials: Vec<Official>,
    #[serde(default)]
    pub rules: RuleConfig,
    #[serde(default)]
    pub weights: Weights,
    #[serde(default)]
    pub pins: Vec<Pin>,
    #[serde(default)]
    pub retirement: RetirementTable,
    /// The sector names the scenario may use; when given, any other name is an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sectors: Option<Vec<String>>,
    /// What each title expects of those planned for it (titles of posts, or of none here).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub titles: BTreeMap<String, TitleNeeds>,
    /// The plan this one revises (`plan --published`): where it placed each official.
    #[serde(skip)]
    pub published: Option<Published>,
}

/// Where a published plan placed each official it names (None: without a post).
pub type Published = BTreeMap<OfficialId, Option<PostId>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Commune,
    District,
    Province,
}

impl Level {
    pub fn rank(self) -> i32 {
        match self {
            Level::Commune => 1,
            Level::District => 2,
            Level::Province => 3,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bloc {
    Party,
    Government,
    Front,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub id: UnitId,
    pub name: String,
    pub level: Level,
    #[serde(default)]
    pub parent: Option<UnitId>,
    pub bloc: Bloc,
    /// The locality that decides who is "local" here; defaults to the unit's own id.
    #[serde(default)]
    pub locality: Option<String>,
}

impl Unit {
    pub fn locality(&self) -> &str {
        self.locality.as_deref().unwrap_or(&self.id.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Deputy,
    Head,
}

impl Role {
    pub fn rank(self) -> i32 {
        match self {
            Role::Member => 0,
            Role::Deputy => 1,
            Role::Head => 2,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Degree {
    #[default]
    None,
    College,
    Bachelor,
    Master,
    Doctorate,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirements {
    /// Minimum years of experience in the post's sector (or in `sector` if given).
    #[serde(default)]
    pub years: u32,
    #[serde(default)]
    pub sector: Option<String>,
    #[serde(default)]
    pub degree: Option<Degree>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub id: PostId,
    pub unit: UnitId,
    pub title: String,
    pub role: Role,
    pub sector: String,
    /// Seniority; higher is more senior. Defaults to 10 × unit level + role rank.
    #[serde(default)]
    pub grade: Option<i32>,
    #[serde(default = "one")]
    pub capacity: u32,
    /// A key post must be held by an official who is not local to the unit.
    #[serde(default)]
    pub key: bool,
    /// How much more an empty seat here matters than the weights say (2: twice as much).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<f64>,
    #[serde(default)]
    pub requires: Requirements,
    /// The year a new post opens; before it the post does not exist (multi-year plans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens: Option<Date>,
}

fn one() -> u32 {
    1
}

/// One value or a list of them (`refuses: pn-gd-tp` or `refuses: [a, b]`).
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<PostId>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(PostId),
        Many(Vec<PostId>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(p) => vec![p],
        OneOrMany::Many(v) => v,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// The four ratings of Regulation 366-QĐ/TW (2025).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    NotCompleted,
    #[default]
    Completed,
    Good,
    Excellent,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub id: OfficialId,
    pub name: String,
    /// The post held now; none for a candidate in a pool (training, returning, reserve).
    #[serde(default)]
    pub post: Option<PostId>,
    /// When the official took the current post.
    #[serde(default)]
    pub since: Option<Date>,
    pub born: Date,
    pub sex: Sex,
    /// Localities where the official counts as local (born, raised, long service).
    #[serde(default)]
    pub home: Vec<String>,
    /// Years of experience per sector.
    #[serde(default)]
    pub experience: BTreeMap<String, u32>,
    #[serde(default)]
    pub degree: Degree,
    #[serde(default)]
    pub rating: Rating,
    /// Titles the official is in the planning pipeline (quy hoạch) for.
    #[serde(default)]
    pub pipeline: Vec<String>,
    #[serde(default)]
    pub relatives: Vec<OfficialId>,
    /// The year the official was last rotated into a post, if ever.
    #[serde(default)]
    pub last_rotation: Option<Date>,
    /// A known departure other than retirement (transfer out, election elsewhere): from
    /// this year the official is gone and the post open (multi-year plans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves: Option<Date>,
    /// Where the official wishes to serve (nguyện vọng), best first: post or unit ids, and
    /// `stay` for the post held now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wishes: Vec<String>,
    /// Of an ethnic minority (dân tộc thiểu số), for the composition targets.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ethnic_minority: bool,
    /// Where the official has served before the post held now: experience words
    /// (`commune`, `government`, ...), or the ids of units or posts, which give their
    /// level and bloc. The post held now counts without being listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub served: Vec<String>,
}

/// The experience a title expects of the officials planned for it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleNeeds {
    pub needs: Vec<Experience>,
}

/// An experience a title may expect: time at a level, in a bloc, in a bloc other than the
/// title's own, or in more than one unit (the "practice at the grassroots" and "between
/// party and government work" that rotation trains).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Experience {
    Commune,
    District,
    Province,
    Party,
    Government,
    Front,
    OtherBloc,
    OtherUnit,
}

impl Experience {
    pub fn of_level(l: Level) -> Experience {
        match l {
            Level::Commune => Experience::Commune,
            Level::District => Experience::District,
            Level::Province => Experience::Province,
        }
    }

    pub fn of_bloc(b: Bloc) -> Experience {
        match b {
            Bloc::Party => Experience::Party,
            Bloc::Government => Experience::Government,
            Bloc::Front => Experience::Front,
        }
    }

    pub fn bloc(self) -> Option<Bloc> {
        match self {
            Experience::Party => Some(Bloc::Party),
            Experience::Government => Some(Bloc::Government),
            Experience::Front => Some(Bloc::Front),
            _ => None,
        }
    }

    pub fn words(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        Msg::new(match self {
            Experience::Commune => K::ExpCommune,
            Experience::District => K::ExpDistrict,
            Experience::Province => K::ExpProvince,
            Experience::Party => K::ExpParty,
            Experience::Government => K::ExpGovernment,
            Experience::Front => K::ExpFront,
            Experience::OtherBloc => K::ExpOtherBloc,
            Experience::OtherUnit => K::ExpOtherUnit,
        })
    }
}

/// The word in `wishes` for the post an official holds now.
pub const STAY: &str = "stay";

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub official: OfficialId,
    /// The official keeps the current post.
    #[serde(default)]
    pub stay: bool,
    /// The official must leave the current post.
    #[serde(default, rename = "move")]
    pub must_move: bool,
    /// The official must take this post.
    #[serde(default)]
    pub take: Option<PostId>,
    /// The official must not take these posts.
    #[serde(default)]
    pub avoid: Vec<PostId>,
    /// The official declines these posts (one, or a list): as `avoid`, and a move to one
    /// of them in a published plan being revised is void.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "one_or_many"
    )]
    pub refuses: Vec<PostId>,
    /// The plan year the pin is for; without it, the scenario's year (or a horizon's first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
}

/// Cost weights, in points. Integers so that costs add up exactly.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Weights {
    /// Per year of experience in the official's strongest sector not used by the post held.
    pub wasted_expertise: i64,
    /// Per seat left empty: one number for every post, or a weight per role (and level).
    pub unfilled: Unfilled,
    /// Per seat left empty in a key post, at the least.
    pub unfilled_key: i64,
    /// Per official who changes post.
    #[serde(rename = "move")]
    pub move_: i64,
    /// Per official moved to a more senior post whose title they are not planned for.
    pub promotion: i64,
    /// Saved per official moved up to a post whose title they are planned for
    /// (Regulation 377): a planned successor is what the plan prefers.
    pub planned_promotion: i64,
    /// Per official placed otherwise than the published plan a revision revises.
    pub change: i64,
    /// Per rank below their first wish of the post an official who listed wishes is given.
    pub wish: i64,
    /// Saved per experience a move gives a pipeline official that their planned title needs.
    pub development: i64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            wasted_expertise: 10,
            unfilled: Unfilled::All(DEFAULT_UNFILLED),
            unfilled_key: 300,
            move_: 20,
            promotion: 5,
            planned_promotion: 30,
            change: 1000,
            wish: 10,
            development: 50,
        }
    }
}

/// An empty seat's weight where the scenario does not say.
pub const DEFAULT_UNFILLED: i64 = 100;

/// What an empty seat costs, before a key post's floor and the post's priority.
#[derive(Clone, Debug, PartialEq)]
pub enum Unfilled {
    /// One weight for every post (`unfilled: 100`).
    All(i64),
    /// A weight per role, a level's own weights first (`unfilled: { head: 300, deputy: 100 }`).
    ByRole(UnfilledByRole),
}

/// Seat weights by role; a role left out weighs `DEFAULT_UNFILLED`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnfilledByRole {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<i64>,
    /// Weights for the posts of units of one level, over the general ones.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub levels: BTreeMap<Level, RoleWeights>,
}

/// A level's own seat weights by role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleWeights {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deputy: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<i64>,
}

/// The weights written for each role, in the order head, deputy, member.
fn by_role(
    head: Option<i64>,
    deputy: Option<i64>,
    member: Option<i64>,
) -> [(Role, Option<i64>); 3] {
    [
        (Role::Head, head),
        (Role::Deputy, deputy),
        (Role::Member, member),
    ]
}

impl UnfilledByRole {
    fn roles(&self) -> [(Role, Option<i64>); 3] {
        by_role(self.head, self.deputy, self.member)
    }
}

impl RoleWeights {
    fn roles(&self) -> [(Role, Option<i64>); 3] {
        by_role(self.head, self.deputy, self.member)
    }
}

/// The weight written for `role` among `roles`.
fn weight_of(roles: [(Role, Option<i64>); 3], role: Role) -> Option<i64> {
    roles
        .into_iter()
        .find(|&(r, _)| r == role)
        .and_then(|(_, w)| w)
}

impl Unfilled {
    /// The weight of an empty seat of `role` in a unit of `level`.
    pub fn of(&self, role: Role, level: Level) -> i64 {
        match self {
            Unfilled::All(w) => *w,
            Unfilled::ByRole(by) => by
                .levels
                .get(&level)
                .and_then(|l| weight_of(l.roles(), role))
                .unwrap_or_else(|| self.general(role)),
        }
    }

    /// The weight of an empty seat of `role` where no level has its own.
    pub fn general(&self, role: Role) -> i64 {
        match self {
            Unfilled::All(w) => *w,
            Unfilled::ByRole(by) => weight_of(by.roles(), role).unwrap_or(DEFAULT_UNFILLED),
        }
    }

    /// Every weight written, with its place under `weights.unfilled` ("", ".head",
    /// ".levels.province.head").
    pub fn written(&self) -> Vec<(String, i64)> {
        let written = |prefix: String, roles: [(Role, Option<i64>); 3]| {
            roles
                .into_iter()
                .filter_map(move |(r, w)| w.map(|w| (format!("{prefix}{}", r.written_as()), w)))
        };
        match self {
            Unfilled::All(w) => vec![(String::new(), *w)],
            Unfilled::ByRole(by) => written(".".into(), by.roles())
                .chain(by.levels.iter().flat_map(|(level, l)| {
                    written(format!(".levels.{}.", level.written_as()), l.roles())
                }))
                .collect(),
        }
    }
}

impl Serialize for Unfilled {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Unfilled::All(w) => s.serialize_i64(*w),
            Unfilled::ByRole(by) => by.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Unfilled {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Unfilled;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a whole number, or weights by role (head, deputy, member)")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Unfilled, E> {
                Ok(Unfilled::All(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Unfilled, E> {
                i64::try_from(v)
                    .map(Unfilled::All)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Unfilled, A::Error> {
                UnfilledByRole::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(Unfilled::ByRole)
            }
        }
        d.deserialize_any(V)
    }
}

macro_rules! rule_config {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty = $default:expr),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct $name {
            pub enabled: bool,
            $($(#[$fdoc])* pub $field: $ty,)*
        }

        impl Default for $name {
            fn default() -> Self {
                Self { enabled: true, $($field: $default,)* }
            }
        }
    };
}

/// Points per breach of a soft rule where the scenario does not say.
pub const DEFAULT_PENALTY: i64 = 1000;

/// How a rule binds: a hard rule is never broken; a soft one may be, at its penalty.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hardness {
    #[default]
    Hard,
    Soft,
}

/// A rule that forces or forbids, with `level: hard | soft` and `penalty` per breach.
macro_rules! soft_rule_config {
    ($(#[$doc:meta])* $name:ident { $($(#[$fdoc:meta])* $field:ident : $ty:ty = $default:expr),* $(,)? }) => {
        rule_config!($(#[$doc])* $name {
            $($(#[$fdoc])* $field: $ty = $default,)*
            /// Hard: never broken. Soft: broken where it must, at `penalty` points each time.
            level: Hardness = Hardness::Hard,
            penalty: i64 = DEFAULT_PENALTY
        });

        impl $name {
            /// The points a breach costs, for a soft rule (None: the rule is hard).
            pub fn soft(&self) -> Option<i64> {
                (self.level == Hardness::Soft).then_some(self.penalty)
            }
        }
    };
}

soft_rule_config!(
    /// Regulation 65-QĐ/TW Art. 3.3: a head for `years` or more must leave the unit.
    TermLimitConfig { years: i32 = 8 }
);
soft_rule_config!(
    /// Key posts go to officials who are not local; local incumbents of key posts must move.
    NonLocalConfig { incumbents_must_move: bool = true }
);
soft_rule_config!(
    /// Regulation 65 Art. 8: an official rotated in stays at least `years` in the post.
    MinTenureConfig { years: i32 = 3 }
);
soft_rule_config!(
    /// A rotated official has `years` of service left, or `forced_years` when the move is forced.
    ServiceLeftConfig { years: i32 = 10, forced_years: i32 = 5 }
);
soft_rule_config!(
    /// Regulation 114-QĐ/TW: relatives may not share a leadership or head sensitive agencies together.
    RelativesConfig { sensitive_sectors: Vec<String> = default_sensitive_sectors() }
);
soft_rule_config!(
    /// Regulation 366-QĐ/TW: an official rated "not completed" is neither rotated nor appointed.
    RatingGateConfig {}
);
soft_rule_config!(
    /// Stability: at most `max_in` officials join and `max_out` leave one unit in a plan;
    /// `units` sets other limits for named units (0 closes a unit).
    UnitCapConfig {
        max_in: u32 = 3,
        max_out: u32 = 3,
        /// Each unit receives from other units as many officials as it sends to them.
        balance: bool = false,
        /// Or receives and sends at most this many apart (Dur & Ünver's balanced exchange).
        max_imbalance: Option<u32> = None,
        units: BTreeMap<UnitId, UnitLimits> = BTreeMap::new()
    }
);

/// A unit's own arrival and departure limits; what is left out follows the general cap.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitLimits {
    #[serde(default)]
    pub max_in: Option<u32>,
    #[serde(default)]
    pub max_out: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_imbalance: Option<u32>,
}

impl UnitCapConfig {
    /// (max in, max out) for the unit with this id.
    pub fn limits(&self, unit: &UnitId) -> (u32, u32) {
        let own = self.units.get(unit);
        (
            own.and_then(|l| l.max_in).unwrap_or(self.max_in),
            own.and_then(|l| l.max_out).unwrap_or(self.max_out),
        )
    }

    /// How far apart the unit with this id may receive and send (None: any).
    pub fn imbalance(&self, unit: &UnitId) -> Option<u32> {
        self.units
            .get(unit)
            .and_then(|l| l.max_imbalance)
            .or(self.max_imbalance)
            .or(self.balance.then_some(0))
    }
}
rule_config!(
    /// The longest cycle of exchanges (officials moving around it) and the longest chain
    /// from a vacancy (moves) a plan may hold; none: any length.
    ExchangeConfig { max_cycle: Option<u32> = None, max_chain: Option<u32> = None }
);
rule_config!(
    /// At most `max` officials change post in one plan (none: no limit).
    MoveLimitConfig { max: Option<u32> = None }
);

/// No official who listed `stay` among their wishes is given a post they ranked below
/// staying, unless a forcing rule moves them. Off unless asked for: `true`, or
/// `{ enabled: true }`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct IndividualRationalityConfig {
    pub enabled: bool,
}

impl<'de> Deserialize<'de> for IndividualRationalityConfig {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Full {
            enabled: bool,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Flag(bool),
            Full(Full),
        }
        Ok(match Written::deserialize(d)? {
            Written::Flag(enabled) | Written::Full(Full { enabled }) => {
                IndividualRationalityConfig { enabled }
            }
        })
    }
}
rule_config!(
    /// Forced rotations spread over years: the `officials` listed may keep their post this
    /// plan although the term-limit or non-local rule would move them (if they move, those
    /// rules still apply), and at least `at_least` of them leave their post.
    PhaseInConfig { officials: Vec<OfficialId> = Vec::new(), at_least: u32 = 0 }
);
soft_rule_config!(
    /// A move to a more senior post needs the official in the pipeline for its title.
    PromotionConfig {}
);
soft_rule_config!(
    /// The make-up (cơ cấu) of each leadership after the plan: at least so many women,
    /// officials under an age, and ethnic-minority officials among the holders of `roles`
    /// posts, counted per unit or over a parent's units together. Local targets: data.
    CompositionConfig {
        scope: CompositionScope = CompositionScope::Unit,
        roles: Vec<Role> = vec![Role::Head, Role::Deputy],
        women: Option<Target> = None,
        under_age: Option<Target> = None,
        ethnic_minority: Option<Target> = None
    }
);

soft_rule_config!(
    /// Developmental rotation: what a pipeline official's planned title expects (`needs` per
    /// level of the title, over which `titles` may say more), required by the year `by`.
    /// Without `by` the needs are only priced (`weights.development`).
    DevelopmentConfig {
        needs: BTreeMap<Level, Vec<Experience>> = BTreeMap::new(),
        by: Option<i32> = None
    }
);

/// Where a composition target counts: in each unit's leadership, or in the leaderships
/// of all the units under one parent together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompositionScope {
    #[default]
    Unit,
    Parent,
}

/// One composition target: at least `min` of a leadership, and at least `min_share` of
/// its seats (in whole percent, rounded up to people), capped at the seats there are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Target {
    pub min: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_share: Option<f64>,
    /// For `under_age` only: the age (at the plan's date) the officials counted are under.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age: Option<u32>,
    /// The units (the parents, with `scope: parent`) the target holds in; none: all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitId>,
}

impl Target {
    /// The people a leadership of `seats` seats must count: the larger of `min` and the
    /// share, never more than the seats.
    pub fn need(&self, seats: u32) -> u32 {
        let pct = self.min_share.map_or(0, |x| (x * 100.0).round() as u32);
        self.min.max((pct * seats).div_ceil(100)).min(seats)
    }

    /// Whether the target holds in the unit (or parent) with this id.
    pub fn covers(&self, unit: &UnitId) -> bool {
        self.units.is_empty() || self.units.contains(unit)
    }
}

impl CompositionConfig {
    /// The targets set, by the word for whom they count.
    pub fn targets(&self) -> Vec<(Group, &Target)> {
        [
            (Group::Women, &self.women),
            (Group::UnderAge, &self.under_age),
            (Group::EthnicMinority, &self.ethnic_minority),
        ]
        .into_iter()
        .filter_map(|(g, t)| t.as_ref().map(|t| (g, t)))
        .collect()
    }
}

/// Whom a composition target counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Women,
    UnderAge,
    EthnicMinority,
}

impl Group {
    /// The target's key under `rules.composition`.
    pub fn code(self) -> &'static str {
        match self {
            Group::Women => "women",
            Group::UnderAge => "under_age",
            Group::EthnicMinority => "ethnic_minority",
        }
    }
}

rule_config!(
    /// Officials move only within the unit of this level above them (the province's
    /// organisation commission decides its own rotations).
    ScopeConfig { level: Level = Level::Province }
);
rule_config!(
    /// Regulation 65 Art. 4: who may be rotated. Holders of these roles, and always those
    /// in a pipeline, those the term-limit and non-local rules move, and those pinned.
    WhoRotatesConfig { roles: Vec<Role> = vec![Role::Head, Role::Deputy, Role::Member] }
);
soft_rule_config!(
    /// A move to a lower role in a unit of the same level is a demotion, not a rotation.
    DemotionConfig {}
);
soft_rule_config!(
    /// A post's required degree and years in its sector.
    QualificationConfig {}
);

pub fn default_sensitive_sectors() -> Vec<String> {
    [
        "home_affairs",
        "inspection",
        "finance",
        "banking",
        "tax",
        "customs",
        "industry_trade",
        "planning_investment",
        "natural_resources",
        "army",
        "police",
        "court",
        "procuracy",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RuleConfig {
    pub scope: ScopeConfig,
    pub who_rotates: WhoRotatesConfig,
    pub term_limit: TermLimitConfig,
    pub non_local: NonLocalConfig,
    pub min_tenure: MinTenureConfig,
    pub service_left: ServiceLeftConfig,
    pub relatives: RelativesConfig,
    pub rating_gate: RatingGateConfig,
    pub unit_cap: UnitCapConfig,
    pub move_limit: MoveLimitConfig,
    pub exchange: ExchangeConfig,
    pub phase_in: PhaseInConfig,
    pub promotion: PromotionConfig,
    pub demotion: DemotionConfig,
    pub qualification: QualificationConfig,
    pub individual_rationality: IndividualRationalityConfig,
    pub composition: CompositionConfig,
    pub development: DevelopmentConfig,
}

impl RuleConfig {
    /// The enabled soft rules, by code, with the points a breach costs.
    pub fn soft(&self) -> Vec<(&'static str, i64)> {
        macro_rules! each {
            ($($rule:ident),*) => {
                [$((stringify!($rule), self.$rule.enabled, self.$rule.soft())),*]
            };
        }
        each!(
            term_limit,
            non_local,
            min_tenure,
            service_left,
            rating_gate,
            promotion,
            demotion,
            qualification,
            relatives,
            unit_cap,
            composition,
            development
        )
        .into_iter()
        .filter_map(|(code, enabled, soft)| soft.filter(|_| enabled).map(|p| (code, p)))
        .collect()
    }
}

/// The statutory retirement age rising step by step from a base year (Labour Code 2019).
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetirementSchedule {
    pub base_year: i32,
    /// Age in months in the base year.
    pub base_months: i32,
    /// Months added each year after the base year.
    pub step_months: i32,
    /// The age in months where the rise stops.
    pub max_months: i32,
}

impl RetirementSchedule {
    pub fn age_months_in(&self, year: i32) -> i32 {
        let steps = (year - self.base_year).max(0);
        (self.base_months + steps * self.step_months).min(self.max_months)
    }

    /// The first year in which someone born in `born` has reached the retirement age.
    pub fn retirement_year(&self, born: i32) -> i32 {
        let mut year = born + self.base_months / 12;
        while (year - born) * 12 < self.age_months_in(year) {
            year += 1;
        }
        year
    }

    /// When someone born on `born` reaches the retirement age: the month, when the birth
    /// month is known (the statute sets the age in months), else the year as above.
    pub fn retirement(&self, born: Date) -> Date {
        let Some(m) = born.month else {
            return Date::year(self.retirement_year(born.year));
        };
        let birth = born.year * 12 + m as i32 - 1;
        let mut year = born.year + self.base_months / 12 - 1;
        loop {
            // The month of `year` in which the age of that year is reached, if in it.
            let reached = birth + self.age_months_in(year);
            if reached < (year + 1) * 12 {
                let at = reached.max(year * 12);
                return Date::month(at / 12, (at % 12 + 1) as u8);
            }
            year += 1;
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RetirementTable {
    pub male: RetirementSchedule,
    pub female: RetirementSchedule,
}

impl Default for RetirementTable {
    fn default() -> Self {
        RetirementTable {
            // Men: 60 years 3 months in 2021, +3 months a year, 62 by 2028.
            male: RetirementSchedule {
                base_year: 2021,
                base_months: 723,
                step_months: 3,
                max_months: 744,
            },
            // Women: 55 years 4 months in 2021, +4 months a year, 60 by 2035.
            female: RetirementSchedule {
                base_year: 2021,
                base_months: 664,
                step_months: 4,
                max_months: 720,
            },
        }
    }
}

impl RetirementTable {
    /// When an official born on `born` reaches the retirement age (see `retirement`).
    pub fn retirement(&self, born: Date, sex: Sex) -> Date {
        match sex {
            Sex::Male => self.male.retirement(born),
            Sex::Female => self.female.retirement(born),
        }
    }
}

yaml_display!(Level, Bloc, Role, Degree, Sex, Rating);

impl Role {
    /// The role in a person's words.
    pub fn word(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        Msg::new(match self {
            Role::Head => K::RoleHead,
            Role::Deputy => K::RoleDeputy,
            Role::Member => K::RoleMember,
        })
    }
}

impl Degree {
    /// The degree in a person's words.
    pub fn word(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        Msg::new(match self {
            Degree::None => K::DegreeNone,
            Degree::College => K::DegreeCollege,
            Degree::Bachelor => K::DegreeBachelor,
            Degree::Master => K::DegreeMaster,
            Degree::Doctorate => K::DegreeDoctorate,
        })
    }
}

impl Bloc {
    /// The bloc in a person's words.
    pub fn word(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        Msg::new(match self {
            Bloc::Party => K::BlocParty,
            Bloc::Government => K::BlocGovernment,
            Bloc::Front => K::BlocFront,
        })
    }
}

impl Level {
    /// The level in a person's words.
    pub fn word(self) -> crate::messages::Msg {
        use crate::messages::{Msg, K};
        Msg::new(match self {
            Level::Province => K::LevelProvince,
            Level::District => K::LevelDistrict,
            Level::Commune => K::LevelCommune,
        })
    }
}

// What a planner may write for each closed list: the English value (written back), then the
// Vietnamese words, matched in any case, with or without diacritics.
closed_list!(Level {
    Province => ["province", "tỉnh", "cấp tỉnh"],
    District => ["district", "huyện", "cấp huyện", "quận", "thị xã"],
    Commune => ["commune", "xã", "cấp xã", "phường", "thị trấn"],
});

closed_list!(Bloc {
    Party => ["party", "đảng", "khối đảng"],
    Government => ["government", "chính quyền", "khối chính quyền", "nhà nước"],
    Front => ["front", "mặt trận", "khối mặt trận", "mặt trận tổ quốc", "mttq", "đoàn thể"],
});

closed_list!(Role {
    Head => ["head", "cấp trưởng", "trưởng", "trưởng phòng", "trưởng ban", "giám đốc", "bí thư", "chủ tịch"],
    Deputy => ["deputy", "cấp phó", "phó", "phó trưởng phòng", "phó trưởng ban", "phó giám đốc", "phó bí thư", "phó chủ tịch"],
    Member => ["member", "thành viên", "ủy viên", "chuyên viên"],
});

closed_list!(Degree {
    None => ["none", "không", "không có", "chưa có"],
    College => ["college", "cao đẳng"],
    Bachelor => ["bachelor", "cử nhân", "đại học", "kỹ sư", "kĩ sư"],
    Master => ["master", "thạc sĩ", "thạc sỹ"],
    Doctorate => ["doctorate", "tiến sĩ", "tiến sỹ"],
});

closed_list!(Experience {
    Commune => ["commune", "cấp xã", "cơ sở", "xã", "phường"],
    District => ["district", "cấp huyện", "huyện"],
    Province => ["province", "cấp tỉnh", "tỉnh"],
    Party => ["party", "khối đảng", "đảng"],
    Government => ["government", "khối chính quyền", "chính quyền"],
    Front => ["front", "khối mặt trận", "mặt trận", "đoàn thể"],
    OtherBloc => ["other_bloc", "khối khác"],
    OtherUnit => ["other_unit", "đơn vị khác", "cơ quan khác"],
});

closed_list!(Hardness {
    Hard => ["hard", "cứng", "bắt buộc"],
    Soft => ["soft", "mềm", "linh hoạt"],
});

closed_list!(Sex {
    Male => ["male", "nam"],
    Female => ["female", "nữ"],
});

closed_list!(Rating {
    Excellent => ["excellent", "hoàn thành xuất sắc", "hoàn thành xuất sắc nhiệm vụ"],
    Good => ["good", "hoàn thành tốt", "hoàn thành tốt nhiệm vụ"],
    Completed => ["completed", "hoàn thành", "hoàn thành nhiệm vụ"],
    NotCompleted => ["not_completed", "không hoàn thành", "không hoàn thành nhiệm vụ"],
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Each closed list: what it writes is its first word, and each of its words reads back
    /// as it, in capitals and without diacritics too.
    fn words_round_trip<T>(words: &[(T, &[&str])])
    where
        T: Copy + PartialEq + fmt::Debug + Serialize + serde::de::DeserializeOwned,
    {
        for &(value, list) in words {
            let written = serde_yaml::to_string(&value).unwrap();
            assert_eq!(
                written.trim(),
                list[0],
                "{value:?} is written as its first word"
            );
            for w in list {
                let plain = super::super::words::fold(w);
                for form in [w.to_string(), w.to_uppercase(), plain] {
                    let read: T = serde_yaml::from_str(&form).unwrap();
                    assert_eq!(read, value, "{form}");
                }
            }
        }
    }

    #[test]
    fn closed_lists_read_their_vietnamese_words_and_write_the_english_value() {
        words_round_trip(Level::WORDS);
        words_round_trip(Bloc::WORDS);
        words_round_trip(Role::WORDS);
        words_round_trip(Degree::WORDS);
        words_round_trip(Sex::WORDS);
        words_round_trip(Rating::WORDS);
        words_round_trip(Experience::WORDS);
        let e = serde_yaml::from_str::<Level>("tinhh")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown variant `tinhh`") && e.contains("`province`"),
            "{e}"
        );
    }

    #[test]
    fn no_word_means_two_values() {
        fn distinct<T: fmt::Debug>(words: &[(T, &[&str])]) {
            let mut seen = std::collections::HashMap::new();
            for (value, list) in words {
                for w in *list {
                    let before = seen.insert(super::super::words::fold(w), format!("{value:?}"));
                    assert!(before.is_none(), "`{w}` means {before:?} and {value:?}");
                }
            }
        }
        distinct(Level::WORDS);
        distinct(Bloc::WORDS);
        distinct(Role::WORDS);
        distinct(Degree::WORDS);
        distinct(Sex::WORDS);
        distinct(Rating::WORDS);
    }

    #[test]
    fn retirement_age_rises_by_the_statutory_steps() {
        let t = RetirementTable::default();
        // Born 1961, male: 60y3m needed in 2021 is not reached at 60; in 2022 (61 ≥ 60y6m) it is.
        assert_eq!(t.retirement(1961.into(), Sex::Male), Date::year(2022));
        // Born 1970, male: 62 from 2028 on, so 2032.
        assert_eq!(t.retirement(1970.into(), Sex::Male), Date::year(2032));
        // Born 1975, female: 60 from 2035 on, so 2035.
        assert_eq!(t.retirement(1975.into(), Sex::Female), Date::year(2035));
    }

    #[test]
    fn with_a_birth_month_retirement_comes_in_the_month_the_age_of_its_year_is_reached() {
        let t = RetirementTable::default();
        // Decree 135/2020's table: a man born in January 1961 retires at 60y3m, April 2021.
        assert_eq!(
            t.retirement(Date::month(1961, 1), Sex::Male),
            Date::month(2021, 4)
        );
        // Born December 1964: 61y6m is needed in 2026, reached in June 2026.
        assert_eq!(
            t.retirement(Date::month(1964, 12), Sex::Male),
            Date::month(2026, 6)
        );
        // Born March 1965: 61y6m, the age of 2026, is reached in September 2026.
        assert_eq!(
            t.retirement(Date::month(1965, 3), Sex::Male),
            Date::month(2026, 9)
        );
        // A woman born May 1975: 60 from 2035, May 2035.
        assert_eq!(
            t.retirement(Date::month(1975, 5), Sex::Female),
            Date::month(2035, 5)
        );
        // Every month of a year of birth retires no earlier than the one before it.
        for sex in [Sex::Male, Sex::Female] {
            let dates: Vec<Date> = (1..=12)
                .map(|m| t.retirement(Date::month(1966, m), sex))
                .collect();
            assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        }
    }
}
