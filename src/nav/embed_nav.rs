//! The embed's own navigation state: which tab is open and what each tool was last asked to
//! show, since the embed never changes its address.

use dermamap_core::embed::{EmbedTab, Services};
use leptos::prelude::*;

use crate::device::framing::Framing;

/// Set by the embed for the pages inside it: their state lives here instead of in the
/// address, so selecting a region or following a link between tools stays in the embed.
#[derive(Clone, Copy)]
pub struct EmbedNav {
    pub tab: RwSignal<EmbedTab>,
    /// Tabs opened so far: each is built the first time it opens and kept after that.
    opened: RwSignal<Vec<EmbedTab>>,
    /// The map's selected region.
    pub region: RwSignal<Option<String>>,
    /// The estimator's choices, as its query (`procedure=dermal&region=nape`).
    pub estimator_query: RwSignal<String>,
    /// The aftercare form's starting choices, as a query (`procedure=…&region=…`).
    pub aftercare_query: RwSignal<String>,
    /// What the studio offers (all, until its settings are read).
    pub services: RwSignal<Services>,
    pub framing: StoredValue<Framing>,
    /// The full guide, absolute, for "open the full guide" links.
    pub full_guide: StoredValue<String>,
}

impl EmbedNav {
    /// The state an embed starts with: its opening tab, and each tool's choices limited to
    /// the one procedure a studio offers, if it offers only one.
    pub fn new(tab: EmbedTab, services: Services, framing: Framing, full_guide: String) -> Self {
        let procedure_query = procedure_query(services);
        EmbedNav {
            tab: RwSignal::new(tab),
            opened: RwSignal::new(vec![tab]),
            region: RwSignal::new(None),
            estimator_query: RwSignal::new(procedure_query.clone()),
            aftercare_query: RwSignal::new(procedure_query),
            services: RwSignal::new(services),
            framing: StoredValue::new(framing),
            full_guide: StoredValue::new(full_guide),
        }
    }

    /// The studio's settings, read once the app runs (the embed was hydrated as a first visit
    /// sees it, with none): its opening tab and services, the frame, the full guide's address.
    /// Tabs already built stay built.
    pub fn start_over(
        &self,
        tab: EmbedTab,
        services: Services,
        framing: Framing,
        full_guide: String,
    ) {
        if self.services.get_untracked() != services {
            let q = procedure_query(services);
            self.estimator_query.set(q.clone());
            self.aftercare_query.set(q);
            self.services.set(services);
        }
        self.framing.set_value(framing);
        self.full_guide.set_value(full_guide);
        if self.tab.get_untracked() != tab {
            self.open(tab);
        }
    }

    pub fn open(&self, t: EmbedTab) {
        if !self.opened.with_untracked(|o| o.contains(&t)) {
            self.opened.update(|o| o.push(t));
        }
        self.tab.set(t);
    }

    pub fn is_opened(&self, t: EmbedTab) -> bool {
        self.opened.with(|o| o.contains(&t))
    }

    /// The host site the embed's storage belongs to, when it is not the full guide's.
    pub fn partitioned_for(&self) -> Option<String> {
        match self.framing.get_value() {
            Framing::CrossSite { host } => {
                Some(host.unwrap_or_else(|| tr!("the site showing it").into()))
            }
            _ => None,
        }
    }
}

/// Each tool's starting choices for a studio that offers only one procedure.
fn procedure_query(services: Services) -> String {
    services
        .only()
        .map(|p| format!("procedure={}", p.slug()))
        .unwrap_or_default()
}
