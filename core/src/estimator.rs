//! The pain and cost estimator, and its shareable URL query.
//!
//! Everything here is total: any [`EstimateInput`] and any [`PriceBook`] give either an
//! [`Estimate`] or a list of typed [`InputError`]s, and any query string gives an input plus
//! [`QueryNotice`]s for the values that were replaced. Nothing panics.
//!
//! Pain is a range on a 0-10 scale, built from a sourced starting point and a list of
//! [`PainFactor`]s that say which way each choice moves it and why. Where a source only says
//! *which way* something moves pain, the *size* of the step is Dermamap's assumption, and the
//! factor says so. Pain is computed in integer tenths and turned into `f32` only at the end.
//!
//! Money is integer minor units (cents, pence, yen) in a [`Currency`]; no floats.

// Prices are written as dollars_cents (`150_00` is $150.00) on purpose.
#![allow(clippy::inconsistent_digit_grouping)]

use serde::{Deserialize, Serialize};

use crate::content::{self, FactKind, Region, Tissue};
use crate::model::{Procedure, Quantity, Span};
use crate::query;
use crate::sources::SourceId::{self, *};

// ---------------------------------------------------------------------------------------------
// Input vocabulary
// ---------------------------------------------------------------------------------------------

slug_enum! {
    /// How the person rates their own pain tolerance.
    #[derive(Default)]
    Tolerance {
        Low => "low", "Low: needles are hard for me";
        #[default]
        Average => "average", "Average";
        High => "high", "High: needles don't bother me much";
    }
}

slug_enum! {
    /// How the pocket for a dermal anchor is made (seeds 000, 001).
    Technique {
        Punch => "punch", "Dermal punch";
        Needle => "needle", "Needle";
    }
}

slug_enum! {
    /// Jewellery material: the professional minimum standards (APP) that seed 000 also names.
    Material {
        Titanium => "titanium", "Implant-grade titanium";
        Niobium => "niobium", "Niobium";
        Gold => "gold", "Solid gold (14k-18k, not plated)";
        ImplantSteel => "implant-steel", "Implant steel";
    }
}

slug_enum! {
    /// The top that screws onto the anchor (seed 000).
    TopStyle {
        Disc => "disc", "Disc";
        Gem => "gem", "Gem";
        Ball => "ball", "Ball";
        Magnetic => "magnetic", "Magnetic";
    }
}

slug_enum! {
    /// What the person wants microneedling to treat (seeds 002, 003, 004).
    Concern {
        AcneScars => "acne-scars", "Acne scars";
        FineLines => "fine-lines", "Fine lines and wrinkles";
        StretchMarks => "stretch-marks", "Stretch marks";
        Pigmentation => "pigmentation", "Pigmentation and sun spots";
        HairLoss => "hair-loss", "Hair loss";
        Scars => "scars", "Other scars";
        Pores => "pores", "Enlarged pores";
        Texture => "texture", "Uneven texture and tone";
    }
}

slug_enum! {
    /// Skin thickness in the area, which picks the needle-depth column (drpen.net).
    Skin {
        Thin => "thin", "Thin skin";
        Thick => "thick", "Thick skin";
    }
}

/// Valid anchor counts for one visit.
pub const ANCHORS_MIN: u8 = 1;
pub const ANCHORS_MAX: u8 = 10;
/// Valid needle depths in hundredths of a millimetre (0.25-2.5 mm; seed 003, drpen.net).
pub const DEPTH_MIN: u16 = 25;
pub const DEPTH_MAX: u16 = 250;
/// Depth used when the sources give none for the area and skin type (0.5 mm).
pub const DEPTH_FALLBACK: u16 = 50;
/// The deepest needle the sources accept at home (1.0 mm; research notes, AAD 2018).
pub const AT_HOME_MAX_DEPTH: u16 = 100;
/// Valid session counts for one course (acne scars: 1-8, Minutilli 2024).
pub const SESSIONS_MIN: u8 = 1;
pub const SESSIONS_MAX: u8 = 8;

/// The choices for a micro-dermal piercing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DermalOptions {
    /// How many anchors in this visit (1-10).
    pub anchors: u8,
    pub technique: Technique,
    pub material: Material,
    pub top: TopStyle,
    /// Whether the studio's piercing price includes the jewellery (seed 000: some charge
    /// for it separately).
    pub jewellery_included: bool,
}

impl Default for DermalOptions {
    fn default() -> Self {
        DermalOptions {
            anchors: 1,
            // Seed 001 describes the procedure with a dermal punch.
            technique: Technique::Punch,
            material: Material::Titanium,
            top: TopStyle::Disc,
            jewellery_included: true,
        }
    }
}

/// The choices for a microneedling course.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NeedlingOptions {
    pub concern: Concern,
    pub skin: Skin,
    /// Needle depth in hundredths of a millimetre (25..=250, i.e. 0.25-2.5 mm).
    pub depth_hundredths_mm: u16,
    pub numbing: bool,
    /// Sessions in the course (1-8).
    pub sessions: u8,
    /// Rolling at home rather than in a clinic.
    pub at_home: bool,
}

impl NeedlingOptions {
    /// Defaults for an area: depth from the area's sourced range for thin skin (its shallow
    /// end), else 0.5 mm; sessions from the sources for the default concern.
    pub fn for_region(region_id: &str) -> Self {
        let concern = Concern::AcneScars;
        let skin = Skin::Thin;
        NeedlingOptions {
            concern,
            skin,
            depth_hundredths_mm: default_depth(region_id, skin, false),
            numbing: true,
            sessions: concern.sessions().default,
            at_home: false,
        }
    }
}

impl Default for NeedlingOptions {
    fn default() -> Self {
        NeedlingOptions::for_region("")
    }
}

/// Everything the estimator form asks.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EstimateInput {
    pub procedure: Procedure,
    /// A region id from [`content::REGIONS`].
    pub region: String,
    pub tolerance: Tolerance,
    pub dermal: DermalOptions,
    pub needling: NeedlingOptions,
}

impl Default for EstimateInput {
    fn default() -> Self {
        EstimateInput::for_region(Procedure::Dermal, default_region(Procedure::Dermal))
    }
}

impl EstimateInput {
    /// Defaults for a procedure on an area; the needle depth follows the area's sources.
    pub fn for_region(procedure: Procedure, region_id: &str) -> Self {
        EstimateInput {
            procedure,
            region: region_id.to_string(),
            tolerance: Tolerance::Average,
            dermal: DermalOptions::default(),
            needling: NeedlingOptions::for_region(region_id),
        }
    }

    /// Checks the input against the sources' limits. Only the options of the chosen
    /// procedure are checked; the other procedure's options are kept but ignored.
    pub fn validate(&self) -> Result<&'static Region, Vec<InputError>> {
        let mut errors = Vec::new();
        let region = match content::region(&self.region) {
            Some(r) if r.suits(self.procedure) => Some(r),
            Some(r) => {
                errors.push(InputError::RegionDoesNotSuit {
                    region: r.id,
                    name: r.name,
                    procedure: self.procedure,
                });
                None
            }
            None => {
                errors.push(InputError::UnknownRegion {
                    id: clip(&self.region),
                });
                None
            }
        };
        match self.procedure {
            Procedure::Dermal => {
                let n = self.dermal.anchors;
                if !(ANCHORS_MIN..=ANCHORS_MAX).contains(&n) {
                    errors.push(InputError::AnchorsOutOfRange { given: n });
                }
            }
            Procedure::Microneedling => {
                let d = self.needling.depth_hundredths_mm;
                if !(DEPTH_MIN..=DEPTH_MAX).contains(&d) {
                    errors.push(InputError::DepthOutOfRange {
                        given_hundredths_mm: d,
                    });
                }
                let s = self.needling.sessions;
                if !(SESSIONS_MIN..=SESSIONS_MAX).contains(&s) {
                    errors.push(InputError::SessionsOutOfRange { given: s });
                }
            }
        }
        match region {
            Some(r) if errors.is_empty() => Ok(r),
            _ => Err(errors),
        }
    }
}

/// The area the estimator opens on for a procedure: the face is the most common place for
/// both (seed 001: top of the cheekbone; seed 002: the face). Falls back to the first area
/// that suits the procedure if the content has no such id.
pub fn default_region(procedure: Procedure) -> &'static str {
    let preferred = match procedure {
        Procedure::Dermal => "cheekbone",
        Procedure::Microneedling => "cheeks",
    };
    match content::region(preferred) {
        Some(r) if r.suits(procedure) => r.id,
        _ => content::REGIONS
            .iter()
            .find(|r| r.suits(procedure))
            .map(|r| r.id)
            .unwrap_or(preferred),
    }
}

/// The needle depth an area's sources give for a skin type (drpen.net), in hundredths of a
/// millimetre, with the fact's sources. `None` if the content has no usable figure.
pub fn sourced_depth(region: &Region, skin: Skin) -> Option<(Span<u16>, &'static [SourceId])> {
    let kind = match skin {
        Skin::Thin => FactKind::NeedleDepthThin,
        Skin::Thick => FactKind::NeedleDepthThick,
    };
    let fact = region.fact(kind, Procedure::Microneedling)?;
    match fact.quantity? {
        Quantity::Millimetres(s) => {
            let (min, max) = (mm_to_hundredths(s.min)?, mm_to_hundredths(s.max)?);
            (min <= max).then_some((Span::new(min, max), fact.sources))
        }
        _ => None,
    }
}

/// Default needle depth: the shallow end of the area's sourced range for the skin type,
/// else 0.5 mm; never deeper than 1.0 mm at home. Always within 0.25-2.5 mm.
pub fn default_depth(region_id: &str, skin: Skin, at_home: bool) -> u16 {
    let d = content::region(region_id)
        .and_then(|r| sourced_depth(r, skin))
        .map(|(s, _)| s.min)
        .unwrap_or(DEPTH_FALLBACK)
        .clamp(DEPTH_MIN, DEPTH_MAX);
    if at_home {
        d.min(AT_HOME_MAX_DEPTH)
    } else {
        d
    }
}

fn mm_to_hundredths(mm: f32) -> Option<u16> {
    (mm.is_finite() && (0.0..=100.0).contains(&mm)).then(|| (mm * 100.0).round() as u16)
}

/// How many sessions the sources suggest for a concern.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SessionsGuide {
    /// The range of sessions the sources give.
    pub range: Span<u8>,
    /// What the form starts on.
    pub default: u8,
    /// Weeks between sessions.
    pub spacing_weeks: Span<u8>,
    pub text: &'static str,
    pub sources: &'static [SourceId],
}

impl Concern {
    /// The sourced course for this concern.
    pub fn sessions(self) -> SessionsGuide {
        match self {
            Concern::AcneScars | Concern::Scars => SessionsGuide {
                range: Span::new(1, 8),
                default: 4,
                spacing_weeks: Span::new(4, 6),
                text: "Acne scars took 1-8 sessions in a 2024 review; sessions 4 weeks apart did \
                       better than 2 weeks apart, and results are judged 3 months after the last \
                       session. Seed 004: wait at least 4 weeks between sessions.",
                sources: &[Minutilli2024, Seed004],
            },
            _ => SessionsGuide {
                range: Span::new(3, 6),
                default: 3,
                spacing_weeks: Span::new(4, 6),
                text: "Several sessions are needed (seeds 002, 003); a typical course is 3-6 \
                       sessions, 4-6 weeks apart. Seed 004: repeat after 4-5 weeks.",
                sources: &[Seed002, Seed003, Seed004],
            },
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// Something in the input or the price book the estimator cannot use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// No area has this id (the id is clipped to 40 characters).
    UnknownRegion {
        id: String,
    },
    /// The area exists but the procedure isn't done there.
    RegionDoesNotSuit {
        region: &'static str,
        name: &'static str,
        procedure: Procedure,
    },
    AnchorsOutOfRange {
        given: u8,
    },
    DepthOutOfRange {
        given_hundredths_mm: u16,
    },
    SessionsOutOfRange {
        given: u8,
    },
    /// A price in the price book has its lowest figure above its highest.
    PriceOutOfOrder {
        item: PriceItem,
    },
}

impl InputError {
    /// The problem in plain words, for the screen.
    pub fn message(&self) -> String {
        match self {
            InputError::UnknownRegion { id } if id.is_empty() => {
                "Choose an area on the body map first.".to_string()
            }
            InputError::UnknownRegion { id } => {
                format!("Dermamap doesn't know the area {}. Choose one on the body map.", shown(id))
            }
            InputError::RegionDoesNotSuit { name, procedure, .. } => format!(
                "{name} isn't a place for {}. Choose another area or the other procedure.",
                match procedure {
                    Procedure::Dermal => "a micro-dermal piercing",
                    Procedure::Microneedling => "microneedling",
                }
            ),
            InputError::AnchorsOutOfRange { given } => format!(
                "{given} anchors is outside what the estimator covers: choose {ANCHORS_MIN} to {ANCHORS_MAX}."
            ),
            InputError::DepthOutOfRange { given_hundredths_mm } => format!(
                "A {} mm needle is outside the 0.25-2.5 mm range the sources describe.",
                depth_text(*given_hundredths_mm)
            ),
            InputError::SessionsOutOfRange { given } => format!(
                "{given} sessions is outside what the estimator covers: choose {SESSIONS_MIN} to {SESSIONS_MAX}."
            ),
            InputError::PriceOutOfOrder { item } => format!(
                "The price for {} has its lowest figure above its highest. Check the price list.",
                item.label()
            ),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for InputError {}

// ---------------------------------------------------------------------------------------------
// Money
// ---------------------------------------------------------------------------------------------

/// An ISO 4217 currency code: three ASCII capital letters.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency([u8; 3]);

/// A currency code that isn't three letters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyError;

impl std::fmt::Display for CurrencyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a currency is a three-letter code such as USD, GBP or EUR")
    }
}

impl std::error::Error for CurrencyError {}

impl Currency {
    pub const USD: Currency = Currency(*b"USD");
    pub const GBP: Currency = Currency(*b"GBP");
    pub const EUR: Currency = Currency(*b"EUR");

    /// A code of three ASCII letters, in any case (`"usd"` gives `USD`).
    pub fn new(code: &str) -> Result<Self, CurrencyError> {
        let b = code.trim().as_bytes();
        if b.len() == 3 && b.iter().all(u8::is_ascii_alphabetic) {
            Ok(Currency([
                b[0].to_ascii_uppercase(),
                b[1].to_ascii_uppercase(),
                b[2].to_ascii_uppercase(),
            ]))
        } else {
            Err(CurrencyError)
        }
    }

    pub fn code(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("XXX")
    }

    /// Digits after the decimal point (ISO 4217): 0 for JPY, KRW and others, 3 for the
    /// dinars, 2 for most.
    pub fn minor_digits(self) -> u32 {
        match &self.0 {
            b"JPY" | b"KRW" | b"ISK" | b"CLP" | b"VND" | b"PYG" | b"UGX" | b"XAF" | b"XOF"
            | b"XPF" | b"BIF" | b"DJF" | b"GNF" | b"KMF" | b"RWF" | b"VUV" | b"UYI" => 0,
            b"BHD" | b"IQD" | b"JOD" | b"KWD" | b"LYD" | b"OMR" | b"TND" => 3,
            _ => 2,
        }
    }

    fn symbol(self) -> Option<&'static str> {
        Some(match &self.0 {
            b"USD" => "$",
            b"GBP" => "£",
            b"EUR" => "€",
            b"JPY" => "¥",
            b"AUD" => "A$",
            b"CAD" => "CA$",
            b"NZD" => "NZ$",
            _ => return None,
        })
    }

    /// An amount in minor units as text: `$1,250`, `$12.50`, `¥1,500`, `CHF 80`.
    /// A zero fraction is left off, so ranges read easily.
    pub fn format(self, minor: u64) -> String {
        let unit = 10u64.pow(self.minor_digits());
        let (whole, frac) = (minor / unit, minor % unit);
        let mut digits = whole.to_string();
        let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
        let lead = digits.len() % 3;
        for (i, c) in digits.drain(..).enumerate() {
            if i != 0 && (i + 3 - lead) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        if frac != 0 {
            grouped.push('.');
            grouped.push_str(&format!(
                "{:0width$}",
                frac,
                width = self.minor_digits() as usize
            ));
        }
        match self.symbol() {
            Some(sym) => format!("{sym}{grouped}"),
            None => format!("{} {grouped}", self.code()),
        }
    }

    /// A range of minor units as text: `$50-$150`, or one figure if both ends agree.
    pub fn format_span(self, span: Span<u64>) -> String {
        if span.min == span.max {
            self.format(span.min)
        } else {
            format!("{}-{}", self.format(span.min), self.format(span.max))
        }
    }
}

impl std::fmt::Debug for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Currency({})", self.code())
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl TryFrom<String> for Currency {
    type Error = CurrencyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Currency::new(&s)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.code().to_string()
    }
}

/// An amount of money in integer minor units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: u64,
    pub currency: Currency,
}

impl Money {
    pub fn new(minor: u64, currency: Currency) -> Self {
        Money { minor, currency }
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.currency.format(self.minor))
    }
}

/// A jewellery price per material, for studios that charge for it separately.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JewelleryPrices {
    pub titanium: Option<Span<u64>>,
    pub niobium: Option<Span<u64>>,
    pub gold: Option<Span<u64>>,
    pub implant_steel: Option<Span<u64>>,
}

impl JewelleryPrices {
    pub fn get(&self, m: Material) -> Option<Span<u64>> {
        match m {
            Material::Titanium => self.titanium,
            Material::Niobium => self.niobium,
            Material::Gold => self.gold,
            Material::ImplantSteel => self.implant_steel,
        }
    }

    pub fn set(&mut self, m: Material, price: Option<Span<u64>>) {
        match m {
            Material::Titanium => self.titanium = price,
            Material::Niobium => self.niobium = price,
            Material::Gold => self.gold = price,
            Material::ImplantSteel => self.implant_steel = price,
        }
    }
}

/// Where a price book's figures come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PriceOrigin {
    /// Published figures; each line cites its sources.
    Sourced,
    /// Prices a studio or clinic entered for itself.
    Studio { name: Option<String> },
}

/// One priced item in a [`PriceBook`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PriceItem {
    DermalPerAnchor,
    Jewellery(Material),
    NeedlingPerSession,
}

impl PriceItem {
    pub fn label(self) -> String {
        match self {
            PriceItem::DermalPerAnchor => "a dermal piercing (per anchor)".to_string(),
            PriceItem::Jewellery(m) => format!("{} jewellery", m.label().to_lowercase()),
            PriceItem::NeedlingPerSession => "a microneedling session".to_string(),
        }
    }
}

/// Sources of the published dermal prices: seed 000 ($70-100), Retail Gazette ($50-150),
/// museumoftattoos.com ($70-150).
pub const DERMAL_PRICE_SOURCES: &[SourceId] = &[Seed000, RetailGazette, MuseumOfTattoos];
/// Sources of the published microneedling prices: seed 002 citing Dermapen ($200-800, an
/// hour from $150), sdbotox.com ($100-700).
pub const NEEDLING_PRICE_SOURCES: &[SourceId] = &[Seed002, SdBotox];

/// Prices in one currency, in minor units. `None` means "ask your studio".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PriceBook {
    pub currency: Currency,
    /// Price of one dermal piercing (one anchor).
    pub dermal_per_anchor: Option<Span<u64>>,
    /// Jewellery charged separately, per anchor.
    pub jewellery: JewelleryPrices,
    pub needling_per_session: Option<Span<u64>>,
    pub origin: PriceOrigin,
}

impl Default for PriceBook {
    fn default() -> Self {
        PriceBook::sourced_default()
    }
}

impl PriceBook {
    /// US prices from the sources, spanning all of them: dermal $50-150 per piercing,
    /// microneedling $100-800 per session. No source prices jewellery on its own, so
    /// jewellery is "ask your studio".
    pub fn sourced_default() -> Self {
        PriceBook {
            currency: Currency::USD,
            dermal_per_anchor: Some(Span::new(50_00, 150_00)),
            jewellery: JewelleryPrices::default(),
            needling_per_session: Some(Span::new(100_00, 800_00)),
            origin: PriceOrigin::Sourced,
        }
    }

    /// An empty price book for a studio to fill in: every line is "ask your studio".
    pub fn studio(currency: Currency, name: Option<String>) -> Self {
        PriceBook {
            currency,
            dermal_per_anchor: None,
            jewellery: JewelleryPrices::default(),
            needling_per_session: None,
            origin: PriceOrigin::Studio { name },
        }
    }

    pub fn is_studio_supplied(&self) -> bool {
        matches!(self.origin, PriceOrigin::Studio { .. })
    }

    pub fn price(&self, item: PriceItem) -> Option<Span<u64>> {
        match item {
            PriceItem::DermalPerAnchor => self.dermal_per_anchor,
            PriceItem::Jewellery(m) => self.jewellery.get(m),
            PriceItem::NeedlingPerSession => self.needling_per_session,
        }
    }

    /// The sources behind a line's price: none for a studio's own prices.
    pub fn sources(&self, item: PriceItem) -> &'static [SourceId] {
        match (&self.origin, item) {
            (PriceOrigin::Studio { .. }, _) => &[],
            (PriceOrigin::Sourced, PriceItem::DermalPerAnchor) => DERMAL_PRICE_SOURCES,
            (PriceOrigin::Sourced, PriceItem::NeedlingPerSession) => NEEDLING_PRICE_SOURCES,
            (PriceOrigin::Sourced, PriceItem::Jewellery(_)) => &[],
        }
    }

    /// Every price whose lowest figure is above its highest.
    pub fn validate(&self) -> Vec<InputError> {
        let mut items = vec![PriceItem::DermalPerAnchor, PriceItem::NeedlingPerSession];
        items.extend(Material::ALL.iter().map(|m| PriceItem::Jewellery(*m)));
        items
            .into_iter()
            .filter(|i| self.price(*i).is_some_and(|s| s.min > s.max))
            .map(|item| InputError::PriceOutOfOrder { item })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/// Which way a factor moves the pain range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Direction {
    Up,
    Down,
    Neutral,
}

impl Direction {
    pub fn label(self) -> &'static str {
        match self {
            Direction::Up => "raises pain",
            Direction::Down => "lowers pain",
            Direction::Neutral => "no change",
        }
    }

    fn sign(self) -> &'static str {
        match self {
            Direction::Up => "+",
            Direction::Down => "-",
            Direction::Neutral => "=",
        }
    }
}

/// One reason the pain range is where it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainFactor {
    pub label: String,
    pub direction: Direction,
    pub why: String,
    /// Empty where the step is Dermamap's own reasoning.
    pub sources: &'static [SourceId],
}

/// Expected pain on a 0-10 scale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PainEstimate {
    /// Always within 0..=10 with `min <= max`.
    pub range: Span<f32>,
    /// What the range applies to: "each anchor" or "each session".
    pub per: &'static str,
    pub factors: Vec<PainFactor>,
}

impl PainEstimate {
    /// "3.5-5.5 out of 10".
    pub fn text(&self) -> String {
        format!("{:.1}-{:.1} out of 10", self.range.min, self.range.max)
    }
}

/// What a warning is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum WarningKind {
    /// The chosen depth is outside the area's sourced range for the skin type.
    DepthOutsideSourcedRange,
    /// The sources give no depth for this area and skin type.
    NoSourcedDepth,
    /// Deeper than 1.0 mm at home.
    DepthTooDeepAtHome,
    /// Home rolling gives weaker results than a clinic.
    AtHome,
    /// A material note (irritation, MRI).
    Material,
    /// A risk the area's content names.
    RegionRisk,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Warning {
    pub kind: WarningKind,
    pub text: String,
    pub sources: &'static [SourceId],
}

/// One line of the cost.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CostLine {
    pub label: String,
    /// `None`: no price known; show [`CostLine::if_unknown`].
    pub amount: Option<Span<u64>>,
    /// What to say when there is no amount, e.g. "ask your studio".
    pub if_unknown: &'static str,
    pub sources: &'static [SourceId],
}

/// A sentence under the cost, with its sources.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Note {
    pub text: String,
    pub sources: &'static [SourceId],
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
            Some(t) if self.partial => format!(
                "{} plus the items marked below",
                self.currency.format_span(t)
            ),
            Some(t) => self.currency.format_span(t),
            // No line has a price: say what its line says ("ask your studio", "check the seller").
            None => self
                .lines
                .iter()
                .find(|l| l.amount.is_none())
                .map_or(ASK_STUDIO, |l| l.if_unknown)
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

/// Depth, downtime and course guidance for microneedling.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedlingGuide {
    /// The area's sourced depth for the chosen skin type, in hundredths of a millimetre.
    pub sourced_depth: Option<Span<u16>>,
    pub depth_sources: &'static [SourceId],
    /// Expected downtime in days at the chosen depth (drpen.net).
    pub downtime_days: Span<u8>,
    pub downtime_sources: &'static [SourceId],
    pub sessions: SessionsGuide,
}

/// The result shown on the estimator page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    pub procedure: Procedure,
    pub region_id: &'static str,
    pub region_name: &'static str,
    pub pain: PainEstimate,
    pub cost: Cost,
    pub warnings: Vec<Warning>,
    /// Only for microneedling.
    pub needling: Option<NeedlingGuide>,
}

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

/// Estimates pain and cost, or says what in the input cannot be used.
pub fn estimate(input: &EstimateInput, book: &PriceBook) -> Result<Estimate, Vec<InputError>> {
    let mut errors = Vec::new();
    let region = match input.validate() {
        Ok(r) => Some(r),
        Err(e) => {
            errors.extend(e);
            None
        }
    };
    errors.extend(book.validate());
    let region = match region {
        Some(r) if errors.is_empty() => r,
        _ => return Err(errors),
    };
    let est = match input.procedure {
        Procedure::Dermal => Estimate {
            procedure: Procedure::Dermal,
            region_id: region.id,
            region_name: region.name,
            pain: dermal_pain(input, region),
            cost: dermal_cost(input, region, book),
            warnings: dermal_warnings(input, region),
            needling: None,
        },
        Procedure::Microneedling => {
            let n = &input.needling;
            let depth = sourced_depth(region, n.skin);
            Estimate {
                procedure: Procedure::Microneedling,
                region_id: region.id,
                region_name: region.name,
                pain: needling_pain(input, region),
                cost: needling_cost(input, region, book),
                warnings: needling_warnings(input, region, depth),
                needling: Some(NeedlingGuide {
                    sourced_depth: depth.map(|(s, _)| s),
                    depth_sources: depth.map(|(_, s)| s).unwrap_or(&[]),
                    downtime_days: downtime_days(n.depth_hundredths_mm),
                    downtime_sources: &[DrPen],
                    sessions: n.concern.sessions(),
                }),
            }
        }
    };
    Ok(est)
}

/// Builds a pain range in integer tenths, one explained step at a time.
struct PainBuilder {
    min: i32,
    max: i32,
    factors: Vec<PainFactor>,
}

impl PainBuilder {
    fn new() -> Self {
        PainBuilder {
            min: 0,
            max: 0,
            factors: Vec::new(),
        }
    }

    /// Moves the range by `(min, max)` tenths. Both steps have the factor's sign.
    fn step(
        &mut self,
        label: impl Into<String>,
        direction: Direction,
        shift: (i32, i32),
        why: impl Into<String>,
        sources: &'static [SourceId],
    ) {
        self.min += shift.0;
        self.max += shift.1;
        self.factors.push(PainFactor {
            label: label.into(),
            direction,
            why: why.into(),
            sources,
        });
    }

    fn finish(self, per: &'static str) -> PainEstimate {
        let min = self.min.clamp(0, 100);
        let max = self.max.clamp(min, 100);
        PainEstimate {
            range: Span::new(min as f32 / 10.0, max as f32 / 10.0),
            per,
            factors: self.factors,
        }
    }
}

fn tolerance_step(
    p: &mut PainBuilder,
    t: Tolerance,
    sources: &'static [SourceId],
    source_says: &str,
) {
    match t {
        Tolerance::Low => p.step(
            "Low pain tolerance",
            Direction::Up,
            (10, 10),
            format!("{source_says} Dermamap adds a point for a low tolerance; the size is our assumption."),
            sources,
        ),
        Tolerance::Average => p.step(
            "Average pain tolerance",
            Direction::Neutral,
            (0, 0),
            format!("{source_says} With an average tolerance the range doesn't move."),
            sources,
        ),
        Tolerance::High => p.step(
            "High pain tolerance",
            Direction::Down,
            (-10, -10),
            format!("{source_says} Dermamap takes a point off for a high tolerance; the size is our assumption."),
            sources,
        ),
    }
}

fn dermal_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let d = &input.dermal;
    let mut p = PainBuilder::new();
    p.step(
        "Starting point: 4-6 out of 10",
        Direction::Neutral,
        (40, 60),
        "Published pain charts put dermal piercings at 4-6 out of 10. They are editors' \
         estimates, not surveys, so treat them as a rough guide.",
        &[PainCharts],
    );
    match region.tissue {
        Tissue::Fleshy => p.step(
            format!("Fleshier area: {}", region.name),
            Direction::Up,
            (5, 10),
            "Seed 000: the fleshier the area, the more it hurts, as more tissue is pierced. \
             Dermamap adds half a point to a point; the size is our assumption.",
            &[Seed000],
        ),
        Tissue::Average => p.step(
            format!("Average tissue: {}", region.name),
            Direction::Neutral,
            (0, 0),
            "Seed 000: fleshier areas hurt more. This area is in between, so the range doesn't move.",
            &[Seed000],
        ),
        Tissue::Bony => p.step(
            format!("Less fleshy area: {}", region.name),
            Direction::Down,
            (-5, -5),
            "Seed 000: fleshier areas hurt more, so a spot with little flesh over the bone should \
             hurt a little less. Dermamap takes half a point off; the size is our assumption.",
            &[Seed000],
        ),
    }
    tolerance_step(
        &mut p,
        input.tolerance,
        &[Seed000],
        "Seed 000 names your own pain tolerance as a factor.",
    );
    match d.technique {
        Technique::Punch => p.step(
            "Dermal punch",
            Direction::Down,
            (-5, -5),
            "Seed 001, by a piercer: dermals done with a punch almost never hurt as much as people \
             expect, as they don't go deep; the pinch that holds the skin is usually the \
             uncomfortable part. Dermamap takes half a point off; the size is our assumption.",
            &[Seed001, Seed000],
        ),
        Technique::Needle => p.step(
            "Needle",
            Direction::Neutral,
            (0, 0),
            "Seed 000 names the type of procedure as a factor but doesn't say which hurts more, \
             so the range doesn't move.",
            &[Seed000],
        ),
    }
    p.step(
        "Your piercer's experience",
        Direction::Neutral,
        (0, 0),
        "Seed 000 names the piercer's experience as a factor. Dermamap can't judge your piercer, \
         so the range doesn't move.",
        &[Seed000],
    );
    if d.anchors > 1 {
        p.step(
            format!("{} anchors", d.anchors),
            Direction::Neutral,
            (0, 0),
            "Each anchor is a separate piercing: the range is for each one, not the whole visit.",
            &[],
        );
    }
    p.finish("each anchor")
}

/// Central pain in tenths at a depth, with numbing cream: a straight line through the
/// studies' 3.0 at 1.25 mm (face) and 5.4 at 2.5 mm. Non-decreasing in depth.
fn needling_centre(depth: u16) -> i32 {
    30 + (i32::from(depth) - 125) * 24 / 125
}

fn needling_pain(input: &EstimateInput, region: &Region) -> PainEstimate {
    let n = &input.needling;
    let mut p = PainBuilder::new();
    p.step(
        "Starting point: 1.25 mm with numbing cream",
        Direction::Neutral,
        (20, 45),
        "Small studies measured about 3 out of 10 at 1.25 mm on the face (n = 26) and 5.4 at \
         2.5 mm with numbing cream (n = 15); another found 5.2 \u{b1} 1.7 with a 1.0 mm roller \
         after numbing cream (Luz 2017, n = 9). Dermamap reads them as pain with numbing cream. \
         Real pain varies widely, so the range is wide on purpose.",
        &[NeedlingPainStudies, Luz2017],
    );
    let depth_shift = needling_centre(n.depth_hundredths_mm) - needling_centre(125);
    let depth = depth_text(n.depth_hundredths_mm);
    let (dir, why) = match depth_shift.cmp(&0) {
        std::cmp::Ordering::Greater => (
            Direction::Up,
            "Deeper needles hurt more (pain studies). Dermamap follows a straight line from 3 at \
             1.25 mm to 5.4 at 2.5 mm.",
        ),
        std::cmp::Ordering::Less => (
            Direction::Down,
            "Shallower needles hurt less (pain studies). Dermamap follows the same straight line \
             below 1.25 mm, which is our assumption.",
        ),
        std::cmp::Ordering::Equal => (
            Direction::Neutral,
            "This is the depth the starting point was measured at.",
        ),
    };
    p.step(
        format!("Needle depth {depth} mm"),
        dir,
        (depth_shift, depth_shift),
        why,
        &[NeedlingPainStudies],
    );
    if n.numbing {
        p.step(
            "Numbing cream",
            Direction::Down,
            (0, 0),
            "Numbing cream lowers the pain. The starting point is already pain with numbing \
             cream, so the range doesn't move further.",
            &[NeedlingPainStudies, Seed004],
        );
    } else {
        p.step(
            "No numbing cream",
            Direction::Up,
            (10, 10),
            "The starting point is pain with numbing cream, as in the studies that said; \
             without it Dermamap adds a point (our assumption). Seed 004 suggests numbing cream \
             if your tolerance is low.",
            &[NeedlingPainStudies, Seed004],
        );
    }
    match region.tissue {
        Tissue::Bony => p.step(
            format!("Bony area: {}", region.name),
            Direction::Up,
            (5, 10),
            "The pain studies found bonier, thinner-skinned areas hurt more. Dermamap adds half a \
             point to a point; the size is our assumption.",
            &[NeedlingPainStudies],
        ),
        Tissue::Average => p.step(
            format!("Average area: {}", region.name),
            Direction::Neutral,
            (0, 0),
            "Neither especially bony nor fleshy, so the range doesn't move.",
            &[NeedlingPainStudies],
        ),
        Tissue::Fleshy => p.step(
            format!("Fleshy area: {}", region.name),
            Direction::Down,
            (-5, -5),
            "The pain studies found bonier, thinner-skinned areas hurt more, so a fleshy area \
             should hurt a little less. Dermamap takes half a point off; the size is our assumption.",
            &[NeedlingPainStudies],
        ),
    }
    match n.skin {
        Skin::Thin => p.step(
            "Thin skin",
            Direction::Up,
            (5, 5),
            "The pain studies found thinner-skinned areas hurt more. Dermamap adds half a point; \
             the size is our assumption.",
            &[NeedlingPainStudies],
        ),
        Skin::Thick => p.step(
            "Thick skin",
            Direction::Neutral,
            (0, 0),
            "Thicker skin is not known to add pain, so the range doesn't move.",
            &[NeedlingPainStudies],
        ),
    }
    tolerance_step(
        &mut p,
        input.tolerance,
        &[Seed004],
        "Seed 004: with a low pain tolerance, numbing cream helps.",
    );
    if n.sessions > 1 {
        p.step(
            format!("{} sessions", n.sessions),
            Direction::Neutral,
            (0, 0),
            "The range is for each session, not the whole course.",
            &[],
        );
    }
    p.finish("each session")
}

/// Downtime in days at a depth (drpen.net: 0.2-0.5 mm about 2-3 days, 0.8-1.5 mm about 4-5,
/// 2-3 mm about 6-7). Between the source's bands the range spans both neighbours.
fn downtime_days(depth: u16) -> Span<u8> {
    match depth {
        0..=50 => Span::new(2, 3),
        51..=79 => Span::new(2, 5),
        80..=150 => Span::new(4, 5),
        151..=199 => Span::new(4, 7),
        _ => Span::new(6, 7),
    }
}

fn region_risk_warnings(region: &Region, procedure: Procedure) -> Option<Warning> {
    region.fact(FactKind::Risk, procedure).map(|f| Warning {
        kind: WarningKind::RegionRisk,
        text: f.text.to_string(),
        sources: f.sources,
    })
}

fn dermal_warnings(input: &EstimateInput, region: &Region) -> Vec<Warning> {
    let mut w = Vec::new();
    if input.dermal.material == Material::ImplantSteel {
        w.push(Warning {
            kind: WarningKind::Material,
            text: "Steel can irritate some skin (seed 000), and steel may not be safe in an MRI \
                   scanner while titanium usually is: tell the staff before any scan (seed 001)."
                .to_string(),
            sources: &[Seed000, Seed001],
        });
    }
    w.extend(region_risk_warnings(region, Procedure::Dermal));
    w
}

fn needling_warnings(
    input: &EstimateInput,
    region: &Region,
    depth: Option<(Span<u16>, &'static [SourceId])>,
) -> Vec<Warning> {
    let n = &input.needling;
    let d = n.depth_hundredths_mm;
    let skin = n.skin.label().to_lowercase();
    let mut w = Vec::new();
    match depth {
        Some((range, sources)) if !range.contains(d) => w.push(Warning {
            kind: WarningKind::DepthOutsideSourcedRange,
            text: format!(
                "{} mm is {} than the {} mm suggested for {} with {skin}. Ask your practitioner \
                 before going {}.",
                depth_text(d),
                if d > range.max { "deeper" } else { "shallower" },
                depth_span_text(range),
                region.name,
                if d > range.max { "deeper" } else { "shallower" },
            ),
            sources,
        }),
        Some(_) => {}
        None => w.push(Warning {
            kind: WarningKind::NoSourcedDepth,
            text: format!(
                "The sources give no needle depth for {} with {skin}. Ask your practitioner \
                 which depth suits you.",
                region.name
            ),
            sources: &[],
        }),
    }
    if n.at_home {
        if d > AT_HOME_MAX_DEPTH {
            w.push(Warning {
                kind: WarningKind::DepthTooDeepAtHome,
                text: format!(
                    "{} mm is too deep for home use: at home, 1.0 mm at most. Deeper treatment \
                     belongs in a clinic.",
                    depth_text(d)
                ),
                sources: &[DrPen, Aad2018],
            });
        }
        w.push(Warning {
            kind: WarningKind::AtHome,
            text: "Home rollers don't go deep enough to match in-office treatment (AAD 2018, \
                   seed 002), and doing it yourself can raise the chance of side effects (seed 002)."
                .to_string(),
            sources: &[Aad2018, Seed002],
        });
    }
    w.extend(region_risk_warnings(region, Procedure::Microneedling));
    w
}

fn scale(span: Span<u64>, n: u8) -> Span<u64> {
    Span::new(
        span.min.saturating_mul(u64::from(n)),
        span.max.saturating_mul(u64::from(n)),
    )
}

const ASK_STUDIO: &str = "ask your studio";

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
                    Some(n) => format!("Prices set by {}.", clip(n)),
                    None => "Prices set by your studio.".to_string(),
                },
                sources: &[],
            },
        ),
        PriceOrigin::Sourced => notes.insert(
            0,
            Note {
                text: "These are published US prices, not a quote. No reliable UK or EU price \
                       was found; your studio sets its own."
                    .to_string(),
                sources: &[],
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

fn plural(n: u8, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

fn dermal_cost(input: &EstimateInput, region: &Region, book: &PriceBook) -> Cost {
    let d = &input.dermal;
    let n = d.anchors;
    let jewellery = format!(
        "{} jewellery with a {} top",
        d.material.label(),
        d.top.label().to_lowercase()
    );
    let mut lines = vec![CostLine {
        label: format!("Micro-dermal piercing, {}", plural(n, "anchor", "anchors")),
        amount: book.dermal_per_anchor.map(|s| scale(s, n)),
        if_unknown: ASK_STUDIO,
        sources: book.sources(PriceItem::DermalPerAnchor),
    }];
    let mut included = vec![format!(
        "{} on the {}",
        plural(n, "dermal piercing", "dermal piercings"),
        region.name.to_lowercase()
    )];
    if d.jewellery_included {
        included.push(format!(
            "{jewellery} (check: some studios charge for it separately)"
        ));
    } else {
        lines.push(CostLine {
            label: format!("{jewellery}, charged separately"),
            amount: book.jewellery.get(d.material).map(|s| scale(s, n)),
            if_unknown: ASK_STUDIO,
            sources: book.sources(PriceItem::Jewellery(d.material)),
        });
    }
    let not_included = vec![
        "Sterile saline wound wash for aftercare".to_string(),
        "Spare or replacement tops".to_string(),
        "Removal later: it needs a piercer or a clinic, sometimes a tiny scalpel cut".to_string(),
    ];
    let mut notes = Vec::new();
    if !book.is_studio_supplied() {
        notes.push(Note {
            text: "Seed 000 gives $70-100, Retail Gazette $50-150 and museumoftattoos.com \
                   $70-150 per piercing; Dermamap shows the whole range."
                .to_string(),
            sources: DERMAL_PRICE_SOURCES,
        });
    }
    notes.push(Note {
        text:
            "Some studios charge for the jewellery separately (seed 000). Dermal jewellery costs \
               more than a regular piece: in the UK about 5-10 times a regular titanium piece \
               (seed 001)."
                .to_string(),
        sources: &[Seed000, Seed001],
    });
    notes.push(Note {
        text: "Removal needs a professional and may need a small cut (seed 001). Don't just go \
               for whoever is cheapest (seed 001)."
            .to_string(),
        sources: &[Seed001],
    });
    finish_cost(book, lines, included, not_included, notes)
}

fn needling_cost(input: &EstimateInput, region: &Region, book: &PriceBook) -> Cost {
    let n = &input.needling;
    let s = n.sessions;
    let mut lines = Vec::new();
    let mut included = Vec::new();
    let mut not_included = Vec::new();
    let mut notes = Vec::new();
    if n.at_home {
        lines.push(CostLine {
            label: "Home roller or pen".to_string(),
            amount: None,
            if_unknown: "no sourced price: check the seller",
            sources: &[],
        });
        included.push(format!(
            "{} at home on the {}",
            plural(s, "session", "sessions"),
            region.name.to_lowercase()
        ));
        not_included.push("An assessment by a dermatologist or trained practitioner".to_string());
        not_included.push("Replacement heads or rollers, and cleaning".to_string());
    } else {
        lines.push(CostLine {
            label: match book.needling_per_session {
                Some(p) => format!(
                    "Microneedling, {} ({} each)",
                    plural(s, "session", "sessions"),
                    book.currency.format_span(p)
                ),
                None => format!("Microneedling, {}", plural(s, "session", "sessions")),
            },
            amount: book.needling_per_session.map(|p| scale(p, s)),
            if_unknown: ASK_STUDIO,
            sources: book.sources(PriceItem::NeedlingPerSession),
        });
        included.push(format!(
            "{} in a clinic on the {}",
            plural(s, "session", "sessions"),
            region.name.to_lowercase()
        ));
        if n.numbing {
            not_included.push("Numbing cream, unless your clinic includes it: ask".to_string());
        }
        not_included.push("Maintenance or repeat sessions after this course".to_string());
        if !book.is_studio_supplied() {
            notes.push(Note {
                text: "Seed 002 (citing Dermapen): $200-800 a session, an hour-long session from \
                       $150; sdbotox.com: $100-700, a face about $300. Dermamap shows the whole \
                       range, for each session."
                    .to_string(),
                sources: NEEDLING_PRICE_SOURCES,
            });
        }
        notes.push(Note {
            text: "Some clinics offer payment plans (seed 002).".to_string(),
            sources: &[Seed002],
        });
    }
    not_included.push("Aftercare: mineral sunscreen SPF 30+ and moisturiser".to_string());
    not_included.push("Time off work, if you need it".to_string());
    notes.push(Note {
        text: "Cosmetic microneedling is usually not covered by insurance. If a doctor says it is \
               medically needed, ask your insurer before the appointment (seed 002)."
            .to_string(),
        sources: &[Seed002],
    });
    notes.push(Note {
        text: "Results fade: sessions usually need repeating as long-term care (seeds 002, 003)."
            .to_string(),
        sources: &[Seed002, Seed003],
    });
    finish_cost(book, lines, included, not_included, notes)
}

// ---------------------------------------------------------------------------------------------
// Contraindications
// ---------------------------------------------------------------------------------------------

/// A reason not to have microneedling without asking someone first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Contraindication {
    /// Stable id for checkboxes and anchors.
    pub id: &'static str,
    pub label: &'static str,
    pub who_to_ask: &'static str,
    pub why: &'static str,
    pub sources: &'static [SourceId],
}

/// Who should avoid microneedling, or ask first (seeds 002, 004; balancedayspa.com; ASDS 2017).
pub static NEEDLING_CONTRAINDICATIONS: &[Contraindication] = &[
    Contraindication {
        id: "active-acne-infection",
        label: "Active acne, spots or a skin infection in the area",
        who_to_ask: "a dermatologist",
        why: "Seeds 002 and 004 list active acne, zits or any skin infection as a reason to avoid microneedling.",
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "skin-cancer",
        label: "Skin cancer in the treatment area",
        who_to_ask: "your dermatologist or cancer team",
        why: "Seed 004 lists skin cancer in the treatment area as a reason to avoid microneedling.",
        sources: &[Seed004],
    },
    Contraindication {
        id: "metal-allergy",
        label: "Allergy to steel or titanium",
        who_to_ask: "your doctor",
        why: "The needles are metal; seed 004 lists an allergy to steel or titanium as a reason to avoid microneedling.",
        sources: &[Seed004],
    },
    Contraindication {
        id: "bleeding",
        label: "A bleeding disorder, or taking blood thinners (anticoagulants)",
        who_to_ask: "your doctor, or whoever prescribes your blood thinner",
        why: "In-office needling goes deep enough to cause pinpoint bleeding (AAD 2018); seed 004 \
              lists bleeding disorders as a reason to avoid it.",
        sources: &[Seed004, Aad2018],
    },
    Contraindication {
        id: "isotretinoin",
        label: "Taking isotretinoin (such as Accutane), now or recently",
        who_to_ask: "the dermatologist who prescribes it",
        why: "Seed 004 lists isotretinoin as a reason to avoid microneedling. A 2017 ASDS task \
              force found too little evidence to delay superficial procedures, so ask rather than guess.",
        sources: &[Seed004, Asds2017],
    },
    Contraindication {
        id: "psoriasis-eczema",
        label: "Psoriasis or eczema",
        who_to_ask: "a dermatologist",
        why: "Seed 002 says people with skin conditions such as psoriasis or eczema may not be good candidates.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "open-wounds",
        label: "Open cuts, wounds or irritated skin in the area",
        who_to_ask: "a dermatologist, once it has healed",
        why: "Seeds 002 and 004 list open wounds and irritated skin in the treatment area as a reason to wait.",
        sources: &[Seed002, Seed004],
    },
    Contraindication {
        id: "radiotherapy",
        label: "Radiotherapy recently",
        who_to_ask: "your cancer team",
        why: "Seed 002 says people who had radiotherapy recently may not be good candidates.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "keloid-scarring",
        label: "A history of keloid or raised scarring",
        who_to_ask: "a dermatologist",
        why: "Seed 002 says a history of skin scarring may make you a poor candidate.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "pregnancy",
        label: "Pregnancy",
        who_to_ask: "your obstetrician or gynaecologist",
        why: "Seed 002: pregnant women need clearance from an obstetrician or gynaecologist before treatment.",
        sources: &[Seed002],
    },
    Contraindication {
        id: "uncontrolled-diabetes",
        label: "Diabetes that is not well controlled",
        who_to_ask: "your doctor or diabetes team",
        why: "A spa's contraindication list names uncontrolled diabetes (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "moles-warts",
        label: "Moles or warts in the area",
        who_to_ask: "a dermatologist",
        why: "A spa's contraindication list names moles and warts in the area (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "botox-3-months",
        label: "Botox in the last 3 months",
        who_to_ask: "the clinician who gave it",
        why: "A spa's contraindication list asks for 3 months after Botox (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
    Contraindication {
        id: "fillers-12-months",
        label: "Fillers in the last 12 months",
        who_to_ask: "the clinician who gave them",
        why: "A spa's contraindication list asks for 12 months after fillers (a studio source: lower confidence).",
        sources: &[BalanceDaySpa],
    },
];

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------

fn cite(sources: &[SourceId]) -> String {
    if sources.is_empty() {
        String::new()
    } else {
        let names: Vec<&str> = sources.iter().map(|s| s.short()).collect();
        format!(" [{}]", names.join(", "))
    }
}

/// Plain-text summary for "Copy summary".
pub fn summary_text(est: &Estimate, input: &EstimateInput) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let what = match est.procedure {
        Procedure::Dermal => "Micro-dermal piercing",
        Procedure::Microneedling => "Microneedling",
    };
    let _ = writeln!(s, "Dermamap estimate: {what}, {}", est.region_name);
    match est.procedure {
        Procedure::Dermal => {
            let d = &input.dermal;
            let _ = writeln!(
                s,
                "Choices: {}, {}, {}, {} top, jewellery {}; tolerance {}",
                plural(d.anchors, "anchor", "anchors"),
                d.technique.label().to_lowercase(),
                d.material.label(),
                d.top.label().to_lowercase(),
                if d.jewellery_included {
                    "included"
                } else {
                    "charged separately"
                },
                input.tolerance.slug(),
            );
        }
        Procedure::Microneedling => {
            let n = &input.needling;
            let _ = writeln!(
                s,
                "Choices: {}, {}, {} mm needle, {}, {}, {}; tolerance {}",
                n.concern.label().to_lowercase(),
                n.skin.label().to_lowercase(),
                depth_text(n.depth_hundredths_mm),
                plural(n.sessions, "session", "sessions"),
                if n.numbing {
                    "numbing cream"
                } else {
                    "no numbing cream"
                },
                if n.at_home { "at home" } else { "in a clinic" },
                input.tolerance.slug(),
            );
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "Pain: {} for {} (a guide, not a promise)",
        est.pain.text(),
        est.pain.per
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
    let _ = writeln!(s, "Cost ({}): {}", c.currency.code(), c.total_text());
    for l in &c.lines {
        let _ = writeln!(s, "  - {}: {}{}", l.label, c.line_text(l), cite(l.sources));
    }
    if !c.included.is_empty() {
        let _ = writeln!(s, "  Included: {}", c.included.join("; "));
    }
    if !c.not_included.is_empty() {
        let _ = writeln!(s, "  Not included: {}", c.not_included.join("; "));
    }
    for n in &c.notes {
        let _ = writeln!(s, "  Note: {}{}", n.text, cite(n.sources));
    }
    if let Some(g) = &est.needling {
        let _ = writeln!(s);
        if let Some(r) = g.sourced_depth {
            let _ = writeln!(
                s,
                "Sourced depth for this area and skin: {} mm{}",
                depth_span_text(r),
                cite(g.depth_sources)
            );
        }
        let _ = writeln!(
            s,
            "Downtime at this depth: about {}-{} days{}",
            g.downtime_days.min,
            g.downtime_days.max,
            cite(g.downtime_sources)
        );
        let _ = writeln!(
            s,
            "Course: {}-{} sessions, {}-{} weeks apart{}",
            g.sessions.range.min,
            g.sessions.range.max,
            g.sessions.spacing_weeks.min,
            g.sessions.spacing_weeks.max,
            cite(g.sessions.sources)
        );
    }
    if !est.warnings.is_empty() {
        let _ = writeln!(s);
        let _ = writeln!(s, "Warnings:");
        for w in &est.warnings {
            let _ = writeln!(s, "  ! {}{}", w.text, cite(w.sources));
        }
    }
    if est.procedure == Procedure::Microneedling {
        let _ = writeln!(s);
        let labels: Vec<&str> = NEEDLING_CONTRAINDICATIONS.iter().map(|c| c.label).collect();
        let _ = writeln!(
            s,
            "Ask a doctor first if any of these apply: {}.",
            labels.join("; ")
        );
    }
    let _ = writeln!(s);
    let _ = write!(
        s,
        "This is a guide from published sources, not medical advice."
    );
    s
}

// ---------------------------------------------------------------------------------------------
// URL query
// ---------------------------------------------------------------------------------------------

/// A query value that couldn't be used and was replaced by a default.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QueryNotice {
    /// The query key, e.g. "anchors".
    pub field: &'static str,
    /// Plain words; quotes the given value only if it is short and harmless.
    pub message: String,
}

/// Longest raw value a notice or error ever repeats.
const ECHO_MAX: usize = 40;

/// The value in quotes if it is short and made of plain characters, else a neutral phrase.
fn shown(raw: &str) -> String {
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ' | '+');
    if raw.is_empty() {
        "an empty value".to_string()
    } else if raw.chars().count() <= ECHO_MAX && raw.chars().all(plain) {
        format!("\"{raw}\"")
    } else {
        "(value not shown)".to_string()
    }
}

/// At most [`ECHO_MAX`] characters of a value, for errors that keep it.
fn clip(raw: &str) -> String {
    raw.chars().take(ECHO_MAX).collect()
}

/// Depth in hundredths as minimal decimal text: 125 -> "1.25", 150 -> "1.5", 200 -> "2".
fn depth_query(h: u16) -> String {
    let (w, f) = (h / 100, h % 100);
    match f {
        0 => w.to_string(),
        f if f % 10 == 0 => format!("{w}.{}", f / 10),
        f => format!("{w}.{f:02}"),
    }
}

/// Depth for reading: always with a decimal point ("2.0", "1.25").
pub fn depth_text(h: u16) -> String {
    if h.is_multiple_of(100) {
        format!("{}.0", h / 100)
    } else {
        depth_query(h)
    }
}

fn depth_span_text(s: Span<u16>) -> String {
    if s.min == s.max {
        depth_text(s.min)
    } else {
        format!("{}-{}", depth_text(s.min), depth_text(s.max))
    }
}

/// `^\d{1,2}(\.\d{1,2})?$` millimetres as hundredths; anything else is `None`.
pub fn parse_depth(s: &str) -> Option<u16> {
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s, None),
    };
    let digits = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(whole, 2) || !frac.is_none_or(|f| digits(f, 2)) {
        return None;
    }
    let w: u16 = whole.parse().ok()?;
    let f: u16 = match frac {
        None => 0,
        Some(f) if f.len() == 1 => f.parse::<u16>().ok()? * 10,
        Some(f) => f.parse().ok()?,
    };
    Some(w * 100 + f)
}

/// One to three ASCII digits.
fn parse_count(s: &str) -> Option<u16> {
    (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

fn parse_bool(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" | "on" => Some(true),
        "no" | "false" | "0" | "off" => Some(false),
        _ => None,
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

/// Reads query values, replacing bad ones with defaults and noting each replacement.
struct QueryReader {
    pairs: Vec<(String, String)>,
    notices: Vec<QueryNotice>,
}

impl QueryReader {
    fn raw(&self, key: &str) -> Option<String> {
        query::get(&self.pairs, key).map(|v| v.trim().to_string())
    }

    fn notice(&mut self, field: &'static str, message: String) {
        self.notices.push(QueryNotice { field, message });
    }

    fn slug<T: Copy>(
        &mut self,
        key: &'static str,
        what: &str,
        from: fn(&str) -> Option<T>,
        label: fn(T) -> &'static str,
        default: T,
    ) -> T {
        match self.raw(key) {
            None => default,
            Some(v) => from(&v).unwrap_or_else(|| {
                self.notice(
                    key,
                    format!("Unknown {what} {}: using {}.", shown(&v), label(default)),
                );
                default
            }),
        }
    }

    fn count(&mut self, key: &'static str, what: &str, range: (u16, u16), default: u16) -> u16 {
        match self.raw(key) {
            None => default,
            Some(v) => match parse_count(&v) {
                Some(n) if (range.0..=range.1).contains(&n) => n,
                _ => {
                    self.notice(
                        key,
                        format!(
                            "The {what} {} isn't a whole number from {} to {}: using {default}.",
                            shown(&v),
                            range.0,
                            range.1
                        ),
                    );
                    default
                }
            },
        }
    }

    fn flag(&mut self, key: &'static str, what: &str, default: bool) -> bool {
        match self.raw(key) {
            None => default,
            Some(v) => parse_bool(&v).unwrap_or_else(|| {
                self.notice(
                    key,
                    format!(
                        "{what} should be yes or no, not {}: using {}.",
                        shown(&v),
                        yes_no(default)
                    ),
                );
                default
            }),
        }
    }
}

impl EstimateInput {
    /// The whole input as a query string (every field, so a link reproduces it exactly).
    pub fn to_query(&self) -> String {
        let d = &self.dermal;
        let n = &self.needling;
        query::build([
            ("procedure", self.procedure.slug().to_string()),
            ("region", self.region.clone()),
            ("tolerance", self.tolerance.slug().to_string()),
            ("anchors", d.anchors.to_string()),
            ("technique", d.technique.slug().to_string()),
            ("material", d.material.slug().to_string()),
            ("top", d.top.slug().to_string()),
            ("jewellery", yes_no(d.jewellery_included)),
            ("concern", n.concern.slug().to_string()),
            ("skin", n.skin.slug().to_string()),
            ("depth", depth_query(n.depth_hundredths_mm)),
            ("numbing", yes_no(n.numbing)),
            ("sessions", n.sessions.to_string()),
            ("home", yes_no(n.at_home)),
        ])
    }

    /// Reads a query string. Missing keys take their defaults quietly; bad values take their
    /// defaults with a [`QueryNotice`]. Unknown keys are ignored. Never panics.
    pub fn from_query(q: &str) -> (EstimateInput, Vec<QueryNotice>) {
        let mut r = QueryReader {
            pairs: query::parse(q),
            notices: Vec::new(),
        };

        // Procedure first; if absent or bad, a valid region decides it.
        let region_raw = r.raw("region").map(|v| v.to_ascii_lowercase());
        let region_found = region_raw.as_deref().and_then(content::region);
        let procedure = match r.raw("procedure") {
            Some(v) => Procedure::from_slug(&v.to_ascii_lowercase()).unwrap_or_else(|| {
                let fallback = region_found
                    .and_then(|reg| reg.procedures.first().copied())
                    .unwrap_or(Procedure::Dermal);
                r.notice(
                    "procedure",
                    format!(
                        "Unknown procedure {}: showing {}.",
                        shown(&v),
                        fallback.label()
                    ),
                );
                fallback
            }),
            None => region_found
                .and_then(|reg| reg.procedures.first().copied())
                .unwrap_or(Procedure::Dermal),
        };
        let region = match (region_raw, region_found) {
            (None, _) => default_region(procedure).to_string(),
            (Some(_), Some(reg)) if reg.suits(procedure) => reg.id.to_string(),
            (Some(v), found) => {
                let fallback = default_region(procedure);
                let name = content::region(fallback).map_or(fallback, |f| f.name);
                let msg = match found {
                    Some(reg) => format!(
                        "{} isn't a place for {}: showing {name}.",
                        reg.name,
                        procedure.label()
                    ),
                    None => format!("Unknown area {}: showing {name}.", shown(&v)),
                };
                r.notice("region", msg);
                fallback.to_string()
            }
        };

        let tolerance = r.slug(
            "tolerance",
            "tolerance",
            Tolerance::from_slug,
            Tolerance::label,
            Tolerance::Average,
        );
        let dd = DermalOptions::default();
        let anchors = r.count(
            "anchors",
            "number of anchors",
            (ANCHORS_MIN.into(), ANCHORS_MAX.into()),
            dd.anchors.into(),
        );
        let technique = r.slug(
            "technique",
            "technique",
            Technique::from_slug,
            Technique::label,
            dd.technique,
        );
        let material = r.slug(
            "material",
            "material",
            Material::from_slug,
            Material::label,
            dd.material,
        );
        let top = r.slug("top", "top", TopStyle::from_slug, TopStyle::label, dd.top);
        let jewellery_included = r.flag("jewellery", "Jewellery included", dd.jewellery_included);

        let nd = NeedlingOptions::for_region(&region);
        let concern = r.slug(
            "concern",
            "concern",
            Concern::from_slug,
            Concern::label,
            nd.concern,
        );
        let skin = r.slug("skin", "skin type", Skin::from_slug, Skin::label, nd.skin);
        let numbing = r.flag("numbing", "Numbing cream", nd.numbing);
        let at_home = r.flag("home", "At home", nd.at_home);
        let default_d = default_depth(&region, skin, at_home);
        let depth = match r.raw("depth") {
            None => default_d,
            Some(v) => match parse_depth(&v) {
                Some(d) if (DEPTH_MIN..=DEPTH_MAX).contains(&d) => d,
                _ => {
                    r.notice(
                        "depth",
                        format!(
                            "The needle depth {} isn't a depth from 0.25 to 2.5 mm: using {} mm.",
                            shown(&v),
                            depth_text(default_d)
                        ),
                    );
                    default_d
                }
            },
        };
        let sessions = r.count(
            "sessions",
            "number of sessions",
            (SESSIONS_MIN.into(), SESSIONS_MAX.into()),
            concern.sessions().default.into(),
        );

        let input = EstimateInput {
            procedure,
            region,
            tolerance,
            dermal: DermalOptions {
                // `count` only returns values within 1..=10.
                anchors: u8::try_from(anchors).unwrap_or(dd.anchors),
                technique,
                material,
                top,
                jewellery_included,
            },
            needling: NeedlingOptions {
                concern,
                skin,
                depth_hundredths_mm: depth,
                numbing,
                sessions: u8::try_from(sessions).unwrap_or(nd.sessions),
                at_home,
            },
        };
        (input, r.notices)
    }
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn regions_for(p: Procedure) -> Vec<&'static Region> {
        content::REGIONS.iter().filter(|r| r.suits(p)).collect()
    }

    fn first_with(p: Procedure, tissue: Tissue) -> Option<&'static Region> {
        content::REGIONS
            .iter()
            .find(|r| r.suits(p) && r.tissue == tissue)
    }

    fn dermal_input(region: &str) -> EstimateInput {
        EstimateInput::for_region(Procedure::Dermal, region)
    }

    fn needling_input(region: &str) -> EstimateInput {
        EstimateInput::for_region(Procedure::Microneedling, region)
    }

    fn range(e: &Estimate) -> (f32, f32) {
        (e.pain.range.min, e.pain.range.max)
    }

    fn close(a: (f32, f32), b: (f32, f32)) -> bool {
        (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4
    }

    const DERMAL_IDS: &[&str] = &[
        "cheekbone",
        "under-eye",
        "third-eye",
        "nape",
        "back-dimples",
        "collarbone",
        "sternum",
        "belly",
        "hip",
        "finger",
        "hand",
        "wrist",
        "thigh",
    ];
    const NEEDLING_IDS: &[&str] = &[
        "forehead",
        "around-eyes",
        "cheeks",
        "chin-jaw",
        "nose",
        "neck",
        "abdomen",
        "thighs",
        "legs",
        "scars",
        "back",
        "scalp",
    ];

    #[test]
    fn content_has_the_agreed_regions() {
        for id in DERMAL_IDS {
            let r = content::region(id).unwrap_or_else(|| panic!("dermal region {id} missing"));
            assert!(r.suits(Procedure::Dermal), "{id}");
        }
        for id in NEEDLING_IDS {
            let r = content::region(id).unwrap_or_else(|| panic!("needling region {id} missing"));
            assert!(r.suits(Procedure::Microneedling), "{id}");
        }
        assert_eq!(default_region(Procedure::Dermal), "cheekbone");
        assert_eq!(default_region(Procedure::Microneedling), "cheeks");
    }

    #[test]
    fn default_input_estimates() {
        let input = EstimateInput::default();
        assert_eq!(input.procedure, Procedure::Dermal);
        let e = estimate(&input, &PriceBook::sourced_default()).expect("default input is valid");
        assert_eq!(e.cost.total, Some(Span::new(50_00, 150_00)));
        assert!(!e.cost.partial);
    }

    /// Dermal: (tissue, tolerance, technique) -> expected range. Base 4-6; fleshy +0.5/+1,
    /// bony -0.5; tolerance +-1; punch -0.5.
    #[test]
    fn dermal_pain_table() {
        use Technique::*;
        use Tissue::*;
        let rows: &[(Tissue, Tolerance, Technique, (f32, f32))] = &[
            (Average, Tolerance::Average, Needle, (4.0, 6.0)),
            (Average, Tolerance::Average, Punch, (3.5, 5.5)),
            (Fleshy, Tolerance::Average, Needle, (4.5, 7.0)),
            (Fleshy, Tolerance::Low, Needle, (5.5, 8.0)),
            (Fleshy, Tolerance::Low, Punch, (5.0, 7.5)),
            (Bony, Tolerance::Average, Punch, (3.0, 5.0)),
            (Bony, Tolerance::High, Punch, (2.0, 4.0)),
            (Bony, Tolerance::Low, Needle, (4.5, 6.5)),
        ];
        let mut checked = 0;
        for (tissue, tol, tech, want) in rows {
            let Some(r) = first_with(Procedure::Dermal, *tissue) else {
                continue;
            };
            let mut input = dermal_input(r.id);
            input.tolerance = *tol;
            input.dermal.technique = *tech;
            let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
            assert!(
                close(range(&e), *want),
                "{:?} {tol:?} {tech:?} at {}: {:?}",
                tissue,
                r.id,
                range(&e)
            );
            assert_eq!(e.pain.per, "each anchor");
            checked += 1;
        }
        assert!(
            checked >= 5,
            "content should have dermal regions of at least two tissue kinds"
        );
    }

    /// Microneedling: (tissue, skin, depth, numbing, tolerance) -> expected range.
    /// At 1.25 mm with cream the base is 2.0-4.5; the line adds 1.92 per mm.
    #[test]
    fn needling_pain_table() {
        use Tissue::*;
        // (tissue, skin, depth, numbing, tolerance, expected)
        type Row = (Tissue, Skin, u16, bool, Tolerance, (f32, f32));
        let rows: &[Row] = &[
            (
                Average,
                Skin::Thick,
                125,
                true,
                Tolerance::Average,
                (2.0, 4.5),
            ),
            (
                Average,
                Skin::Thick,
                125,
                false,
                Tolerance::Average,
                (3.0, 5.5),
            ),
            (
                Average,
                Skin::Thick,
                250,
                true,
                Tolerance::Average,
                (4.4, 6.9),
            ),
            (
                Average,
                Skin::Thin,
                25,
                true,
                Tolerance::Average,
                (0.6, 3.1),
            ),
            (Average, Skin::Thick, 25, true, Tolerance::High, (0.0, 1.6)),
            (Bony, Skin::Thin, 250, false, Tolerance::Low, (7.4, 10.0)),
            (Bony, Skin::Thick, 100, true, Tolerance::Average, (2.1, 5.1)),
            (
                Fleshy,
                Skin::Thick,
                150,
                true,
                Tolerance::Average,
                (1.9, 4.4),
            ),
        ];
        let mut checked = 0;
        for (tissue, skin, depth, numbing, tol, want) in rows {
            let Some(r) = first_with(Procedure::Microneedling, *tissue) else {
                continue;
            };
            let mut input = needling_input(r.id);
            input.needling.skin = *skin;
            input.needling.depth_hundredths_mm = *depth;
            input.needling.numbing = *numbing;
            input.tolerance = *tol;
            let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
            assert!(
                close(range(&e), *want),
                "{tissue:?} {skin:?} {depth} {numbing} {tol:?} at {}: {:?}",
                r.id,
                range(&e)
            );
            assert_eq!(e.pain.per, "each session");
            checked += 1;
        }
        assert!(
            checked >= 5,
            "content should have needling regions of at least two tissue kinds"
        );
    }

    #[test]
    fn pain_factors_explain_every_choice() {
        let e = estimate(&dermal_input("cheekbone"), &PriceBook::sourced_default()).unwrap();
        let labels: Vec<&str> = e.pain.factors.iter().map(|f| f.label.as_str()).collect();
        assert!(labels[0].starts_with("Starting point"));
        assert!(e.pain.factors[0].sources.contains(&PainCharts));
        assert!(labels.iter().any(|l| l.contains("tolerance")));
        assert!(labels.contains(&"Dermal punch"));
        let exp = e
            .pain
            .factors
            .iter()
            .find(|f| f.label.contains("experience"))
            .unwrap();
        assert_eq!(exp.direction, Direction::Neutral);
        assert!(exp.sources.contains(&Seed000));
        let punch = e
            .pain
            .factors
            .iter()
            .find(|f| f.label == "Dermal punch")
            .unwrap();
        assert!(punch.sources.contains(&Seed001) && punch.why.contains("pinch"));

        let mut input = needling_input("cheeks");
        input.needling.numbing = false;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        let f = e
            .pain
            .factors
            .iter()
            .find(|f| f.label == "No numbing cream")
            .unwrap();
        assert_eq!(f.direction, Direction::Up);
        assert!(e
            .pain
            .factors
            .iter()
            .any(|f| f.label.starts_with("Needle depth")));
        assert!(e.pain.factors.iter().all(|f| !f.why.is_empty()));
    }

    #[test]
    fn cost_table() {
        let book = PriceBook::sourced_default();
        // (anchors, jewellery included) -> total, partial
        for (anchors, incl, total, partial) in [
            (1, true, Span::new(50_00, 150_00), false),
            (3, true, Span::new(150_00, 450_00), false),
            (10, true, Span::new(500_00, 1500_00), false),
            (2, false, Span::new(100_00, 300_00), true),
        ] {
            let mut input = dermal_input("cheekbone");
            input.dermal.anchors = anchors;
            input.dermal.jewellery_included = incl;
            let c = estimate(&input, &book).unwrap().cost;
            assert_eq!(c.total, Some(total), "{anchors} {incl}");
            assert_eq!(c.partial, partial);
            assert_eq!(c.lines[0].sources, DERMAL_PRICE_SOURCES);
            if !incl {
                assert_eq!(c.lines[1].amount, None);
                assert_eq!(c.line_text(&c.lines[1]), "ask your studio");
            }
        }
        // (sessions) -> course total at $100-800 a session
        for (sessions, total) in [
            (1, Span::new(100_00, 800_00)),
            (3, Span::new(300_00, 2400_00)),
            (8, Span::new(800_00, 6400_00)),
        ] {
            let mut input = needling_input("cheeks");
            input.needling.sessions = sessions;
            let c = estimate(&input, &book).unwrap().cost;
            assert_eq!(c.total, Some(total));
            assert!(c
                .notes
                .iter()
                .any(|n| n.text.contains("insurance") && n.sources.contains(&Seed002)));
        }
        assert_eq!(
            Currency::USD.format_span(Span::new(300_00, 2400_00)),
            "$300-$2,400"
        );
    }

    #[test]
    fn at_home_has_no_studio_price_and_warns_when_deep() {
        let mut input = needling_input("cheeks");
        input.needling.at_home = true;
        input.needling.depth_hundredths_mm = 150;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        assert_eq!(e.cost.total, None);
        assert!(e.cost.lines[0].if_unknown.contains("seller"));
        let deep = e
            .warnings
            .iter()
            .find(|w| w.kind == WarningKind::DepthTooDeepAtHome)
            .unwrap();
        assert!(deep.sources.contains(&Aad2018));
        input.needling.depth_hundredths_mm = 100;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        assert!(!e
            .warnings
            .iter()
            .any(|w| w.kind == WarningKind::DepthTooDeepAtHome));
        assert!(e.warnings.iter().any(|w| w.kind == WarningKind::AtHome));
    }

    #[test]
    fn depth_outside_sourced_range_warns() {
        let mut tested = 0;
        for r in regions_for(Procedure::Microneedling) {
            for skin in Skin::ALL {
                let mut input = needling_input(r.id);
                input.needling.skin = *skin;
                let Some((span, sources)) = sourced_depth(r, *skin) else {
                    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                    assert!(e
                        .warnings
                        .iter()
                        .any(|w| w.kind == WarningKind::NoSourcedDepth));
                    continue;
                };
                assert!(!sources.is_empty());
                input.needling.depth_hundredths_mm = span.min.clamp(DEPTH_MIN, DEPTH_MAX);
                let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                if span.contains(input.needling.depth_hundredths_mm) {
                    assert!(
                        !e.warnings
                            .iter()
                            .any(|w| w.kind == WarningKind::DepthOutsideSourcedRange),
                        "{}",
                        r.id
                    );
                }
                if span.max < DEPTH_MAX {
                    input.needling.depth_hundredths_mm = span.max + 1;
                    let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
                    let w = e
                        .warnings
                        .iter()
                        .find(|w| w.kind == WarningKind::DepthOutsideSourcedRange)
                        .unwrap();
                    assert!(w.text.contains("deeper"), "{}", w.text);
                    tested += 1;
                }
            }
        }
        assert!(
            tested > 0,
            "content should give drpen.net depths for some areas"
        );
    }

    #[test]
    fn defaults_follow_sources() {
        // Depth default: shallow end of the sourced range, else 0.5 mm.
        for r in content::REGIONS {
            for skin in Skin::ALL {
                let d = default_depth(r.id, *skin, false);
                assert!((DEPTH_MIN..=DEPTH_MAX).contains(&d));
                match sourced_depth(r, *skin) {
                    Some((s, _)) => assert_eq!(d, s.min.clamp(DEPTH_MIN, DEPTH_MAX)),
                    None => assert_eq!(d, DEPTH_FALLBACK),
                }
                assert!(default_depth(r.id, *skin, true) <= AT_HOME_MAX_DEPTH);
            }
        }
        assert_eq!(default_depth("nowhere", Skin::Thin, false), 50);
        assert_eq!(Concern::AcneScars.sessions().range, Span::new(1, 8));
        assert!(Concern::AcneScars
            .sessions()
            .sources
            .contains(&Minutilli2024));
        for c in Concern::ALL {
            let g = c.sessions();
            assert!(
                g.range.contains(g.default) && (SESSIONS_MIN..=SESSIONS_MAX).contains(&g.default)
            );
        }
    }

    #[test]
    fn typed_errors() {
        let book = PriceBook::sourced_default();
        let mut input = dermal_input("nowhere");
        input.dermal.anchors = 0;
        let errs = estimate(&input, &book).unwrap_err();
        assert!(errs.contains(&InputError::UnknownRegion {
            id: "nowhere".into()
        }));
        assert!(errs.contains(&InputError::AnchorsOutOfRange { given: 0 }));

        let input = dermal_input("forehead");
        let errs = estimate(&input, &book).unwrap_err();
        assert!(
            matches!(
                errs[0],
                InputError::RegionDoesNotSuit {
                    region: "forehead",
                    ..
                }
            ),
            "{errs:?}"
        );

        let mut input = needling_input("cheeks");
        input.needling.depth_hundredths_mm = 300;
        input.needling.sessions = 9;
        let errs = estimate(&input, &book).unwrap_err();
        assert!(errs.contains(&InputError::DepthOutOfRange {
            given_hundredths_mm: 300
        }));
        assert!(errs.contains(&InputError::SessionsOutOfRange { given: 9 }));

        let mut bad = book.clone();
        bad.needling_per_session = Some(Span::new(5, 1));
        let errs = estimate(&needling_input("cheeks"), &bad).unwrap_err();
        assert_eq!(
            errs,
            vec![InputError::PriceOutOfOrder {
                item: PriceItem::NeedlingPerSession
            }]
        );

        let long = "x".repeat(500);
        let err = estimate(&dermal_input(&long), &book).unwrap_err();
        for e in &err {
            assert!(!e.message().is_empty());
            assert!(!e.message().contains(&"x".repeat(41)));
        }
        assert!(InputError::DepthOutOfRange {
            given_hundredths_mm: 300
        }
        .message()
        .contains("3.0 mm"));
    }

    #[test]
    fn currency_formats() {
        assert_eq!(Currency::new("usd"), Ok(Currency::USD));
        assert!(
            Currency::new("US").is_err()
                && Currency::new("U$D").is_err()
                && Currency::new("ÜSD").is_err()
        );
        assert_eq!(Currency::USD.format(0), "$0");
        assert_eq!(Currency::USD.format(5), "$0.05");
        assert_eq!(Currency::USD.format(150_00), "$150");
        assert_eq!(Currency::USD.format(1_234_567_50), "$1,234,567.50");
        assert_eq!(Currency::new("JPY").unwrap().minor_digits(), 0);
        assert_eq!(Currency::new("KRW").unwrap().format(15000), "KRW 15,000");
        assert_eq!(Currency::new("JPY").unwrap().format(1500), "¥1,500");
        assert_eq!(Currency::new("KWD").unwrap().format(1500), "KWD 1.500");
        assert_eq!(Currency::new("chf").unwrap().format(80_00), "CHF 80");
        assert_eq!(Currency::GBP.format_span(Span::new(40_00, 40_00)), "£40");
        assert_eq!(
            Currency::USD.format(u64::MAX),
            "$184,467,440,737,095,516.15"
        );
        let json = serde_json::to_string(&Currency::EUR).unwrap();
        assert_eq!(json, "\"EUR\"");
        assert!(serde_json::from_str::<Currency>("\"EURO\"").is_err());
        assert_eq!(Money::new(99_99, Currency::EUR).to_string(), "€99.99");
    }

    #[test]
    fn price_book_serde_round_trip() {
        let mut book = PriceBook::studio(Currency::GBP, Some("Ink & Steel".into()));
        book.dermal_per_anchor = Some(Span::new(40_00, 60_00));
        book.jewellery
            .set(Material::Gold, Some(Span::new(80_00, 120_00)));
        let json = serde_json::to_string(&book).unwrap();
        let back: PriceBook = serde_json::from_str(&json).unwrap();
        assert_eq!(back, book);
        let mut input = dermal_input("cheekbone");
        input.dermal.material = Material::Gold;
        input.dermal.jewellery_included = false;
        input.dermal.anchors = 2;
        let c = estimate(&input, &book).unwrap().cost;
        assert!(c.studio_supplied);
        assert_eq!(c.total, Some(Span::new(240_00, 360_00)));
        assert!(c.lines.iter().all(|l| l.sources.is_empty()));
        assert!(c.notes[0].text.contains("Ink & Steel"));
        assert_eq!(c.total_text(), "£240-£360");
    }

    #[test]
    fn contraindications_are_sourced() {
        let ids = [
            "active-acne-infection",
            "skin-cancer",
            "metal-allergy",
            "bleeding",
            "isotretinoin",
            "psoriasis-eczema",
            "open-wounds",
            "radiotherapy",
            "keloid-scarring",
            "pregnancy",
            "uncontrolled-diabetes",
            "moles-warts",
            "botox-3-months",
            "fillers-12-months",
        ];
        assert_eq!(NEEDLING_CONTRAINDICATIONS.len(), ids.len());
        for (c, id) in NEEDLING_CONTRAINDICATIONS.iter().zip(ids) {
            assert_eq!(c.id, id);
            assert!(!c.sources.is_empty() && !c.who_to_ask.is_empty() && !c.why.is_empty());
        }
        let iso = NEEDLING_CONTRAINDICATIONS
            .iter()
            .find(|c| c.id == "isotretinoin")
            .unwrap();
        assert!(iso.sources.contains(&Asds2017));
        let preg = NEEDLING_CONTRAINDICATIONS
            .iter()
            .find(|c| c.id == "pregnancy")
            .unwrap();
        assert!(preg.who_to_ask.contains("obstetrician"));
    }

    #[test]
    fn summary_mentions_the_essentials() {
        let mut input = needling_input("cheeks");
        input.needling.at_home = true;
        input.needling.depth_hundredths_mm = 150;
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        let s = summary_text(&e, &input);
        assert!(s.contains("Microneedling") && s.contains(e.region_name));
        assert!(s.contains(&e.pain.text()));
        assert!(s.contains("1.5 mm") && s.contains("insurance") && s.contains("1.0 mm at most"));
        assert!(s.contains("obstetrician") || s.contains("Pregnancy"));

        let input = dermal_input("cheekbone");
        let e = estimate(&input, &PriceBook::sourced_default()).unwrap();
        let s = summary_text(&e, &input);
        assert!(s.contains("$50-$150") && s.contains("Seed 000") && s.contains("1 anchor"));
    }

    #[test]
    fn query_examples() {
        let (i, n) = EstimateInput::from_query("");
        assert_eq!(i, EstimateInput::default());
        assert!(n.is_empty());

        let (i, n) = EstimateInput::from_query(
            "?procedure=microneedling&region=cheeks&depth=1.25&sessions=5&numbing=no",
        );
        assert!(n.is_empty(), "{n:?}");
        assert_eq!(i.procedure, Procedure::Microneedling);
        assert_eq!(i.needling.depth_hundredths_mm, 125);
        assert_eq!(i.needling.sessions, 5);
        assert!(!i.needling.numbing);

        // A region alone picks its procedure.
        let (i, n) = EstimateInput::from_query("region=forehead");
        assert!(n.is_empty());
        assert_eq!(i.procedure, Procedure::Microneedling);
        assert_eq!(
            i.needling.depth_hundredths_mm,
            default_depth("forehead", Skin::Thin, false)
        );

        for (d, want) in [
            ("0.25", 25),
            ("2.5", 250),
            ("2", 200),
            ("1.05", 105),
            ("01.5", 150),
        ] {
            assert_eq!(parse_depth(d), Some(want), "{d}");
        }
        for d in [
            "", ".5", "1.", "1.255", "100", "1e308", "-3", "NaN", "1,5", "1.5.0", " 1", "inf", "+1",
        ] {
            assert_eq!(parse_depth(d), None, "{d}");
        }
        assert_eq!(depth_query(125), "1.25");
        assert_eq!(depth_query(150), "1.5");
        assert_eq!(depth_query(200), "2");
        assert_eq!(depth_query(25), "0.25");
        assert_eq!(depth_query(5), "0.05");
    }

    #[test]
    fn hostile_queries_give_notices_and_defaults() {
        let cases: &[(&str, &str)] = &[
            ("anchors=1000", "anchors"),
            ("anchors=-3", "anchors"),
            ("anchors=abc", "anchors"),
            ("anchors=0", "anchors"),
            ("anchors=1e308", "anchors"),
            ("procedure=microneedling&depth=1e308", "depth"),
            ("depth=NaN", "depth"),
            ("depth=-3", "depth"),
            ("depth=0.1", "depth"),
            ("depth=9.99", "depth"),
            ("sessions=99999999999999999999", "sessions"),
            ("sessions=0", "sessions"),
            ("region=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "region"),
            ("region=mars", "region"),
            ("procedure=tattoo", "procedure"),
            ("material=lead", "material"),
            ("top=<b>", "top"),
            ("technique=gun", "technique"),
            ("tolerance=infinite", "tolerance"),
            ("concern=everything", "concern"),
            ("skin=scales", "skin"),
            ("numbing=maybe", "numbing"),
            ("home=%00", "home"),
            ("jewellery=2", "jewellery"),
            ("procedure=dermal&region=forehead", "region"),
        ];
        for (q, field) in cases {
            let (input, notices) = EstimateInput::from_query(q);
            assert_eq!(notices.len(), 1, "{q}: {notices:?}");
            assert_eq!(notices[0].field, *field, "{q}");
            assert!(input.validate().is_ok(), "{q} gave {input:?}");
            assert!(!notices[0].message.contains('<'), "{q}");
        }
        let (i, _) = EstimateInput::from_query("anchors=1000&sessions=-1&depth=1e308");
        assert_eq!(i.dermal.anchors, 1);
        assert_eq!(i.needling.sessions, Concern::AcneScars.sessions().default);

        // Long values are never echoed.
        let long = format!("region={}", "a".repeat(41));
        let (_, n) = EstimateInput::from_query(&long);
        assert!(!n[0].message.contains(&"a".repeat(41)));
        let (_, n) = EstimateInput::from_query("region=mars");
        assert!(n[0].message.contains("\"mars\""));
    }

    fn any_tolerance() -> impl Strategy<Value = Tolerance> {
        proptest::sample::select(Tolerance::ALL)
    }

    /// Any input at all, valid or not.
    fn any_input() -> impl Strategy<Value = EstimateInput> {
        let region = prop_oneof![
            proptest::sample::select(DERMAL_IDS).prop_map(str::to_string),
            proptest::sample::select(NEEDLING_IDS).prop_map(str::to_string),
            ".{0,60}",
        ];
        (
            proptest::sample::select(Procedure::ALL.to_vec()),
            region,
            any_tolerance(),
            (
                any::<u8>(),
                proptest::sample::select(Technique::ALL),
                proptest::sample::select(Material::ALL),
                proptest::sample::select(TopStyle::ALL),
                any::<bool>(),
            ),
            (
                proptest::sample::select(Concern::ALL),
                proptest::sample::select(Skin::ALL),
                any::<u16>(),
                any::<bool>(),
                any::<u8>(),
                any::<bool>(),
            ),
        )
            .prop_map(|(procedure, region, tolerance, d, n)| EstimateInput {
                procedure,
                region,
                tolerance,
                dermal: DermalOptions {
                    anchors: d.0,
                    technique: d.1,
                    material: d.2,
                    top: d.3,
                    jewellery_included: d.4,
                },
                needling: NeedlingOptions {
                    concern: n.0,
                    skin: n.1,
                    depth_hundredths_mm: n.2,
                    numbing: n.3,
                    sessions: n.4,
                    at_home: n.5,
                },
            })
    }

    /// Inputs that pass validation (all fields in range, region suits the procedure).
    fn valid_input() -> impl Strategy<Value = EstimateInput> {
        (
            any_input(),
            any::<prop::sample::Index>(),
            ANCHORS_MIN..=ANCHORS_MAX,
            DEPTH_MIN..=DEPTH_MAX,
            SESSIONS_MIN..=SESSIONS_MAX,
        )
            .prop_map(|(mut i, idx, a, d, s)| {
                let regions = regions_for(i.procedure);
                if !regions.is_empty() {
                    i.region = regions[idx.index(regions.len())].id.to_string();
                }
                i.dermal.anchors = a;
                i.needling.depth_hundredths_mm = d;
                i.needling.sessions = s;
                i
            })
    }

    fn any_span() -> impl Strategy<Value = Option<Span<u64>>> {
        proptest::option::of(prop_oneof![
            (0u64..1_000_000, 0u64..1_000_000).prop_map(|(a, b)| Span::new(a.min(b), a.max(b))),
            (any::<u64>(), any::<u64>()).prop_map(|(a, b)| Span::new(a, b)),
        ])
    }

    fn any_book() -> impl Strategy<Value = PriceBook> {
        (
            any_span(),
            any_span(),
            any_span(),
            any_span(),
            any_span(),
            any_span(),
            any::<bool>(),
        )
            .prop_map(|(d, t, n, g, s, ns, studio)| PriceBook {
                currency: Currency::EUR,
                dermal_per_anchor: d,
                jewellery: JewelleryPrices {
                    titanium: t,
                    niobium: n,
                    gold: g,
                    implant_steel: s,
                },
                needling_per_session: ns,
                origin: if studio {
                    PriceOrigin::Studio { name: None }
                } else {
                    PriceOrigin::Sourced
                },
            })
    }

    fn total(e: &Estimate) -> Option<Span<u64>> {
        e.cost.total
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn estimate_is_total(input in any_input(), book in any_book()) {
            match estimate(&input, &book) {
                Ok(e) => {
                    prop_assert!(e.pain.range.min >= 0.0 && e.pain.range.max <= 10.0);
                    prop_assert!(e.pain.range.min <= e.pain.range.max);
                    if let Some(t) = e.cost.total { prop_assert!(t.min <= t.max); }
                    for l in &e.cost.lines {
                        if let Some(a) = l.amount { prop_assert!(a.min <= a.max); }
                    }
                    let _ = summary_text(&e, &input);
                }
                Err(errs) => {
                    prop_assert!(!errs.is_empty());
                    for e in errs { prop_assert!(!e.message().is_empty()); }
                }
            }
        }

        #[test]
        fn valid_inputs_always_estimate(input in valid_input()) {
            prop_assert!(estimate(&input, &PriceBook::sourced_default()).is_ok());
        }

        #[test]
        fn more_anchors_never_cost_less(input in valid_input(), book in any_book(), a in 1u8..=10, b in 1u8..=10) {
            let (lo, hi) = (a.min(b), a.max(b));
            let mut i = input;
            i.procedure = Procedure::Dermal;
            i.region = default_region(Procedure::Dermal).to_string();
            i.dermal.anchors = lo;
            let Ok(x) = estimate(&i, &book) else { return Ok(()) };
            i.dermal.anchors = hi;
            let y = estimate(&i, &book).unwrap();
            match (total(&x), total(&y)) {
                (Some(x), Some(y)) => prop_assert!(y.min >= x.min && y.max >= x.max),
                (x, y) => prop_assert_eq!(x.is_none(), y.is_none()),
            }
        }

        #[test]
        fn more_sessions_never_cost_less(input in valid_input(), book in any_book(), a in 1u8..=8, b in 1u8..=8) {
            let (lo, hi) = (a.min(b), a.max(b));
            let mut i = input;
            i.procedure = Procedure::Microneedling;
            i.region = default_region(Procedure::Microneedling).to_string();
            i.needling.sessions = lo;
            let Ok(x) = estimate(&i, &book) else { return Ok(()) };
            i.needling.sessions = hi;
            let y = estimate(&i, &book).unwrap();
            match (total(&x), total(&y)) {
                (Some(x), Some(y)) => prop_assert!(y.min >= x.min && y.max >= x.max),
                (x, y) => prop_assert_eq!(x.is_none(), y.is_none()),
            }
        }

        #[test]
        fn numbing_never_raises_pain(input in valid_input()) {
            let mut i = input;
            i.procedure = Procedure::Microneedling;
            let regions = regions_for(Procedure::Microneedling);
            if !regions.iter().any(|r| r.id == i.region) { i.region = default_region(Procedure::Microneedling).to_string(); }
            i.needling.numbing = false;
            let without = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
            i.needling.numbing = true;
            let with = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
            prop_assert!(with.min <= without.min && with.max <= without.max);
        }

        #[test]
        fn deeper_never_hurts_less(input in valid_input(), a in DEPTH_MIN..=DEPTH_MAX, b in DEPTH_MIN..=DEPTH_MAX) {
            let mut i = input;
            i.procedure = Procedure::Microneedling;
            let regions = regions_for(Procedure::Microneedling);
            if !regions.iter().any(|r| r.id == i.region) { i.region = default_region(Procedure::Microneedling).to_string(); }
            i.needling.depth_hundredths_mm = a.min(b);
            let shallow = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
            i.needling.depth_hundredths_mm = a.max(b);
            let deep = estimate(&i, &PriceBook::sourced_default()).unwrap().pain.range;
            prop_assert!(deep.min >= shallow.min && deep.max >= shallow.max);
        }

        #[test]
        fn query_round_trips(input in valid_input()) {
            let q = input.to_query();
            let (back, notices) = EstimateInput::from_query(&q);
            prop_assert!(notices.is_empty(), "{:?}", notices);
            prop_assert_eq!(back, input);
        }

        #[test]
        fn any_query_is_safe(q in ".{0,200}") {
            let (input, notices) = EstimateInput::from_query(&q);
            prop_assert!(input.validate().is_ok());
            for n in notices {
                prop_assert!(n.message.chars().count() < 200);
                prop_assert!(!n.message.contains('<') && !n.message.contains('>'));
            }
        }

        #[test]
        fn any_value_in_any_field_is_safe(key in proptest::sample::select(vec![
            "procedure", "region", "anchors", "technique", "material", "top", "jewellery", "concern",
            "skin", "depth", "numbing", "sessions", "tolerance", "home",
        ]), value in ".{0,80}") {
            let q = format!("{key}={}", query::encode(&value));
            let (input, notices) = EstimateInput::from_query(&q);
            prop_assert!(input.validate().is_ok());
            prop_assert!(notices.len() <= 1);
            for n in &notices {
                prop_assert_eq!(n.field, key);
                if value.chars().count() > ECHO_MAX {
                    prop_assert!(!n.message.contains(value.as_str()));
                }
            }
        }
    }
}
