//! The cost: per anchor or per session, with jewellery, from the price book in use.

use crate::content::Region;
use crate::locale::in_sentence;
use crate::locale::{fill, tr};
use crate::model::Span;
use crate::sources::SourceId::*;
use serde::Serialize;

use super::basis::Basis;
use super::choices::EstimateInput;
use super::currency::Currency;
use super::echo::clip;
use super::price_book::{
    PriceBook, PriceItem, PriceOrigin, DERMAL_PRICE_SOURCES, NEEDLING_PRICE_SOURCES,
};

use crate::model::Procedure;

/// One line of the cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CostLine {
    pub label: String,
    /// `None`: no price known; show [`CostLine::if_unknown`].
    pub amount: Option<Span<u64>>,
    /// What to say when there is no amount, e.g. "ask your studio".
    pub if_unknown: &'static str,
    pub basis: Basis,
}

/// A sentence under the cost, with what it rests on.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    pub text: String,
    pub basis: Basis,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cost {
    pub currency: Currency,
    /// Sum of the lines that have an amount; `None` if none has.
    pub total: Option<Span<u64>>,
    /// True when some line has no amount, so the total leaves it out.
    pub partial: bool,
    pub lines: Vec<CostLine>,
    pub included: Vec<String>,
    pub not_included: Vec<String>,
    pub notes: Vec<Note>,
    pub studio_supplied: bool,
}

impl Cost {
    /// "$50-$150", or "ask your studio".
    pub fn total_text(&self) -> String {
        match self.total {
            Some(t) if self.partial => fill(
                tr!("{} plus the items marked below"),
                &[("", &self.currency.format_span(t))],
            ),
            Some(t) => self.currency.format_span(t),
            // No line has a price: say what its line says ("ask your studio", "check the seller").
            None => self
                .lines
                .iter()
                .find(|l| l.amount.is_none())
                .map_or_else(ask_studio, |l| l.if_unknown)
                .to_string(),
        }
    }

    pub fn line_text(&self, line: &CostLine) -> String {
        match line.amount {
            Some(a) => self.currency.format_span(a),
            None => line.if_unknown.to_string(),
        }
    }
}

fn scale(span: Span<u64>, n: u8) -> Span<u64> {
    Span::new(
        span.min.saturating_mul(u64::from(n)),
        span.max.saturating_mul(u64::from(n)),
    )
}

/// What a line without a price says.
fn ask_studio() -> &'static str {
    tr!("ask your studio")
}

fn finish_cost(
    book: &PriceBook,
    lines: Vec<CostLine>,
    included: Vec<String>,
    not_included: Vec<String>,
    mut notes: Vec<Note>,
) -> Cost {
    let mut total: Option<Span<u64>> = None;
    for a in lines.iter().filter_map(|l| l.amount) {
        total = Some(match total {
            None => a,
            Some(t) => Span::new(t.min.saturating_add(a.min), t.max.saturating_add(a.max)),
        });
    }
    let partial = total.is_some() && lines.iter().any(|l| l.amount.is_none());
    match &book.origin {
        PriceOrigin::Studio { name } => notes.insert(
            0,
            Note {
                text: match name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                    Some(n) => fill(tr!("Prices set by {}."), &[("", &clip(n))]),
                    None => tr!("Prices set by your studio.").to_string(),
                },
                basis: Basis::StudioPrice,
            },
        ),
        PriceOrigin::Sourced => notes.insert(
            0,
            Note {
                text: tr!("These are published US prices, not a quote. No reliable UK or EU price was found; your studio sets its own.")
                .to_string(),
                basis: Basis::Sources(&[]),
            },
        ),
    }
    Cost {
        currency: book.currency,
        total,
        partial,
        lines,
        included,
        not_included,
        notes,
        studio_supplied: book.is_studio_supplied(),
    }
}

pub(super) fn plural(n: u8, one: &str, many: &str) -> String {
    if n == 1 {
        fill(tr!("1 {one}"), &[("one", &one)])
    } else {
        fill(tr!("{n} {many}"), &[("n", &n), ("many", &many)])
    }
}

pub(super) fn dermal_cost(input: &EstimateInput, region: &Region, book: &PriceBook) -> Cost {
    let d = &input.dermal;
    let n = d.anchors;
    let jewellery = fill(
        tr!("{} jewellery with a {} top"),
        &[("", &d.material.label()), ("", &in_sentence(d.top.label()))],
    );
    let mut lines = vec![CostLine {
        label: fill(
            tr!("{}, {}"),
            &[
                ("", &Procedure::Dermal.name()),
                ("", &plural(n, tr!("anchor"), tr!("anchors"))),
            ],
        ),
        amount: book.dermal_per_anchor.map(|s| scale(s, n)),
        if_unknown: ask_studio(),
        basis: book.basis(PriceItem::DermalPerAnchor),
    }];
    let mut included = vec![fill(
        tr!("{} on the {}"),
        &[
            (
                "",
                &plural(n, tr!("dermal piercing"), tr!("dermal piercings")),
            ),
            ("", &in_sentence(tr(region.name))),
        ],
    )];
    if d.jewellery_included {
        included.push(fill(
            tr!("{jewellery} (check: some studios charge for it separately)"),
            &[("jewellery", &jewellery)],
        ));
    } else {
        lines.push(CostLine {
            label: fill(
                tr!("{jewellery}, charged separately"),
                &[("jewellery", &jewellery)],
            ),
            amount: book.jewellery.get(d.material).map(|s| scale(s, n)),
            if_unknown: ask_studio(),
            basis: book.basis(PriceItem::Jewellery(d.material)),
        });
    }
    let not_included = vec![
        tr!("Sterile saline wound wash for aftercare").to_string(),
        tr!("Spare or replacement tops").to_string(),
        tr!("Removal later: it needs a piercer or a clinic, sometimes a tiny scalpel cut")
            .to_string(),
    ];
    let mut notes = Vec::new();
    if !book.is_studio_supplied() {
        notes.push(Note {
            text: tr!("The article “Micro Dermal Piercing” gives $70-100, Retail Gazette $50-150 and museumoftattoos.com \
                   $70-150 per piercing; Dermamap shows the whole range.")
                .to_string(),
            basis: Basis::Sources(DERMAL_PRICE_SOURCES),
        });
    }
    notes.push(Note {
        text:
            tr!("Some studios charge for the jewellery separately (“Micro Dermal Piercing”). Dermal jewellery costs \
               more than a regular piece: in the UK about 5-10 times a regular titanium piece \
               (Body Piercing Hub).")
                .to_string(),
        basis: Basis::Sources(&[Seed000, Seed001]),
    });
    notes.push(Note {
        text: tr!("Removal needs a professional and may need a small cut (Body Piercing Hub). Don't just go \
               for whoever is cheapest (Body Piercing Hub).")
            .to_string(),
        basis: Basis::Sources(&[Seed001]),
    });
    finish_cost(book, lines, included, not_included, notes)
}

pub(super) fn needling_cost(input: &EstimateInput, region: &Region, book: &PriceBook) -> Cost {
    let n = &input.needling;
    let s = n.sessions;
    let mut lines = Vec::new();
    let mut included = Vec::new();
    let mut not_included = Vec::new();
    let mut notes = Vec::new();
    if n.at_home {
        lines.push(CostLine {
            label: tr!("Home roller or pen").to_string(),
            amount: None,
            if_unknown: tr!("no sourced price: check the seller"),
            basis: Basis::NoFigure,
        });
        included.push(fill(
            tr!("{} at home on the {}"),
            &[
                ("", &plural(s, tr!("session"), tr!("sessions"))),
                ("", &in_sentence(tr(region.name))),
            ],
        ));
        not_included
            .push(tr!("An assessment by a dermatologist or trained practitioner").to_string());
        not_included.push(tr!("Replacement heads or rollers, and cleaning").to_string());
    } else {
        lines.push(CostLine {
            label: match book.needling_per_session {
                Some(p) => fill(
                    tr!("Microneedling, {} ({} each)"),
                    &[
                        ("", &plural(s, tr!("session"), tr!("sessions"))),
                        ("", &book.currency.format_span(p)),
                    ],
                ),
                None => fill(
                    tr!("Microneedling, {}"),
                    &[("", &plural(s, tr!("session"), tr!("sessions")))],
                ),
            },
            amount: book.needling_per_session.map(|p| scale(p, s)),
            if_unknown: ask_studio(),
            basis: book.basis(PriceItem::NeedlingPerSession),
        });
        included.push(fill(
            tr!("{} in a clinic on the {}"),
            &[
                ("", &plural(s, tr!("session"), tr!("sessions"))),
                ("", &in_sentence(tr(region.name))),
            ],
        ));
        if n.numbing {
            not_included
                .push(tr!("Numbing cream, unless your clinic includes it: ask").to_string());
        }
        not_included.push(tr!("Maintenance or repeat sessions after this course").to_string());
        if !book.is_studio_supplied() {
            notes.push(Note {
                text: tr!("The article “How do you define micro-needling?” (citing Dermapen): $200-800 a session, an hour-long session from \
                       $150; sdbotox.com: $100-700, a face about $300. Dermamap shows the whole \
                       range, for each session.")
                    .to_string(),
                basis: Basis::Sources(NEEDLING_PRICE_SOURCES),
            });
        }
        notes.push(Note {
            text: tr!("Some clinics offer payment plans (“How do you define micro-needling?”).")
                .to_string(),
            basis: Basis::Sources(&[Seed002]),
        });
    }
    not_included.push(tr!("Aftercare: sunblock and moisturiser").to_string());
    not_included.push(tr!("Time off work, if you need it").to_string());
    notes.push(Note {
        text: tr!("Cosmetic microneedling is usually not covered by insurance. If a doctor says it is \
               medically needed, ask your insurer before the appointment (“How do you define micro-needling?”).")
            .to_string(),
        basis: Basis::Sources(&[Seed002]),
    });
    notes.push(Note {
        text: tr!("Results fade: sessions usually need repeating as long-term care (“How do you define micro-needling?”; Fillers Direct).")
            .to_string(),
        basis: Basis::Sources(&[Seed002, Seed003]),
    });
    finish_cost(book, lines, included, not_included, notes)
}
