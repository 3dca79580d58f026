//! The plain-text summary for "Copy summary".

use crate::locale::in_sentence;
use crate::locale::{fill, tr};
use crate::model::Procedure;
use crate::sources::SourceId;

use super::choices::{EstimateInput, Tolerance};
use super::cost::plural;
use super::estimate::Estimate;
use super::needle_depth::NeedleDepth;

fn cite(sources: &[SourceId]) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        let names: Vec<&str> = sources.iter().map(|s| s.short()).collect();
        format!(" [{}]", names.join(", "))
    }
}

/// The person's pain tolerance as one word of the summary's language (the form's label is a
/// sentence; the query's slug is English).
fn tolerance_word(tolerance: Tolerance) -> &'static str {
    match tolerance {
        Tolerance::Low => tr!("low"),
        Tolerance::Average => tr!("average"),
        Tolerance::High => tr!("high"),
    }
}

/// Plain-text summary for "Copy summary".
pub fn summary_text(est: &Estimate, input: &EstimateInput) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let what = est.procedure.name();
    let _ = writeln!(
        s,
        "{}",
        fill(
            tr!("Dermamap estimate: {what}, {}"),
            &[("what", &what), ("", &tr(est.region_name))],
        )
    );
    match est.procedure {
        Procedure::Dermal => {
            let d = &input.dermal;
            let _ = writeln!(
                s,
                "{}",
                fill(
                    tr!("Choices: {}, {}, {}, {} top, jewellery {}; tolerance {}"),
                    &[
                        ("", &plural(d.anchors, tr!("anchor"), tr!("anchors"))),
                        ("", &in_sentence(d.technique.label())),
                        ("", &d.material.label()),
                        ("", &in_sentence(d.top.label())),
                        (
                            "",
                            &if d.jewellery_included {
                                tr!("included")
                            } else {
                                tr!("charged separately")
                            },
                        ),
                        ("", &tolerance_word(input.tolerance)),
                    ],
                )
            );
        }
        Procedure::Microneedling => {
            let n = &input.needling;
            let _ = writeln!(
                s,
                "{}",
                fill(
                    tr!("Choices: {}, {}, {} mm needle, {}, {}, {}; tolerance {}"),
                    &[
                        ("", &in_sentence(n.concern.label())),
                        ("", &in_sentence(n.skin.label())),
                        ("", &n.depth.local_text()),
                        ("", &plural(n.sessions, tr!("session"), tr!("sessions"))),
                        (
                            "",
                            &if n.numbing {
                                tr!("numbing cream")
                            } else {
                                tr!("no numbing cream")
                            },
                        ),
                        (
                            "",
                            &if n.at_home {
                                tr!("at home")
                            } else {
                                tr!("in a clinic")
                            },
                        ),
                        ("", &tolerance_word(input.tolerance)),
                    ],
                )
            );
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "{}",
        fill(
            tr!("Pain: {} for {} (a guide, not a promise)"),
            &[("", &est.pain.text()), ("", &est.pain.per)],
        )
    );
    for f in &est.pain.factors {
        let _ = writeln!(
            s,
            "  {} {}: {}{}",
            f.direction.sign(),
            f.label,
            f.why,
            cite(f.sources)
        );
    }
    let _ = writeln!(s);
    let c = &est.cost;
    let _ = writeln!(
        s,
        "{}",
        fill(
            tr!("Cost ({}): {}"),
            &[("", &c.currency.code()), ("", &c.total_text())],
        )
    );
    for l in &c.lines {
        let _ = writeln!(
            s,
            "  - {}: {}{}",
            l.label,
            c.line_text(l),
            cite(l.basis.sources())
        );
    }
    if !c.included.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            fill(tr!("  Included: {}"), &[("", &c.included.join("; "))])
        );
    }
    if !c.not_included.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            fill(
                tr!("  Not included: {}"),
                &[("", &c.not_included.join("; "))]
            )
        );
    }
    for n in &c.notes {
        let _ = writeln!(
            s,
            "{}",
            fill(
                tr!("  Note: {}{}"),
                &[("", &n.text), ("", &cite(n.basis.sources()))]
            )
        );
    }
    if let Some(g) = &est.needling {
        let _ = writeln!(s);
        if let Some(r) = g.sourced_depth {
            let _ = writeln!(
                s,
                "{}",
                fill(
                    tr!("Sourced depth for this area and skin: {} mm. {}{}"),
                    &[
                        ("", &NeedleDepth::span_text(r)),
                        ("", &g.depth_text.map_or("", tr)),
                        ("", &cite(g.depth_sources)),
                    ],
                )
            );
        }
        let _ = writeln!(
            s,
            "{}",
            fill(
                tr!("Downtime at this depth: about {}-{} days{}"),
                &[
                    ("", &g.downtime_days.min),
                    ("", &g.downtime_days.max),
                    ("", &cite(g.downtime_sources)),
                ],
            )
        );
        let count = match g.sessions.range {
            Some(r) => fill(tr!("{}-{} sessions"), &[("", &r.min), ("", &r.max)]),
            None => tr!("several sessions (the sources give no number)").to_string(),
        };
        let _ = writeln!(
            s,
            "{}",
            fill(
                tr!("Course: {count}, {}-{} weeks apart{}"),
                &[
                    ("count", &count),
                    ("", &g.sessions.spacing_weeks.min),
                    ("", &g.sessions.spacing_weeks.max),
                    ("", &cite(g.sessions.sources)),
                ],
            )
        );
    }
    if !est.warnings.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "{}", tr!("Warnings:"));
        for w in &est.warnings {
            let _ = writeln!(s, "  ! {}{}", w.text, cite(w.sources));
        }
    }
    if est.procedure == Procedure::Microneedling {
        // Each as strongly as its sources say it, as the page lists them.
        let _ = writeln!(s);
        for strength in crate::content::Strength::ALL {
            let labels: Vec<&str> = crate::content::NEEDLING_CONTRAINDICATIONS
                .iter()
                .filter(|c| c.strength == strength)
                .map(|c| tr(c.label))
                .collect();
            if !labels.is_empty() {
                let _ = writeln!(s, "{} {}.", strength.heading(), labels.join("; "));
            }
        }
    }
    let _ = writeln!(s);
    let _ = write!(
        s,
        "{}",
        tr!("This is a guide from published sources, not medical advice.")
    );
    s
}
