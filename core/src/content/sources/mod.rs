//! Every source a fact in Dermamap may cite: what it is, who published it, how much weight it
//! carries and where to find it. The list itself is [`list::SOURCES`].
//!
//! The seed articles (`shared/seeds/`) are saved web pages without addresses: each is cited by
//! the title and publisher its text shows, and where its text names no publisher it says so.
//! The others come from the research notes (`shared/research/domain-facts.md`). A link is given
//! only where it is known; journal papers are cited by journal, year and size.

use crate::locale::Text;
mod evidence;
mod kind;
mod list;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

pub use evidence::Evidence;
pub use kind::SourceKind;
pub use list::SOURCES;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SourceId {
    /// Seed article 000: “Micro Dermal Piercing” (no publisher named).
    Seed000,
    /// Seed article 001: Body Piercing Hub's dermal guide, by a body piercer.
    Seed001,
    /// Seed article 002: “How do you define micro-needling?” (no publisher named).
    Seed002,
    /// Seed article 003: Fillers Direct, “What is Microneedling?”.
    Seed003,
    /// Seed article 004: “What is micro needling” (no publisher named).
    Seed004,
    /// Association of Professional Piercers (US, safepiercing.org): “Jewelry Standards”.
    App,
    /// The APP's brochure “Suggested Aftercare Guidelines for Body Piercings”.
    AppAftercare,
    /// Australasian United Professional Piercers (safepiercing.org.au): “Safe Body Jewellery”.
    Aupp,
    /// APP Benelux: “Is my piercing infected?”.
    AppBenelux,
    /// NHS: “Piercings”.
    Nhs,
    BerlinPiercing,
    BiologyInsights,
    TattooPiercer,
    QueenOfRings,
    CentralBodyArt,
    /// Elayne Angel's blog, The Piercing Bible: anchors that tilt or surface and reject.
    PiercingBible,
    /// bodyjewelry.com's blog: signs that a dermal is rejecting.
    BodyJewelry,
    RetailGazette,
    MuseumOfTattoos,
    DrPen,
    Aad2018,
    Minutilli2024,
    SdBotox,
    BalanceDaySpa,
    Asds2017,
    Luz2017,
    Fda2020,
    /// winenfood.com's article that puts a dermal at 4 to 6 out of 10.
    WinenfoodPainLevel,
    /// winenfood.com's article that puts a dermal at 3 to 5 out of 10.
    WinenfoodPainExpectations,
    /// The acne-scar pain study of 15 people (2.5 mm), as reported by Healio.
    PainStudyAcneScars,
    /// The face-against-neck pain study of 26 women (1.25 mm), Medicina (Kaunas) 2026.
    PainStudyFaceNeck,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: SourceId,
    /// Short name for inline citations: the publisher or site, or the article's title in
    /// quotes where its text names no publisher.
    pub short: &'static str,
    /// The article's or page's own title, or what it is where its title is not known.
    pub title: Title,
    /// Publisher, site or authors, with what they are; `None` where the text names none.
    /// Translated: the names stay, the words around them are the reader's language.
    pub publisher: Option<Text>,
    pub kind: SourceKind,
    pub url: Option<&'static str>,
    /// What Dermamap takes from it, in a few words.
    pub covers: Text,
    /// The anchor of its entry on the sources page (`#src-<anchor>`).
    pub anchor: &'static str,
    /// The seed file it was saved as, for the project's own checks: never shown.
    pub file: Option<&'static str>,
}

impl SourceId {
    pub fn source(self) -> &'static Source {
        // Every id has exactly one entry; a host test proves it.
        SOURCES
            .iter()
            .find(|s| s.id == self)
            .expect("every SourceId has an entry in SOURCES")
    }

    /// Short label for inline citations, e.g. "Body Piercing Hub" or "drpen.net".
    pub fn short(self) -> &'static str {
        self.source().short
    }

    /// The id of its entry on the sources page, e.g. `src-body-piercing-hub`.
    pub fn anchor(self) -> String {
        format!("src-{}", self.source().anchor)
    }

    /// Whether readers should weigh it less: studio, vendor and editorial pages.
    pub fn lower_confidence(self) -> bool {
        self.source().kind.lower_confidence()
    }
}

impl Source {
    /// The texts only its entry on the sources page shows: what it covers, its publisher's
    /// line and a described title. (The citations elsewhere show its short name.)
    pub fn entry_texts(&self) -> impl Iterator<Item = Text> {
        let described = match self.title {
            Title::Described(d) | Title::OwnWithNote(_, d) => Some(d),
            Title::Own(_) => None,
        };
        [Some(self.covers), self.publisher, described]
            .into_iter()
            .flatten()
    }
}

/// A source's title: its own, in quotes and as it was published (never translated), perhaps
/// with a note of Dermamap's on what it is (translated); or Dermamap's description of it
/// where its title is not known (translated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Title {
    Own(&'static str),
    /// Its own title, and what it is or when it was published ("brochure", "November 2020").
    OwnWithNote(&'static str, Text),
    Described(Text),
}

impl Title {
    /// As the reader sees it: its own title as published, Dermamap's words in the reader's
    /// language.
    pub fn shown(self) -> String {
        match self {
            Title::Own(t) => t.to_string(),
            Title::OwnWithNote(t, note) => format!("{t} ({})", crate::locale::tr(note)),
            Title::Described(d) => crate::locale::tr(d).to_string(),
        }
    }

    /// Its own title, where it has one.
    pub fn own(self) -> Option<&'static str> {
        match self {
            Title::Own(t) | Title::OwnWithNote(t, _) => Some(t),
            Title::Described(_) => None,
        }
    }

    /// In English: the text the project's checks read (host builds only, like [`Text::en`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn en(self) -> String {
        match self {
            Title::Own(t) => t.to_string(),
            Title::OwnWithNote(t, note) => format!("{t} ({})", note.en()),
            Title::Described(d) => d.en().to_string(),
        }
    }
}
