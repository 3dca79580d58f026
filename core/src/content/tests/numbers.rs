//! No figure more precise than its source: every number in a sourced text appears in the text
//! of each source it cites (the seed article for a seed, the research notes for the rest). A
//! number a source writes in words counts ("one to three months" supports 1-3 months).
//!
//! Where a text cites several sources that differ, it says who says what: a number missing
//! from one cited source passes only when the text names a cited source that gives it
//! ("the article “Micro Dermal Piercing” gives one to three months, berlin-piercing.de three
//! to six").

use std::collections::HashMap;

use crate::aftercare::{normal_now, DERMAL, MICRONEEDLING, WARNING_SIGNS};
use crate::content::source_texts::text_of;
use crate::content::{all_facts, general_facts, NEEDLING_CONTRAINDICATIONS, PAIN_STUDIES};
use crate::estimator::Concern;
use crate::model::Procedure;
use crate::sources::{SourceId, SOURCES};

const WORDS: &[(&str, &str)] = &[
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("twelve", "12"),
];

/// Number words as digits ("one" too, in sources; in our texts "one" is mostly "a").
fn words_to_digits(text: &str, with_one: bool) -> String {
    let mut out = String::new();
    for word in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let (w, rest) = word.split_at(word.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        let lower = w.to_lowercase();
        match WORDS.iter().find(|(name, _)| *name == lower) {
            Some((_, digit)) => out.push_str(digit),
            None if with_one && lower == "one" => out.push('1'),
            None => out.push_str(w),
        }
        out.push_str(rest);
    }
    out
}

/// The numbers in a text, as written values ("5.2", "1.0" = "1", "$1,500" = 1500).
fn numbers(text: &str, with_one: bool) -> Vec<f64> {
    let text = words_to_digits(text, with_one);
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut s = String::new();
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || ((chars[i] == '.' || chars[i] == ',')
                        && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                if chars[i] != ',' {
                    s.push(chars[i]);
                }
                i += 1;
            }
            if let Ok(v) = s.parse() {
                found.push(v);
            }
        } else {
            i += 1;
        }
    }
    found
}

/// Every sourced text a reader can see, with the sources it cites.
fn sourced_texts() -> Vec<(String, &'static [SourceId])> {
    let mut all: Vec<(String, &'static [SourceId])> = Vec::new();
    for f in all_facts()
        .chain(general_facts(Procedure::Dermal))
        .chain(general_facts(Procedure::Microneedling))
    {
        all.push((f.text.to_string(), f.sources));
    }
    for c in Concern::ALL {
        let g = c.sessions();
        all.push((g.text.to_string(), g.sources));
    }
    for c in NEEDLING_CONTRAINDICATIONS {
        all.push((format!("{} {}", c.label, c.why), c.sources));
    }
    for s in WARNING_SIGNS {
        all.push((s.label.to_string(), s.sources));
    }
    for p in [Procedure::Dermal, Procedure::Microneedling] {
        let (text, sources) = normal_now(p);
        all.push((text.to_string(), sources));
    }
    for plan in [&DERMAL, &MICRONEEDLING] {
        for t in plan.tasks {
            all.push((format!("{} {}", t.title, t.why), t.sources));
        }
        for ph in plan.phases {
            all.push((ph.summary.to_string(), ph.sources));
        }
        for k in plan.key_dates {
            all.push((format!("{} {}", k.title, k.description), k.sources));
        }
        all.push((plan.closing.text.to_string(), plan.closing.sources));
    }
    all
}

#[test]
fn numbers_are_read_as_written() {
    assert_eq!(
        numbers("about 1 to 6 months, $1,500 and 0.9% or 5.2 ± 1.7", false),
        [1.0, 6.0, 1500.0, 0.9, 5.2, 1.7]
    );
    assert_eq!(
        numbers("one to three months; after four to five weeks", true),
        [1.0, 3.0, 4.0, 5.0]
    );
    assert_eq!(numbers("one source says two", false), [2.0]);
    assert_eq!(
        numbers("ASTM F136, 21 CFR 878.4430", false),
        [136.0, 21.0, 878.443]
    );
}

/// A source's text without the numbers of its numbered lists ("  6. Using some special
/// tools..."): a step's number is not a figure.
fn without_list_numbers(text: &str) -> String {
    text.lines()
        .map(|line| {
            let t = line.trim_start();
            let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 && t[digits..].starts_with(". ") {
                &t[digits + 2..]
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The numbers a source gives.
fn source_numbers(id: SourceId) -> Vec<f64> {
    numbers(&without_list_numbers(&text_of(id)), true)
}

#[test]
fn list_numbers_are_not_figures() {
    assert_eq!(
        numbers(
            &without_list_numbers("  6. Using tools\n7 days. 2. Next"),
            false
        ),
        [7.0, 2.0]
    );
}

#[test]
fn every_number_appears_in_each_source_it_cites() {
    let texts: HashMap<SourceId, Vec<f64>> = SOURCES
        .iter()
        .map(|s| (s.id, source_numbers(s.id)))
        .collect();
    let gives = |s: &SourceId, n: f64| texts[s].iter().any(|v| (v - n).abs() < 1e-9);
    let mut failures = Vec::new();
    for (text, sources) in sourced_texts() {
        for n in numbers(&text, false) {
            let attributed = sources
                .iter()
                .any(|s| gives(s, n) && text.contains(s.short()));
            for s in sources.iter().filter(|s| !gives(s, n)) {
                if !attributed {
                    failures.push(format!(
                        "{n} not in {} ({s:?}), and no cited source that gives it is named: {text}",
                        s.short()
                    ));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} figures without a source:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn study_figures_are_the_sources_figures() {
    for study in PAIN_STUDIES {
        let source = source_numbers(study.source);
        let mut figures = vec![
            f64::from(study.n),
            f64::from(study.mean),
            f64::from(study.depth_hundredths) / 100.0,
        ];
        figures.extend(study.sd.map(f64::from));
        for figure in figures {
            assert!(
                source.iter().any(|v| (v - figure).abs() < 1e-6),
                "{figure} not in the source of {study:?}"
            );
        }
    }
}

/// The figures the research notes retracted, or no source gives, appear nowhere.
#[test]
fn retracted_figures_are_gone() {
    for (text, _) in sourced_texts() {
        for retracted in [
            "3-6 sessions",
            "3 to 6 sessions",
            "three to six sessions",
            "24-48",
            "SPF 30",
            "12-36",
            "days 2-3",
            "day 5-7",
            // Session spacing; berlin-piercing.de's "four to six months" of healing is its own.
            "four to six weeks",
            "4-6 weeks",
            "4 to 6 weeks",
            "flaking",
        ] {
            assert!(!text.contains(retracted), "{retracted}: {text}");
        }
    }
}
