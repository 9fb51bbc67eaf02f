//! The catalogue itself: one line per message, its key, the Vietnamese text, the English
//! text. `{name}` is filled from the message's arguments. The terms are the field's:
//! luân chuyển (rotation), điều động (transfer), bổ nhiệm (appointment), hoán đổi (swap),
//! vòng luân chuyển (cycle), chuỗi từ vị trí trống (chain from a vacancy), cấp trưởng /
//! cấp phó, người địa phương, quy hoạch, đánh giá, xếp loại.

use super::Lang;
use serde::{Deserialize, Serialize};

macro_rules! catalogue {
    ($($key:ident => $vi:literal, $en:literal;)*) => {
        /// A message of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum K { $($key),* }

        impl K {
            /// Every key, for the test that checks the catalogue.
            pub const ALL: &'static [K] = &[$(K::$key),*];

            /// The text of the message in `lang`, with its `{placeholders}`.
            pub fn template(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((K::$key, Lang::Vi) => $vi, (K::$key, Lang::En) => $en,)*
                }
            }
        }
    };
}

catalogue! {
    // The plan.
    PlanTitle => "Phương án luân chuyển: {scenario} ({year})", "Rotation plan: {scenario} ({year})";
    PlanSolver => "Bộ giải: {backend}, {status}; {variables} biến, {constraints} ràng buộc; {parts} phần độc lập, {by_flow} phần giải xong bằng luồng chi phí nhỏ nhất",
        "Solver: {backend}, {status}; {variables} variables, {constraints} constraints; {parts} independent part(s), {by_flow} settled by min-cost flow";
    NoMoves => "Không có điều động: mọi người giữ nguyên vị trí.", "No moves: everyone stays.";
    MovesGrouped => "Điều động ({n}), theo nhóm:", "Moves ({n}), grouped:";
    ColOfficial => "Cán bộ", "Official";
    ColFrom => "Từ", "From";
    ColTo => "Đến", "To";
    ColKind => "Loại", "Kind";
    ColWho => "Ai", "Who";
    ColWhy => "Lý do", "Why";
    ColPost => "Vị trí", "Post";
    ColEmpty => "Còn trống", "Empty";
    ColTerm => "Khoản", "Term";
    ColPoints => "Điểm", "Points";
    ColFigure => "Chỉ tiêu", "Figure";
    ColBefore => "Trước", "Before";
    ColAfter => "Sau", "After";
    ColMoves => "Số điều động", "Moves";
    ColRule => "Quy định", "Rule";
    ColEligiblePosts => "Vị trí có thể nhận", "Eligible posts";
    ColEligibleCandidates => "Ứng viên phù hợp", "Eligible candidates";
    Pool => "(nguồn dự bị)", "(pool)";
    PoolNotPlaced => "(nguồn dự bị, chưa bố trí)", "(pool, not placed)";
    Unfilled => "Vị trí để trống ({n}):", "Posts left unfilled ({n}):";
    Stays => "Cán bộ giữ nguyên vị trí ({n}):", "Officials left in place ({n}):";
    SoftReason => "{why} (quy định mềm: ở lại thì phạt {n} điểm)", "{why} (a soft rule: staying would cost {n} points)";
    RowMissed => "{row}: vượt {n}", "{row}: missed by {n}";
    BreachesHeading => "Vi phạm quy định mềm ({n}), mỗi lần tính điểm phạt:", "Soft rules broken ({n}), each paid for in points:";
    CostHeading => "Chi phí (điểm):", "Cost (points):";
    Total => "tổng", "total";
    ComplianceHeading => "Mức tuân thủ:", "Compliance:";
    MoveKindsHeading => "Điều động theo loại:", "Moves by kind:";
    HeadsOverLimit => "cấp trưởng giữ chức từ đủ thời hạn trở lên", "heads at or over the term limit";
    KeyPostsNonLocal => "{title}: do người không phải người địa phương đảm nhiệm", "{title}: held by non-local officials";
    NOfM => "{n}/{m}", "{n} of {m}";
    RelativesConflicts => "xung đột về người thân", "relatives conflicts";
    UnitsOffBalance => "đơn vị nhận và chuyển đi số cán bộ khác nhau", "units receiving a number other than they send";
    LeadershipsShort => "chỉ tiêu cơ cấu lãnh đạo chưa đạt", "leadership composition targets not met";
    PipelineShort => "cán bộ quy hoạch còn thiếu kinh nghiệm chức danh cần", "pipeline officials lacking experience their planned title needs";
    ReceivesSends => "{unit} (nhận {a}, chuyển đi {d})", "{unit} (receives {a}, sends {d})";

    // Cost terms and move kinds.
    TermWastedExpertise => "lãng phí chuyên môn", "wasted expertise";
    TermUnfilled => "vị trí để trống", "unfilled posts";
    TermMoves => "điều động", "moves";
    TermPromotions => "đề bạt", "promotions";
    ChangePostGone => "vị trí `{post}` của phương án đã công bố không còn trong kịch bản", "the published post `{post}` is no longer in the scenario";
    ChangeForOthers => "vị trí đã công bố vẫn được phép, nhưng phải đổi để bố trí được những người khác theo quy định", "the published post is still allowed, but it had to change for the others to be placed under the rules";
    ChangeNowPlaced => "phương án đã công bố chưa bố trí cán bộ này; nay được bố trí để lấp một vị trí", "the published plan left this official without a post; placed now to fill one";
    WishesHeading => "Nguyện vọng ({n} cán bộ nêu; {first} được nguyện vọng thứ nhất, {met} được một nguyện vọng đã nêu):", "Wishes ({n} officials listed some; {first} got their first, {met} one they listed):";
    ColWish => "Nguyện vọng", "Wish";
    WishRank => "thứ {r} trong {n}", "{r} of {n}";
    WishUnlisted => "ngoài {n} nguyện vọng đã nêu", "none of the {n} listed";
    ChangesHeading => "Thay đổi so với phương án đã công bố ({n} trên {m} cán bộ):", "Changes from the published plan ({n} of {m} officials):";
    ColPublished => "Theo phương án đã công bố", "Published";
    ColNow => "Nay", "Now";
    TermBreaches => "vi phạm quy định mềm", "soft-rule breaches";
    TermChanges => "thay đổi so với phương án đã công bố", "changes from the published plan";
    TermWishes => "chưa đúng nguyện vọng", "wishes not met";
    TermDevelopment => "phát triển cán bộ (điểm được bớt)", "development (points saved)";
    KindDown => "từ cấp trên xuống cấp dưới", "higher level to lower";
    KindUp => "từ cấp dưới lên cấp trên", "lower level to higher";
    KindAcrossBlocs => "giữa khối đảng, chính quyền và mặt trận", "between party, government and front";
    KindBetweenCommunes => "giữa các xã, phường", "between wards and communes";
    KindBetweenAgencies => "giữa các cơ quan cùng cấp", "between agencies or districts of one level";
    KindWithinUnit => "trong cùng đơn vị", "within one unit";
    KindAppointment => "bổ nhiệm từ nguồn dự bị", "appointment from the pool";

    // The solver's status.
    StatusOptimal => "đã chứng minh tối ưu", "proven optimal";
    StatusTimeLimitGap => "hết thời gian: phương án tốt nhất tìm được, cách tối ưu không quá {gap}%", "time limit reached: best plan found, within {gap}% of optimal";
    StatusTimeLimit => "hết thời gian: phương án tốt nhất tìm được, chưa chứng minh tối ưu (bộ giải không báo khoảng cách)", "time limit reached: best plan found, optimality not proven (the backend does not report a gap)";

    // check.
    CheckTitle => "Kịch bản {scenario} ({year}): {units} đơn vị, {posts} vị trí, {officials} cán bộ; {pairs} cặp (cán bộ, vị trí) hợp lệ",
        "Scenario {scenario} ({year}): {units} units, {posts} posts, {officials} officials; {pairs} eligible (official, post) pairs";
    CheckRetiring => "Đến tuổi nghỉ hưu trong năm {year} ({n}): không đưa vào phương án, vị trí của họ để trống:",
        "At retirement age by {year} ({n}): left out of the plan, their posts open:";
    CheckRetiringOne => "{name}{post}: đến tuổi nghỉ hưu {retires}", "{name}{post}: retirement age reached in {retires}";
    CheckMustRotate => "Phải luân chuyển ({n}):", "Must rotate ({n}):";
    CheckOpenSeats => "Vị trí còn trống ({n}):", "Open seats ({n}):";
    CheckNoDeadEnds => "Không có điểm bế tắc.", "No dead ends found.";
    CheckDeadEnds => "Điểm bế tắc ({n}):", "Dead ends ({n}):";

    // verify.
    VerifyOk => "ĐẠT: mọi quy định bắt buộc đều được tuân thủ và chi phí báo cáo {cost} khớp với chi phí tính lại.",
        "OK: every hard rule holds and the reported cost {cost} matches the recomputed cost.";
    VerifyBreaches => "Quy định mềm bị vi phạm và đã tính điểm phạt ({n}):", "Soft rules broken, each paid for in the cost ({n}):";
    VerifyFailed => "KHÔNG ĐẠT: {n} vi phạm:", "FAILED: {n} violation(s):";
    VerifyCost => "Chi phí tính lại: {cost} (báo cáo: {reported})", "Recomputed cost: {cost} (reported: {reported})";

    // compare.
    CmpScenario => "Kịch bản", "Scenario";
    CmpStatus => "Trạng thái", "Status";
    CmpTotal => "Tổng chi phí", "Total cost";
    CmpTerms => "Các khoản chi phí", "Cost terms";
    CmpShapes => "Hoán đổi/vòng/chuỗi", "Swaps/cycles/chains";
    CmpEmpty => "Ghế trống", "Empty seats";
    CmpHeads => "Cấp trưởng ≥ thời hạn", "Heads ≥ limit";
    CmpKeyPosts => "Vị trí chủ chốt không phải người địa phương", "Key posts non-local";
    CmpRelatives => "Người thân", "Relatives";
    CmpComposition => "Cơ cấu chưa đạt", "Composition missed";
    CmpDevelopment => "Điều động để đào tạo", "Training moves";
    CmpSeconds => "Giây", "Seconds";
    CmpOptimal => "tối ưu", "optimal";
    CmpTimeLimit => "hết thời gian", "time limit";
    CmpInfeasible => "không khả thi", "infeasible";
    CmpInvalid => "không hợp lệ", "invalid";
    CmpNone => "không có", "none";
    CmpTitle => "So sánh {n} kịch bản; (±n) là chênh lệch so với kịch bản đầu, {base}.",
        "Comparison of {n} scenario(s); (±n) is the difference against the first, {base}.";

    // diff.
    DiffTitle => "Khác biệt giữa {a} (A) và {b} (B): chi phí {cost_a} → {cost_b} ({delta})",
        "Differences between {a} (A) and {b} (B): cost {cost_a} → {cost_b} ({delta})";
    DiffSame => "mọi người được bố trí như nhau", "everyone is placed the same";

    // horizon.
    HorizonTitle => "Kế hoạch nhiều năm: {scenario}, {from}–{to}", "Horizon: {scenario}, {from}–{to}";
    HorizonPlans => "Phương án, {mode}:", "Plans, {mode}:";
    HorizonRetired => "Nghỉ hưu trước phương án: {names}", "Retired before the plan: {names}";
    HorizonLeft => "Chuyển đi trước phương án: {names}", "Left before the plan: {names}";
    HorizonOpened => "Vị trí mới mở: {posts}", "New posts open: {posts}";
    HorizonJointYear => "(Một năm của phương án chung: trạng thái của nó là trạng thái của cả giai đoạn.)",
        "(One year of the joint plan: its status is that of all the years together.)";
    HorizonSummary => "Tổng hợp, {mode}:", "Summary, {mode}:";
    HorizonJointSize => "Một bài toán quy hoạch nguyên: {variables} biến, {constraints} ràng buộc.",
        "One integer program: {variables} variables, {constraints} constraints.";
    HorizonSaves => "phương án chung tiết kiệm {n} điểm", "the joint plan saves {n} points";
    HorizonSavesCutShort => "phương án chung, bị giới hạn thời gian cắt ngắn, tiết kiệm {n} điểm (nó xuất phát từ các phương án từng năm nên không bao giờ tốn hơn)",
        "the joint plan, cut short by the time limit, saves {n} points (it starts from the year-by-year plans, so it never costs more)";
    HorizonSavesNothing => "tầm nhìn nhiều năm không tiết kiệm được gì", "foresight saves nothing";
    HorizonForesight => "Tầm nhìn: phương án chung {joint} điểm, từng năm {yearly} điểm: {verdict}.",
        "Foresight: joint {joint} points, year by year {yearly} points: {verdict}.";
    ModeYearly => "từng năm (mỗi năm tối ưu khi đã biết các năm trước)", "year by year (each year optimal given the years before it)";
    ModeJoint => "chung (mọi năm là một bài toán quy hoạch nguyên)", "joint (all years as one integer program)";
    ModeBoth => "cả hai", "both";
    ColYear => "Năm", "Year";
    ColRetired => "Nghỉ hưu", "Retired";
    ColLeft => "Chuyển đi", "Left";
    ColNewPosts => "Vị trí mới", "New posts";
    ColEmptySeats => "Ghế trống", "Empty seats";
    ColHeadsOverLimit => "Cấp trưởng ≥ thời hạn", "Heads ≥ limit";
    ColKeyNonLocal => "{title}: không phải người địa phương", "{title}: non-local";
    ColTermPoints => "{term} (điểm)", "{term} pts";
    ColCost => "Chi phí", "Cost";
    HorizonProvenJoint => "đã chứng minh tối ưu trên cả giai đoạn", "proven optimal over all the years together";
    HorizonBreaches => "quy định mềm bị vi phạm trong năm: {years}; phương án của từng năm nêu tên từng trường hợp", "soft rules broken in: {years}; each year's plan names each breach";
    HorizonProvenYearly => "mỗi năm đã chứng minh tối ưu, khi đã biết các năm trước", "every year proven optimal, given the years before it";
    HorizonNotProven => "chưa chứng minh tối ưu (hết thời gian)", "not proven optimal (time limit)";
    HorizonAll => "cả giai đoạn", "all";

    // Words of the scenario's closed lists.
    RoleHead => "cấp trưởng", "head";
    RoleDeputy => "cấp phó", "deputy";
    RoleMember => "thành viên", "member";
    DegreeNone => "chưa có bằng", "none";
    DegreeCollege => "cao đẳng", "college";
    DegreeBachelor => "cử nhân", "bachelor";
    DegreeMaster => "thạc sĩ", "master";
    DegreeDoctorate => "tiến sĩ", "doctorate";
    LevelProvince => "tỉnh", "province";
    LevelDistrict => "huyện", "district";
    LevelCommune => "xã", "commune";
    ExpCommune => "kinh nghiệm ở cơ sở (cấp xã)", "commune-level experience";
    ExpDistrict => "kinh nghiệm cấp huyện", "district-level experience";
    ExpProvince => "kinh nghiệm cấp tỉnh", "province-level experience";
    ExpParty => "kinh nghiệm khối đảng", "experience in party work";
    ExpGovernment => "kinh nghiệm khối chính quyền", "experience in government";
    ExpFront => "kinh nghiệm khối mặt trận, đoàn thể", "experience in the front";
    ExpOtherBloc => "kinh nghiệm ở khối khác", "experience in another bloc";
    ExpOtherUnit => "kinh nghiệm ở đơn vị khác", "experience in another unit";

    // The rules: their names and the basis of each, for every reason that cites them.
    RuleScope => "phạm vi luân chuyển", "scope of rotation";
    RulePins => "chỉ định của người lập phương án", "the planner's pins";
    RuleWhoRotates => "đối tượng luân chuyển", "who rotates";
    RuleRatingGate => "kết quả đánh giá, xếp loại", "rating gate";
    RuleMinTenure => "thời gian tối thiểu ở vị trí mới", "minimum tenure";
    RuleTermLimit => "thời hạn giữ chức cấp trưởng", "term limit of heads";
    RuleNonLocal => "bố trí cán bộ không phải người địa phương", "non-local key posts";
    RuleQualification => "tiêu chuẩn trình độ và kinh nghiệm", "qualification";
    RulePromotion => "quy hoạch khi đề bạt", "promotion pipeline";
    RuleDemotion => "không hạ chức", "no demotion";
    RuleServiceLeft => "thời gian công tác còn lại", "service left";
    RuleRelatives => "quan hệ gia đình", "relatives";
    RuleUnitCap => "giới hạn theo đơn vị", "unit caps";
    RuleMoveLimit => "giới hạn số điều động", "move limit";
    RuleExchange => "giới hạn vòng trao đổi và chuỗi điều động", "exchange cycle and chain caps";
    RulePhaseIn => "lùi thời điểm luân chuyển", "phase-in";
    RuleExpertise => "chuyên môn", "expertise";
    RuleVacancy => "vị trí để trống", "vacancies";
    RuleMoves => "điều động", "moves";
    RuleWishes => "nguyện vọng", "wishes";
    RuleDevelopment => "luân chuyển để đào tạo cán bộ quy hoạch", "developmental rotation of the pipeline";
    RuleIndividualRationality => "không xếp thấp hơn nguyện vọng ở lại", "no one placed below their wish to stay";
    BasisWishes => "nguyện vọng của cán bộ, được lắng nghe trước khi quyết định", "the officials' own wishes, heard before deciding";
    BasisTraining => "luân chuyển để đào tạo, rèn luyện cán bộ trong quy hoạch qua thực tiễn ở cơ sở và giữa các khối (Quy định 65-QĐ/TW về luân chuyển cán bộ; kế hoạch của Gia Nghĩa, Lạng Sơn)", "rotation trains pipeline cadres through practice at the grassroots and between blocs (Regulation 65-QĐ/TW on rotation; the Gia Nghĩa and Lạng Sơn plans)";
    RuleChanges => "thay đổi so với phương án đã công bố", "changes from the published plan";
    RuleComposition => "cơ cấu tập thể lãnh đạo", "leadership composition";
    RuleAssignment => "bố trí", "assignment";
    RuleCapacity => "số chỗ của vị trí", "capacity";
    BasisReg65Art3 => "Quy định 65-QĐ/TW năm 2022, Điều 3", "Regulation 65-QĐ/TW of 2022, Art. 3";
    BasisReg65Art4 => "Quy định 65-QĐ/TW năm 2022, Điều 4", "Regulation 65-QĐ/TW of 2022, Art. 4";
    BasisReg65Art8 => "Quy định 65-QĐ/TW năm 2022, Điều 8", "Regulation 65-QĐ/TW of 2022, Art. 8";
    BasisReg114 => "Quy định 114-QĐ/TW năm 2023", "Regulation 114-QĐ/TW of 2023";
    BasisReg366 => "Quy định 366-QĐ/TW năm 2025", "Regulation 366-QĐ/TW of 2025";
    BasisReg377 => "Quy định 377-QĐ/TW năm 2025", "Regulation 377-QĐ/TW of 2025";
    BasisNonLocal => "Quy định 65-QĐ/TW và các kết luận của Bộ Chính trị", "Regulation 65-QĐ/TW and the Politburo's conclusions";
    BasisLocal => "tham số chính sách của địa phương", "a local policy parameter";
    BasisPlanner => "quyết định của người lập phương án", "the planner's decision";
    BasisCost => "trọng số chi phí của kịch bản", "the scenario's cost weights";
    ReasonCited => "{rule} ({basis}): {why}", "{rule} ({basis}): {why}";

    // What each rule says of itself.
    SumScope => "cán bộ luân chuyển trong phạm vi {level} của mình", "officials move within their own {level}";
    SumPins => "{n} cán bộ được người lập phương án chỉ định", "{n} official(s) pinned by the planner";
    SumWhoRotates => "luân chuyển cán bộ giữ chức {roles}, cán bộ trong quy hoạch, và người phải chuyển theo quy định về thời hạn giữ chức và người địa phương", "rotated are holders of {roles} posts, officials in the pipeline, and those the term-limit and non-local rules move";
    SumRatingGate => "cán bộ xếp loại \"không hoàn thành nhiệm vụ\" không được luân chuyển hay bổ nhiệm", "an official rated \"not completed\" is neither rotated nor appointed";
    SumMinTenure => "cán bộ được luân chuyển đến giữ vị trí ít nhất {years} năm", "an official rotated in stays at least {years} years";
    SumTermLimit => "cấp trưởng giữ chức từ {years} năm trở lên phải luân chuyển khỏi đơn vị", "a head for {years} years or more must leave the unit";
    SumNonLocal => "vị trí chủ chốt do người không phải người địa phương đảm nhiệm", "key posts go to officials who are not local";
    SumNonLocalIncumbents => "vị trí chủ chốt do người không phải người địa phương đảm nhiệm; người địa phương đang giữ phải luân chuyển", "key posts go to officials who are not local; local incumbents must move";
    SumQualification => "người nhận vị trí đáp ứng trình độ và số năm công tác trong lĩnh vực theo yêu cầu", "a new holder meets the post's required degree and years in its field";
    SumPromotion => "điều động lên vị trí cao hơn đòi hỏi cán bộ nằm trong quy hoạch chức danh đó; mỗi người được bổ nhiệm đúng quy hoạch bớt {planned} điểm", "a move to a more senior post needs the official in the pipeline for its title; each one moved up as planned saves {planned} points";
    SumDemotion => "không điều động xuống chức vụ thấp hơn ở cùng cấp", "no move to a lower role at the same level";
    SumServiceLeft => "cán bộ được luân chuyển còn ít nhất {years} năm công tác ({forced} năm nếu luân chuyển bắt buộc)", "a rotated official has {years} years of service left ({forced} when the move is forced)";
    SumRelatives => "người có quan hệ gia đình không cùng ở trong tập thể lãnh đạo một đơn vị và không cùng đứng đầu cơ quan thuộc {n} lĩnh vực nhạy cảm ở một địa phương", "relatives neither share a unit's leadership nor both head agencies of the {n} sensitive sectors in one locality";
    SumUnitCap => "mỗi phương án, tối đa {max_in} cán bộ được chuyển đến và {max_out} cán bộ chuyển khỏi một đơn vị", "at most {max_in} officials join and {max_out} leave a unit in one plan";
    SumUnitBalance => "{caps}; mỗi đơn vị nhận từ đơn vị khác và chuyển sang đơn vị khác số cán bộ chênh nhau không quá {n}", "{caps}; each unit receives from other units and sends to them numbers of officials at most {n} apart";
    SumComposition => "cơ cấu lãnh đạo ({roles}) của {scope}: {targets}", "the make-up of the leadership ({roles}) of {scope}: {targets}";
    EachUnit => "mỗi đơn vị", "each unit";
    EachParent => "các đơn vị thuộc cùng một đơn vị cấp trên, tính chung", "the units under one parent, together";
    TargetOf => "{group}: ít nhất {at_least}", "{group}: at least {at_least}";
    TargetMin => "{n} người", "{n}";
    TargetShare => "{pct}% số ghế", "{pct}% of the seats";
    TargetIn => "{target} (tại {units})", "{target} (in {units})";
    SumMoveLimit => "tối đa {n} cán bộ được điều động trong phương án này", "at most {n} officials change post in this plan";
    SumExchange => "vòng trao đổi: {cycle}; chuỗi điều động từ vị trí trống: {chain}", "exchange cycles: {cycle}; chains from a vacancy: {chain}";
    ExchangeAtMost => "tối đa {n} người", "at most {n} officials";
    ExchangeAtMostMoves => "tối đa {n} lượt điều động", "at most {n} moves";
    ExchangeAny => "không giới hạn", "any length";
    SumNoMoveLimit => "không giới hạn số điều động trong một phương án", "no limit on the number of moves in one plan";
    SumPhaseIn => "trong {n} cán bộ được lùi thời điểm luân chuyển bắt buộc, ít nhất {k} người chuyển trong năm nay", "of the {n} officials whose forced rotation is phased in, at least {k} move this year";
    SumExpertise => "{w} điểm cho mỗi năm chuyên môn mà vị trí không sử dụng", "{w} points per year of expertise a post leaves unused";
    SumVacancy => "{w} điểm cho mỗi ghế trống, {key} điểm ở vị trí chủ chốt", "{w} points per empty seat, {key} in a key post";
    SumVacancyByRole => "điểm cho mỗi ghế trống: {roles}; ít nhất {key} điểm ở vị trí chủ chốt", "points per empty seat: {roles}; at least {key} in a key post";
    RoleWeight => "{role} {w}", "{role} {w}";
    SumChanges => "{w} điểm cho mỗi cán bộ được bố trí khác phương án đã công bố ({n} cán bộ)", "{w} points per official placed otherwise than in the published plan ({n} officials)";
    SumWishes => "{w} điểm cho mỗi bậc dưới nguyện vọng thứ nhất của cán bộ", "{w} points per rank below an official's first wish";
    SumDevelopment => "mỗi kinh nghiệm mà chức danh quy hoạch cần, có thêm nhờ một lần điều động, được bớt {w} điểm", "{w} points saved per experience a move gives that a planned title needs";
    SumDevelopmentBy => "{priced}; từ năm {by} cán bộ quy hoạch phải có đủ", "{priced}; from {by} pipeline officials must have all of it";
    SumIndividualRationality => "không ai có nguyện vọng ở lại bị bố trí vào vị trí họ xếp thấp hơn ở lại, trừ khi quy định buộc phải chuyển", "no one who wished to stay is given a post they ranked below staying, unless a rule forces the move";
    SumMoves => "{w} điểm cho mỗi cán bộ được điều động", "{w} points per official who changes post";

    // Why a rule keeps an official from a post.
    BanScope => "{name} thuộc {from}, còn {title} thuộc {to}", "{name} is under {from}, and {title} is under {to}";
    ScopeNone => "không thuộc {level} nào", "no {level}";
    BanPinStay => "{name} được chỉ định giữ nguyên vị trí", "{name} is pinned to stay";
    BanPinMove => "{name} được chỉ định phải chuyển vị trí", "{name} is pinned to move";
    BanPinTake => "{name} được chỉ định nhận vị trí {post}", "{name} is pinned to take {post}";
    BanPinAvoid => "{name} được chỉ định không nhận vị trí {post}", "{name} is pinned not to take {post}";
    BanBelowStaying => "{name} xếp nguyện vọng ở lại cao hơn {post}", "{name} ranked staying above {post}";
    BanPinRefuses => "{name} từ chối vị trí {post}", "{name} declines {post}";
    BanWhoRotates => "{name} giữ chức {role}, không nằm trong quy hoạch và không quy định nào buộc phải chuyển", "{name} holds a {role} post, is in no pipeline and no rule moves them";
    BanRatingGate => "{name} xếp loại \"không hoàn thành nhiệm vụ\" nên không được luân chuyển hay bổ nhiệm", "{name} is rated \"not completed\" and may not be rotated or appointed";
    BanMinTenure => "{name} được luân chuyển {last} và phải giữ vị trí {years} năm, đến {until}", "{name} was rotated in {last} and must stay {years} years, until {until}";
    BanTermLimit => "{name} giữ chức {title} từ {since} ({years} năm, thời hạn {limit} năm) nên phải rời {unit}", "{name} has been {title} since {since} ({years} years, limit {limit}) and must leave {unit}";
    BanNonLocal => "{name} là người địa phương tại {place}, mà {title} là vị trí chủ chốt dành cho người không phải người địa phương", "{name} is local to {place} and {title} is a key post for non-local officials";
    BanDegree => "{title} yêu cầu trình độ {degree}; {name} có trình độ {has}", "{title} requires a {degree} degree; {name} has {has}";
    BanYears => "{title} yêu cầu {years} năm trong lĩnh vực {sector}; {name} có {has} năm", "{title} requires {years} years in {sector}; {name} has {has}";
    BanPromotion => "{title} là đề bạt đối với {name}, người không nằm trong quy hoạch chức danh này", "{title} would be a promotion for {name}, who is not in the pipeline for it";
    BanDevelopment => "{name}, quy hoạch {title}, phải có {needs} từ năm {by}, mà {post} không đem lại", "{name}, planned for {title}, must have {needs} by {by}, which {post} does not give";
    BanDemotion => "{title} là hạ chức đối với {name}, người đang giữ chức {role}", "{title} would be a demotion for {name}, who holds a {role} post";
    BanServiceLeft => "{name} nghỉ hưu {retires} (còn {left} năm, cần {need} năm để luân chuyển)", "{name} retires in {retires} ({left} years left, {need} needed for a rotation)";

    // What a row of the integer program says.
    RowHoldsOne => "{name} giữ đúng một vị trí", "{name} holds exactly one post";
    RowTakesOne => "{name} nhận nhiều nhất một vị trí", "{name} takes at most one post";
    RowCapacity => "{post} nhận nhiều nhất {n} người", "{post} takes at most {n} holder(s)";
    RowExchangeCycle => "vòng trao đổi {n} người này không được diễn ra cùng lúc (tối đa {cap} người một vòng)", "this cycle of {n} officials may not all happen at once (at most {cap} in a cycle)";
    RowExchangeChain => "chuỗi điều động từ vị trí trống không dài quá {cap} lượt", "a chain from a vacancy has at most {cap} moves";
    RowExchangeLinked => "{n} lượt điều động liên kết này không xếp được thành các vòng và chuỗi trong giới hạn", "these {n} linked moves cannot be arranged into cycles and chains within the caps";
    ExchangeTooMany => "{n} lượt điều động liên kết qua các vị trí nhiều ghế có quá nhiều cách ghép ghế để kiểm tra giới hạn vòng và chuỗi; hãy bỏ bớt giới hạn (rules.exchange) hoặc chia nhỏ kịch bản", "{n} moves linked through posts with several seats have too many ways to pair seats to check the cycle and chain caps; drop a cap (rules.exchange) or split the scenario";
    ExchangeJoint => "kế hoạch nhiều năm giải chung (--mode joint hoặc both) chưa áp dụng giới hạn vòng trao đổi và chuỗi điều động (rules.exchange); hãy lập từng năm (--mode yearly)", "the joint multi-year plan (--mode joint or both) does not apply the exchange cycle and chain caps (rules.exchange) yet; plan year by year (--mode yearly)";
    ExchangeOutOfTime => "hết thời gian trước khi tìm được phương án trong giới hạn vòng trao đổi và chuỗi điều động (rules.exchange); hãy cho thêm thời gian (--time-limit) hoặc nới giới hạn", "the time ran out before a plan within the exchange cycle and chain caps (rules.exchange) was found; allow more time (--time-limit) or loosen a cap";
    RowMoveLimit => "tối đa {n} cán bộ được điều động", "at most {n} officials change post";
    RowPhaseIn => "ít nhất {k} trong {n} cán bộ trong diện lùi thời điểm rời vị trí", "at least {k} of the {n} officials in the phase-in leave their post";
    RowPinTake => "{name} được chỉ định nhận vị trí {post}", "{name} is pinned to take {post}";
    RowPinTakeYear => "{name} được chỉ định nhận vị trí {post} năm {year}", "{name} is pinned to take {post} in {year}";
    RowRelatives => "{a} và {b} có quan hệ gia đình, không được cùng ở trong {group}", "{a} and {b} are relatives and may not both be in {group}";
    GroupLeadership => "tập thể lãnh đạo {unit}", "the leadership of {unit}";
    GroupSensitive => "người đứng đầu các cơ quan thuộc lĩnh vực nhạy cảm tại {place}", "the heads of sensitive agencies in {place}";
    RowComposition => "{group}: ít nhất {n} người trong {leadership}", "{group}: at least {n} in {leadership}";
    UnitsUnder => "các đơn vị thuộc {unit}", "the units under {unit}";
    GroupWomen => "nữ", "women";
    GroupUnderAge => "cán bộ dưới {age} tuổi", "officials under {age}";
    GroupEthnicMinority => "cán bộ người dân tộc thiểu số", "ethnic-minority officials";
    RowUnitIn => "tối đa {n} cán bộ được chuyển đến {unit}", "at most {n} officials may join {unit}";
    RowUnitOut => "tối đa {n} cán bộ được chuyển khỏi {unit}", "at most {n} officials may leave {unit}";
    RowUnitBalance => "{unit} nhận từ đơn vị khác và chuyển sang đơn vị khác số cán bộ chênh nhau không quá {n}", "{unit} receives from other units and sends to them numbers of officials at most {n} apart";

    // The plan's account of each move, stay and empty seat.
    TakesSeat => "nhận vị trí {name} để lại", "takes the seat {name} leaves";
    Develops => "để đào tạo: {name}, quy hoạch {title}, có thêm {gains}", "to train: {name}, planned for {title}, gains {gains}";
    FillsVacant => "nhận một ghế đang trống tại {post}", "fills a vacant seat in {post}";
    StepPool => "nguồn dự bị", "the pool";
    StepNone => "không có", "none";
    Step => "{name} ({from} → {to})", "{name} ({from} → {to})";
    GroupSwap => "hoán đổi: {steps}", "swap: {steps}";
    GroupCycle => "vòng luân chuyển gồm {n}: {steps}", "cycle of {n}: {steps}";
    GroupChain => "chuỗi từ vị trí trống: {steps}{end}", "chain from a vacancy: {steps}{end}";
    ChainThen => ", sau đó ", ", then ";
    ChainLeftVacant => "; {post} để trống", "; {post} is left vacant";
    StayPhasedIn => "{rule}: việc luân chuyển theo quy định về thời hạn giữ chức hoặc người địa phương được lùi qua các năm, chưa đến hạn năm nay; {why}", "{rule}: the rotation the term-limit or non-local rule asks of them is phased in over the years and not due this year; {why}";
    StayOpenMoving => "có {n} vị trí phù hợp, nhưng điều động không làm giảm chi phí của phương án", "{n} post(s) are open to them, but moving would not lower the plan's cost";
    StayOpenPlacing => "có {n} vị trí phù hợp, nhưng bố trí họ không làm giảm chi phí của phương án", "{n} post(s) are open to them, but placing them would not lower the plan's cost";
    StayNoOther => "không còn vị trí nào khác phù hợp (bị loại: {by})", "no other post is open to them (excluded: {by})";
    UnfilledNoCandidate => "không có ứng viên phù hợp (bị loại: {by})", "no eligible candidate (excluded: {by})";
    UnfilledNeeded => "{n} ứng viên phù hợp ({names}{more}) cần ở nơi khác hoặc chi phí điều động cao hơn để trống", "{n} eligible candidate(s) ({names}{more}) are needed elsewhere or would cost more to move than the vacancy";
    AndMore => " và {n} người khác", " and {n} more";
    ExcludedBy => "{n} do {rule}", "{n} by {rule}";
    ExcludedNone => "không có", "none";
    Raw => "{text}", "{text}";
    ListSep => ", ", ", ";
    ListOnly => "{items}", "{items}";
    Sep => "{sep}", "{sep}";
    Empty => "", "";
    RowHoldsOneYear => "{name} giữ đúng một vị trí năm {year}", "{name} holds one post in {year}";
    RowRelativesYear => "{a} và {b} có quan hệ gia đình, không được cùng ở trong {group} năm {year}", "{a} and {b} are relatives and may not both be in {group} in {year}";
    RowAppointedOnce => "{name} được bổ nhiệm nhiều nhất một lần", "{name} is appointed at most once";
    BothIn => "{a} và {b} cùng ở trong {group}", "{a} and {b} are both in {group}";

    // check's dead ends.
    DeadEndMustLeave => "{name} phải rời vị trí hiện tại nhưng không còn vị trí nào khác phù hợp ({why})", "{name} must leave the current post but no other post is open to them ({why})";
    NoOtherPost => "kịch bản không có vị trí nào khác", "there is no other post in the scenario";
    Excluded => "bị loại: {by}", "excluded: {by}";
    DeadEndKeyPost => "vị trí chủ chốt {post} không có ứng viên phù hợp (bị loại: {by}); vị trí này sẽ để trống", "key post {post} has no eligible candidate (excluded: {by}); it will be left empty";

    // Why no plan exists.
    DiagTitle => "{scenario}: không có phương án khả thi: các quy định bắt buộc không thể cùng được đáp ứng.", "{scenario}: no feasible plan: the hard rules cannot all hold at once.";
    DiagMinimal => "Vì sao (một xung đột tối thiểu, đã kiểm chứng: nới tất cả các điều dưới đây thì có phương án, giữ lại bất kỳ điều nào trong đó thì không):", "Why (a minimal conflict, checked: lifting all of the facts below gives a plan, keeping any one of them leaves none):";
    DiagCutShort => "Vì sao (nới các điều dưới đây thì có phương án, nhưng chưa chứng minh được là tối thiểu: giới hạn thời gian hoặc bộ giải đã dừng việc kiểm chứng):", "Why (lifting the facts below gives a plan, but they are not proven the least: the time limit or the solver stopped the check):";
    DiagRules => "Các quy định liên quan: {rules}.", "Rules involved: {rules}.";
    DiagTimeLimit => "hết thời gian trước khi chẩn đoán tìm ra điều phải nới ra; chạy lại với --time-limit dài hơn, hoặc không giới hạn", "the time limit ran out before the diagnosis found what must give way; run again with a longer --time-limit, or without one";
    DiagSeats => "số cán bộ phải giữ một vị trí nhiều hơn số ghế dành cho họ", "the officials who must hold a post outnumber the seats open to them";
    DiagWays => "Cách gỡ, từ hẹp nhất đến rộng nhất (mỗi cách đã được giải thử: có nó thì có phương án):", "Ways out, narrowest first (each one solved: with it, a plan exists):";
    DiagBecause => "Vì {reasons}, {then}.", "Because {reasons}, {then}.";
    DiagAnd => "; và ", "; and ";
    DiagNoPlan => "không có phương án nào", "no plan exists";
    DiagNoPostFor => "không còn vị trí nào cho {name}", "no post is left for {name}";
    DiagAsIn => "như ở mục {n}", "as in {n}";
    DiagMustLeave => "{name} phải rời {post}: {why}", "{name} must leave {post}: {why}";
    DiagOpenNone => "không có vị trí nào khác mở cho họ", "no other post is open to them";
    DiagOpenOnly => "vị trí duy nhất mở cho họ là {post}, {blocked}", "the only post open to them is {post}, {blocked}";
    DiagOpenSome => "{n} vị trí mở cho họ đều không thể dành cho họ: {posts}", "none of the {n} posts open to them can be theirs: {posts}";
    DiagOpenPost => "{post}, {blocked}", "{post}, {blocked}";
    DiagHeldBy => "do {name} đang giữ và không được rời đi ({why})", "held by {name}, who may not leave it ({why})";
    DiagHeldStuck => "do {name} đang giữ và không còn vị trí nào khác cho người này", "held by {name}, to whom no other post is open";
    DiagRelativeOnly => "vì {row}, mà {name} không có vị trí nào ngoài đó", "since {row}, and {name} has no post outside it";
    DiagRowBars => "vì {row}", "since {row}";
    DiagNeededBy => "cần cho người khác trong mọi phương án", "needed by others in every plan";
    DiagClosedRest => "mọi vị trí khác đều không mở cho họ ({by})", "every other post is closed to them ({by})";
    DiagMayNotTake => "{name} không được nhận {post}: {why}", "{name} may not take {post}: {why}";
    DiagMayNotLeave => "{name} không được rời {post}: {why}", "{name} may not leave {post}: {why}";
    DiagMayNotStay => "{name} không được ở lại {post}: {why}", "{name} may not stay in {post}: {why}";
    DiagRowFact => "{row}", "{row}";
    DiagRowMore => "những người khác mà nó tính đến cũng vậy ({by})", "so must others it counts ({by})";
    DiagRowCounts => "khi nới điều này, phương án tìm được tính cả {names} vào đó", "once it is lifted, the plan found counts {names} in it";
    DiagRowCountsMore => "khi nới điều này, phương án tìm được tính cả {names} và {n} người khác vào đó", "once it is lifted, the plan found counts {names} and {n} more in it";
    DiagThenStays => "{way}; khi đó {name} ở lại {post}", "{way}; then {name} stays in {post}";
    DiagThenTakes => "{way}; khi đó {name} nhận {post}", "{way}; then {name} takes {post}";
    DiagBreadth => "[{breadth}] {way}", "[{breadth}] {way}";
    BreadthPerson => "một người", "one person";
    BreadthPair => "một cặp người thân", "one pair of relatives";
    BreadthUnit => "một đơn vị", "one unit";
    BreadthWhole => "mọi người", "everyone";
    FixPhaseIn => "cho {name} lùi việc luân chuyển một năm: thêm `{id}` vào `rules.phase_in.officials`", "let {name} move a year later: add `{id}` to `rules.phase_in.officials`";
    FixReleasePin => "bỏ chỉ định với {name} (pins: official `{id}`)", "release the pin on {name} (pins: official `{id}`)";
    FixLetStay => "cho {name} ở lại vị trí hiện tại dù {rule}", "let {name} keep their post despite {rule}";
    FixLetTake => "cho {name} nhận một vị trí mà quy định {rule} không cho phép", "let {name} take a post that {rule} closes to them";
    FixRelatives => "ngoại lệ cho {a} và {b} ({rule})", "an exception for {a} and {b} ({rule})";
    FixArrivals => "nâng giới hạn số người chuyển đến {unit} (`rules.unit_cap.units.{id}.max_in`)", "raise the cap on arrivals in {unit} (`rules.unit_cap.units.{id}.max_in`)";
    FixDepartures => "nâng giới hạn số người chuyển đi khỏi {unit} (`rules.unit_cap.units.{id}.max_out`)", "raise the cap on departures from {unit} (`rules.unit_cap.units.{id}.max_out`)";
    FixBalance => "cho phép {unit} nhận và chuyển đi số cán bộ chênh lệch hơn (`rules.unit_cap.units.{id}.max_imbalance`)", "let {unit} receive and send numbers further apart (`rules.unit_cap.units.{id}.max_imbalance`)";
    FixLeadership => "hạ chỉ tiêu cơ cấu của {leadership}, hoặc chỉ áp dụng chỉ tiêu ở những đơn vị khác (`units` trong `rules.composition`)", "lower the composition target for {leadership}, or hold it only in other units (`units` under `rules.composition`)";
    FixMoveLimit => "nâng `rules.move_limit.max`", "raise `rules.move_limit.max`";
    FixPhaseInCount => "hạ `rules.phase_in.at_least`", "lower `rules.phase_in.at_least`";
    FixRuleOff => "tắt {rule} cho mọi người (`rules.{code}.enabled: false`)", "switch off {rule} for everyone (`rules.{code}.enabled: false`)";
    DiagConflict => "[{rules}] {text}", "[{rules}] {text}";
    RuleLabel => "{name} ({code})", "{name} ({code})";
    DiagJoin => "; ", "; ";

    // Input errors: hints for what the parser says.
    HintUnknownField => "xóa trường này hoặc sửa chính tả; README liệt kê các trường của từng mục", "remove the field or correct its spelling; the README lists the fields of each section";
    HintMissingField => "bổ sung trường này; README liệt kê các trường bắt buộc", "add the field; the README lists which fields are required";
    HintUnknownVariant => "dùng một trong các giá trị được liệt kê, hoặc từ tiếng Việt cùng nghĩa, có dấu hay không dấu (ví dụ `cấp huyện`, `chính quyền`, `cấp phó`, `thạc sĩ`, `hoàn thành tốt`, `nữ`)", "use one of the values listed as expected, or a Vietnamese word for it, with or without diacritics (e.g. `cấp huyện`, `chính quyền`, `cấp phó`, `thạc sĩ`, `hoàn thành tốt`, `nữ`)";
    HintTooLarge => "viết một số nhỏ hơn; README liệt kê khoảng giá trị của từng trường", "write a smaller number; the README lists each field's range";
    HintDate => "ghi một tháng, một ngày có thật, hoặc chỉ năm", "write a real month or day, or the year alone";
    HintWrongKind => "viết giá trị đúng loại như yêu cầu", "write the kind of value shown as expected";
    HintSyntax => "sửa cú pháp YAML tại vị trí này", "fix the YAML syntax at this place";
    HintPlanFile => "đưa vào tệp phương án do `rotaplan plan --format yaml` hoặc `--format json` tạo ra", "give a plan file written by `rotaplan plan --format yaml` or `--format json`";
    BaseUnreadable => "không đọc được kịch bản gốc `{base}`: {error}", "the base scenario `{base}` cannot be read: {error}";
    HintBasePath => "đưa vào đường dẫn của một tệp kịch bản, tính từ thư mục của phương án biến thể này", "give the path of a scenario file, relative to this variant's folder";
    BaseSaid => "kịch bản gốc `{base}`: {what}", "the base scenario `{base}`: {what}";
    BaseHasProblems => "kịch bản gốc `{base}` được chỉ định ở đây có các vấn đề nêu trên", "the base scenario `{base}` named here has the problems above";
    HintFixBase => "sửa kịch bản gốc, hoặc trỏ `extends` tới kịch bản khác", "correct the base, or point `extends` at another scenario";

    BadTimeLimit => "{t} không phải là giới hạn thời gian dùng được", "{t} is not a usable time limit";
    HintTimeLimit => "đưa vào một số giây dương, ví dụ --time-limit 30", "give a positive number of seconds, e.g. --time-limit 30";

    // What validation finds.
    KindUnit => "đơn vị", "unit";
    KindPost => "vị trí", "post";
    KindOfficial => "cán bộ", "official";
    AKindUnit => "một đơn vị", "a unit";
    AKindPost => "một vị trí", "a post";
    AKindOfficial => "một cán bộ", "an official";
    UnknownRef => "không có {kind} nào có mã `{id}`", "unknown {kind} `{id}`";
    HintUnknownRef => "dùng mã của {a_kind} đã khai báo trong `{section}:`, hoặc khai báo ở đó", "use the id of {a_kind} declared under `{section}:`, or declare it there";
    BadPlanYear => "năm của phương án {year} không phải là một năm hợp lệ", "the plan year {year} is not a possible year";
    HintPlanYear => "ghi năm các quyết định luân chuyển có hiệu lực, ví dụ 2026", "write the year the rotations take effect, e.g. 2026";
    PhaseInTooMany => "không thể có ít nhất {k} trong {n} cán bộ được liệt kê phải chuyển", "at least {k} of {n} listed officials cannot move";
    HintPhaseInTooMany => "liệt kê thêm cán bộ trong rules.phase_in.officials, hoặc giảm at_least", "list more officials under rules.phase_in.officials, or lower at_least";
    OpensTooEarly => "vị trí mở {y}, không sau thời điểm của phương án ({year})", "the post opens in {y}, not after the plan ({year})";
    HintOpensTooEarly => "bỏ `opens` với vị trí đã có, hoặc ghi một năm sau", "remove `opens` for a post that exists already, or write a later year";
    NoSeats => "một vị trí phải nhận ít nhất một người", "a post must take at least one holder";
    HintNoSeats => "đặt capacity từ 1 trở lên, hoặc xóa vị trí", "set capacity to 1 or more, or remove the post";
    NoSince => "{name} đang giữ một vị trí nhưng thiếu năm nhận vị trí đó", "{name} holds a post but the year they took it is missing";
    HintNoSince => "thêm `since: NĂM`, năm cán bộ nhận vị trí hiện tại", "add `since: YEAR`, the year the official took the current post";
    LeavesTooEarly => "{name} chuyển đi {y}, không sau thời điểm của phương án ({year})", "{name} leaves in {y}, not after the plan ({year})";
    HintLeavesTooEarly => "xóa cán bộ đã chuyển đi, hoặc ghi một năm sau", "remove an official who has left, or write a later year";
    BadBorn => "năm sinh {born} không thể có đối với cán bộ năm {year}", "birth year {born} is impossible for an official in {year}";
    HintBorn => "ghi năm sinh đủ bốn chữ số, ví dụ 1975", "write the four-digit birth year, e.g. 1975";
    BadEventYear => "{field} {y} không thể có: phải nằm giữa năm cán bộ tròn 16 tuổi ({min}) và thời điểm của phương án ({year})", "{field} {y} is impossible: it must lie between the official's 16th birthday ({min}) and the plan ({year})";
    HintEventYear => "ghi năm đủ bốn chữ số (hoặc tháng, ngày) khi sự việc xảy ra", "write the four-digit year (or month, or day) the event happened";
    OwnRelative => "{name} được ghi là người thân của chính mình", "{name} is listed as their own relative";
    HintRemoveEntry => "xóa mục này", "remove the entry";
    HeldBeforeOpen => "vị trí `{post}` chỉ mở {y}, nhưng {name} đang giữ nó", "post `{post}` opens only in {y}, but {name} holds it now";
    HintHeldBeforeOpen => "xóa posts[{i}].opens, hoặc ghi đúng vị trí cán bộ đang giữ", "remove posts[{i}].opens, or give the official the post they hold now";
    OverCapacityOne => "vị trí `{post}` nhận 1 người nhưng có {n} cán bộ đang giữ: {names}", "post `{post}` takes 1 holder but {n} officials hold it: {names}";
    OverCapacity => "vị trí `{post}` nhận {cap} người nhưng có {n} cán bộ đang giữ: {names}", "post `{post}` takes {cap} holders but {n} officials hold it: {names}";
    HintOverCapacity => "sửa vị trí của các cán bộ, hoặc tăng posts[{i}].capacity nếu vị trí thật sự có nhiều chỗ hơn", "correct the officials' posts, or raise posts[{i}].capacity if the post really has more seats";
    PinnedTwice => "`{official}` được chỉ định hai lần trong một năm", "`{official}` is pinned twice for one year";
    HintPinnedTwice => "gộp hai chỉ định thành một mục", "merge the two pins into one entry";
    PinBeforeOpen => "chỉ định dành cho năm {year}, nhưng vị trí `{post}` chỉ mở {opens}", "the pin is for {year}, but post `{post}` opens only in {opens}";
    HintPinBeforeOpen => "ghi `year` của chỉ định vào năm vị trí đã mở, hoặc nhận vị trí khác", "give the pin a `year` when the post is open, or take another post";
    PinRetired => "{name} nghỉ hưu {retires} (đến tuổi nghỉ hưu), nên không còn công tác khi lập phương án năm {year}: chỉ định không thể áp dụng", "{name} retires in {retires} (retirement age), so is gone before the plan of {year}: the pin cannot bind";
    HintPinRetired => "xóa chỉ định, hoặc sửa năm sinh của cán bộ", "remove the pin, or correct the official's birth year";
    PinTooEarly => "chỉ định dành cho năm {y}, trước năm của phương án {year}", "the pin is for {y}, before the plan year {year}";
    HintPinTooEarly => "xóa chỉ định, hoặc ghi năm của phương án mà nó nhắm tới", "remove the pin, or write the plan year it is meant for";
    PinSaysNothing => "chỉ định cho `{official}` không nói gì", "the pin of `{official}` says nothing";
    HintPinSaysNothing => "thêm `stay: true`, `move: true`, `take: VỊ_TRÍ` hoặc `avoid: [VỊ_TRÍ, ...]`, hoặc xóa chỉ định", "add `stay: true`, `move: true`, `take: POST` or `avoid: [POST, ...]`, or remove the pin";
    PinTwoKinds => "một chỉ định chỉ được nói một trong `stay`, `move` và `take`", "a pin may say only one of `stay`, `move` and `take`";
    HintPinTwoKinds => "giữ lại điều muốn nói", "keep the one that is meant";
    OutOfRange => "{value} nằm ngoài khoảng của {what}", "{value} is outside the range of {what}";
    HintRange => "viết một số nguyên từ {lo} đến {hi}", "write a whole number from {lo} to {hi}";
    WhatShare => "một tỉ lệ", "a share";
    WhatAge => "một độ tuổi", "an age";
    AgeMissing => "chỉ tiêu cán bộ trẻ (under_age) chưa nói dưới bao nhiêu tuổi", "the target for young officials (under_age) does not say under which age";
    HintAgeMissing => "thêm `age`, ví dụ `under_age: { age: 45, min: 1 }`", "add `age`, e.g. `under_age: { age: 45, min: 1 }`";
    AgeNotHere => "chỉ tiêu `{group}` không tính theo tuổi", "the `{group}` target does not count by age";
    HintAgeNotHere => "xóa `age` ở đây; độ tuổi chỉ dùng cho `under_age`", "remove `age` here; an age is for `under_age` only";
    WhatWeight => "một trọng số", "a weight";
    WhatPriority => "mức ưu tiên của vị trí", "a post's priority";
    HintPriority => "viết một số từ 0 đến {hi} (có thể có phần thập phân, ví dụ 1.5)", "write a number from 0 to {hi} (decimals allowed, e.g. 1.5)";
    WhatTermLimit => "thời hạn giữ chức tính bằng năm", "a term limit in years";
    WhatMinTenure => "thời gian tối thiểu ở vị trí", "a minimum time in post";
    WhatService => "số năm công tác", "years of service";
    WhatYear => "một năm", "a year";
    WhatBaseMonths => "tuổi nghỉ hưu tính bằng tháng (40 đến 80 tuổi)", "a retirement age in months (40 to 80 years)";
    WhatStepMonths => "số tháng tăng thêm mỗi năm", "months added each year";
    WhatMaxMonths => "tuổi nghỉ hưu cao nhất tính bằng tháng (từ base_months đến 80 tuổi)", "the highest retirement age in months (from base_months to 80 years)";
    WhatSeats => "số chỗ của một vị trí", "seats of a post";
    WhatExperience => "số năm kinh nghiệm", "years of experience";
    WhatGrade => "một bậc", "a grade";
    BadShare => "`{value}` không phải một tỉ lệ", "`{value}` is not a share";
    HintShare => "ghi một số từ 0 đến 1, ví dụ 0.3 cho 30%", "write a number from 0 to 1, such as 0.3 for 30%";
    WishNamesNothing => "nguyện vọng `{id}` không phải mã vị trí hay đơn vị nào trong kịch bản", "wish `{id}` is not the id of any post or unit of the scenario";
    WishStayWithoutPost => "{name} chưa giữ vị trí nào nên không thể có nguyện vọng `stay` (ở lại)", "{name} holds no post, so cannot wish to `stay`";
    HintWish => "ghi mã một vị trí (`posts:`), mã một đơn vị (`units:`) hoặc `stay` (ở lại vị trí đang giữ)", "write the id of a post (`posts:`), of a unit (`units:`), or `stay` (keep the post held now)";
    ServedNamesNothing => "`{id}` không phải mã vị trí, mã đơn vị hay một loại kinh nghiệm", "`{id}` is not the id of a post or unit, nor a kind of experience";
    HintServed => "ghi mã một vị trí hoặc đơn vị đã từng công tác, hoặc một trong: commune, district, province, party, government, front, other_bloc, other_unit", "write the id of a post or unit served in, or one of: commune, district, province, party, government, front, other_bloc, other_unit";
    TitleNamesNothing => "chức danh `{title}` không phải chức danh của vị trí nào, cũng không có trong quy hoạch của ai", "the title `{title}` is neither a post's title nor in anyone's pipeline";
    HintTitleUnknown => "viết đúng chức danh như ở `posts:` hoặc `pipeline:`, hoặc bỏ mục này", "write the title as `posts:` or `pipeline:` write it, or remove the entry";
    UnknownSector => "lĩnh vực `{word}` không có trong danh sách `sectors` ({n} lĩnh vực)", "sector `{word}` is not in the `sectors` list ({n} sectors)";
    HintSectorNear => "có phải `{near}`? Sửa cho đúng, hoặc thêm vào `sectors` nếu đây là lĩnh vực mới", "did you mean `{near}`? Correct it, or add it to `sectors` if it is a new sector";
    HintSectorDeclare => "sửa cho đúng một lĩnh vực trong `sectors`, hoặc thêm nó vào danh sách", "write one of the sectors in `sectors`, or add it to the list";
    FolderNoCsv => "thư mục không có tệp CSV nào", "the folder holds no CSV file";
    HintFolderNoCsv => "một kịch bản dạng thư mục có một tệp CSV cho mỗi trang: Đơn vị.csv, Vị trí.csv, Cán bộ.csv, Cấu hình.csv (hoặc units.csv, posts.csv, officials.csv, settings.csv)", "a scenario as a folder holds a CSV file per sheet: units.csv, posts.csv, officials.csv, settings.csv (or Đơn vị.csv, Vị trí.csv, Cán bộ.csv, Cấu hình.csv)";
    ExplainNoCandidate => "các quy định cùng loại trừ, dù không quy định nào tự nó cấm", "excluded by the rules together, though none forbids it alone";
    ExplainOtherReasons => "lý do khác", "other reasons";
    ExplainNoPlan => "không có phương án nào: với lựa chọn này, những cán bộ và vị trí còn lại không thể bố trí theo các quy định", "no plan: with this choice, the other officials and posts cannot be arranged under the rules";
    ExplainHolderStays => "không có phương án nào: {name} đang giữ vị trí này và không thể rời đi, theo {rule}: {why}", "no plan: {name} holds the post and may not leave it, by {rule}: {why}";
    ExplainNone => "không có", "none";
    ExplainAlso => "{name}: {from} → {to}", "{name}: {from} → {to}";
    ExplainUnknown => "không có `{id}` trong kịch bản năm {year}", "there is no `{id}` in the scenario of {year}";
    HintExplainNear => "có phải `{near}`?", "did you mean `{near}`?";
    HintExplainIds => "ghi mã (id) như trong kịch bản sau {flag}", "write an id as the scenario has it after {flag}";
    ExplainTitlePost => "Ai có thể giữ {label} năm {year} ({now})", "Who could hold {label} in {year} ({now})";
    ExplainTitleOfficial => "{label} có thể giữ vị trí nào năm {year} ({now})", "Which posts {label} could hold in {year} ({now})";
    ExplainHeldBy => "đang giữ: {now}", "held by {now}";
    ExplainHolds => "đang giữ {now}", "holds {now}";
    ExplainNoHolder => "hiện chưa ai giữ", "no one holds it now";
    ExplainNoPost => "hiện chưa giữ vị trí nào", "holds no post now";
    ExplainOptimum => "Phương án tối ưu: {cost} điểm ({status}); quy định cho phép {allowed} lựa chọn, {possible} lựa chọn có phương án. Mỗi lựa chọn là phương án tốt nhất có lựa chọn đó, giải lại trọn vẹn.", "The optimum: {cost} points ({status}); the rules allow {allowed} choice(s), {possible} of them in some plan. Each choice is the best whole plan that has it, solved again.";
    ExplainChoicesTitle => "Các lựa chọn, phương án rẻ nhất trước ({n} trên {allowed}):", "The choices, cheapest plan first ({n} of {allowed}):";
    ExplainExcludedTitle => "Bị quy định loại trừ ({n}), theo quy định loại trừ đầu tiên:", "Excluded by the rules ({n}), by the first rule that excludes them:";
    ExplainExtra => "Chênh lệch so với tối ưu", "More than the optimum";
    ExplainProven => "Đã chứng minh", "Proven";
    ExplainAlsoHead => "Thay đổi khác so với tối ưu", "What else changes against the optimum";
    ExplainInOptimum => "{who} (trong phương án tối ưu)", "{who} (in the optimum)";
    ExplainNoOther => "không thay đổi gì khác", "nothing else changes";
    ExplainYes => "có", "yes";
    ExplainNo => "không (hết thời gian)", "no (time limit)";
    ExplainRule => "Quy định", "Rule";
    ExplainCount => "Số lượng", "How many";
    ExplainWho => "Những ai / vị trí nào", "Who / which posts";
    ExplainFirstReason => "Lý do (trường hợp đầu tiên)", "Why (the first of them)";
    ExplainAndMore => " và {n} mục khác", " and {n} more";
    WhatMonth => "tháng của phương án", "the plan's month";
    FlatStep => "không tăng tháng nào mỗi năm thì tuổi không bao giờ tăng từ base_months ({base}) lên max_months ({max})", "with no months added each year the age never rises from base_months ({base}) to max_months ({max})";
    HintFlatStep => "ghi số tháng tuổi tăng mỗi năm, hoặc đặt max_months bằng base_months nếu tuổi không tăng", "write the months the age rises each year, or set max_months equal to base_months for an age that does not rise";
    TooLate => "{y} muộn hơn năm của phương án {year} quá một thế kỷ", "{y} is more than a century after the plan year {year}";
    HintTooLate => "ghi một năm từ {year} đến {max}", "write a year from {year} to {max}";
    WhatId => "mã", "id";
    WhatName => "tên", "name";
    WhatTitle => "chức danh", "title";
    WhatSector => "lĩnh vực", "sector";
    WhatScenarioName => "tên kịch bản", "scenario name";
    TextEmpty => "{what} {text} để trống", "the {what} {text} is empty";
    TextControl => "{what} {text} có dấu xuống dòng hoặc ký tự điều khiển", "the {what} {text} holds a line break or another control character";
    TextSpaces => "{what} {text} có khoảng trắng ở đầu hoặc cuối", "the {what} {text} has spaces before or after it";
    HintText => "viết trên một dòng, không có khoảng trắng ở đầu hay cuối (mã nên dùng chữ thường không dấu, chữ số và -)", "write it on one line, without spaces around it (ids are best in lowercase letters, digits and -)";
    DuplicateId => "mã `{id}` bị trùng: {section}[{first}] đã dùng mã này", "duplicate id `{id}`: {section}[{first}] has it already";
    HintDuplicateId => "đặt cho mỗi mục một mã riêng", "give each entry its own id";
    OwnAncestor => "đơn vị `{id}` là cấp trên của chính nó", "unit `{id}` is its own ancestor";
    HintOwnAncestor => "sửa chuỗi đơn vị cấp trên để kết thúc ở một đơn vị không có cấp trên", "correct the parent chain so that it ends at a unit with no parent";

    // Variants and files.
    NotAMapping => "một kịch bản là danh sách các trường (name, year, units, posts, officials, ...)", "a scenario is a mapping of fields (name, year, units, posts, officials, ...)";
    HintStartFromExample => "bắt đầu từ một tệp trong thư mục scenarios/", "start from one of the files in scenarios/";
    ExtendsNotAPath => "`extends` nhận đường dẫn tới kịch bản gốc", "`extends` takes the path of the base scenario";
    HintExtendsPath => "ví dụ `extends: ../gia-nghia.yaml`, tính từ tệp này", "write e.g. `extends: ../gia-nghia.yaml`, relative to this file";
    BaseMissing => "kịch bản gốc `{base}` không tồn tại (đã tìm {looked})", "the base scenario `{base}` does not exist (looked for {looked})";
    HintBaseRelative => "ghi đường dẫn của kịch bản gốc tính từ thư mục của phương án biến thể này", "give the base's path relative to this variant's folder";
    ExtendsCycle => "các phương án biến thể kế thừa lẫn nhau thành vòng: {chain}", "variants extend each other in a cycle: {chain}";
    HintExtendsCycle => "cho một trong số đó kế thừa một kịch bản không kế thừa gì", "make one of them extend a scenario that extends nothing";
    VariantUnknownField => "trường `{key}` không có trong một phương án biến thể", "unknown field `{key}` in a variant";
    HintVariantFields => "một phương án biến thể có thể đặt extends, name, year, description, rules, weights, retirement, titles, units, posts, officials và pins", "a variant may set extends, name, year, description, rules, weights, retirement, titles, units, posts, officials and pins";
    VariantListNotOps => "trong một phương án biến thể, `{section}` nhận các danh sách `remove`, `edit` và `add`, không phải một danh sách riêng", "in a variant, `{section}` takes `remove`, `edit` and `add` lists, not a list of its own";
    HintVariantListOps => "viết `{section}:` với danh sách `edit:` mà mỗi mục nêu `{id_field}` của nó (hoặc `remove:`, `add:`)", "write `{section}:` with an `edit:` list whose entries each give their `{id_field}` (or `remove:`, `add:`)";
    UnknownChange => "thay đổi `{key}` không hợp lệ", "unknown change `{key}`";
    HintChanges => "dùng `remove` (các mã), `edit` (các mục với mã và những trường thay đổi) hoặc `add` (mục mới)", "use `remove` (ids), `edit` (entries with their id and the fields that change) or `add` (new entries)";
    NoEntryToRemove => "không có mục nào có {id_field} `{id}` để xóa", "no entry with {id_field} `{id}` to remove";
    HintEntryOfBase => "dùng {id_field} của một mục trong `{section}` của kịch bản gốc", "use the {id_field} of an entry of `{section}` in the base scenario";
    EditWithoutId => "một mục sửa phải nêu `{id_field}` của mục nó thay đổi", "an edit names the entry it changes by `{id_field}`";
    HintEditId => "thêm `{id_field}: ...` vào mục", "add `{id_field}: ...` to the entry";
    NoEntryToEdit => "không có mục nào có {id_field} `{id}` để sửa", "no entry with {id_field} `{id}` to edit";
    HintEntryOfBaseOrAdd => "dùng {id_field} của một mục trong `{section}` của kịch bản gốc, hoặc `add` mục đó", "use the {id_field} of an entry of `{section}` in the base scenario, or `add` it";
    OutputIsInput => "{flag} trỏ tới một tệp đầu vào của lần chạy này ({input}); ghi vào đó sẽ ghi đè lên nó", "{flag} names an input of this run ({input}); writing there would overwrite it";
    HintOutputIsInput => "đặt tên tệp khác cho {flag}; chưa ghi gì", "give {flag} another file name; nothing was written";

    // Reading a file.
    IsFolder => "đây là một thư mục, không phải tệp lưu trên đĩa", "this is a folder, not a file saved on disk";
    IsDevice => "đây là một thiết bị, đường ống hoặc socket, không phải tệp lưu trên đĩa", "this is a device, a pipe or a socket, not a file saved on disk";
    HintFileOnDisk => "đưa vào đường dẫn của một tệp lưu trên đĩa", "give the path of a file saved on disk";
    TooBig => "tệp có {size} MB, vượt giới hạn {limit} MB", "the file is {size} MB, more than the limit of {limit} MB";
    HintTooBig => "kiểm tra đây đúng là tệp cần đọc; để đọc tệp lớn hơn, nâng giới hạn bằng --max-input-mb", "check that this is the file meant; to read a larger one, raise the limit with --max-input-mb";
    GrewTooBig => "tệp lớn vượt giới hạn {limit} MB trong lúc đang đọc", "the file grew past the limit of {limit} MB while it was read";
    HintGrewTooBig => "đọc lại khi tệp đã ghi xong; để đọc tệp lớn hơn, nâng giới hạn bằng --max-input-mb", "read it again once it is written; to read a larger one, raise the limit with --max-input-mb";
    Utf16 => "tệp được lưu dạng UTF-16 (\"Unicode\"), không phải UTF-8", "the file is saved as UTF-16 (\"Unicode\"), not UTF-8";
    HintSaveUtf8 => "mở tệp bằng trình soạn thảo và lưu với bảng mã UTF-8 (trong Notepad: Save As, Encoding: UTF-8; trong Excel, lưu một trang tính dạng \"CSV UTF-8\")", "open it in a text editor and save it with the encoding UTF-8 (in Notepad: Save As, Encoding: UTF-8; in Excel, save a sheet as \"CSV UTF-8\")";
    Binary => "tệp chứa dữ liệu nhị phân, không phải văn bản", "the file holds binary data, not text";
    HintBinary => "đưa vào một kịch bản hay phương án viết dạng văn bản YAML hoặc JSON", "give a scenario or plan written as YAML or JSON text";
    EmptyFile => "tệp rỗng", "the file is empty";
    HintEmptyFile => "viết kịch bản vào tệp, hoặc đưa vào tệp khác (thư mục scenarios/ có ví dụ)", "write the scenario into it, or give another file (scenarios/ has examples)";
    NotUtf8 => "tệp không phải văn bản UTF-8 (có thể được lưu theo bảng mã tiếng Việt cũ như Windows-1258 hay TCVN3)", "the file is not UTF-8 text (it may be saved in an older Vietnamese encoding such as Windows-1258 or TCVN3)";
    WrittenTwice => "`{key}` được ghi hai lần trong một mục (lần đầu ở dòng {line})", "`{key}` is written twice in one entry (first on line {line})";
    HintWrittenTwice => "giữ lại một trong hai, với giá trị muốn dùng", "keep one of the two, with the value meant";

    // The horizon's flags and pins.
    HorizonStartsEarly => "kế hoạch bắt đầu năm {from}, trước năm của kịch bản {year}", "the horizon starts in {from}, before the scenario's year {year}";
    HintHorizonStart => "bắt đầu từ năm của kịch bản hoặc muộn hơn", "start at the scenario's year or later";
    HorizonSpan => "{from}–{to} không phải là một giai đoạn từ 1 đến 30 năm", "{from}–{to} is not a horizon of 1 to 30 years";
    HintHorizonSpan => "cho --to một năm từ --from đến 29 năm sau đó", "give --to a year from --from to 29 years after it";
    JointTooLarge => "lập mọi năm thành một bài toán quy hoạch nguyên là quá lớn: hơn {millions} triệu lựa chọn vào năm {year}", "planning all these years as one integer program is too large to solve: over {millions} million choices by {year}";
    HintJointTooLarge => "lập từng năm (--mode yearly), hoặc cho ít năm hơn", "plan year by year (--mode yearly), or over fewer years";
    PinGoneRetires => "chỉ định dành cho năm {year}, nhưng {name} nghỉ hưu {when}", "the pin is for {year}, but {name} retires in {when}";
    PinGoneLeaves => "chỉ định dành cho năm {year}, nhưng {name} chuyển đi {when}", "the pin is for {year}, but {name} leaves in {when}";
    HintPinGone => "xóa chỉ định, hoặc ghi cho nó một `year` sớm hơn", "remove the pin, or give it an earlier `year`";

    // A date in words.
    DateYear => "năm {y}", "{y}";
    DateMonth => "tháng {mm}/{y}", "{y}-{mm}";
    DateDay => "ngày {dd}/{mm}/{y}", "{y}-{mm}-{dd}";

    // What the parser says, in words.
    SerdeUnknownField => "trường `{name}` không hợp lệ, cần {expected}", "unknown field `{name}`, expected {expected}";
    SerdeMissingField => "thiếu trường `{name}`", "missing field `{name}`";
    SerdeUnknownValue => "giá trị `{value}` không hợp lệ, cần {expected}", "unknown variant `{value}`, expected {expected}";
    SerdeWrongKind => "sai loại giá trị: {found}, cần {expected}", "wrong kind of value: {found}, expected {expected}";
    SerdeBadValue => "{value} không phải {expected}", "{value} is not {expected}";
    SerdeOneOf => "một trong {list}", "one of {list}";
    SerdeEither => "{a} hoặc {b}", "{a} or {b}";
    ExpWholeNumber => "một số nguyên", "a whole number";
    ExpWholeNumberNonNeg => "một số nguyên không âm", "a whole number, 0 or more";
    ExpNumber => "một số", "a number";
    ExpText => "văn bản", "text";
    ExpList => "một danh sách", "a list";
    ExpMapping => "một danh sách trường (trường: giá trị)", "a mapping of fields (field: value)";
    ExpListedWord => "một trong các từ được liệt kê", "one of the listed words";
    ExpBoolean => "true hoặc false", "a boolean";
    ExpDate => "một thời điểm: năm (2016), tháng (2016-03 hoặc 03/2016) hoặc ngày (2016-03-01 hoặc 01/03/2016)", "a date: a year (2016), a month (2016-03 or 03/2016) or a day (2016-03-01 or 01/03/2016)";

    // The verifier's findings.
    VScenario => "phương án dành cho kịch bản `{plan}`, không phải `{scenario}`", "the plan is for scenario `{plan}`, not `{scenario}`";
    VYear => "phương án dành cho năm {y}, nhưng kịch bản lập cho năm {year}", "the plan is for {y}, but the scenario plans {year}";
    VUnknownOfficial => "không có cán bộ `{id}`", "unknown official `{id}`";
    VListedTwice => "{name} được liệt kê hai lần", "{name} is listed twice";
    VFromMismatch => "vị trí hiện tại của {name} không khớp với kịch bản", "{name}'s current post does not match the scenario";
    VUnknownPost => "không có vị trí `{id}`", "unknown post `{id}`";
    VGivenNone => "{name} đang giữ một vị trí nhưng không được bố trí vị trí nào", "{name} holds a post now but is given none";
    VMissing => "{name} không có trong phương án", "{name} is missing from the plan";
    VOverCapacity => "vị trí `{post}` có {n} người cho {cap} chỗ", "post `{post}` has {n} holders for {cap} seat(s)";
    VScope => "{name} chuyển ra ngoài {level} của mình", "{name} moves out of their {level}";
    VTermLimit => "{name} đã quá thời hạn {years} năm giữ chức cấp trưởng nhưng vẫn ở lại đơn vị", "{name} is over the {years}-year head limit but stays in the unit";
    VNonLocal => "{name} là người địa phương mà giữ vị trí chủ chốt {post}", "{name} is local and holds the key post {post}";
    VWhoRotates => "{name} được điều động, nhưng giữ chức {role}, không nằm trong quy hoạch, và không quy định hay chỉ định nào buộc phải chuyển", "{name} is moved, but holds a {role} post, is in no pipeline, and no rule or pin moves them";
    VRatingGate => "{name} xếp loại không hoàn thành nhiệm vụ nhưng vẫn được điều động", "{name} is rated not completed but is moved";
    VMinTenure => "{name} được luân chuyển {last} và chưa được chuyển trước {until}", "{name} was rotated in {last} and may not move before {until}";
    VDegree => "{name} không có trình độ mà {post} yêu cầu", "{name} lacks the degree {post} requires";
    VYears => "{name} không đủ số năm trong lĩnh vực {sector} mà {post} yêu cầu", "{name} lacks the years in {sector} {post} requires";
    VDemotion => "{name} bị chuyển xuống chức thấp hơn là {title}", "{name} is moved to the lower role of {title}";
    VPromotion => "{name} được đề bạt lên {title} mà không nằm trong quy hoạch", "{name} is promoted to {title} without being in the pipeline";
    VServiceLeft => "{name} còn {left} năm công tác, cần {need} năm để luân chuyển", "{name} has {left} years of service left, {need} needed to rotate";
    VPinStay => "{name} được chỉ định giữ nguyên nhưng lại chuyển", "{name} is pinned to stay but moves";
    VPinMove => "{name} được chỉ định phải chuyển nhưng vẫn ở lại", "{name} is pinned to move but stays";
    VPinTake => "{name} được chỉ định nhận `{post}`", "{name} is pinned to take `{post}`";
    VPinAvoid => "{name} nhận một vị trí đã được chỉ định tránh", "{name} takes a post pinned as avoided";
    VRelativesLeadership => "{a} và {b} có quan hệ gia đình mà cùng trong lãnh đạo {unit}", "{a} and {b} are relatives in the leadership of {unit}";
    VRelativesSensitive => "{a} và {b} có quan hệ gia đình mà cùng đứng đầu cơ quan nhạy cảm tại {place}", "{a} and {b} are relatives heading sensitive agencies in {place}";
    VUnitIn => "{n} cán bộ chuyển đến {unit} (giới hạn {cap})", "{n} officials join {unit} (cap {cap})";
    VUnitOut => "{n} cán bộ chuyển khỏi {unit} (giới hạn {cap})", "{n} officials leave {unit} (cap {cap})";
    VUnitBalance => "{unit} nhận {a} cán bộ từ đơn vị khác và chuyển đi {d}, chênh nhau quá {n}", "{unit} receives {a} officials from other units and sends {d}, more than {n} apart";
    VComposition => "{group} trong {leadership}: {have} người, cần ít nhất {n}", "{group} in {leadership}: {have}, at least {n} wanted";
    VDevelopment => "{name}, quy hoạch {title}, vẫn thiếu {needs}", "{name}, planned for {title}, still lacks {needs}";
    VPhaseIn => "{left} cán bộ trong diện lùi thời điểm rời vị trí (cần ít nhất {k})", "{left} of the officials listed for the phase-in leave their post (at least {k} must)";
    VBelowStaying => "{name} được bố trí vào {post}, vị trí họ xếp thấp hơn nguyện vọng ở lại, dù không quy định nào buộc phải chuyển", "{name} is given {post}, which they ranked below staying, though no rule forces the move";
    VExchange => "các lượt điều động của {names} không xếp được thành vòng trao đổi tối đa {cycle} và chuỗi tối đa {chain}", "the moves of {names} cannot be arranged into cycles of {cycle} and chains of {chain}";
    VExchangeUnchecked => "các lượt điều động của {names} có quá nhiều cách ghép ghế để kiểm tra giới hạn vòng và chuỗi", "the moves of {names} have too many ways to pair seats to check the cycle and chain caps";
    VMoveLimit => "{n} cán bộ được điều động (giới hạn {max})", "{n} officials change post (limit {max})";
    VCost => "chi phí báo cáo {reported} không khớp với chi phí tính lại {cost}", "reported cost {reported} does not match the recomputed {cost}";
    VMoveNotListed => "{name} chuyển vị trí trong phần bố trí nhưng không có trong danh sách điều động", "{name} changes post in the assignments but is not listed among the moves";
    VMoveNotMade => "điều động {name} đến `{post}` có trong danh sách nhưng phần bố trí không thực hiện", "the move of {name} to `{post}` is listed but the assignments do not make it";
    VMoveTwice => "một điều động được liệt kê hai lần", "a move is listed twice";
    VGroupUnknown => "nhóm {n} nêu một cán bộ không có hoặc không nêu ai", "group {n} names an unknown official or no one";
    VGroupNotMover => "{name} có trong một {kind} nhưng không chuyển", "{name} is listed in a {kind} but does not move";
    VGroupLink => "{next} được ghi là nhận vị trí {prev} để lại, nhưng không phải vậy", "{next} is listed as taking the post {prev} leaves, but does not";
    VGroupKind => "nhóm của {name} được ghi là {listed} nhưng các điều động tạo thành {made}", "the group of {name} is listed as a {listed} but its moves make a {made}";
    VGroupCount => "{name} chuyển nhưng có trong {n} nhóm thay vì một", "{name} moves but is listed in {n} groups instead of one";
    WordSwap => "hoán đổi", "swap";
    WordCycle => "vòng luân chuyển", "cycle";
    WordChain => "chuỗi", "chain";
    GroupsHeading => "Điều động theo nhóm (hoán đổi, vòng, chuỗi):", "Moves grouped (swaps, cycles, chains):";
    ColGroup => "Nhóm", "Group";
    SheetAbout => "Thông tin", "About";
    XlsxNeedsOut => "một bảng tính phải được ghi ra tệp", "a workbook has to be written to a file";
    HintXlsxNeedsOut => "thêm --out TỆP.xlsx", "add --out FILE.xlsx";
    PlanRetiring => "{n} cán bộ đến tuổi nghỉ hưu trong năm {year} không được đưa vào phương án, vị trí của họ để trống: {names}{more} (`check` liệt kê đủ)", "{n} official(s) at retirement age by {year} are left out of the plan, their posts open: {names}{more} (`check` lists them all)";
    UnknownTable => "không có bảng `{name}`", "no table `{name}`";
    HintTables => "chọn một trong: {names}", "choose one of: {names}";
    NoSheets => "lệnh này chỉ viết dạng table, yaml hoặc json", "this command writes table, yaml or json only";
    HintNoSheets => "bỏ --format, hoặc dùng --format yaml", "leave out --format, or use --format yaml";

    // The HTML report: the diagram of the moves, a horizon's timeline, a comparison's bars.
    HtmlDiagram => "Sơ đồ điều động", "Diagram of the moves";
    PoolBand => "Nguồn dự bị", "Pool";
    BandLevel => "Cấp {level}", "{level} level";
    BandBloc => "khối {bloc}", "{bloc} bloc";
    BlocParty => "đảng", "party";
    BlocGovernment => "chính quyền", "government";
    BlocFront => "mặt trận", "front";
    ArrowTitle => "{n}. {name}: {from} → {to} ({kind})", "{n}. {name}: {from} → {to} ({kind})";
    VacancyTitle => "vị trí trống, nơi chuỗi bắt đầu: {post}", "the vacancy the chain starts from: {post}";
    ListedMove => "{name}: {from} → {to} ({group})", "{name}: {from} → {to} ({group})";
    LegendLoop => "nét liền: hoán đổi hoặc vòng luân chuyển (khép kín)", "solid: a swap or a cycle (a closed loop)";
    LegendChain => "nét đứt: chuỗi từ vị trí trống", "dashed: a chain from a vacancy";
    LegendVacancy => "vòng tròn rỗng: vị trí trống nơi chuỗi bắt đầu", "hollow ring: the vacancy a chain starts from";
    HtmlTimeline => "Ai giữ vị trí nào mỗi năm ({mode})", "Who holds which post each year ({mode})";
    TimelineNote => "Ô tô màu, có mũi tên: năm người đó được điều động. Chỉ liệt kê những người có ít nhất một điều động.", "Shaded cells with an arrow: the year that person moves. Only people who move at least once are listed.";
    Gone => "(không còn trong danh sách)", "(no longer listed)";
    HtmlCostBars => "Các khoản chi phí của mỗi phương án (điểm)", "The cost terms of each variant (points)";

    OutIsFolder => "--out của compare là tệp báo cáo, không phải thư mục", "compare's --out is the report's file, not a folder";
    HintOutIsFolder => "giữ các phương án bằng --plans THƯ_MỤC; ghi báo cáo bằng --out TỆP (ví dụ so-sanh.xlsx)", "keep the plans with --plans FOLDER; write the report with --out FILE (e.g. comparison.xlsx)";

    // Warnings: what a valid scenario may say that its author did not mean.
    WarningWord => "cảnh báo", "warning";
    CheckWarnings => "Cảnh báo: những điều có thể không như người lập ý muốn ({n}):", "Warnings: what the file may say that its author did not mean ({n}):";
    ColCode => "Mã", "Code";
    ColPlace => "Chỗ (dòng hoặc ô: trường)", "Place (line or cell: field)";
    ColWhat => "Điều gì", "What";
    ColFix => "Cách sửa", "Fix";
    WarnSectorNear => "`{word}` được dùng {n} lần; có phải là `{other}` (dùng {m} lần)?", "`{word}` appears {n} time(s); did you mean `{other}` (used {m} times)?";
    WarnSectorOnce => "lĩnh vực `{word}` chỉ xuất hiện một lần trong tệp", "the sector `{word}` appears only once in the file";
    HintSector => "một lĩnh vực phải được viết giống hệt nhau ở vị trí và ở kinh nghiệm của cán bộ; sửa lỗi gõ", "a sector must be written the same in posts and in officials' experience; fix the slip";
    WarnPipelineTitle => "{name} được quy hoạch cho chức danh `{title}`, nhưng không vị trí nào có chức danh này", "{name} is in the pipeline for `{title}`, but no post has that title";
    HintDidYouMean => "có phải là `{word}`?", "did you mean `{word}`?";
    HintPipelineTitle => "viết chức danh đúng như ở mục `posts:`", "write the title exactly as under `posts:`";
    WarnHome => "nơi `{home}` của {name} không khớp địa bàn nào của các đơn vị", "{name}'s home `{home}` matches no unit's locality";
    HintHomeIsName => "đó là tên một đơn vị; ghi địa bàn của nó: `{locality}`", "that is a unit's name; write its locality: `{locality}`";
    HintHome => "trông như một tên; ghi mã địa bàn như ở các đơn vị (`locality`, mặc định là mã đơn vị)", "it looks like a name; write a locality id as the units do (`locality`, by default the unit's id)";
    WarnRetired => "{name} đến tuổi nghỉ hưu {year}, trước hoặc ngay trong năm của phương án, nên không được đưa vào phương án", "{name} reaches retirement age in {year}, by the plan year, and is left out of the plan";
    HintRetired => "kiểm tra năm sinh, hoặc bỏ người này khỏi danh sách", "check the birth year, or take the official off the list";
    WarnRetiresSoon => "{name} đến tuổi nghỉ hưu {year}, trước khi một điều động kịp đủ thời gian tối thiểu {n} năm", "{name} reaches retirement age in {year}, before a move could last the minimum of {n} years";
    HintRetiresSoon => "một điều động sẽ bị cắt ngắn; cân nhắc giữ nguyên hoặc ghim `stay: true`", "a move would be cut short; consider keeping them (`stay: true`)";
    WarnRelativeOneSide => "{name} ghi {other} là người thân, nhưng {other} không ghi lại", "{name} lists {other} as a relative, but {other} does not list them back";
    HintRelativeOneSide => "thêm `{id}` vào `relatives` của {other}", "add `{id}` to {other}'s `relatives`";
    WarnKeyAllLocal => "{title}, {unit} là vị trí chủ chốt, nhưng mọi cán bộ trong tệp đều là người địa phương ở đó", "{title}, {unit} is a key post, but every official in the file is local there";
    HintKeyAllLocal => "kiểm tra `home` của cán bộ, hoặc bổ sung ứng viên từ nơi khác", "check the officials' `home`, or add candidates from elsewhere";
    AndMoreWarnings => " và {n} cảnh báo khác", " and {n} more";
    WarningsBrief => "{n} cảnh báo ({codes}): {first}{more}; `check` liệt kê đủ, `--strict` coi là lỗi", "{n} warning(s) ({codes}): {first}{more}; `check` lists them all, `--strict` makes them errors";

    // A scenario as a workbook.
    WorkbookGuide => "Kịch bản luân chuyển trong một bảng tính: ai giữ vị trí nào, vị trí nào còn trống, áp dụng quy định nào.\n\nMỗi trang một danh sách: Đơn vị, Vị trí, Cán bộ, Chỉ định; trang Cấu hình giữ tên, năm, các quy định, trọng số và bảng tuổi nghỉ hưu; bỏ dấu # trước \"month\" (tháng phương án có hiệu lực) hay \"sectors\" (chỉ cho phép các lĩnh vực này) để dùng.\nMỗi dòng một mục. Dòng bắt đầu bằng # là ví dụ hoặc ghi chú, không được đọc.\nTiêu đề cột giữ tên trường trong ngoặc, ví dụ \"Năm sinh (born)\": đừng sửa phần trong ngoặc.\nDanh sách trong một ô cách nhau bằng dấu chấm phẩy: \"q1; pn\". Kinh nghiệm: \"education: 12; finance: 3\".\nCấp, khối, vai trò, trình độ, xếp loại, giới tính: chọn trong danh sách, hoặc viết tiếng Việt hay tiếng Anh, có dấu hay không dấu.\nCó/không: TRUE/FALSE (hoặc có/không).\nThời điểm (năm sinh, giữ từ, luân chuyển lần cuối, rời đi, mở từ): năm (1970), tháng (1970-03 hoặc 03/1970) hoặc ngày (01/03/1970, hoặc một ô ngày tháng); có tháng thì thời gian giữ chức, tám năm và tuổi nghỉ hưu được tính theo tháng.\nKiểm tra: rotaplan check TỆP.xlsx; lập phương án: rotaplan plan TỆP.xlsx. Lỗi được chỉ theo trang và ô, ví dụ Cán bộ!F12.", "A rotation scenario as a workbook: who holds which post, which posts are open, which rules apply.\n\nOne sheet per list: Units, Posts, Officials, Pins; the Settings sheet holds the name, the year, the rules, the weights and the retirement table; remove the # before \"month\" (the month the plan takes effect) or \"sectors\" (allow only these sectors) to use them.\nOne row per entry. A row starting with # is an example or a note and is not read.\nEach header keeps its field in brackets, e.g. \"Born (born)\": do not change the part in brackets.\nSeveral items in one cell are separated by semicolons: \"q1; pn\". Experience: \"education: 12; finance: 3\".\nLevel, bloc, role, degree, rating, sex: pick from the list, or write the English or Vietnamese word, with or without diacritics.\nYes/no: TRUE/FALSE.\nDates (born, since, last rotation, leaves, opens): a year (1970), a month (1970-03 or 03/1970) or a day (01/03/1970, or a date cell); with months, time in post, the eight years and the retirement age are counted in months.\nCheck: rotaplan check FILE.xlsx; plan: rotaplan plan FILE.xlsx. Problems are named by sheet and cell, e.g. Officials!F12.";
    WorkbookKey => "Khóa", "Key";
    ConvertExtension => "phần mở rộng của tệp không ứng với định dạng kịch bản nào", "the file's extension names no scenario format";
    TemplateNotXlsx => "mẫu là một bảng tính, nên tên tệp phải có đuôi .xlsx", "the template is a workbook, so its file name must end in .xlsx";
    HintTemplateNotXlsx => "ví dụ: rotaplan template --out mau.xlsx", "e.g. rotaplan template --out template.xlsx";
    HintConvertExtension => "dùng .yaml, .yml, .json hoặc .xlsx (mẫu: .xlsx)", "use .yaml, .yml, .json or .xlsx (a template: .xlsx)";
    WorkbookValue => "Giá trị", "Value";
    WorkbookNoSheet => "bảng tính không có trang `{sheet}` (hay `{en}`)", "the workbook has no sheet `{sheet}` (or `{en}`)";
    HintWorkbookNoSheet => "bắt đầu từ `rotaplan template --out mau.xlsx`, hoặc đặt lại tên trang", "start from `rotaplan template --out template.xlsx`, or rename the sheet";
    WorkbookUnknownColumn => "không biết cột `{header}`", "unknown column `{header}`";
    HintWorkbookUnknownColumn => "các cột của trang này: {headers}", "this sheet's columns: {headers}";

    // Errors as the command line shows them.
    InYear => "phương án năm {year}: {error}", "the plan for {year}: {error}";
    CannotRead => "{path}: không đọc được tệp: {error}", "{path}: cannot read the file: {error}";
    CannotWrite => "{path}: không ghi được tệp: {error}", "{path}: cannot write the file: {error}";
    UnknownSolver => "không có bộ giải `{name}`; bản dựng này có: {available}", "unknown solver `{name}`; this build has: {available}";
    NoPlanInTime => "hết thời gian (`--time-limit`) trước khi tìm được phương án nào; cho thêm thời gian, hoặc lập phương án từng năm (`--mode yearly`) nếu là nhiều năm", "the time limit (`--time-limit`) ran out before any plan was found; give it more time, or plan year by year (`--mode yearly`) over several years";
    SolverFailed => "bộ giải gặp lỗi: {error}", "the solver failed: {error}";
    InternalCheck => "kiểm tra nội bộ không đạt (đây là lỗi của chương trình, xin báo lại): {error}", "internal check failed (a bug: please report it): {error}";
    ErrorWord => "lỗi", "error";
    HelpWord => "gợi ý", "help";
    ProblemFound => "{path}: 1 vấn đề; chưa giải gì", "{path}: 1 problem found; nothing was solved";
    ProblemsFound => "{path}: {n} vấn đề; chưa giải gì", "{path}: {n} problems found; nothing was solved";
    SolvedIn => "giải xong trong {seconds} giây bằng {backend}", "solved in {seconds} s with {backend}";
}
