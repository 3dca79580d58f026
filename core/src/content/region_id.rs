//! Which region of the map: a closed vocabulary, so that every list that names regions (the
//! content, the figure's shapes, stored plans' regions) is checked by the compiler and by an
//! exhaustive test instead of agreeing by spelling. The id is the region's address
//! (`/map/<id>`) and how stored data names it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! region_ids {
    ($($variant:ident => $slug:literal,)+) => {
        /// A region of the map, in map order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RegionId {
            $($variant,)+
        }

        impl RegionId {
            /// Every region, in map order.
            pub const ALL: &'static [RegionId] = &[$(RegionId::$variant,)+];

            /// Its stable id: lowercase ASCII letters and '-', used in addresses and storage.
            pub fn slug(self) -> &'static str {
                match self {
                    $(RegionId::$variant => $slug,)+
                }
            }
        }
    };
}

region_ids! {
    Cheekbone => "cheekbone",
    UnderEye => "under-eye",
    ThirdEye => "third-eye",
    Nape => "nape",
    BackDimples => "back-dimples",
    Collarbone => "collarbone",
    Sternum => "sternum",
    Belly => "belly",
    Hip => "hip",
    Finger => "finger",
    Hand => "hand",
    Wrist => "wrist",
    Thigh => "thigh",
    Forehead => "forehead",
    AroundEyes => "around-eyes",
    Cheeks => "cheeks",
    ChinJaw => "chin-jaw",
    Nose => "nose",
    Neck => "neck",
    Abdomen => "abdomen",
    Thighs => "thighs",
    Legs => "legs",
    Scars => "scars",
    Back => "back",
    Scalp => "scalp",
}

impl RegionId {
    /// The region with exactly this id (addresses and stored data are case-sensitive).
    pub fn from_slug(s: &str) -> Option<RegionId> {
        RegionId::ALL.iter().copied().find(|r| r.slug() == s)
    }
}

impl AsRef<str> for RegionId {
    fn as_ref(&self) -> &str {
        self.slug()
    }
}

impl PartialEq<&str> for RegionId {
    fn eq(&self, other: &&str) -> bool {
        self.slug() == *other
    }
}

impl PartialEq<String> for RegionId {
    fn eq(&self, other: &String) -> bool {
        self.slug() == other
    }
}

impl std::fmt::Display for RegionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.slug())
    }
}

impl Serialize for RegionId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.slug())
    }
}

impl<'de> Deserialize<'de> for RegionId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RegionId::from_slug(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown region {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_url_safe_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for r in RegionId::ALL {
            assert!(seen.insert(r.slug()), "{r} twice");
            assert!(
                r.slug()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{r}"
            );
            assert_eq!(RegionId::from_slug(r.slug()), Some(*r));
        }
        assert_eq!(RegionId::from_slug("NAPE"), None);
        assert_eq!(RegionId::from_slug(""), None);
    }
}
