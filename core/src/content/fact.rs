//! A fact: one sourced sentence about a procedure, of a kind (pain, healing, risk...), with
//! the figure it gives; and the constructors the content files write facts with.

use crate::locale::Text;
use crate::model::{Procedure, Quantity, Span};
use crate::sources::{Evidence, SourceId};

/// What a fact is about, so pages can group and the estimator can look facts up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FactKind {
    Pain,
    Healing,
    Risk,
    Suitability,
    NeedleDepthThin,
    NeedleDepthThick,
    Downtime,
    Sessions,
    Concerns,
    Mri,
    Cost,
    SeeADoctor,
    // The kinds below are for procedure-wide facts (`GENERAL_FACTS`) only; region facts keep to
    // the kinds above, which the map's details panel names (a host test checks this).
    /// What the procedure is.
    Overview,
    /// How it is done, one step per fact, in order.
    Steps,
    /// Home rollers against in-office treatment (microneedling).
    HomeRollers,
    /// Anchors, tops and materials (micro-dermals).
    Jewellery,
    Aftercare,
    /// How long a dermal stays in.
    Longevity,
    /// Taking a dermal out.
    Removal,
    /// Who should not have the procedure, or should ask first.
    Contraindication,
    /// How the devices are regulated.
    Regulation,
}

impl FactKind {
    pub const ALL: [FactKind; 21] = [
        FactKind::Overview,
        FactKind::Steps,
        FactKind::HomeRollers,
        FactKind::Concerns,
        FactKind::Suitability,
        FactKind::Contraindication,
        FactKind::Pain,
        FactKind::NeedleDepthThin,
        FactKind::NeedleDepthThick,
        FactKind::Sessions,
        FactKind::Healing,
        FactKind::Downtime,
        FactKind::Aftercare,
        FactKind::Jewellery,
        FactKind::Longevity,
        FactKind::Removal,
        FactKind::Risk,
        FactKind::Mri,
        FactKind::Cost,
        FactKind::Regulation,
        FactKind::SeeADoctor,
    ];

    /// Whether region facts may be of this kind (the ones the map's details panel names);
    /// the others are for procedure-wide facts only.
    pub fn is_region_kind(self) -> bool {
        matches!(
            self,
            FactKind::Pain
                | FactKind::Healing
                | FactKind::Risk
                | FactKind::Suitability
                | FactKind::NeedleDepthThin
                | FactKind::NeedleDepthThick
                | FactKind::Downtime
                | FactKind::Sessions
                | FactKind::Concerns
                | FactKind::Mri
                | FactKind::Cost
                | FactKind::SeeADoctor
        )
    }

    /// Heading for a group of facts of this kind.
    pub fn label(self) -> &'static str {
        match self {
            FactKind::Pain => tr!("Pain"),
            FactKind::Healing => tr!("Healing time"),
            FactKind::Risk => tr!("Risks"),
            FactKind::Suitability => tr!("Suitability"),
            FactKind::NeedleDepthThin => tr!("Needle depth, thin skin"),
            FactKind::NeedleDepthThick => tr!("Needle depth, thick skin"),
            FactKind::Downtime => tr!("Downtime"),
            FactKind::Sessions => tr!("Sessions"),
            FactKind::Concerns => tr!("Concerns treated"),
            FactKind::Mri => tr!("MRI scans"),
            FactKind::Cost => tr!("Cost"),
            FactKind::SeeADoctor => tr!("When to get help"),
            FactKind::Overview => tr!("What it is"),
            FactKind::Steps => tr!("How it is done"),
            FactKind::HomeRollers => tr!("Home rollers and in-office treatment"),
            FactKind::Jewellery => tr!("Jewellery"),
            FactKind::Aftercare => tr!("Aftercare"),
            FactKind::Longevity => tr!("How long it lasts"),
            FactKind::Removal => tr!("Removal"),
            FactKind::Contraindication => tr!("Who should not have it"),
            FactKind::Regulation => tr!("Regulation"),
        }
    }
}

/// One sourced statement. The text says who says what where sources differ; every number in
/// it appears in each source it cites (a host test checks against the source texts).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub kind: FactKind,
    pub procedure: Procedure,
    /// One plain sentence a visitor reads.
    pub text: Text,
    /// The figure the sentence gives, if any.
    pub quantity: Option<Quantity>,
    pub sources: &'static [SourceId],
}

/// A micro-dermal fact (the content files write `dermal(..)`).
pub(super) const fn dermal(
    kind: FactKind,
    text: &'static str,
    quantity: Option<Quantity>,
    sources: &'static [SourceId],
) -> Fact {
    Fact::new(Procedure::Dermal, kind, text, quantity, sources)
}

/// A microneedling fact (the content files write `needling(..)`).
pub(super) const fn needling(
    kind: FactKind,
    text: &'static str,
    quantity: Option<Quantity>,
    sources: &'static [SourceId],
) -> Fact {
    Fact::new(Procedure::Microneedling, kind, text, quantity, sources)
}

impl Fact {
    /// How strong the evidence behind it is: its weightiest source.
    pub fn evidence(&self) -> Evidence {
        Evidence::of(self.sources)
    }

    pub const fn new(
        procedure: Procedure,
        kind: FactKind,
        text: &'static str,
        quantity: Option<Quantity>,
        sources: &'static [SourceId],
    ) -> Fact {
        Fact {
            kind,
            procedure,
            text: Text::of(text),
            quantity,
            sources,
        }
    }
}

pub(super) const fn pain(min: f32, max: f32) -> Option<Quantity> {
    Some(Quantity::Pain(Span::new(min, max)))
}

pub(super) const fn mm(min: f32, max: f32) -> Option<Quantity> {
    Some(Quantity::Millimetres(Span::new(min, max)))
}

pub(super) const fn days(min: u16, max: u16) -> Option<Quantity> {
    Some(Quantity::Days(Span::new(min, max)))
}

pub(super) const fn usd_cents(min: u64, max: u64) -> Option<Quantity> {
    Some(Quantity::UsdCents(Span::new(min, max)))
}
