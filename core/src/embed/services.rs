//! Which of the studio's services the embed is about, and the tab it opens on.

use crate::model::Procedure;

slug_enum! {
    /// Which of the studio's services the embed is about.
    #[derive(Default)]
    Services {
        #[default]
        Both => "both", "Both";
        Dermal => "dermal", "Micro-dermal piercings only";
        Microneedling => "microneedling", "Microneedling only";
    }
}

impl Services {
    /// The one procedure offered, if the studio offers only one.
    pub fn only(self) -> Option<Procedure> {
        match self {
            Services::Both => None,
            Services::Dermal => Some(Procedure::Dermal),
            Services::Microneedling => Some(Procedure::Microneedling),
        }
    }

    pub fn includes(self, p: Procedure) -> bool {
        self.only().is_none_or(|only| only == p)
    }
}

slug_enum! {
    /// The tab the embed opens on.
    #[derive(Default)]
    EmbedTab {
        #[default]
        Map => "map", "Body map";
        Estimator => "estimator", "Estimator";
        Aftercare => "aftercare", "Aftercare";
    }
}

// ---------------------------------------------------------------------------------------------
// Colour and contrast (WCAG 2)
