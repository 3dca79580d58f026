//! Where the app is hosted, as a typed context: every internal link goes through it so the
//! same build works at `/` and under a sub-path such as `/guide/`.

use std::borrow::Cow;

use leptos::prelude::Get;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteBase {
    /// Path prefix without a trailing slash: "" at a domain root, "/guide" under a sub-path.
    prefix: String,
}

impl SiteBase {
    pub fn new(prefix: &str) -> Self {
        let prefix = prefix.trim_end_matches('/');
        SiteBase {
            prefix: prefix.to_string(),
        }
    }

    /// Reads the `<base href>` that index.html computed before the app loaded.
    pub fn from_document() -> Self {
        let base_uri = leptos::prelude::document()
            .base_uri()
            .ok()
            .flatten()
            .unwrap_or_default();
        // base_uri is absolute ("http://host/guide/"); keep only the path.
        let path = base_uri
            .split_once("://")
            .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
            .unwrap_or("/");
        Self::new(path)
    }

    /// The router's base: "" at a domain root.
    pub fn router_base(&self) -> Cow<'static, str> {
        Cow::Owned(self.prefix.clone())
    }

    /// The app path of an address's path under this base ("/guide/map/nape/" → "/map/nape"),
    /// or None for a path outside it.
    pub fn app_path(&self, pathname: &str) -> Option<String> {
        let rest = pathname.strip_prefix(&self.prefix)?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        let trimmed = rest.trim_end_matches('/');
        Some(if trimmed.is_empty() {
            "/".to_string()
        } else {
            trimmed.to_string()
        })
    }

    /// An app path ("/estimator") as a link href under this base ("/guide/estimator").
    pub fn href(&self, app_path: &str) -> String {
        format!("{}{}", self.prefix, app_path)
    }
}

/// A link to a place on the current page (`#main`) that stays on it: pages carry a `<base>`,
/// against which a bare fragment would name the app's root page. The router's path includes
/// the base (and, in the prerender, the marker that becomes a relative link).
pub fn on_this_page(fragment: &str) -> impl Fn() -> String + Send + Sync + 'static {
    let location = leptos_router::hooks::use_location();
    let fragment = fragment.to_string();
    move || format!("{}#{fragment}", location.pathname.get())
}

/// Shorthand for components: the href of an app path under the current base.
pub fn href(app_path: &str) -> String {
    leptos::prelude::use_context::<SiteBase>()
        .unwrap_or_else(|| SiteBase::new(""))
        .href(app_path)
}

#[cfg(test)]
mod tests {
    use super::SiteBase;

    #[test]
    fn an_address_path_is_an_app_path_only_under_the_base() {
        let root = SiteBase::new("/");
        assert_eq!(root.app_path("/").as_deref(), Some("/"));
        assert_eq!(root.app_path("/map/nape/").as_deref(), Some("/map/nape"));
        let guide = SiteBase::new("/guide/");
        assert_eq!(guide.app_path("/guide").as_deref(), Some("/"));
        assert_eq!(guide.app_path("/guide/").as_deref(), Some("/"));
        assert_eq!(
            guide.app_path("/guide/estimator").as_deref(),
            Some("/estimator")
        );
        assert_eq!(guide.app_path("/guidebook/estimator"), None);
        assert_eq!(guide.app_path("/estimator"), None);
    }
}
