//! Every address the guide answers with a page of its own, from the same types the routes
//! match (regions, procedures). The prerender renders each to HTML at build time and
//! sitemap.xml lists them; a page missing here is a page that exists only after the wasm.

use dermamap_core::content::RegionId;
use dermamap_core::Procedure;

/// The attribute of index.html's `#boot` that names the app path the prerender rendered
/// into it (`data-prerendered-for="/map/nape"`): the app hydrates that markup only on that
/// address. The not-found page carries none, so it is always rendered afresh.
pub const PRERENDERED_FOR: &str = "data-prerendered-for";

/// The app paths of every page ("/", "/map/nape", "/estimator", ...), in the site's order.
/// The not-found page is not an address: the prerender writes it apart (404.html).
pub fn page_paths() -> Vec<String> {
    let mut paths = vec!["/".to_string()];
    paths.extend(RegionId::ALL.iter().map(|r| format!("/map/{}", r.slug())));
    paths.extend(["/estimator", "/aftercare", "/about"].map(String::from));
    paths.extend(Procedure::ALL.map(|p| format!("/about/{}", p.slug())));
    paths.extend(["/sources", "/studio", "/embed"].map(String::from));
    paths
}

/// Whether search engines should list the page: the embed is a studio's frame, not a page
/// of the guide (it stays prerendered, so a frame shows content before the wasm).
pub fn is_listed(path: &str) -> bool {
    path != "/embed"
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
}
