//! Every address the guide answers with a page of its own, from the same types the routes
//! match (regions, procedures). The prerender renders each to HTML at build time and
//! sitemap.xml lists them; a page missing here is a page that exists only after the wasm.

use dermamap_core::content::RegionId;
use dermamap_core::Procedure;

/// The attribute of index.html's `#boot` that names the app path the prerender rendered
/// into it (`data-prerendered-for="/map/nape"`): the app hydrates that markup only on that
/// address. The not-found page carries none, so it is always rendered afresh.
pub const PRERENDERED_FOR: &str = "data-prerendered-for";

/// The words of the guide's addresses: one definition for the route tree in `App` (which
/// matches them), [`Page::path`] (which writes them) and [`Page::at`] (which reads them).
pub mod segment {
    /// `/map/<region>`
    pub const MAP: &str = "map";
    /// The route parameter naming the region (`/map/:id`).
    pub const REGION_PARAM: &str = "id";
    /// `/estimator`
    pub const ESTIMATOR: &str = "estimator";
    /// `/aftercare`
    pub const AFTERCARE: &str = "aftercare";
    /// `/about` and `/about/<procedure>`
    pub const ABOUT: &str = "about";
    /// The route parameter naming the procedure (`/about/:procedure`).
    pub const PROCEDURE_PARAM: &str = "procedure";
    /// `/sources`
    pub const SOURCES: &str = "sources";
    /// `/studio`
    pub const STUDIO: &str = "studio";
    /// `/embed`
    pub const EMBED: &str = "embed";
}

/// A page of the guide, as its address names it (the app path: no site base, no language).
/// The route tree in `App` matches the same addresses; the prerender renders each page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// `/`
    Map,
    /// `/map/<region>`
    Region(RegionId),
    /// `/estimator`
    Estimator,
    /// `/aftercare`
    Aftercare,
    /// `/about`
    About,
    /// `/about/<procedure>`
    AboutProcedure(Procedure),
    /// `/sources`
    Sources,
    /// `/studio`
    Studio,
    /// `/embed`: a studio's frame
    Embed,
}

impl Page {
    /// Every page, in the site's order. The not-found page is not an address: the prerender
    /// writes it apart (404.html).
    pub fn all() -> Vec<Page> {
        let mut pages = vec![Page::Map];
        pages.extend(RegionId::ALL.iter().map(|r| Page::Region(*r)));
        pages.extend([Page::Estimator, Page::Aftercare, Page::About]);
        pages.extend(Procedure::ALL.map(Page::AboutProcedure));
        pages.extend([Page::Sources, Page::Studio, Page::Embed]);
        pages
    }

    /// Its app path ("/", "/map/nape", "/about/dermal").
    pub fn path(self) -> String {
        use segment::*;
        match self {
            Page::Map => "/".into(),
            Page::Region(r) => format!("/{MAP}/{}", r.slug()),
            Page::Estimator => format!("/{ESTIMATOR}"),
            Page::Aftercare => format!("/{AFTERCARE}"),
            Page::About => format!("/{ABOUT}"),
            Page::AboutProcedure(p) => format!("/{ABOUT}/{}", p.slug()),
            Page::Sources => format!("/{SOURCES}"),
            Page::Studio => format!("/{STUDIO}"),
            Page::Embed => format!("/{EMBED}"),
        }
    }

    /// The page at an app path (a trailing slash allowed), or None where the guide has no
    /// page (an unknown region or procedure included).
    pub fn at(app_path: &str) -> Option<Page> {
        use segment::*;
        let trimmed = app_path.trim_matches('/');
        let (first, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
        Some(match (first, rest) {
            ("", "") => Page::Map,
            (MAP, id) => Page::Region(RegionId::from_slug(id)?),
            (ESTIMATOR, "") => Page::Estimator,
            (AFTERCARE, "") => Page::Aftercare,
            (ABOUT, "") => Page::About,
            (ABOUT, p) => Page::AboutProcedure(Procedure::from_slug(p)?),
            (SOURCES, "") => Page::Sources,
            (STUDIO, "") => Page::Studio,
            (EMBED, "") => Page::Embed,
            _ => return None,
        })
    }

    /// Whether search engines should list the page: the embed is a studio's frame, not a
    /// page of the guide (it stays prerendered, so a frame shows content before the wasm).
    pub fn is_listed(self) -> bool {
        self != Page::Embed
    }
}

/// The app paths of every page, in the site's order (see [`Page::all`]).
pub fn page_paths() -> Vec<String> {
    Page::all().into_iter().map(Page::path).collect()
}

/// Whether search engines should list the page at `path` (see [`Page::is_listed`]).
pub fn is_listed(path: &str) -> bool {
    Page::at(path).is_some_and(Page::is_listed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_and_procedure_has_a_page_and_no_path_repeats() {
        let paths = page_paths();
        for r in RegionId::ALL {
            assert!(paths.contains(&format!("/map/{}", r.slug())));
        }
        for p in Procedure::ALL {
            assert!(paths.contains(&format!("/about/{}", p.slug())));
        }
        let mut unique = paths.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), paths.len());
        assert!(paths.iter().all(|p| p.starts_with('/')));
        assert!(!is_listed("/embed") && is_listed("/"));
    }

    #[test]
    fn every_page_is_found_at_its_own_path_and_nothing_else_is_a_page() {
        for page in Page::all() {
            assert_eq!(Page::at(&page.path()), Some(page), "{}", page.path());
            assert_eq!(Page::at(&format!("{}/", page.path())), Some(page));
        }
        for other in [
            "/map/",
            "/map/elbow",
            "/about/tattoo",
            "/estimator/x",
            "/map/nape/x",
            "/x",
        ] {
            assert_eq!(Page::at(other), None, "{other}");
        }
    }
}
