//! The About page of each procedure: which facts go under which heading, in reading order.
//! Every procedure-wide fact belongs to one section (a host test checks: no dead content).

use crate::locale::Text;
use crate::model::{Procedure, Quantity, Span};

use super::{general_facts, Fact, FactKind};

/// One heading of a procedure's About page and the kinds of fact under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AboutSection {
    /// Stable id for the heading's anchor.
    pub id: &'static str,
    pub heading: Text,
    pub kinds: &'static [FactKind],
    /// Shown where the sources differ: the facts side by side, with the span across them.
    pub side_by_side: bool,
    /// Said where the sources say nothing, so the heading is never empty.
    pub when_silent: Option<Text>,
}

const fn section(
    id: &'static str,
    heading: &'static str,
    kinds: &'static [FactKind],
) -> AboutSection {
    AboutSection {
        id,
        heading: Text::of(heading),
        kinds,
        side_by_side: false,
        when_silent: None,
    }
}

const fn compared(s: AboutSection) -> AboutSection {
    AboutSection {
        side_by_side: true,
        ..s
    }
}

const NO_REGULATION: Text = Text::of( "None of Dermamap's sources describes how dermal piercing is regulated; rules differ by country and region, so ask your local health authority.");

use FactKind::*;

static DERMAL_SECTIONS: &[AboutSection] = &[
    section("what-it-is", "What it is", &[Overview]),
    section("how-it-is-done", "How it is done, step by step", &[Steps]),
    section("pain", "Pain", &[Pain]),
    section(
        "jewellery",
        "Jewellery: anchors, tops and materials",
        &[Jewellery],
    ),
    compared(section("healing", "Healing time", &[Healing])),
    section("aftercare", "Aftercare", &[Aftercare]),
    section("how-long-it-lasts", "How long it lasts", &[Longevity]),
    section("removal", "Removal", &[Removal]),
    section("risks", "Risks and rejection", &[Risk]),
    section(
        "where-it-works",
        "Where it works, and where it does not",
        &[Suitability],
    ),
    section("mri", "MRI scans", &[Mri]),
    compared(section("cost", "Cost", &[Cost])),
    AboutSection {
        when_silent: Some(NO_REGULATION),
        ..section("regulation", "Regulation", &[Regulation])
    },
    section("get-help", "When to get help", &[SeeADoctor]),
];

static NEEDLING_SECTIONS: &[AboutSection] = &[
    section(
        "what-it-is",
        "What it is and what it treats",
        &[Overview, Concerns],
    ),
    section("how-it-is-done", "How it is done, step by step", &[Steps]),
    section(
        "who-should-not",
        "Who should not have it",
        &[Contraindication],
    ),
    section("choosing", "Choosing who does it", &[Suitability]),
    section("pain", "Pain", &[Pain]),
    compared(section("sessions", "Sessions", &[Sessions])),
    section("healing", "Results and healing", &[Healing]),
    compared(section("downtime", "Downtime", &[Downtime])),
    section("aftercare", "Aftercare", &[Aftercare]),
    section("risks", "Risks", &[Risk]),
    section(
        "home-rollers",
        "Home rollers against in-office treatment",
        &[HomeRollers],
    ),
    compared(section("cost", "Cost", &[Cost])),
    section("regulation", "Regulation", &[Regulation]),
    section("get-help", "When to get help", &[SeeADoctor]),
];

/// The sections of a procedure's About page, in reading order.
pub fn about_sections(p: Procedure) -> &'static [AboutSection] {
    match p {
        Procedure::Dermal => DERMAL_SECTIONS,
        Procedure::Microneedling => NEEDLING_SECTIONS,
    }
}

impl AboutSection {
    /// The procedure-wide facts under this heading, in the order the content lists them.
    pub fn facts(&self, p: Procedure) -> impl Iterator<Item = &'static Fact> + '_ {
        general_facts(p).filter(move |f| self.kinds.contains(&f.kind))
    }
}

/// The span a set of facts covers between them, where they give figures of one kind, e.g.
/// healing times of 1-3 and 2-6 months span 1-6 months. `None` when fewer than two give one.
pub fn span_across<'a>(facts: impl IntoIterator<Item = &'a Fact>) -> Option<Quantity> {
    let mut figures = facts.into_iter().filter_map(|f| f.quantity);
    let first = figures.next()?;
    let mut count = 1;
    let merged = figures.try_fold(first, |acc, q| {
        count += 1;
        merge(acc, q)
    })?;
    (count > 1).then_some(merged)
}

fn merge(a: Quantity, b: Quantity) -> Option<Quantity> {
    fn join<T: PartialOrd + Copy>(a: Span<T>, b: Span<T>) -> Span<T> {
        let min = if b.min < a.min { b.min } else { a.min };
        let max = if b.max > a.max { b.max } else { a.max };
        Span::new(min, max)
    }
    Some(match (a, b) {
        (Quantity::Months(x), Quantity::Months(y)) => Quantity::Months(join(x, y)),
        (Quantity::Weeks(x), Quantity::Weeks(y)) => Quantity::Weeks(join(x, y)),
        (Quantity::Days(x), Quantity::Days(y)) => Quantity::Days(join(x, y)),
        (Quantity::Sessions(x), Quantity::Sessions(y)) => Quantity::Sessions(join(x, y)),
        (Quantity::UsdCents(x), Quantity::UsdCents(y)) => Quantity::UsdCents(join(x, y)),
        _ => return None,
    })
}
