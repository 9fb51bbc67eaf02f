//! Values written as a Vietnamese planner writes them: the closed lists in Vietnamese, in
//! any case, with or without diacritics, read as their English values.

mod common;
use common::*;

/// District 1's scenario with every closed-list value in Vietnamese, some without marks.
fn in_vietnamese(text: &str) -> String {
    [
        ("level: district", "level: Cấp huyện"),
        ("level: province", "level: tinh"),
        ("bloc: government", "bloc: Chính quyền"),
        ("role: head", "role: trưởng phòng"),
        ("role: deputy", "role: CẤP PHÓ"),
        ("degree: bachelor", "degree: cử nhân"),
        ("degree: master", "degree: Thạc sĩ"),
        ("degree: doctorate", "degree: tien si"),
        ("sex: female", "sex: nữ"),
        ("sex: male", "sex: Nam"),
        ("rating: excellent", "rating: hoàn thành xuất sắc nhiệm vụ"),
        ("rating: good", "rating: hoàn thành tốt"),
        ("rating: completed", "rating: Hoàn thành"),
    ]
    .iter()
    .fold(text.to_string(), |t, (en, vi)| t.replace(en, vi))
}

#[test]
fn a_scenario_in_vietnamese_words_plans_as_the_english_one() {
    let original = scenario("district1-phunhuan.yaml");
    let text = std::fs::read_to_string(&original).unwrap();
    let vi = in_vietnamese(&text);
    assert!(vi.contains("role: trưởng phòng") && !vi.contains("role: head"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("district1-phunhuan.yaml");
    std::fs::write(&file, vi).unwrap();
    let a = plan_and_verify(&original, &[]);
    let b = plan_and_verify(&file, &[]);
    assert_eq!(a, b, "the same plan, word for word");
    // What is written back is the English value.
    let o = run(&["check", file.to_str().unwrap(), "--resolved"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let resolved = stdout(&o);
    assert!(
        resolved.contains("role: head") && resolved.contains("sex: female"),
        "{resolved}"
    );
    assert!(!resolved.contains("trưởng phòng\n"), "{resolved}");
}

#[test]
fn a_word_of_no_list_is_refused_with_the_values_there_are() {
    let text = std::fs::read_to_string(scenario("district1-phunhuan.yaml"))
        .unwrap()
        .replacen("sex: female", "sex: nuu", 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.yaml");
    std::fs::write(&file, text).unwrap();
    let o = run(&["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("`nuu`") && err.contains("male") && err.contains("E001"),
        "{err}"
    );
}
