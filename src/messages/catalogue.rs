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
    CostHeading => "Chi phí (điểm):", "Cost (points):";
    Total => "tổng", "total";
    ComplianceHeading => "Mức tuân thủ:", "Compliance:";
    MoveKindsHeading => "Điều động theo loại:", "Moves by kind:";
    HeadsOverLimit => "cấp trưởng giữ chức từ đủ thời hạn trở lên", "heads at or over the term limit";
    KeyPostsNonLocal => "{title}: do người không phải người địa phương đảm nhiệm", "{title}: held by non-local officials";
    NOfM => "{n}/{m}", "{n} of {m}";
    RelativesConflicts => "xung đột về người thân", "relatives conflicts";

    // Cost terms and move kinds.
    TermWastedExpertise => "lãng phí chuyên môn", "wasted expertise";
    TermUnfilled => "vị trí để trống", "unfilled posts";
    TermMoves => "điều động", "moves";
    TermPromotions => "đề bạt", "promotions";
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
    CheckRetiringOne => "{name}{post}: đến tuổi nghỉ hưu năm {retires}", "{name}{post}: retirement age reached in {retires}";
    CheckMustRotate => "Phải luân chuyển ({n}):", "Must rotate ({n}):";
    CheckOpenSeats => "Vị trí còn trống ({n}):", "Open seats ({n}):";
    CheckNoDeadEnds => "Không có điểm bế tắc.", "No dead ends found.";
    CheckDeadEnds => "Điểm bế tắc ({n}):", "Dead ends ({n}):";

    // verify.
    VerifyOk => "ĐẠT: mọi quy định bắt buộc đều được tuân thủ và chi phí báo cáo {cost} khớp với chi phí tính lại.",
        "OK: every hard rule holds and the reported cost {cost} matches the recomputed cost.";
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
    HorizonProvenYearly => "mỗi năm đã chứng minh tối ưu, khi đã biết các năm trước", "every year proven optimal, given the years before it";
    HorizonNotProven => "chưa chứng minh tối ưu (hết thời gian)", "not proven optimal (time limit)";
    HorizonAll => "cả giai đoạn", "all";

    // Errors as the command line shows them.
    ErrorWord => "lỗi", "error";
    HelpWord => "gợi ý", "help";
    ProblemsFound => "{n} vấn đề; chưa giải gì", "{n} problem(s) found; nothing was solved";
    SolvedIn => "giải xong trong {seconds} giây bằng {backend}", "solved in {seconds} s with {backend}";
}
