//! Where a page's state lives and where its links lead, decided once for the whole tree.
//!
//! On the site, a page's choices live in its address (`/map/nape`, `/estimator?…`): links
//! navigate, and the estimator writes its choices back so they can be shared. In a studio's
//! embed the address belongs to the host page and never changes: the choices live in the
//! embed's own signals ([`EmbedNav`]), links between the tools switch tabs, and links anywhere
//! else open the full guide. Pages ask [`Nav`] and never look at which of the two they are in.

use dermamap_core::content::RegionId;
use dermamap_core::Procedure;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

mod embed_nav;

use crate::device::{when_device_ready, DeviceReady};
use crate::site::SiteBase;
use crate::site_map::Page;
pub use embed_nav::EmbedNav;

/// A page and its choices as a query, for the address to show.
type Shown = (Page, Box<dyn Fn() -> String>);

/// The one navigation context, provided by the app (site) or by the embed.
#[derive(Clone, Copy)]
pub struct Nav {
    base: StoredValue<SiteBase>,
    embed: Option<EmbedNav>,
}

/// A tool whose starting choices come from a link (`?procedure=…&region=…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tool {
    Estimator,
    Aftercare,
}

/// Whose storage the device keeps the aftercare plans in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageScope {
    /// The guide's own: the same plans on every page of the guide and in the installed app.
    Guide,
    /// A host site's partition (an embed in another site's page): only there.
    HostSite(String),
}

impl Nav {
    /// The site's navigation: state in the address under `base`.
    pub fn site(base: SiteBase) -> Self {
        Nav {
            base: StoredValue::new(base),
            embed: None,
        }
    }

    /// The embed's navigation: state in `embed`, links switch its tabs.
    pub fn embedded(base: SiteBase, embed: EmbedNav) -> Self {
        Nav {
            base: StoredValue::new(base),
            embed: Some(embed),
        }
    }

    /// The context in scope (the site's, if none was provided, as in isolated tests).
    pub fn get() -> Self {
        use_context::<Nav>().unwrap_or_else(|| {
            Nav::site(use_context::<SiteBase>().unwrap_or_else(|| SiteBase::new("")))
        })
    }

    /// An app path ("/estimator") as a link under the site's base.
    pub fn href(&self, app_path: &str) -> String {
        self.base.with_value(|b| b.href(app_path))
    }

    /// Whether the address follows the page's choices (a link to it can be shared).
    pub fn address_follows(&self) -> bool {
        self.embed.is_none()
    }

    /// The full guide's address, for "open the full guide" where the page is not it.
    pub fn full_guide(&self) -> Option<String> {
        self.embed.map(|nav| nav.full_guide.get_value())
    }

    /// Where saved plans are kept, for the words the aftercare page shows.
    pub fn storage_scope(&self) -> StorageScope {
        match self.embed.and_then(|nav| nav.partitioned_for()) {
            Some(host) => StorageScope::HostSite(host),
            None => StorageScope::Guide,
        }
    }

    /// The query a tool starts from (`procedure=dermal&region=nape`), read once. None from
    /// the address while the app hydrates (the prerendered page was rendered without one).
    pub fn start_query(&self, tool: Tool) -> String {
        match self.embed {
            Some(nav) => embed_query(nav, tool).get_untracked(),
            None if !DeviceReady::now() => String::new(),
            None => {
                let search = use_location().search.get_untracked();
                search.trim_start_matches('?').to_string()
            }
        }
    }

    /// Runs `apply` with the tool's new query each time a link inside the page opens the
    /// tool again with other choices. On the site such a link is a new page, so never.
    pub fn on_link_query(&self, tool: Tool, apply: impl Fn(String) + 'static) {
        if let Some(nav) = self.embed {
            Effect::new(move |first_done: Option<()>| {
                let q = embed_query(nav, tool).get();
                if first_done.is_some() {
                    apply(q);
                }
            });
        }
    }

    /// A page built while the app hydrated started from no query ([`Nav::start_query`]): on
    /// the site, runs `open_link` with the address's query once it may be read.
    pub fn on_start_query(&self, open_link: impl Fn(String) + 'static) {
        self.follow_address(open_link, None);
    }

    /// Shows a tool's current choices in the address, replacing the entry (the site only).
    /// As [`Nav::on_start_query`] first: the address follows the page only once the page has
    /// taken the address's choices.
    pub fn show_query(
        &self,
        page: Page,
        open_link: impl Fn(String) + 'static,
        query: impl Fn() -> String + 'static,
    ) {
        self.follow_address(open_link, Some((page, Box::new(query))));
    }

    fn follow_address(&self, open_link: impl Fn(String) + 'static, show: Option<Shown>) {
        if self.embed.is_some() {
            return;
        }
        let navigate = use_navigate();
        let location = use_location();
        let built_without_address = !DeviceReady::now();
        when_device_ready(move || {
            if built_without_address {
                let search = location.search.get_untracked();
                open_link(search.trim_start_matches('?').to_string());
            }
            // Only now: the page has the address's choices.
            if let Some((page, query)) = show {
                Effect::new(move |_| {
                    navigate(
                        &format!("{}?{}", page.path(), query()),
                        NavigateOptions {
                            replace: true,
                            scroll: false,
                            ..Default::default()
                        },
                    );
                });
            }
        });
    }

    /// The one procedure a page is limited to (a studio that offers only one), if any.
    /// Tracked: an embed learns it once the app runs.
    pub fn procedure_filter(&self) -> Option<Procedure> {
        self.embed.and_then(|nav| nav.services.get().only())
    }

    /// The map's selected region: the embed's, or the one in the address (`address`, which
    /// the map's child route reads).
    pub fn selected_region(&self, address: RwSignal<Option<String>>) -> Memo<Option<String>> {
        let embed = self.embed;
        Memo::new(move |_| match embed {
            Some(nav) => nav.region.get(),
            None => address.get(),
        })
    }

    /// What a tap on a region does. In the embed the selection changes at once. On the
    /// site the map shows the tapped region as `pending` and the address follows after the
    /// frame is painted; `pending` is cleared once `confirmed` (the address) has caught up.
    pub fn region_selector(
        &self,
        confirmed: Memo<Option<String>>,
        pending: RwSignal<Option<RegionId>>,
    ) -> Callback<RegionId> {
        if let Some(nav) = self.embed {
            return Callback::new(move |id: RegionId| nav.region.set(Some(id.to_string())));
        }
        let navigate = use_navigate();
        // Navigations scheduled but not yet made.
        let in_flight = StoredValue::new(0u32);
        // The address changed (ours arrived, or back/forward, or a link): it is the
        // selection again, unless a later tap is still on its way.
        Effect::new(move |_| {
            let now = confirmed.get();
            let arrived = pending
                .get_untracked()
                .is_some_and(|p| now.as_deref() == Some(p.slug()));
            if pending.get_untracked().is_some() && (arrived || in_flight.get_value() == 0) {
                pending.set(None);
            }
        });
        Callback::new(move |id: RegionId| {
            pending.set(Some(id));
            in_flight.update_value(|n| *n += 1);
            // pushState and the title change cost the browser several milliseconds on a
            // slow phone: make them after the panel is painted, each tap still its own
            // history entry.
            let navigate = navigate.clone();
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        // Gone if the page was left in the meantime: then stay there.
                        if in_flight
                            .try_update_value(|n| *n = n.saturating_sub(1))
                            .is_some()
                        {
                            // The page stays where it is: the map brings the panel
                            // into view itself where it is out of sight.
                            navigate(
                                &Page::Region(id).path(),
                                NavigateOptions {
                                    scroll: false,
                                    ..Default::default()
                                },
                            );
                        }
                    },
                    std::time::Duration::ZERO,
                );
            });
        })
    }
}

fn embed_query(nav: EmbedNav, tool: Tool) -> RwSignal<String> {
    match tool {
        Tool::Estimator => nav.estimator_query,
        Tool::Aftercare => nav.aftercare_query,
    }
}
