//! `slug_enum!`: the domain's small closed vocabularies (tolerance, skin, embed tab...) as
//! enums with a stable URL slug (also their serde name), a lenient parser and a human label.

/// An enum with a stable URL slug (also its serde name) and a human label.
macro_rules! slug_enum {
    (
        $(#[$meta:meta])*
        $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => $slug:literal, $label:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $slug)] $variant, )+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Stable slug used in URLs and stored data.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The value for `slug`, ignoring ASCII case and surrounding spaces.
            pub fn from_slug(s: &str) -> Option<Self> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.slug().eq_ignore_ascii_case(s))
            }

            /// Human label for forms and summaries.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $crate::locale::tr($crate::text!($label))),+ }
            }
        }
    };
}
