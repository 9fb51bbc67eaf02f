//! Synthetic scenarios in the real administrative shape, for scale tests and benchmarks:
//! provinces with their party bodies and departments, and communes and wards with their
//! party committee, People's Committee and Fatherland Front. Officials get plausible
//! tenure, ages, home places, sectors, degrees, ratings, pipeline titles and relatives;
//! some seats are vacant. The same seed gives the same scenario.

use crate::scenario::*;
use rand::{seq::SliceRandom, Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

/// How many of `PROVINCES`, from the first, are centrally-run cities (thành phố trực
/// thuộc trung ương), whose party committee is a Thành ủy.
const CITIES: usize = 6;

/// The 34 provinces and centrally-run cities since 1 July 2025.
const PROVINCES: [&str; 34] = [
    "Hà Nội",
    "Hồ Chí Minh",
    "Hải Phòng",
    "Đà Nẵng",
    "Cần Thơ",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Ninh Bình",
    "Quảng Trị",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Đồng Nai",
    "Tây Ninh",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
];
const COMMUNE_STEMS: [&str; 16] = [
    "Tân An",
    "Bình Minh",
    "Hòa Bình",
    "Thành Công",
    "Phú Lộc",
    "Quang Trung",
    "Đông Hưng",
    "Nghĩa Phú",
    "Mai Pha",
    "Vĩnh Trại",
    "Hoàng Đồng",
    "Tam Thanh",
    "Long Hưng",
    "An Phú",
    "Tân Lập",
    "Hưng Đạo",
];
const FAMILY: [&str; 12] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
];
const MIDDLE: [&str; 8] = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Quốc", "Thu", "Hữu"];
const GIVEN: [&str; 16] = [
    "An", "Bình", "Cường", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Nghĩa", "Phong",
    "Sơn", "Thắng", "Tâm", "Vinh",
];

/// A post template: title, role, sector, key, seats, years of the sector required.
type PostKind = (&'static str, Role, &'static str, bool, u32, u32);

const PARTY: [PostKind; 4] = [
    (
        "Bí thư Đảng ủy xã/phường",
        Role::Head,
        "party_affairs",
        true,
        1,
        3,
    ),
    (
        "Phó Bí thư Đảng ủy xã/phường",
        Role::Deputy,
        "party_affairs",
        false,
        1,
        2,
    ),
    (
        "Chánh Văn phòng Đảng ủy xã/phường",
        Role::Member,
        "party_affairs",
        false,
        1,
        1,
    ),
    (
        "Trưởng Ban Xây dựng Đảng xã/phường",
        Role::Member,
        "party_affairs",
        false,
        1,
        1,
    ),
];
const GOVERNMENT: [PostKind; 13] = [
    (
        "Chủ tịch UBND xã/phường",
        Role::Head,
        "administration",
        true,
        1,
        3,
    ),
    (
        "Phó Chủ tịch UBND xã/phường (kinh tế)",
        Role::Deputy,
        "economy",
        false,
        1,
        2,
    ),
    (
        "Phó Chủ tịch UBND xã/phường (văn hóa - xã hội)",
        Role::Deputy,
        "culture",
        false,
        1,
        2,
    ),
    (
        "Công chức Tư pháp - Hộ tịch",
        Role::Member,
        "justice",
        false,
        1,
        1,
    ),
    (
        "Công chức Tư pháp - Hộ tịch",
        Role::Member,
        "justice",
        false,
        1,
        1,
    ),
    (
        "Công chức Địa chính - Xây dựng",
        Role::Member,
        "natural_resources",
        false,
        1,
        1,
    ),
    (
        "Công chức Địa chính - Xây dựng",
        Role::Member,
        "natural_resources",
        false,
        1,
        1,
    ),
    (
        "Công chức Tài chính - Kế toán",
        Role::Member,
        "finance",
        false,
        1,
        1,
    ),
    (
        "Công chức Văn hóa - Xã hội",
        Role::Member,
        "culture",
        false,
        1,
        1,
    ),
    (
        "Công chức Văn hóa - Xã hội",
        Role::Member,
        "culture",
        false,
        1,
        1,
    ),
    (
        "Công chức Văn phòng - Thống kê",
        Role::Member,
        "administration",
        false,
        1,
        1,
    ),
    (
        "Công chức Văn phòng - Thống kê",
        Role::Member,
        "administration",
        false,
        1,
        1,
    ),
    (
        "Chỉ huy trưởng Quân sự",
        Role::Member,
        "military",
        false,
        1,
        1,
    ),
];
const FRONT: [PostKind; 5] = [
    (
        "Chủ tịch Ủy ban MTTQ xã/phường",
        Role::Head,
        "front_work",
        false,
        1,
        2,
    ),
    (
        "Phó Chủ tịch Ủy ban MTTQ xã/phường",
        Role::Deputy,
        "front_work",
        false,
        1,
        1,
    ),
    (
        "Chủ tịch Hội Nông dân xã/phường",
        Role::Member,
        "front_work",
        false,
        1,
        1,
    ),
    (
        "Chủ tịch Hội Liên hiệp Phụ nữ xã/phường",
        Role::Member,
        "front_work",
        false,
        1,
        1,
    ),
    (
        "Bí thư Đoàn Thanh niên xã/phường",
        Role::Member,
        "youth",
        false,
        1,
        1,
    ),
];
/// Provincial bodies: name, bloc, sector.
const BODIES: [(&str, Bloc, &str); 12] = [
    ("Ban Tổ chức Tỉnh ủy", Bloc::Party, "party_affairs"),
    (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        Bloc::Party,
        "propaganda",
    ),
    ("Ủy ban Kiểm tra Tỉnh ủy", Bloc::Party, "inspection"),
    ("Sở Nội vụ", Bloc::Government, "home_affairs"),
    ("Sở Tài chính", Bloc::Government, "finance"),
    ("Sở Giáo dục và Đào tạo", Bloc::Government, "education"),
    ("Sở Y tế", Bloc::Government, "health"),
    (
        "Sở Nông nghiệp và Môi trường",
        Bloc::Government,
        "natural_resources",
    ),
    ("Sở Xây dựng", Bloc::Government, "construction"),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        Bloc::Government,
        "culture",
    ),
    ("Thanh tra tỉnh", Bloc::Government, "inspection"),
    ("Ủy ban MTTQ tỉnh", Bloc::Front, "front_work"),
];

#[derive(Clone, Debug)]
pub struct Spec {
    /// Communes and wards of each province.
    pub communes: Vec<u32>,
    pub seed: u64,
    pub year: i32,
    /// The share of officials holding a post who list wishes (0: none).
    pub wishes: f64,
    /// Titles expect experience of those planned for them, and officials have a record.
    pub development: bool,
}

impl Spec {
    pub fn uniform(provinces: u32, communes_per_province: u32, seed: u64) -> Spec {
        Spec {
            communes: vec![communes_per_province; provinces as usize],
            seed,
            year: 2026,
            wishes: 0.0,
            development: false,
        }
    }

    /// One province of about 100 communes: 2,000+ posts.
    pub fn province(seed: u64) -> Spec {
        Spec::uniform(1, 100, seed)
    }

    /// The whole country since July 2025: 34 provinces, 3,321 communes, 38 to 168 each.
    pub fn national(seed: u64) -> Spec {
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5eed);
        let mut communes: Vec<u32> = (0..34).map(|_| rng.gen_range(38..=168)).collect();
        // Scale to the real total, then settle the rounding on the largest provinces.
        let total: u32 = communes.iter().sum();
        for c in communes.iter_mut() {
            *c = (*c as u64 * 3321 / total as u64).max(38) as u32;
        }
        let mut diff = 3321i64 - communes.iter().sum::<u32>() as i64;
        let mut i = 0;
        while diff != 0 {
            let step = diff.signum();
            let c = &mut communes[i % 34];
            if (38..=168).contains(&(*c as i64 + step)) {
                *c = (*c as i64 + step) as u32;
                diff -= step;
            }
            i += 1;
        }
        Spec {
            communes,
            seed,
            year: 2026,
            wishes: 0.0,
            development: false,
        }
    }
}

struct Gen {
    rng: ChaCha8Rng,
    year: i32,
    s: Scenario,
    next_official: usize,
}

impl Gen {
    fn name(&mut self) -> (String, Sex) {
        let sex = if self.rng.gen_bool(0.4) {
            Sex::Female
        } else {
            Sex::Male
        };
        let middle = if sex == Sex::Female {
            "Thị"
        } else {
            MIDDLE.choose(&mut self.rng).copied().unwrap_or("Văn")
        };
        let name = format!(
            "{} {} {}",
            FAMILY.choose(&mut self.rng).unwrap_or(&"Nguyễn"),
            middle,
            GIVEN.choose(&mut self.rng).unwrap_or(&"An")
        );
        (name, sex)
    }

    fn unit(
        &mut self,
        id: String,
        name: String,
        level: Level,
        bloc: Bloc,
        parent: Option<&str>,
        locality: &str,
    ) {
        self.s.units.push(Unit {
            id: UnitId(id),
            name,
            level,
            parent: parent.map(UnitId::from),
            bloc,
            locality: Some(locality.to_string()),
        });
    }

    fn post(&mut self, unit: &str, k: &PostKind, n: usize) -> usize {
        let (title, role, sector, key, seats, years) = *k;
        self.s.posts.push(Post {
            id: PostId(format!("{unit}-{n}")),
            unit: UnitId::from(unit),
            title: title.to_string(),
            role,
            sector: sector.to_string(),
            grade: None,
            capacity: seats,
            key,
            priority: None,
            requires: Requirements {
                years,
                sector: None,
                degree: (role == Role::Head).then_some(Degree::Bachelor),
            },
            opens: None,
        });
        self.s.posts.len() - 1
    }

    /// Fills the seats of post `p`, most of them; `home` is the place of a local hire.
    fn staff(
        &mut self,
        p: usize,
        home: &str,
        province: &str,
        head_titles: &[&str],
        provincial: bool,
    ) {
        let (year, capacity) = (self.year, self.s.posts[p].capacity);
        let (role, key, sector) = {
            let post = &self.s.posts[p];
            (post.role, post.key, post.sector.clone())
        };
        for _ in 0..capacity {
            if self.rng.gen_bool(0.07) {
                continue; // a vacancy
            }
            let (name, sex) = self.name();
            // Heads young enough to be rotated when their term ends.
            let age = if role == Role::Head {
                self.rng.gen_range(30..=50)
            } else {
                self.rng.gen_range(28..58)
            };
            let born = year - age;
            let tenure = match role {
                Role::Head => self.rng.gen_range(0..10),
                _ => self.rng.gen_range(0..12),
            };
            // At least the years the post itself asks for, which the holder has by holding it.
            let needed = self.s.posts[p].requires.years as i32 + 1;
            let career = (age - 22).max(tenure + 1).max(needed);
            let mut experience = BTreeMap::new();
            let low = (tenure + 1).max(needed).min(career);
            experience.insert(sector.clone(), self.rng.gen_range(low..=career) as u32);
            // Heads of provincial bodies have a second field, as directors usually do,
            // so a term-limited one can head another body.
            if role == Role::Head && provincial {
                let others: Vec<&str> = BODIES
                    .iter()
                    .map(|b| b.2)
                    .filter(|&x| x != sector)
                    .collect();
                let second = others[self.rng.gen_range(0..others.len())];
                experience
                    .entry(second.to_string())
                    .or_insert(self.rng.gen_range(6..=12));
                // And years in the commune's administration or party work, so that a
                // term-limited director can also be sent down to lead a commune.
                let base = ["administration", "party_affairs"][self.rng.gen_range(0..2)];
                experience
                    .entry(base.to_string())
                    .or_insert(self.rng.gen_range(5..=10));
            }
            if self.rng.gen_bool(0.3) {
                let other = [
                    "administration",
                    "party_affairs",
                    "economy",
                    "culture",
                    "finance",
                ]
                .choose(&mut self.rng)
                .copied()
                .unwrap_or("administration");
                experience
                    .entry(other.to_string())
                    .or_insert(self.rng.gen_range(1..8));
            }
            // Key posts are mostly held by people from elsewhere already; commune staff
            // are mostly local.
            let local = if key {
                self.rng.gen_bool(0.12)
            } else {
                self.rng.gen_bool(0.7)
            };
            let mut home_places = vec![province.to_string()];
            if local {
                home_places.push(home.to_string());
            }
            let pipeline = match role {
                Role::Deputy if self.rng.gen_bool(0.3) => {
                    head_titles.iter().map(|t| t.to_string()).take(1).collect()
                }
                _ => Vec::new(),
            };
            // Whoever a rule will force out is not also barred from moving by the data.
            let forced = (role == Role::Head && tenure >= 8) || (key && local);
            let rating = match self.rng.gen_range(0..100) {
                0..=1 if !forced => Rating::NotCompleted,
                0..=1 => Rating::Completed,
                2..=21 => Rating::Excellent,
                22..=71 => Rating::Good,
                _ => Rating::Completed,
            };
            let id = format!("cb{:06}", self.next_official);
            self.next_official += 1;
            self.s.officials.push(Official {
                id: OfficialId(id),
                name,
                post: Some(self.s.posts[p].id.clone()),
                since: Some((year - tenure).into()),
                born: born.into(),
                sex,
                home: home_places,
                experience,
                degree: match role {
                    Role::Head => *[Degree::Bachelor, Degree::Master]
                        .choose(&mut self.rng)
                        .unwrap_or(&Degree::Bachelor),
                    _ => *[Degree::College, Degree::Bachelor, Degree::Bachelor]
                        .choose(&mut self.rng)
                        .unwrap_or(&Degree::Bachelor),
                },
                rating,
                pipeline,
                relatives: Vec::new(),
                wishes: Vec::new(),
                ethnic_minority: false,
                served: Vec::new(),
                last_rotation: (!forced && tenure < 3 && self.rng.gen_bool(0.3))
                    .then_some((year - tenure).into()),
                leaves: None,
            });
        }
    }
}

/// A synthetic scenario for `spec`.
pub fn generate(spec: &Spec) -> Scenario {
    let mut g = Gen {
        rng: ChaCha8Rng::seed_from_u64(spec.seed),
        year: spec.year,
        s: Scenario {
            name: format!("synthetic-{}p-{}c-seed{}", spec.communes.len(), spec.communes.iter().sum::<u32>(), spec.seed),
            year: spec.year,
            month: None,
            description: Some("Generated by `rotaplan generate`: the administrative shape is real, the people are not.".into()),
            units: Vec::new(),
            posts: Vec::new(),
            officials: Vec::new(),
            rules: RuleConfig {
                // Commune civil servants are not rotated by the commission.
                who_rotates: WhoRotatesConfig {
                    roles: vec![Role::Head, Role::Deputy],
                    ..Default::default()
                },
                ..Default::default()
            },
            weights: Weights::default(),
            pins: Vec::new(),
            retirement: RetirementTable::default(),
            sectors: None,
            titles: Default::default(),
            published: None,
        },
        next_official: 0,
    };
    for (pi, &n_communes) in spec.communes.iter().enumerate() {
        let pname = PROVINCES[pi % PROVINCES.len()];
        let city = pi % PROVINCES.len() < CITIES;
        let pid = format!("t{pi:02}");
        g.unit(
            pid.clone(),
            format!("{} {pname}", if city { "Thành phố" } else { "Tỉnh" }),
            Level::Province,
            Bloc::Party,
            None,
            &pid,
        );
        for (bi, (body, bloc, sector)) in BODIES.iter().enumerate() {
            let uid = format!("{pid}-b{bi:02}");
            let body = if city {
                body.replace("Tỉnh ủy", "Thành ủy")
                    .replace(" tỉnh", " thành phố")
            } else {
                body.to_string()
            };
            g.unit(
                uid.clone(),
                format!("{body} {pname}"),
                Level::Province,
                *bloc,
                Some(&pid),
                &pid,
            );
            let head: PostKind = ("Giám đốc / Trưởng ban", Role::Head, sector, false, 1, 5);
            let deputy: PostKind = (
                "Phó Giám đốc / Phó Trưởng ban",
                Role::Deputy,
                sector,
                false,
                2,
                3,
            );
            let staff: PostKind = ("Trưởng phòng chuyên môn", Role::Member, sector, false, 4, 2);
            for (n, k) in [head, deputy, staff].iter().enumerate() {
                let p = g.post(&uid, k, n);
                g.staff(p, &pid, &pid, &["Giám đốc / Trưởng ban"], true);
            }
        }
        for ci in 0..n_communes {
            let cid = format!("{pid}-x{ci:03}");
            let kind = if ci % 5 == 0 { "phường" } else { "xã" };
            let cname = format!(
                "{} {} {}",
                kind,
                COMMUNE_STEMS[ci as usize % COMMUNE_STEMS.len()],
                ci / COMMUNE_STEMS.len() as u32 + 1
            );
            for (suffix, label, bloc, kinds, head) in [
                ("d", "Đảng ủy", Bloc::Party, &PARTY[..], PARTY[0].0),
                (
                    "u",
                    "UBND",
                    Bloc::Government,
                    &GOVERNMENT[..],
                    GOVERNMENT[0].0,
                ),
                ("m", "Ủy ban MTTQ", Bloc::Front, &FRONT[..], FRONT[0].0),
            ] {
                let uid = format!("{cid}{suffix}");
                g.unit(
                    uid.clone(),
                    format!("{label} {cname}"),
                    Level::Commune,
                    bloc,
                    Some(&pid),
                    &cid,
                );
                for (n, k) in kinds.iter().enumerate() {
                    let p = g.post(&uid, k, n);
                    g.staff(p, &cid, &pid, &[head], false);
                }
            }
        }
    }
    // Relatives: a few pairs of officials in the same province.
    let n = g.s.officials.len();
    for _ in 0..n / 400 {
        let a = g.rng.gen_range(0..n);
        let b = (a + g.rng.gen_range(1..20)).min(n - 1);
        if a != b {
            let rb = g.s.officials[b].id.clone();
            g.s.officials[a].relatives.push(rb);
        }
    }
    if spec.wishes > 0.0 {
        add_wishes(&mut g.s, spec.wishes, spec.seed);
    }
    add_ethnic_minorities(&mut g.s, spec.seed);
    if spec.development {
        add_development(&mut g.s, spec.seed);
    }
    g.s
}

/// Developmental rotation, from a generator of its own (the rest of the scenario is the
/// same with or without): a district title expects a commune, a province title a commune
/// and the other bloc; half the officials served before in one or two other units of
/// their province.
fn add_development(s: &mut Scenario, seed: u64) {
    use crate::scenario::Experience;
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6465_7665_6c6f);
    let needs = &mut s.rules.development.needs;
    needs.insert(Level::District, vec![Experience::Commune]);
    needs.insert(
        Level::Province,
        vec![Experience::Commune, Experience::OtherBloc],
    );
    let index: std::collections::HashMap<&str, usize> = s
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.id.0.as_str(), i))
        .collect();
    // Each unit's province: the top of its tree.
    let root: Vec<usize> = (0..s.units.len())
        .map(|mut u| {
            while let Some(p) = s.units[u]
                .parent
                .as_ref()
                .and_then(|p| index.get(p.0.as_str()))
            {
                u = *p;
            }
            u
        })
        .collect();
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (u, &r) in root.iter().enumerate() {
        by_root.entry(r).or_default().push(u);
    }
    let unit_of: std::collections::HashMap<&str, usize> = s
        .posts
        .iter()
        .filter_map(|p| Some((p.id.0.as_str(), *index.get(p.unit.0.as_str())?)))
        .collect();
    let mut served = Vec::with_capacity(s.officials.len());
    for o in &s.officials {
        let here = o.post.as_ref().and_then(|p| unit_of.get(p.0.as_str()));
        let mut past: Vec<String> = Vec::new();
        if let Some(&u) = here.filter(|_| rng.gen_bool(0.5)) {
            let near = &by_root[&root[u]];
            for _ in 0..rng.gen_range(1..=2) {
                let v = near[rng.gen_range(0..near.len())];
                let id = &s.units[v].id.0;
                if v != u && !past.contains(id) {
                    past.push(id.clone());
                }
            }
        }
        served.push(past);
    }
    for (o, past) in s.officials.iter_mut().zip(served) {
        o.served = past;
    }
}

/// Marks officials of an ethnic minority, from a generator of their own (the rest of the
/// scenario is the same as before the field existed): about one in seven, as in the
/// country's population, more in some provinces than others.
fn add_ethnic_minorities(s: &mut Scenario, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x6574_686e_6963);
    let mut share: BTreeMap<String, f64> = BTreeMap::new();
    for o in &mut s.officials {
        // An official's first home is their province.
        let province = o.home.first().cloned().unwrap_or_default();
        let p = *share
            .entry(province)
            .or_insert_with(|| *[0.03, 0.08, 0.15, 0.4].choose(&mut rng).unwrap_or(&0.15));
        o.ethnic_minority = rng.gen_bool(p);
    }
}

/// Wishes for a `share` of the officials who hold a post, from a generator of their own
/// (the rest of the scenario is the same with or without): one to three posts of their
/// role and sector nearby (mostly in their province), some written as the post's unit,
/// and `stay` somewhere among them half the time.
fn add_wishes(s: &mut Scenario, share: f64, seed: u64) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x4e67_7579_656e);
    let mut like: BTreeMap<(Role, &str), Vec<usize>> = BTreeMap::new();
    for (i, p) in s.posts.iter().enumerate() {
        like.entry((p.role, p.sector.as_str())).or_default().push(i);
    }
    let at: std::collections::HashMap<&str, usize> = s
        .posts
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.0.as_str(), i))
        .collect();
    let mut lists = Vec::with_capacity(s.officials.len());
    for o in &s.officials {
        let Some(now) = o.post.as_ref().map(|p| at[p.0.as_str()]) else {
            lists.push(Vec::new());
            continue;
        };
        if !rng.gen_bool(share) {
            lists.push(Vec::new());
            continue;
        }
        let post = &s.posts[now];
        let same = &like[&(post.role, post.sector.as_str())];
        let here = same.binary_search(&now).unwrap_or(0);
        let mut list: Vec<String> = Vec::new();
        for _ in 0..rng.gen_range(1..=3) {
            let near = (here as i64 + rng.gen_range(-12..=12)).clamp(0, same.len() as i64 - 1);
            let q = &s.posts[same[near as usize]];
            let wish = if rng.gen_bool(0.3) {
                q.unit.0.clone()
            } else {
                q.id.0.clone()
            };
            if same[near as usize] != now && !list.contains(&wish) {
                list.push(wish);
            }
        }
        if rng.gen_bool(0.5) {
            let at = rng.gen_range(0..=list.len());
            list.insert(at, STAY.to_string());
        }
        lists.push(list);
    }
    for (o, list) in s.officials.iter_mut().zip(lists) {
        o.wishes = list;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centrally_run_cities_are_named_thanh_pho_and_provinces_tinh() {
        let s = generate(&Spec::uniform(7, 1, 1));
        let name = |id: &str| {
            s.units
                .iter()
                .find(|u| u.id.0 == id)
                .map(|u| u.name.as_str())
                .expect("unit")
        };
        assert_eq!(name("t00"), "Thành phố Hà Nội");
        assert_eq!(name("t05"), "Thành phố Huế");
        assert_eq!(name("t06"), "Tỉnh Lai Châu");
        assert_eq!(name("t00-b00"), "Ban Tổ chức Thành ủy Hà Nội");
        assert_eq!(name("t00-b10"), "Thanh tra thành phố Hà Nội");
        assert_eq!(name("t06-b00"), "Ban Tổ chức Tỉnh ủy Lai Châu");
    }
}
