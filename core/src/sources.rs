//! Every source a fact in Dermamap may cite. Seeds are the project's source articles
//! (`shared/seeds/`); the others come from the research notes (`shared/research/domain-facts.md`).
//! A URL is given only where the notes name the site; journal papers are cited by reference.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum SourceId {
    /// Seed 000: "Micro Dermal Piercing" article.
    Seed000,
    /// Seed 001: Body Piercing Hub's dermal guide, by a professional piercer.
    Seed001,
    /// Seed 002: "How do you define micro-needling?" (cites Dermapen and the AAD).
    Seed002,
    /// Seed 003: "What is Microneedling?" (Fillers Direct).
    Seed003,
    /// Seed 004: "What is micro needling" (dermaroller guide).
    Seed004,
    /// Association of Professional Piercers / safepiercing.org.au jewellery and aftercare standards.
    App,
    BerlinPiercing,
    BiologyInsights,
    TattooPiercer,
    QueenOfRings,
    CentralBodyArt,
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
    /// Published piercing pain charts: editors' estimates, low authority (research notes).
    PainCharts,
    /// Small clinical pain studies of microneedling summarised in the research notes.
    NeedlingPainStudies,
}

/// What kind of source it is, so the app can say how much weight it carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// One of the project's seed articles.
    Seed,
    /// Professional body, regulator or peer-reviewed journal.
    Professional,
    /// Studio, vendor or editorial page: lower confidence.
    Vendor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: SourceId,
    pub title: &'static str,
    /// Seed file name, for seeds.
    pub file: Option<&'static str>,
    pub url: Option<&'static str>,
    pub kind: SourceKind,
}

use SourceId::*;
use SourceKind::*;

pub static SOURCES: &[Source] = &[
    Source { id: Seed000, title: "Source article “Micro Dermal Piercing” (the text names no publisher): procedure, risks, pain, healing, aftercare, jewellery and cost", file: Some("000_576f7309695d2130.txt"), url: None, kind: Seed },
    Source { id: Seed001, title: "Body Piercing Hub: dermal piercing guide, written by a professional body piercer", file: Some("001_f08e84c95376fbfe.txt"), url: None, kind: Seed },
    Source { id: Seed002, title: "Source article “How do you define micro-needling?” (the text names no publisher; it cites Dermapen and the AAD): benefits, areas, cost, risks and home rollers", file: Some("002_c982ed294b9ee435.txt"), url: None, kind: Seed },
    Source { id: Seed003, title: "Fillers Direct: “What is Microneedling?”", file: Some("003_9e2de675fac95b60.txt"), url: None, kind: Seed },
    Source { id: Seed004, title: "Source article “What is micro needling” (the text names no publisher): who needs it, who should avoid it, the procedure", file: Some("004_4c11eca2259bed73.txt"), url: None, kind: Seed },
    Source { id: App, title: "Association of Professional Piercers jewellery and aftercare standards (safepiercing.org.au)", file: None, url: Some("https://safepiercing.org.au/"), kind: Professional },
    Source { id: BerlinPiercing, title: "Berlin Piercing studio: dermal anchor healing", file: None, url: Some("https://berlin-piercing.de/"), kind: Vendor },
    Source { id: BiologyInsights, title: "Biology Insights: dermal anchor healing", file: None, url: Some("https://biologyinsights.com/"), kind: Vendor },
    Source { id: TattooPiercer, title: "tattoopiercer.com: how long dermals last", file: None, url: Some("https://tattoopiercer.com/"), kind: Vendor },
    Source { id: QueenOfRings, title: "Queen of Rings: dermal placement and rejection", file: None, url: Some("https://queenofrings.nl/"), kind: Vendor },
    Source { id: CentralBodyArt, title: "Central Body Art: signs of dermal rejection", file: None, url: Some("https://centralbodyart.ca/"), kind: Vendor },
    Source { id: RetailGazette, title: "Retail Gazette: dermal piercing prices", file: None, url: Some("https://www.retailgazette.co.uk/"), kind: Vendor },
    Source { id: MuseumOfTattoos, title: "Museum of Tattoos: dermal piercing cost", file: None, url: Some("https://museumoftattoos.com/"), kind: Vendor },
    Source { id: DrPen, title: "Dr. Pen needle depth guide", file: None, url: Some("https://drpen.net/"), kind: Vendor },
    Source { id: Aad2018, title: "American Academy of Dermatology (2018): in-office microneedling versus home rollers", file: None, url: Some("https://www.aad.org/"), kind: Professional },
    Source { id: Minutilli2024, title: "Minutilli et al., Journal of Drugs in Dermatology (2024): microneedling sessions for acne scars", file: None, url: None, kind: Professional },
    Source { id: SdBotox, title: "sdbotox.com: microneedling cost", file: None, url: Some("https://sdbotox.com/"), kind: Vendor },
    Source { id: BalanceDaySpa, title: "Balance Day Spa: microneedling contraindications", file: None, url: Some("https://balancedayspa.com/"), kind: Vendor },
    Source { id: Asds2017, title: "ASDS task force (2017): procedures during or after isotretinoin", file: None, url: None, kind: Professional },
    Source { id: Luz2017, title: "Luz et al. (2017) and related small studies: microneedling pain with and without numbing cream", file: None, url: None, kind: Professional },
    Source { id: Fda2020, title: "US FDA final guidance (November 2020): microneedling devices, Class II (21 CFR 878.4430)", file: None, url: Some("https://www.fda.gov/"), kind: Professional },
    Source { id: PainCharts, title: "Published piercing pain charts (editors' estimates, no survey data)", file: None, url: None, kind: Vendor },
    Source { id: NeedlingPainStudies, title: "Small clinical studies of microneedling pain by depth and area (n = 15 and n = 26)", file: None, url: None, kind: Professional },
];

impl SourceId {
    pub fn source(self) -> &'static Source {
        // Every id has exactly one entry; a host test proves it.
        SOURCES
            .iter()
            .find(|s| s.id == self)
            .expect("every SourceId has an entry in SOURCES")
    }

    /// Short label for inline citations: the publisher or site, or the article's title where
    /// its text names no publisher, e.g. "Body Piercing Hub" or "drpen.net".
    pub fn short(self) -> &'static str {
        match self {
            Seed000 => "“Micro Dermal Piercing”",
            Seed001 => "Body Piercing Hub",
            Seed002 => "“How do you define micro-needling?”",
            Seed003 => "Fillers Direct",
            Seed004 => "“What is micro needling”",
            App => "APP",
            BerlinPiercing => "berlin-piercing.de",
            BiologyInsights => "biologyinsights.com",
            TattooPiercer => "tattoopiercer.com",
            QueenOfRings => "queenofrings.nl",
            CentralBodyArt => "centralbodyart.ca",
            RetailGazette => "Retail Gazette",
            MuseumOfTattoos => "museumoftattoos.com",
            DrPen => "drpen.net",
            Aad2018 => "AAD 2018",
            Minutilli2024 => "Minutilli 2024",
            SdBotox => "sdbotox.com",
            BalanceDaySpa => "balancedayspa.com",
            Asds2017 => "ASDS 2017",
            Luz2017 => "Luz 2017",
            Fda2020 => "FDA 2020",
            PainCharts => "Pain charts",
            NeedlingPainStudies => "Pain studies",
        }
    }

    /// Stable anchor on the /about page, so a citation can link to its entry. The source
    /// articles keep the anchors they always had (links to them exist); the others follow
    /// their short name.
    pub fn anchor(self) -> String {
        let key = match self {
            Seed000 => "seed-000",
            Seed001 => "seed-001",
            Seed002 => "seed-002",
            Seed003 => "seed-003",
            Seed004 => "seed-004",
            _ => self.short(),
        };
        format!("src-{}", key.to_ascii_lowercase().replace([' ', '.'], "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_listed_once() {
        for s in SOURCES {
            assert_eq!(
                SOURCES.iter().filter(|o| o.id == s.id).count(),
                1,
                "{:?}",
                s.id
            );
            assert_eq!(s.id.source().id, s.id);
            assert!(!s.title.is_empty());
            assert_eq!(s.kind == Seed, s.file.is_some(), "{:?}", s.id);
        }
        assert_eq!(SOURCES.len(), 23);
    }

    #[test]
    fn seed_files_exist_with_those_names() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
        if !dir.exists() {
            return; // the shared folder is beside the checkout only on the team's machines
        }
        for s in SOURCES.iter().filter_map(|s| s.file) {
            assert!(dir.join(s).exists(), "seed {s} missing");
        }
    }

    /// Readers see sources by their real names, never by the project's file names or ids.
    #[test]
    fn readers_never_see_internal_source_names() {
        for s in SOURCES {
            for shown in [s.id.short(), s.title] {
                let lower = shown.to_lowercase();
                assert!(
                    !lower.contains("seed") && !lower.contains(".txt"),
                    "{:?}: {shown}",
                    s.id
                );
            }
        }
    }
}
